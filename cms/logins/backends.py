"""The lockout check in front of the password check."""

from axes.backends import AxesStandaloneBackend


class LoginAttemptsBackend(AxesStandaloneBackend):
    """Refuses a locked-out account or address before its password is checked (django-axes).

    Only sign-ins over the web are limited: a call without a request (a management command, the test
    client's `login`) is passed on to the next backend instead of failing as axes' own backend does.
    """

    def authenticate(self, request, username=None, password=None, **kwargs):
        if request is None:
            return None
        return super().authenticate(request, username=username, password=password, **kwargs)
