"""`manage.py backup_site`: one dated archive of the database and every media file (cms.backup)."""

import os

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from cms import backup


class Command(BaseCommand):
    help = "Write backups/ballerup-YYYYmmdd-HHMMSS.tar.gz (or into BACKUP_DIR): database dump, media, manifest."

    def add_arguments(self, parser):
        parser.add_argument("--directory", help="where to write the archive (default: BACKUP_DIR or backups/)")

    def handle(self, *args, directory=None, **options):
        directory = directory or os.environ.get("BACKUP_DIR") or settings.BASE_DIR / "backups"
        try:
            path = backup.create(directory)
        except backup.BackupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(str(path))
