"""Load from a second process: wrk (Debian package `wrk`), parsed into requests a second and latencies."""

import re
import shutil
import subprocess
from dataclasses import dataclass

UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0}


@dataclass
class Measurement:
    requests_per_second: float
    p50_ms: float
    p99_ms: float
    errors: int  # responses outside 2xx/3xx, and socket errors


def wrk_available():
    return shutil.which("wrk") is not None


def run_wrk(url, seconds, threads, connections, headers=None):
    command = ["wrk", f"-t{threads}", f"-c{connections}", f"-d{seconds}s", "--latency", url]
    for name, value in (headers or {}).items():
        command[1:1] = ["-H", f"{name}: {value}"]
    output = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    return parse_wrk(output)


def parse_wrk(output):
    """The figures of one wrk run (its --latency output)."""
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    latencies = {
        percent: float(value) * UNITS[unit]
        for percent, value, unit in re.findall(r"^\s+(\d+)%\s+([\d.]+)(us|ms|s)\s*$", output, re.MULTILINE)
    }
    errors = sum(int(n) for n in re.findall(r"Non-2xx or 3xx responses:\s+(\d+)", output))
    socket_errors = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output)
    if socket_errors:
        errors += sum(int(n) for n in socket_errors.groups())
    return Measurement(rate, latencies.get("50", float("nan")), latencies.get("99", float("nan")), errors)
