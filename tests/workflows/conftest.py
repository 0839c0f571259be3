"""The review workflows are tested on the small report world (both report indexes, committees, users)."""

from tests.reports.conftest import world  # noqa: F401 - the fixture
