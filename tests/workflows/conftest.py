"""A test client whose requests end as in production: the transaction's on-commit work runs.

Each test runs inside one transaction that is rolled back, so `transaction.on_commit` callbacks
never run on their own. wagtail-localize publishes translations in such a callback: without this,
a route that publishes through it would look refused.
"""

import pytest
from django.contrib.auth import SESSION_KEY, get_user_model
from django.test import Client, TestCase

from cms.workflows.publication import acting_as


class CommittingClient(Client):
    def request(self, **request):
        # In production the callbacks run when the view's own atomic block commits, inside the request,
        # so the request's user is the one acting (cms.workflows.publication); here they run after it.
        with acting_as(self._logged_in_user()), TestCase.captureOnCommitCallbacks(execute=True):
            return super().request(**request)

    def _logged_in_user(self):
        user_id = self.session.get(SESSION_KEY)
        return get_user_model().objects.filter(pk=user_id).first() if user_id else None


@pytest.fixture
def client():
    return CommittingClient()
