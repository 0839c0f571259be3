"""What a user may do with a trip report: nobody publishes one by hand; the committee's approval does."""

from wagtail.models import PagePermissionTester


class TripReportPermissionTester(PagePermissionTester):
    """Page permissions for trip reports.

    The only way to publish a report is the approval workflow, which publishes the revision the
    committee reviewed. So no Publish button for anyone (not even superusers), no scheduling and no
    view-restriction changes that would bypass it. Withdrawing a report is a separate permission.
    """

    def can_publish(self):
        return False

    def can_publish_subpage(self):
        return False

    def can_unpublish(self):
        if not self.user.is_active or not self.page.live or self.page_locked():
            return False
        return self.user.is_superuser or self.user.has_perm("reports.unpublish_tripreportpage")


class TripReportIndexPermissionTester(PagePermissionTester):
    """The report index publishes as any page, but its add-report form offers no Publish to anyone."""

    def can_publish_subpage(self):
        return False
