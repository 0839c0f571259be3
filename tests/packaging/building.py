"""Build the plugin's wheel the way `make dist` does (scripts/build_dist.py), for the packaging tests."""

import importlib.util
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BUILD_SCRIPT = ROOT / "scripts" / "build_dist.py"


def build_wheel(outdir):
    """The path of a freshly built wheel in outdir."""
    printed = subprocess.run(
        [sys.executable, str(BUILD_SCRIPT), str(outdir)], cwd=ROOT, check=True, capture_output=True, text=True
    ).stdout
    return Path(printed.strip().splitlines()[-1])


def wheel_names(wheel):
    with zipfile.ZipFile(wheel) as archive:
        return archive.namelist()


def build_script():
    """scripts/build_dist.py as a module (its source_files and compile_catalogs)."""
    spec = importlib.util.spec_from_file_location("build_dist", BUILD_SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
