"""The committed base map is what `build_basemap` makes from the project's npm copy of world-atlas."""

import json
from pathlib import Path

from django.conf import settings
from django.core.management import call_command

from partners.maps.basemap import ASSET_PATH

TOPOLOGY = Path(settings.BASE_DIR) / "node_modules" / "world-atlas" / "countries-50m.json"


def test_committed_base_map_is_what_the_build_command_makes(tmp_path):
    output = tmp_path / "basemap.json"
    call_command("build_basemap", topology=str(TOPOLOGY), output=str(output), stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert json.loads(output.read_text()) == json.loads(ASSET_PATH.read_text())
