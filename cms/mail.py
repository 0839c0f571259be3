"""Mail that cannot be sent is logged, never raised: a mail outage must not undo or hide an approval.

Wagtail sends its workflow notifications (submitted, approved, rejected) from inside the admin's
action views, after the action is done; it catches a refused connection, but not a mail server that
answers and refuses (a 421 greeting, a dropped session, a failed login), which would turn the
committee's approval into a 500 page although the report was published. Every other sender (password
reset, error mails) is protected the same way. The failure goes to the log, where operations see it.
"""

import logging
import smtplib

from django.core.mail.backends.smtp import EmailBackend as SMTPEmailBackend

logger = logging.getLogger(__name__)

MAIL_FAILURES = (smtplib.SMTPException, OSError)  # OSError: refused, unreachable, timed out, TLS


class EmailBackend(SMTPEmailBackend):
    """Django's SMTP backend that logs what it could not send and reports it as not sent (0).

    Once the server failed to open, this connection object does not try again: Wagtail sends each
    recipient's notification through one connection, and a hung server would cost a timeout each.
    """

    unavailable = False

    def open(self):
        if self.unavailable:
            return False
        try:
            return super().open()
        except MAIL_FAILURES as error:
            logger.error("Mail server %s:%s unavailable: %s", self.host, self.port, error)
            self.connection = None
            self.unavailable = True
            return False

    def send_messages(self, email_messages):
        if not email_messages:
            return 0
        try:
            sent = super().send_messages(email_messages)
        except MAIL_FAILURES as error:
            sent = 0
            logger.error("Mail server %s:%s unavailable: %s", self.host, self.port, error)
        if sent < len(email_messages):
            for message in email_messages:
                logger.error("Mail not sent: %r to %s", message.subject, ", ".join(message.recipients()))
        return sent
