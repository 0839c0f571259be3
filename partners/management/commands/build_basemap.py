"""Rebuild the partner map's base map (partners/data/basemap.json) from world-atlas TopoJSON."""

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from partners.maps.basemap import ASSET_PATH, write_basemap


class Command(BaseCommand):
    help = "Project Natural Earth country outlines (npm world-atlas) into the map asset the partner pages draw."

    def add_arguments(self, parser):
        default = Path(settings.BASE_DIR) / "node_modules" / "world-atlas" / "countries-50m.json"
        parser.add_argument("--topology", default=str(default), help="world-atlas countries-50m.json")
        parser.add_argument("--output", default=str(ASSET_PATH))

    def handle(self, *args, topology, output, **options):
        if not Path(topology).exists():
            raise CommandError(f"{topology} not found: run npm ci first.")
        data = write_basemap(topology, output)
        size = sum(len(data[view][key]) for view in ("europe", "china") for key in ("land", "denmark"))
        self.stdout.write(f"Wrote {output} ({size} characters of path data).")
