"""Build the plugin's wheel (`partners`, `reports`, `slugs`) into a folder: `make dist` runs it.

    python scripts/build_dist.py [OUTDIR]      # default: dist/

The wheel is built from a clean copy of the apps' files that git knows about (tracked, or new and not
ignored), so nothing left in the work tree gets in: no __pycache__, no stale build/lib of an earlier
build, no database. The compiled catalogs (.mo) are git-ignored, so they are compiled in that copy
from the .po files before building. Prints the wheel's path.
"""

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# What the distribution is made of (pyproject.toml says which packages and data go into the wheel).
SOURCES = ["pyproject.toml", "docs/install.md", "CHANGELOG.md", "partners", "reports", "slugs"]


def source_files(root=ROOT):
    """The files under SOURCES that git tracks or would track (untracked but not ignored)."""
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard", "--", *SOURCES],
        cwd=root,
        check=True,
        capture_output=True,
    ).stdout.decode()
    # A file deleted in the work tree but still in the index is listed too: it is not part of the build.
    return sorted({name for name in listed.split("\0") if name and (root / name).is_file()})


def compile_catalogs(folder):
    """Compile every .po under folder into the .mo beside it (msgfmt, as Django's compilemessages does)."""
    for po in sorted(folder.rglob("locale/*/LC_MESSAGES/*.po")):
        subprocess.run(["msgfmt", "--check-format", "-o", str(po.with_suffix(".mo")), str(po)], check=True)


def build_wheel(outdir, root=ROOT):
    """Build the wheel into outdir and return its path."""
    outdir = Path(outdir).resolve()
    outdir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="dist-") as staging:
        staging = Path(staging)
        for name in source_files(root):
            target = staging / name
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(root / name, target)
        compile_catalogs(staging)
        before = set(outdir.glob("*.whl"))
        subprocess.run(
            [sys.executable, "-m", "build", "--wheel", "--quiet", "--outdir", str(outdir), str(staging)],
            check=True,
            stdout=subprocess.DEVNULL,
        )
    built = sorted(set(outdir.glob("*.whl")) - before) or sorted(outdir.glob("*.whl"))
    return max(built, key=lambda path: path.stat().st_mtime)


if __name__ == "__main__":
    print(build_wheel(sys.argv[1] if len(sys.argv) > 1 else ROOT / "dist"))
