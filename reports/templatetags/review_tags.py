"""Template tags for the approve dialog (see reports.review)."""

from django import template

from reports.review import review_summary as summarise

register = template.Library()


@register.simple_tag
def review_summary(task_state):
    """What the revision under review says: title, committee, dates, total and its preview link."""
    return summarise(task_state)
