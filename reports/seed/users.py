"""Demo users. Each is created once; running again resets only the password and group membership."""

from dataclasses import dataclass, field

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.users.models import UserProfile


@dataclass(frozen=True)
class DemoUser:
    username: str
    first_name: str
    last_name: str
    groups: tuple = field(default_factory=tuple)
    is_superuser: bool = False
    description: str = ""


def seed_users(password, users):
    """Create or update the demo users; their admin speaks Danish."""
    User = get_user_model()
    for demo in users:
        user, _ = User.objects.get_or_create(
            username=demo.username,
            defaults={"email": f"{demo.username}@example.invalid"},
        )
        user.first_name = demo.first_name
        user.last_name = demo.last_name
        user.is_superuser = demo.is_superuser
        user.is_staff = demo.is_superuser
        user.is_active = True
        user.set_password(password)
        user.save()
        user.groups.set([Group.objects.get(name=name) for name in demo.groups])
        profile = UserProfile.get_for_user(user)
        profile.preferred_language = "da"
        profile.save()
    return users
