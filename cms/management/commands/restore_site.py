"""`manage.py restore_site ARCHIVE`: bring a backup_site archive back into an empty installation."""

from django.core.management.base import BaseCommand, CommandError

from cms import backup
from cms.cache import generation


class Command(BaseCommand):
    help = "Restore the database and every media file of a backup archive into an empty installation."

    def add_arguments(self, parser):
        parser.add_argument("archive", help="a ballerup-YYYYmmdd-HHMMSS.tar.gz written by backup_site")

    def handle(self, *args, archive, **options):
        try:
            manifest = backup.restore(archive)
        except backup.BackupError as error:
            raise CommandError(str(error)) from error
        try:
            generation.bump()  # nothing cached before the restore is served after it
        except Exception as error:  # noqa: BLE001 - a cache that is down holds nothing to retire either
            self.stderr.write(f"The page cache could not be emptied: {error}")
        self.stdout.write(
            f"Restored {sum(manifest['counts'].values())} rows and {len(manifest['files'])} files "
            f"from the backup of {manifest['created_at']}"
        )
