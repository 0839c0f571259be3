"""Real servers for the production-path tests, each on a free loopback port in a temporary directory.

PostgreSQL (Debian's server binaries), Redis, an S3 server (moto) and gunicorn app servers. A server
whose program is missing makes its tests skip in a developer's plain `pytest` run; `make test` sets
REQUIRE_SERVERS=1, which turns that skip into a failure.
"""

import glob
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from contextlib import contextmanager, suppress
from html.parser import HTMLParser
from pathlib import Path

import pytest

PROJECT_DIR = Path(__file__).resolve().parent.parent
VENV_BIN = Path(sys.executable).parent


def require(condition, reason):
    """Skip (or, under REQUIRE_SERVERS=1, fail) when a server the test needs cannot be started."""
    if condition:
        return
    if os.environ.get("REQUIRE_SERVERS") == "1":
        pytest.fail(f"{reason} (REQUIRE_SERVERS=1: `make test` must run this test)")
    pytest.skip(reason)


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for_port(port, process, timeout=30):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"server on port {port} exited with {process.returncode}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.1)
    raise TimeoutError(f"nothing listens on port {port} after {timeout}s")


def stop(process, sig=signal.SIGTERM):
    if process.poll() is None:
        process.send_signal(sig)
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


# --- PostgreSQL -----------------------------------------------------------------------------------------


def postgres_bindir():
    """Directory of initdb/pg_ctl: `pg_config --bindir`, else the newest /usr/lib/postgresql/*/bin."""
    candidates = []
    if shutil.which("pg_config"):
        result = subprocess.run(["pg_config", "--bindir"], capture_output=True, text=True, check=False)
        candidates.append(result.stdout.strip())
    candidates += sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=lambda d: int(d.split("/")[-2]), reverse=True)
    for directory in candidates:
        if directory and os.access(os.path.join(directory, "initdb"), os.X_OK):
            return directory
    return None


class PostgresCluster:
    """A throwaway cluster owned by an unprivileged user (initdb refuses root)."""

    def __init__(self, bindir, workdir):
        self.bindir = bindir
        self.workdir = workdir
        self.data = os.path.join(workdir, "data")
        self.port = free_port()
        self.owner_prefix = []
        if os.geteuid() == 0:
            owner = os.environ.get("POSTGRES_TEST_USER", "nobody")
            shutil.chown(workdir, user=owner)
            self.owner_prefix = ["runuser", "-u", owner, "--"]

    def run(self, program, *args):
        subprocess.run(
            [*self.owner_prefix, os.path.join(self.bindir, program), *args],
            check=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )

    def init(self):
        self.run("initdb", "-D", self.data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8", "-N")

    def start(self):
        options = (
            f"-p {self.port} -k {self.workdir} -c listen_addresses=127.0.0.1 "
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        )
        self.run(
            "pg_ctl", "-D", self.data, "-l", os.path.join(self.workdir, "server.log"), "-w", "-o", options, "start"
        )

    def stop(self, mode="fast"):
        self.run("pg_ctl", "-D", self.data, "-m", mode, "-w", "stop")

    def createdb(self, name):
        subprocess.run(
            [os.path.join(self.bindir, "createdb"), "-h", "127.0.0.1", "-p", str(self.port), "-U", "postgres", name],
            check=True,
        )
        return f"postgres://postgres@127.0.0.1:{self.port}/{name}"


@contextmanager
def postgres_cluster():
    bindir = postgres_bindir()
    require(bindir, "PostgreSQL server binaries not installed (Debian package postgresql)")
    require(os.geteuid() != 0 or shutil.which("runuser"), "running as root without runuser")
    with tempfile.TemporaryDirectory(prefix="ballerup-pg-") as workdir:
        cluster = PostgresCluster(bindir, workdir)
        cluster.init()
        cluster.start()
        try:
            yield cluster
        finally:
            with suppress(subprocess.CalledProcessError):  # already stopped
                cluster.stop(mode="immediate")


# --- Redis and S3 ---------------------------------------------------------------------------------------


@contextmanager
def redis_server():
    with controlled_redis_server() as server:
        yield server.url


class RedisServer:
    """A redis-server a test can stop, hang (SIGSTOP), resume and start again on the same port."""

    def __init__(self, program, workdir):
        self.program = program
        self.workdir = workdir
        self.port = free_port()
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self.process = None

    def start(self):
        self.process = subprocess.Popen(
            [
                self.program,
                "--port",
                str(self.port),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
                "--dir",
                self.workdir,
            ],
            stdout=subprocess.DEVNULL,
        )
        wait_for_port(self.port, self.process)

    def kill(self):
        """Gone at once, with what it held (a crash)."""
        self.resume()
        stop(self.process, signal.SIGKILL)

    def hang(self):
        """Still accepting connections, never answering (a stuck process)."""
        self.process.send_signal(signal.SIGSTOP)

    def resume(self):
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGCONT)


@contextmanager
def controlled_redis_server():
    program = shutil.which("redis-server")
    require(program, "redis-server not installed (Debian package redis-server)")
    with tempfile.TemporaryDirectory(prefix="ballerup-redis-") as workdir:
        server = RedisServer(program, workdir)
        server.start()
        try:
            yield server
        finally:
            server.resume()
            stop(server.process)


@contextmanager
def s3_server():
    """moto's standalone S3 server; yields its endpoint URL."""
    with controlled_s3_server() as server:
        yield server.endpoint


class MotoServer:
    """moto's S3 server that a test can stop and start again on the same port (its buckets start empty)."""

    def __init__(self):
        self.port = free_port()
        self.endpoint = f"http://127.0.0.1:{self.port}"
        self.process = None

    def start(self):
        self.process = subprocess.Popen(
            [sys.executable, "-m", "moto.server", "-H", "127.0.0.1", "-p", str(self.port)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        wait_for_port(self.port, self.process)

    def stop(self):
        stop(self.process)


@contextmanager
def controlled_s3_server():
    try:
        import moto.server  # noqa: F401
    except ImportError:
        require(False, "moto[server] not installed (requirements-dev.txt)")
    server = MotoServer()
    server.start()
    try:
        yield server
    finally:
        server.stop()


S3_TEST_CREDENTIALS = {"AWS_ACCESS_KEY_ID": "testing", "AWS_SECRET_ACCESS_KEY": "testing-secret"}
S3_TEST_REGION = "eu-north-1"


def s3_client(endpoint):
    import boto3

    return boto3.client(
        "s3",
        endpoint_url=endpoint,
        region_name=S3_TEST_REGION,
        aws_access_key_id=S3_TEST_CREDENTIALS["AWS_ACCESS_KEY_ID"],
        aws_secret_access_key=S3_TEST_CREDENTIALS["AWS_SECRET_ACCESS_KEY"],
    )


def create_bucket(endpoint, name):
    s3_client(endpoint).create_bucket(Bucket=name, CreateBucketConfiguration={"LocationConstraint": S3_TEST_REGION})


def bucket_keys(endpoint, bucket):
    response = s3_client(endpoint).list_objects_v2(Bucket=bucket)
    return [item["Key"] for item in response.get("Contents", [])]


def s3_environment(endpoint, bucket):
    """The variables that switch media to the bucket (as .env.example documents them)."""
    return {
        "AWS_STORAGE_BUCKET_NAME": bucket,
        "AWS_S3_ENDPOINT_URL": endpoint,
        "AWS_S3_REGION_NAME": S3_TEST_REGION,
        "AWS_S3_ADDRESSING_STYLE": "path",
        **S3_TEST_CREDENTIALS,
    }


# --- Varnish (the front cache) ---------------------------------------------------------------------------

VARNISH_CONFIG_DIR = PROJECT_DIR / "deploy" / "varnish"


@contextmanager
def varnishd(vcl, search_path=(), port=None):
    """varnishd in the foreground with the VCL file `vcl` (includes found in `search_path`); yields its URL."""
    program = shutil.which("varnishd") or ("/usr/sbin/varnishd" if os.access("/usr/sbin/varnishd", os.X_OK) else None)
    require(program, "varnishd not installed (Debian package varnish)")
    port = port or free_port()
    with tempfile.TemporaryDirectory(prefix="ballerup-varnish-") as workdir:
        process = subprocess.Popen(
            [
                program,
                "-F",  # in the foreground, a child of the test
                "-j",
                "none",  # no privilege separation: the temporary work directory belongs to us
                "-n",
                os.path.join(workdir, "state"),
                "-a",
                f"127.0.0.1:{port}",
                "-f",
                str(vcl),
                "-p",
                "vcl_path=" + ":".join(str(folder) for folder in search_path or [Path(vcl).parent]),
                "-s",
                "malloc,64m",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            wait_for_port(port, process)
            yield f"http://127.0.0.1:{port}"
        finally:
            stop(process)


@contextmanager
def varnish(backend_url, port=None):
    """varnishd with the repository's VCL in front of `backend_url`; yields its base URL.

    Only the installation's part (site.vcl: the backend's port) is written for the test, in a directory
    searched before deploy/varnish/; ballerup.vcl is used as it is.
    """
    backend = urllib.parse.urlsplit(backend_url)
    with tempfile.TemporaryDirectory(prefix="ballerup-varnish-site-") as workdir:
        site = (VARNISH_CONFIG_DIR / "site.vcl").read_text()
        site = site.replace('.host = "127.0.0.1";', f'.host = "{backend.hostname}";')
        Path(workdir, "site.vcl").write_text(site.replace('.port = "8000";', f'.port = "{backend.port}";'))
        with varnishd(VARNISH_CONFIG_DIR / "ballerup.vcl", [workdir, VARNISH_CONFIG_DIR], port) as url:
            yield url


# --- gunicorn -------------------------------------------------------------------------------------------


def manage(env, *args):
    """Run a manage.py command in a child process with the given environment."""
    subprocess.run(
        [sys.executable, "manage.py", *args], cwd=PROJECT_DIR, env=env, check=True, stdout=subprocess.DEVNULL
    )


@contextmanager
def gunicorn(env, workers=2):
    """An app server with production settings; yields its base URL."""
    port = free_port()
    log = tempfile.NamedTemporaryFile(prefix="ballerup-gunicorn-", suffix=".log", delete=False)  # noqa: SIM115
    process = subprocess.Popen(
        [
            str(VENV_BIN / "gunicorn"),
            "cms.wsgi:application",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            str(workers),
            "--timeout",
            "60",
        ],
        cwd=PROJECT_DIR,
        env=env,
        stdout=log,
        stderr=log,
    )
    try:
        wait_for_port(port, process)
        wait_until_answers(f"http://127.0.0.1:{port}/healthz")
        yield f"http://127.0.0.1:{port}"
    finally:
        stop(process, signal.SIGQUIT)  # gunicorn's quick shutdown
        log.close()
        os.unlink(log.name)


def wait_until_answers(url, timeout=30):
    deadline = time.monotonic() + timeout
    while True:
        try:
            with urllib.request.urlopen(url, timeout=5):  # noqa: S310 - loopback test server
                return
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)


# --- A visitor talking to an app server over HTTP -------------------------------------------------------


class FormParser(HTMLParser):
    """Collects the submitted values of the form with the given id (or the first form)."""

    def __init__(self, form_id=None):
        super().__init__()
        self.form_id = form_id
        self.in_form = False
        self.done = False
        self.fields = []
        self.textarea = None
        self.select = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form" and not self.done and (self.form_id is None or attrs.get("id") == self.form_id):
            self.in_form = True
        if not self.in_form:
            return
        name = attrs.get("name")
        if tag == "input" and name and attrs.get("type", "text") not in {"submit", "button", "file", "image"}:
            if attrs.get("type") in {"checkbox", "radio"} and "checked" not in attrs:
                return
            self.fields.append((name, attrs.get("value", "on" if attrs.get("type") == "checkbox" else "")))
        elif tag == "textarea" and name:
            self.textarea = [name, ""]
        elif tag == "select" and name:
            self.select = [name, None]
        elif tag == "option" and self.select is not None and ("selected" in attrs or self.select[1] is None):
            self.select[1] = attrs.get("value", "")

    def handle_data(self, data):
        if self.textarea is not None:
            self.textarea[1] += data

    def handle_endtag(self, tag):
        if not self.in_form:
            return
        if tag == "textarea" and self.textarea is not None:
            self.fields.append(tuple(self.textarea))
            self.textarea = None
        elif tag == "select" and self.select is not None:
            if self.select[1] is not None:
                self.fields.append(tuple(self.select))
            self.select = None
        elif tag == "form":
            self.in_form = False
            self.done = True


def form_fields(html, form_id=None):
    parser = FormParser(form_id)
    parser.feed(html)
    return dict(parser.fields)


class Visitor:
    """A browser-like HTTP client for an app server behind a TLS-terminating load balancer.

    Sends X-Forwarded-Proto: https (gunicorn trusts it from loopback), and keeps cookies itself: the
    session and CSRF cookies are Secure, which the standard cookie jar would not send over plain HTTP.
    """

    def __init__(self):
        import requests

        self.http = requests.Session()
        self.cookies = {}

    def request(self, method, url, **kwargs):
        headers = {"X-Forwarded-Proto": "https", **kwargs.pop("headers", {})}
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{name}={value}" for name, value in self.cookies.items())
        response = self.http.request(method, url, headers=headers, allow_redirects=False, timeout=30, **kwargs)
        for name, value in response.cookies.items():
            self.cookies[name] = value
        self.http.cookies.clear()
        return response

    def get(self, url, **kwargs):
        return self.request("GET", url, **kwargs)

    def post_form(self, url, data, files=None, referer=None):
        """POST like a browser submitting a form on `referer` (Django checks the Referer over HTTPS)."""
        referer = (referer or url).replace("http://", "https://", 1)
        token = data.get("csrfmiddlewaretoken") or self.cookies.get("csrftoken", "")
        return self.request(
            "POST", url, data={**data, "csrfmiddlewaretoken": token}, files=files, headers={"Referer": referer}
        )

    def log_in(self, base_url, username, password):
        login_url = f"{base_url}/admin/login/"
        page = self.get(login_url)
        fields = form_fields(page.text)
        response = self.post_form(login_url, {**fields, "username": username, "password": password})
        assert response.status_code == 302, f"login failed: {response.status_code}"
