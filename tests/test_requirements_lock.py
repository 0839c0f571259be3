"""The lock files are in step with the requirements they are made from (`make lock` regenerates them).

requirements.txt and requirements-dev.txt are what people edit; requirements.lock and
requirements-dev.lock (every transitive dependency, with hashes) are what `make install` installs.
"""

import re
import tomllib
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parent.parent
LOCKS = {"requirements.lock": "requirements.txt", "requirements-dev.lock": "requirements-dev.txt"}
ENTRY = re.compile(r"^(?P<name>[A-Za-z0-9][A-Za-z0-9._-]*)==(?P<version>[^\s\\;]+)")


def requirement_pins(path):
    """{name: version} of a requirements file, following its `-r` includes."""
    pins = {}
    for raw in path.read_text().splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        if line.startswith("-r "):
            pins.update(requirement_pins(path.parent / line[3:].strip()))
            continue
        requirement = Requirement(line)
        specifiers = list(requirement.specifier)
        assert len(specifiers) == 1 and specifiers[0].operator == "==", f"{path.name}: pin {line!r} with =="
        pins[canonicalize_name(requirement.name)] = specifiers[0].version
    return pins


def parse_lock(text):
    """{name: {"version", "hashes", "via"}} of a lock file written by `uv pip compile --generate-hashes`."""
    entries, current, in_via = {}, None, False
    for line in text.splitlines():
        match = ENTRY.match(line)
        if match:
            current = entries[canonicalize_name(match["name"])] = {
                "version": match["version"],
                "hashes": [],
                "via": [],
            }
            in_via = False
        elif current is None:
            continue
        elif "--hash=sha256:" in line:
            current["hashes"].append(line.split("--hash=sha256:", 1)[1].rstrip(" \\"))
        elif line.strip() == "# via":
            in_via = True
        elif line.strip().startswith("# via "):
            current["via"].append(line.strip()[len("# via ") :])
        elif in_via and line.startswith("    #   "):
            current["via"].append(line.strip()[2:].strip())
    return entries


def lock(name):
    return parse_lock((ROOT / name).read_text())


@pytest.mark.parametrize("lock_name", LOCKS)
def test_every_pinned_requirement_is_locked_at_its_pin(lock_name):
    entries = lock(lock_name)
    pins = requirement_pins(ROOT / LOCKS[lock_name])
    wrong = {
        name: (version, entries.get(name, {}).get("version"))
        for name, version in pins.items()
        if entries.get(name, {}).get("version") != version
    }
    assert not wrong, f"{lock_name} is out of step with {LOCKS[lock_name]} (pin, locked): {wrong}; run `make lock`"


@pytest.mark.parametrize("lock_name", LOCKS)
def test_every_locked_package_is_hashed_and_needed(lock_name):
    entries = lock(lock_name)
    assert len(entries) > len(requirement_pins(ROOT / LOCKS[lock_name])), "transitive dependencies are locked too"
    unhashed = [name for name, entry in entries.items() if not entry["hashes"]]
    assert not unhashed, f"{lock_name}: entries without a hash: {unhashed}"
    # Each entry is there because a requirements file names it or another locked package needs it; an
    # entry left behind by a requirement that was removed names neither any more.
    named = {f"-r {LOCKS[lock_name]}": requirement_pins(ROOT / LOCKS[lock_name])}
    if lock_name == "requirements-dev.lock":
        named["-r requirements.txt"] = requirement_pins(ROOT / "requirements.txt")
    stale = []
    for name, entry in entries.items():
        reasons = [
            via
            for via in entry["via"]
            if (via in named and name in named[via]) or (not via.startswith("-") and canonicalize_name(via) in entries)
        ]
        if not reasons:
            stale.append(name)
    assert not stale, f"{lock_name}: entries nothing requires: {stale}; run `make lock`"


def test_the_dev_lock_installs_the_runtime_lock_versions():
    runtime, dev = lock("requirements.lock"), lock("requirements-dev.lock")
    different = {
        name: (entry["version"], dev.get(name, {}).get("version"))
        for name, entry in runtime.items()
        if dev.get(name, {}).get("version") != entry["version"]
    }
    assert not different, f"requirements-dev.lock differs from requirements.lock (runtime, dev): {different}"


def test_the_plugin_accepts_the_locked_versions_of_its_dependencies():
    """The wheel's declared ranges (pyproject.toml) admit the versions this project tests with."""
    dependencies = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["dependencies"]
    entries = lock("requirements.lock")
    outside = []
    for line in dependencies:
        requirement = Requirement(line)
        locked = entries.get(canonicalize_name(requirement.name))
        if locked is None or not requirement.specifier.contains(locked["version"], prereleases=True):
            outside.append((line, locked and locked["version"]))
    assert not outside, f"pyproject.toml's dependencies exclude the locked versions: {outside}"


def test_a_stale_lock_is_noticed():
    """The parser reads a lock as `uv pip compile` writes it, so the checks above see a stale entry."""
    text = (
        "django==5.2.19 \\\n    --hash=sha256:aa\n    # via -r requirements.txt\n"
        "oldthing==1.0 \\\n    --hash=sha256:bb\n    # via\n    #   -r requirements.txt\n    #   gone\n"
    )
    entries = parse_lock(text)
    assert entries["django"] == {"version": "5.2.19", "hashes": ["aa"], "via": ["-r requirements.txt"]}
    assert entries["oldthing"]["via"] == ["-r requirements.txt", "gone"]
