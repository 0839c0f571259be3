"""One archive holds the whole site: a consistent database dump and every media file, with a manifest.

`create(directory)` writes `ballerup-YYYYmmdd-HHMMSS.tar.gz`:
- `database.sqlite3` (SQLite's online backup API: a consistent copy while the site runs) or
  `database.pgdump` (`pg_dump --format=custom`: one snapshot transaction);
- `media/<name>` for every file in the default storage, read through Django's storage API, so the
  same code backs up a local MEDIA_ROOT and an S3 bucket;
- `manifest.json`: when, which database, the sha256 of the dump and of every file, and the row count
  of every model (what a restore is checked against).

`restore(archive)` brings that back into an empty installation (no user account, no page revision:
a fresh database, migrated or not, and an empty bucket), checks every hash before it writes anything,
and compares the row counts afterwards.
"""

import datetime
import hashlib
import io
import json
import os
import shutil
import sqlite3
import subprocess
import tarfile
import tempfile
from pathlib import Path, PurePosixPath

from django.apps import apps
from django.core.files.base import File
from django.core.files.storage import default_storage
from django.db import connection

FORMAT_VERSION = 1
MEDIA_DIR = "media"
CHUNK = 1024 * 1024


class BackupError(Exception):
    """A backup or restore that cannot be done as asked; the message says why."""


def sha256_of(file):
    digest = hashlib.sha256()
    while chunk := file.read(CHUNK):
        digest.update(chunk)
    return digest.hexdigest()


class HashingReader:
    """A file read once, its sha256 computed on the way."""

    def __init__(self, file):
        self.file = file
        self.digest = hashlib.sha256()

    def read(self, size=-1):
        chunk = self.file.read(size)
        self.digest.update(chunk)
        return chunk

    def hexdigest(self):
        return self.digest.hexdigest()


def storage_files(storage=default_storage, directory=""):
    """Every file name in `storage`, walked through its own listdir (works on S3 too)."""
    directories, files = storage.listdir(directory)
    for name in sorted(files):
        yield str(PurePosixPath(directory, name)) if directory else name
    for sub in sorted(directories):
        yield from storage_files(storage, str(PurePosixPath(directory, sub)) if directory else sub)


def row_counts():
    """Rows per model, by label (every installed model that has a table of its own)."""
    counts = {}
    with connection.cursor():
        tables = set(connection.introspection.table_names())
    for model in apps.get_models():
        if model._meta.managed and not model._meta.proxy and model._meta.db_table in tables:
            counts[model._meta.label] = model._base_manager.count()
    return dict(sorted(counts.items()))


def is_empty():
    """An installation nothing was ever written to: no table yet, or no user account and no revision."""
    tables = set(connection.introspection.table_names())
    if not tables:
        return True
    from django.contrib.auth import get_user_model
    from wagtail.models import Revision

    user_model = get_user_model()
    for model in (user_model, Revision):
        if model._meta.db_table in tables and model._base_manager.exists():
            return False
    return True


# --- The database ---------------------------------------------------------------------------------


def _dump_database(target_dir):
    """The dump's file name in `target_dir`."""
    if connection.vendor == "sqlite":
        path = Path(target_dir, "database.sqlite3")
        connection.ensure_connection()
        destination = sqlite3.connect(path)
        try:
            connection.connection.backup(destination)  # online, consistent, pages copied by SQLite itself
        finally:
            destination.close()
        return path.name
    if connection.vendor == "postgresql":
        path = Path(target_dir, "database.pgdump")
        _run_pg("pg_dump", "--format=custom", "--no-owner", "--no-privileges", f"--file={path}")
        return path.name
    raise BackupError(f"No backup for the {connection.vendor} database")


def _load_database(dump):
    if dump.name == "database.sqlite3":
        if connection.vendor != "sqlite":
            raise BackupError("The archive holds an SQLite database; this installation uses " + connection.vendor)
        connection.ensure_connection()
        source = sqlite3.connect(dump)
        try:
            source.backup(connection.connection)  # replaces every page of the (empty) database
        finally:
            source.close()
        connection.close()
        return
    if connection.vendor != "postgresql":
        raise BackupError("The archive holds a PostgreSQL dump; this installation uses " + connection.vendor)
    connection.close()
    _run_pg("pg_restore", "--clean", "--if-exists", "--no-owner", "--no-privileges", "--single-transaction", str(dump))


def _run_pg(program, *args):
    settings = connection.settings_dict
    env = {**os.environ}
    if settings.get("PASSWORD"):
        env["PGPASSWORD"] = settings["PASSWORD"]
    command = [program, *args, f"--dbname={settings['NAME']}"]
    for option, key in (("--host", "HOST"), ("--port", "PORT"), ("--username", "USER")):
        if settings.get(key):
            command.append(f"{option}={settings[key]}")
    if not shutil.which(program):
        raise BackupError(f"{program} is not installed (Debian package postgresql-client)")
    result = subprocess.run(command, env=env, capture_output=True, text=True, check=False)  # noqa: S603 - our own arguments
    if result.returncode != 0:
        raise BackupError(f"{program} failed: {result.stderr.strip()}")


# --- The archive ------------------------------------------------------------------------------------


def archive_name(now=None):
    now = now or datetime.datetime.now()
    return f"ballerup-{now:%Y%m%d-%H%M%S}.tar.gz"


def create(directory, storage=default_storage):
    """Write one archive of the database and every media file into `directory`; return its path."""
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    target = directory / archive_name()
    with tempfile.TemporaryDirectory(prefix="ballerup-backup-") as work:
        dump = _dump_database(work)
        with open(Path(work, dump), "rb") as file:
            dump_hash = sha256_of(file)
        partial = target.with_suffix(".partial")
        with tarfile.open(partial, "w:gz") as archive:
            archive.add(Path(work, dump), arcname=dump)
            files = {}
            for name in storage_files(storage):
                with storage.open(name, "rb") as file:
                    reader = HashingReader(file)
                    info = tarfile.TarInfo(f"{MEDIA_DIR}/{name}")
                    info.size = storage.size(name)
                    archive.addfile(info, reader)  # streamed: a large bucket never sits in memory
                files[name] = reader.hexdigest()
            manifest = {
                "format": FORMAT_VERSION,
                "created_at": datetime.datetime.now(datetime.UTC).isoformat(),
                "database": {"vendor": connection.vendor, "file": dump, "sha256": dump_hash},
                "files": files,
                "counts": row_counts(),
            }
            data = json.dumps(manifest, indent=2, sort_keys=True).encode()
            info = tarfile.TarInfo("manifest.json")
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))
        partial.rename(target)  # a backup cut short never looks like a whole one
    return target


def read_manifest(archive):
    try:
        member = archive.extractfile("manifest.json")
    except KeyError:
        raise BackupError("The archive has no manifest.json: not a backup of this site") from None
    return json.load(member)


def _member(archive, name):
    try:
        member = archive.extractfile(f"{MEDIA_DIR}/{name}")
    except KeyError:
        member = None
    if member is None:
        raise BackupError(f"The file {name} listed in the manifest is missing from the archive")
    return member


def restore(path, storage=default_storage):
    """Bring the archive at `path` back into this (empty) installation; return its manifest."""
    if not is_empty():
        raise BackupError(
            "The database is not empty (it has user accounts or page revisions): restore only into a new, "
            "empty installation"
        )
    if any(True for _ in storage_files(storage)):
        raise BackupError("The media storage is not empty: restore only into a new, empty bucket or folder")
    try:
        archive = tarfile.open(path, "r:gz")  # noqa: SIM115 - closed by the with below
    except (OSError, tarfile.TarError) as error:
        raise BackupError(f"Cannot read the archive {path}: {error}") from None
    with archive, tempfile.TemporaryDirectory(prefix="ballerup-restore-") as work:
        manifest = read_manifest(archive)
        if manifest.get("format") != FORMAT_VERSION:
            raise BackupError(f"Unknown archive format {manifest.get('format')!r}")
        dump_name = manifest["database"]["file"]
        archive.extract(dump_name, work, filter="data")
        dump = Path(work, dump_name)
        with open(dump, "rb") as file:
            if sha256_of(file) != manifest["database"]["sha256"]:
                raise BackupError("The database dump does not match its checksum: the archive is damaged")
        for name, expected in manifest["files"].items():  # every file checked before anything is written
            if sha256_of(_member(archive, name)) != expected:
                raise BackupError(f"The file {name} does not match its checksum: the archive is damaged")

        _load_database(dump)
        for name in manifest["files"]:
            saved = storage.save(name, File(_member(archive, name), name=name))
            if saved != name:
                raise BackupError(f"The storage saved {name} as {saved}")

    restored = row_counts()
    expected = manifest["counts"]
    different = {
        label: (count, restored.get(label)) for label, count in expected.items() if restored.get(label) != count
    }
    if different:
        raise BackupError(f"Rows differ after the restore (archive, restored): {different}")
    return manifest
