"""The site's demo users: the administrator and the web editor (the reports seed adds the committees' members)."""

from reports.seed.users import DemoUser

DEMO_USERS = [
    DemoUser("admin", "Anne", "Administrator", is_superuser=True, description="administrator"),
    DemoUser("editor", "Erik", "Redaktør", groups=("Web editors",), description="web editor"),
]
