"""Demo trip reports: committees, budgets, approvers, both report indexes and reports in every state.

Approvals go through the real workflow (start it as the editor, approve with the task's own action
as a committee member), so each approval record is written by the approval step, as in production.
The people, programmes and amounts are fictional; the committees and budgets come from the strategy.
"""

import datetime
from decimal import Decimal

from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.test.utils import override_settings
from django.utils import timezone
from wagtail.documents import get_document_model
from wagtail.models import Locale

from partners.models import FocusArea, PartnerCityPage
from partners.seed.pages import upsert_child
from reports import conf
from reports.models import (
    Budget,
    Committee,
    ExpenseLine,
    Participant,
    ReportAttachment,
    TripReportIndexPage,
    TripReportPage,
)
from reports.seed import trips_2022_2025, trips_2026_2029
from reports.seed.translation import translate_draft
from reports.seed.users import DemoUser, seed_users
from reports.workflow_setup import setup_report_workflow

COMMITTEES = [
    # (Danish name, English name, kind)
    ("Kommunalbestyrelsen", "City Council", Committee.Kind.COUNCIL),
    ("Økonomiudvalget", "Finance Committee", Committee.Kind.COMMITTEE),
    ("Børne- og Skoleudvalget", "Children and Schools Committee", Committee.Kind.COMMITTEE),
    ("Direktionen", "Executive Management", Committee.Kind.ADMINISTRATION),
]

CENTRAL = None  # a line of the central international budget: no committee manages it

BUDGETS = [
    # (Danish name, English name, managed by, yearly amount, carry-over): the strategy's four central budget
    # lines (522,000 kr in all), the study-trip fund and the committees' own budgets, which may carry unspent
    # money between the years of the election period.
    (
        "Tilskud til børn og unge under 25: rejser til venskabsbyer og venskabsforeninger",
        "Grants to children and young people under 25: travel to twin towns and twin-town associations",
        CENTRAL,
        150_000,
        False,
    ),
    ("Tilskud til elevudveksling med Wuxi", "Grants for pupil exchanges with Wuxi", CENTRAL, 159_000, False),
    (
        "Rejser og aktiviteter i det internationale samarbejde",
        "Travel and activities in the international cooperation",
        CENTRAL,
        190_000,
        False,
    ),
    ("Netværk for lærere og skoleaktører", "Network for teachers and school staff", CENTRAL, 23_000, False),
    ("Studierejsepuljen for medarbejdere", "Study-trip fund for staff", "Direktionen", 100_000, False),
    (
        "Kommunalbestyrelsens kursus- og rejsebudget",
        "The City Council's budget for courses and travel",
        "Kommunalbestyrelsen",
        69_000,
        True,
    ),
    (
        "Økonomiudvalgets kursus- og rejsebudget",
        "The Finance Committee's budget for courses and travel",
        "Økonomiudvalget",
        65_000,
        True,
    ),
    (
        "Børne- og Skoleudvalgets kursus- og rejsebudget",
        "The Children and Schools Committee's budget for courses and travel",
        "Børne- og Skoleudvalget",
        65_000,
        True,
    ),
]

# Who writes the demo reports: the site's web editor when it has one (the Ballerup demo's), else this user.
REPORT_EDITOR = DemoUser("editor", "Erik", "Redaktør", description="web editor")
REPORT_USERS = [
    DemoUser(
        "moderator", "Maja", "Moderator", groups=(conf.moderator_group(),), description="moderator (editorial review)"
    ),
    DemoUser("finance-member", "Frederik", "Finansen", groups=("Økonomiudvalget",), description="Finance Committee"),
    DemoUser(
        "children-member",
        "Birgitte",
        "Børnegaard",
        groups=("Børne- og Skoleudvalget",),
        description="Children and Schools Committee",
    ),
    DemoUser("council-member", "Karen", "Kommunal", groups=("Kommunalbestyrelsen",), description="City Council"),
    DemoUser("management-member", "Dorthe", "Direktør", groups=("Direktionen",), description="Executive Management"),
]

INDEX_INTRODUCTION = (
    "Når politikere og medarbejdere rejser ud for kommunen, offentliggør vi formålet, programmet og "
    "regnskabet. Hver rejserapport er godkendt af det udvalg, der rejste, før den offentliggøres."
)
INDEX_STRINGS_EN = {
    "Rejserapporter": "Trip reports",
    "rejserapporter": "trip-reports",
    INDEX_INTRODUCTION: (
        "When politicians and staff travel abroad for the municipality, we publish the purpose, the "
        "programme and the accounts. Each trip report is approved by the committee that travelled before "
        "it is published."
    ),
}


REPORTS = trips_2022_2025.TRIPS + trips_2026_2029.TRIPS


def seed_reports(parent, password):
    """Committees, budgets, approvers, the report index under `parent` and the demo reports.

    Returns the demo users it made (the editor too when the site had none).
    """
    # The moderators group and the approval workflow are set up as an installing site sets them up;
    # run again below once the index exists, to put it under the workflow.
    setup_report_workflow()
    committees = seed_committees()
    budgets = seed_budgets(committees)
    users = seed_users(password, users=REPORT_USERS)
    if not get_user_model().objects.filter(username=REPORT_EDITOR.username).exists():
        users = [*seed_users(password, users=[REPORT_EDITOR]), *users]
    editor = get_user_model().objects.get(username=REPORT_EDITOR.username)
    index = seed_report_index(parent)
    setup_report_workflow()
    # The demo approvals would e-mail the demo users; keep the seed quiet.
    with override_settings(EMAIL_BACKEND="django.core.mail.backends.locmem.EmailBackend"):
        for demo in REPORTS:
            seed_report(demo, index, committees, budgets, editor)
    return users


def seed_committees():
    committees = {}
    for name_da, name_en, kind in COMMITTEES:
        committee = Committee.objects.filter(name_da=name_da).first() or Committee(name_da=name_da)
        committee.name_en, committee.kind = name_en, kind
        committee.save()
        committees[name_da] = committee
    return committees


def seed_budgets(committees):
    return {
        name: Budget.objects.update_or_create(
            name=name,
            defaults={
                "name_en": name_en,
                "owner": committees[owner] if owner else None,
                "yearly_amount": amount,
                "carries_over": carries_over,
            },
        )[0]
        for name, name_en, owner, amount, carries_over in BUDGETS
    }


def seed_report_index(parent):
    """The Danish report index (in the menu) under `parent`, and its English translation."""
    index = upsert_child(
        parent,
        TripReportIndexPage,
        "rejserapporter",
        title="Rejserapporter",
        introduction=f"<p>{INDEX_INTRODUCTION}</p>",
        show_in_menus=True,
    )
    # Published here rather than by wagtail-localize, which publishes only once the transaction commits.
    english = translate_draft(index, "en", INDEX_STRINGS_EN)
    english.get_latest_revision().publish()
    return index


def seed_report(demo, index, committees, budgets, editor):
    """Create the report once, take it through the workflow to its demo state, translate it if approved."""
    report = TripReportPage.objects.child_of(index).filter(slug=demo.slug[0]).first()
    if report is None:
        report = create_report(demo, index, committees, budgets, editor)
        run_workflow(demo, report, editor)
    report = TripReportPage.objects.get(pk=report.pk)
    if demo.state == "approved" and demo.translate and report.live:
        seed_translation(demo, report, editor)
    if demo.state == "approved":
        backdate_publication(demo, report)


def backdate_publication(demo, report):
    """Date the report's publication, in both languages, the day the demo says it was published.

    The workflow stamps today's date, as it should; the demo backdates the timestamps because the seed runs
    today, for trips that ended months or years ago, and the timeliness figures would otherwise be nonsense.
    A queryset update, so the publication guard and the page's revisions are left alone.
    """
    published = timezone.make_aware(datetime.datetime.combine(demo.published_on, datetime.time(12)))
    TripReportPage.objects.filter(translation_key=report.translation_key, live=True).update(
        first_published_at=published, last_published_at=published
    )


def create_report(demo, index, committees, budgets, editor):
    (place_da, _), (country_da, _) = demo.place
    city = PartnerCityPage.objects.filter(slug=demo.city_slug, locale=index.locale).first() if demo.city_slug else None
    report = TripReportPage(
        title=demo.title[0],
        slug=demo.slug[0],
        committee=committees[demo.committee],
        budget=budgets[demo.budget],
        start_date=demo.dates[0],
        end_date=demo.dates[1],
        destination_city=city,
        destination_name="" if city else place_da,
        destination_country="" if city else country_da,
        purpose=f"<p>{demo.purpose[0]}</p>",
        outcome=f"<p>{demo.outcome[0]}</p>",
        programme=[
            ("day", {"date": day, "heading": heading[0], "description": f"<p>{text[0]}</p>"})
            for day, heading, text in demo.programme
        ],
        focus_areas=list(FocusArea.objects.filter(locale=index.locale, sort_order__in=demo.focus_areas)),
        live=False,
        owner=editor,
    )
    # Each row in its place, as the editor's form numbers them: without it the order is the database's.
    report.participants.add(
        *[
            Participant(name=name, role=role[0], sort_order=position)
            for position, (name, role) in enumerate(demo.participants)
        ]
    )
    report.expense_lines.add(
        *[
            ExpenseLine(category=category, description=description[0], amount=Decimal(amount), sort_order=position)
            for position, (category, description, amount) in enumerate(demo.expenses)
        ]
    )
    report.attachments.add(ReportAttachment(document=programme_document(demo), sort_order=0))
    index.add_child(instance=report)
    report.save_revision(user=editor, log_action=True)
    return report


def programme_document(demo):
    """The programme as a one-page PDF, saved through the default storage (so seeding works on S3 too)."""
    title = f"Program: {demo.title[0]}"
    Document = get_document_model()
    existing = Document.objects.filter(title=title).first()
    if existing is not None:
        return existing
    lines = [f"{day:%d.%m.%Y} {heading[0]}" for day, heading, _text in demo.programme] or ["Program følger."]
    return Document.objects.create(
        title=title, file=ContentFile(simple_pdf([demo.title[0], *lines]), name="program.pdf")
    )


def simple_pdf(lines):
    """A minimal one-page PDF with a line of text per entry (Latin-1, Helvetica)."""
    text = " ".join(
        f"({line.encode('latin-1', 'replace').decode('latin-1').replace('(', '[').replace(')', ']')}) Tj 0 -18 Td"
        for line in lines
    )
    stream = f"BT /F1 12 Tf 56 780 Td {text} ET".encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    body, offsets = b"%PDF-1.4\n", []
    for number, obj in enumerate(objects, start=1):
        offsets.append(len(body))
        body += b"%d 0 obj\n" % number + obj + b"\nendobj\n"
    xref = len(body)
    body += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    body += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    body += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return body


def run_workflow(demo, report, editor):
    """Submit as the editor; approve or reject as a committee member, with the task's own action."""
    workflow_state = report.get_workflow().start(report, editor)
    if demo.state == "waiting":
        return
    task_state = workflow_state.current_task_state.specific
    approver = get_user_model().objects.get(username=demo.approver)
    task = task_state.task.specific
    if demo.state == "approved":
        task.on_action(
            task_state, approver, "approve", meeting_date=demo.meeting_date, minutes_url=demo.minutes_url, comment=""
        )
    else:
        task.on_action(task_state, approver, "reject", comment=demo.rejection)


def seed_translation(demo, report, editor):
    """Translate the approved report with wagtail-localize, then pass it through the editorial review."""
    english = report.get_translation_or_none(Locale.objects.get(language_code="en"))
    if english is not None and english.live:
        return
    english = translate_draft(report, "en", english_strings(demo), user=editor)
    english = TripReportPage.objects.get(pk=english.pk)
    workflow_state = english.get_workflow().start(english, editor)
    task_state = workflow_state.current_task_state.specific
    moderator = get_user_model().objects.get(username="moderator")
    task_state.task.specific.on_action(task_state, moderator, "approve", comment="")


def english_strings(demo):
    (place, country) = demo.place
    pairs = [demo.title, demo.slug, demo.purpose, demo.outcome, place, country]
    pairs += [role for _name, role in demo.participants]
    pairs += [description for _category, description, _amount in demo.expenses]
    for _day, heading, text in demo.programme:
        pairs += [heading, text]
    strings = dict(pairs)
    strings.update({name: name for name, _role in demo.participants})
    return strings
