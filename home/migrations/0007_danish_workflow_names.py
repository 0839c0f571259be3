"""Give the two workflows and their tasks Danish names.

Workflow and task names are data, not interface strings: editors and committee members see them
as they are ("Send til Redaktionel gennemgang"), so they are written in the admin's language.
"""

from django.db import migrations

# (English name from the earlier migrations, Danish name)
WORKFLOWS = [
    ("Editorial review", "Redaktionel gennemgang"),
    ("Trip report approval", "Udvalgets godkendelse af rejserapport"),
]
TASKS = [
    ("Editorial review", "Redaktionel gennemgang"),
    ("Committee approval", "Udvalgets godkendelse"),
]


def _rename(apps, pairs_by_model, forwards):
    for model_name, pairs in pairs_by_model.items():
        model = apps.get_model("wagtailcore", model_name)
        for english, danish in pairs:
            old, new = (english, danish) if forwards else (danish, english)
            model.objects.filter(name=old).update(name=new)


def to_danish(apps, schema_editor):
    _rename(apps, {"Workflow": WORKFLOWS, "Task": TASKS}, forwards=True)


def to_english(apps, schema_editor):
    _rename(apps, {"Workflow": WORKFLOWS, "Task": TASKS}, forwards=False)


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0006_moderation_groups"),
        ("reports", "0003_attached_document"),
    ]

    operations = [migrations.RunPython(to_danish, to_english)]
