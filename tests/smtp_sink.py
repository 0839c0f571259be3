"""A small SMTP server on a free loopback port that keeps what it receives, for the mail-outage tests.

Just enough of RFC 5321 for Django's SMTP backend (EHLO/HELO, MAIL, RCPT, DATA, RSET, NOOP, QUIT).
It can be stopped and started again on the same port, or made to refuse every session with a 421
greeting (a mail server that is up but will not take mail).
"""

import socketserver
import threading
from contextlib import contextmanager

from tests.servers import free_port


class _Session(socketserver.StreamRequestHandler):
    timeout = 10

    def reply(self, line):
        self.wfile.write(f"{line}\r\n".encode())

    def handle(self):
        sink = self.server.sink
        if sink.refusing:
            self.reply("421 sink.invalid Service not available")
            return
        self.reply("220 sink.invalid ESMTP")
        envelope = {"from": None, "to": []}
        while line := self.rfile.readline():
            command = line.decode("ascii", "replace").strip()
            verb = command[:4].upper()
            if verb in ("EHLO", "HELO"):
                self.reply("250 sink.invalid")
            elif verb == "MAIL":
                envelope = {"from": command[10:].strip(), "to": []}
                self.reply("250 OK")
            elif verb == "RCPT":
                envelope["to"].append(command[8:].strip().strip("<>"))
                self.reply("250 OK")
            elif verb == "DATA":
                self.reply("354 End data with <CR><LF>.<CR><LF>")
                body = []
                while (data := self.rfile.readline()) not in (b".\r\n", b""):
                    body.append(data)
                sink.messages.append({**envelope, "data": b"".join(body)})
                self.reply("250 OK queued")
            elif verb == "QUIT":
                self.reply("221 Bye")
                return
            else:  # RSET, NOOP and anything else
                self.reply("250 OK")


class _Server(socketserver.ThreadingTCPServer):
    allow_reuse_address = True
    daemon_threads = True


class SmtpSink:
    def __init__(self):
        self.port = free_port()
        self.messages = []
        self.refusing = False
        self._server = None

    def start(self):
        self._server = _Server(("127.0.0.1", self.port), _Session)
        self._server.sink = self
        threading.Thread(target=self._server.serve_forever, daemon=True).start()

    def stop(self):
        """Nothing listens on the port any more (connections are refused)."""
        if self._server:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    def recipients(self):
        return [address for message in self.messages for address in message["to"]]


@contextmanager
def smtp_sink():
    sink = SmtpSink()
    sink.start()
    try:
        yield sink
    finally:
        sink.stop()
