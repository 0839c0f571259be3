"""Reports in each state that must stay hidden from the public, reached through the admin's own views."""

from django.core.files.base import ContentFile
from wagtail.documents import get_document_model

from reports.models import ReportAttachment
from tests.reports.helpers import approve, login, submit, take_action
from tests.reports.world import create_draft_report


def draft(world, client):
    return create_draft_report(world, title="Kladde om Wuxi", slug="kladde-om-wuxi")


def in_moderation(world, client):
    report = create_draft_report(world, title="Afventer om Wuxi", slug="afventer-om-wuxi")
    submit(client, world, report)
    return report


def rejected(world, client):
    report = create_draft_report(world, title="Afvist om Wuxi", slug="afvist-om-wuxi")
    submit(client, world, report)
    login(client, world.users["finance-member"])
    take_action(client, report, "reject", comment="Mangler bilag.")
    return report


def withdrawn(world, client):
    report = create_draft_report(world, title="Trukket om Wuxi", slug="trukket-om-wuxi")
    submit(client, world, report)
    approve(client, world, report)
    login(client, world.users["moderator"])
    client.post(f"/admin/pages/{report.pk}/unpublish/")
    return report


UNAPPROVED = [draft, in_moderation, rejected, withdrawn]


def attach(report, name="program.pdf", content=b"%PDF-1.4 program"):
    document = get_document_model().objects.create(title="Program", file=ContentFile(content, name=name))
    ReportAttachment.objects.create(page=report, document=document)
    report.save_revision(user=report.get_latest_revision().user)
    return document
