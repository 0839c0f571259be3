"""The demo password: from DEMO_PASSWORD, or generated once and kept in a git-ignored file."""

import os
import secrets
from pathlib import Path

from django.conf import settings

PASSWORD_FILE = Path(settings.BASE_DIR) / ".demo-password"


def demo_password():
    """Return the password every demo user gets, creating and storing one on first use."""
    from_env = os.environ.get("DEMO_PASSWORD")
    if from_env:
        return from_env
    if PASSWORD_FILE.exists():
        stored = PASSWORD_FILE.read_text(encoding="utf-8").strip()
        if stored:
            return stored
    password = secrets.token_urlsafe(12)
    PASSWORD_FILE.write_text(password + "\n", encoding="utf-8")
    PASSWORD_FILE.chmod(0o600)
    return password
