"""A test client whose requests end as in production: the transaction's on-commit work runs.

Each test runs inside one transaction that is rolled back, so `transaction.on_commit` callbacks
never run on their own. wagtail-localize publishes translations in such a callback: without this,
a route that publishes through it would look refused.
"""

import pytest
from django.test import Client, TestCase

from tests.reports.conftest import world  # noqa: F401 - the small report world, for the guard's own tests


class CommittingClient(Client):
    def request(self, **request):
        with TestCase.captureOnCommitCallbacks(execute=True):
            return super().request(**request)


@pytest.fixture
def client():
    return CommittingClient()
