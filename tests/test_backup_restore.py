"""The restore drill: seed the demo, back it up, restore it into a fresh database and media storage,
and find the same pages, revisions, workflow and task states with their meeting dates, translations,
documents and images with their file hashes, and the approved reports reading the same in both
languages. On SQLite with local media, and on PostgreSQL with an S3 bucket.

Every step is the real command in a child process (`manage.py backup_site`, `restore_site`: what
`make backup` and `make restore` run), each installation with an environment of its own.
"""

import io
import json
import re
import secrets
import subprocess
import sys
import tarfile

import pytest

from tests import servers

DEMO_PASSWORD = "drill-" + secrets.token_hex(6)


def run(env, *args, check=True):
    result = subprocess.run(
        [sys.executable, *args], cwd=servers.PROJECT_DIR, env=env, capture_output=True, text=True, check=False
    )
    if check and result.returncode != 0:
        pytest.fail(f"{' '.join(args)} failed:\n{result.stderr[-3000:]}")
    return result


def probe(env):
    return json.loads(run(env, "-m", "tests.backup_probe").stdout)


def installation(tmp_path, name, database_url, extra=None):
    """The environment of one installation: its database, its media, the test settings."""
    media = tmp_path / f"media-{name}"
    media.mkdir()
    return {
        **servers.os.environ,
        "DJANGO_SETTINGS_MODULE": "cms.settings.test",
        "DATABASE_URL": database_url,
        "TEST_MEDIA_ROOT": str(media),
        "DEMO_PASSWORD": DEMO_PASSWORD,
        **(extra or {}),
    }


def assert_same_site(source, target, buckets=None):
    """The restored site equals the source. `buckets`: (source, target) bucket names, whose media addresses
    in the pages differ by the bucket only (a restore goes into a fresh bucket)."""
    before, after = probe(source), probe(target)
    if buckets:
        before["reports"] = {
            url: [status, html.replace(f"/{buckets[0]}/", f"/{buckets[1]}/")]
            for url, (status, html) in before["reports"].items()
        }
    assert before["counts"]["wagtailcore.Page"] > 10
    assert any(status == "approved" and date for _, status, date, _ in before["approvals"]), "no meeting date"
    assert before["documents"] and before["images"]
    languages = {url.split("/")[1] for url in before["reports"]}
    assert languages == {"da", "en"}, "an approved report in each language"
    assert all(status == 200 for status, _ in before["reports"].values())
    for key in before:
        assert after[key] == before[key], key


@pytest.fixture(scope="module")
def backed_up(tmp_path_factory):
    """The seeded demo on SQLite with local media, and its archive (made once for the module)."""
    folder = tmp_path_factory.mktemp("backed-up")
    source = installation(folder, "source", f"sqlite:///{folder / 'source.sqlite3'}")
    run(source, "manage.py", "migrate", "--no-input")
    run(source, "manage.py", "seed_demo")
    archive = run(source, "manage.py", "backup_site", f"--directory={folder / 'backups'}").stdout.strip()
    return source, archive


def test_restore_drill_on_sqlite_with_local_media(backed_up, tmp_path):
    source, archive = backed_up
    target = installation(tmp_path, "target", f"sqlite:///{tmp_path / 'target.sqlite3'}")

    run(target, "manage.py", "restore_site", archive)

    assert re.fullmatch(r".*/backups/ballerup-\d{8}-\d{6}\.tar\.gz", archive)
    with tarfile.open(archive) as opened:
        names = opened.getnames()
        manifest = json.load(opened.extractfile("manifest.json"))
    assert "database.sqlite3" in names
    assert sorted(name for name in names if name.startswith("media/")) == sorted(
        f"media/{name}" for name in manifest["files"]
    )
    assert any(name.startswith("documents/") for name in manifest["files"])
    assert_same_site(source, target)


def test_restore_refuses_an_installation_that_is_not_empty(backed_up):
    source, archive = backed_up
    pages_before = probe(source)["counts"]["wagtailcore.Page"]

    refused = run(source, "manage.py", "restore_site", archive, check=False)

    assert refused.returncode == 1
    assert "The database is not empty" in refused.stderr
    assert "Traceback" not in refused.stderr
    assert probe(source)["counts"]["wagtailcore.Page"] == pages_before


def test_restore_refuses_a_damaged_archive_before_writing_anything(backed_up, tmp_path):
    _, archive = backed_up
    target = installation(tmp_path, "target", f"sqlite:///{tmp_path / 'target.sqlite3'}")
    damaged = tmp_path / "damaged.tar.gz"
    with tarfile.open(archive) as original, tarfile.open(damaged, "w:gz") as copy:
        for member in original.getmembers():
            data = original.extractfile(member).read()
            if member.name.startswith("media/documents/"):
                data = data[:-1] + bytes([data[-1] ^ 1])  # one bit flipped
            copy.addfile(member, io.BytesIO(data))

    refused = run(target, "manage.py", "restore_site", str(damaged), check=False)

    assert refused.returncode == 1
    assert "does not match its checksum" in refused.stderr
    assert not (tmp_path / "target.sqlite3").exists() or (tmp_path / "target.sqlite3").stat().st_size == 0
    assert not any(path.is_file() for path in (tmp_path / "media-target").rglob("*"))


@pytest.mark.postgres
@pytest.mark.s3
def test_restore_drill_on_postgresql_with_an_s3_bucket(tmp_path):
    with servers.postgres_cluster() as cluster, servers.s3_server() as s3:
        servers.create_bucket(s3, "backed-up")
        servers.create_bucket(s3, "restored")
        source = installation(tmp_path, "source", cluster.createdb("source"), servers.s3_environment(s3, "backed-up"))
        target = installation(tmp_path, "target", cluster.createdb("target"), servers.s3_environment(s3, "restored"))

        run(source, "manage.py", "migrate", "--no-input")
        run(source, "manage.py", "seed_demo")
        archive = run(source, "manage.py", "backup_site", f"--directory={tmp_path / 'backups'}").stdout.strip()
        run(target, "manage.py", "migrate", "--no-input")  # a new installation, migrated and still empty

        run(target, "manage.py", "restore_site", archive)

        with tarfile.open(archive) as opened:
            assert "database.pgdump" in opened.getnames()
        assert sorted(servers.bucket_keys(s3, "restored")) == sorted(servers.bucket_keys(s3, "backed-up"))
        assert_same_site(source, target, buckets=("backed-up", "restored"))
