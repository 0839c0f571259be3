"""Varnish (Debian package `varnish`) on a free loopback port, in a temporary work directory."""

import os
import shutil
import subprocess
import tempfile
from contextlib import contextmanager
from pathlib import Path

from tests.servers import free_port, stop, wait_for_port


def varnish_available():
    return shutil.which("varnishd") is not None


@contextmanager
def varnish(vcl, port=None, memory="256m"):
    """Start varnishd in the foreground with the given VCL text; yields its base URL."""
    port = port or free_port()
    with tempfile.TemporaryDirectory(prefix="ballerup-varnish-") as workdir:
        # varnishd compiles the VCL and runs its cache as an unprivileged user of its own.
        os.chmod(workdir, 0o755)
        vcl_path = Path(workdir) / "site.vcl"
        vcl_path.write_text(vcl)
        process = subprocess.Popen(
            [
                "varnishd",
                "-F",
                "-n",
                f"{workdir}/state",
                "-a",
                f"127.0.0.1:{port}",
                "-f",
                str(vcl_path),
                "-s",
                f"malloc,{memory}",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            wait_for_port(port, process)
            yield f"http://127.0.0.1:{port}"
        finally:
            stop(process)
