"""The approval links to its minutes: the approver gives the address, the published report keeps it."""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("reports", "0007_budget_owner_and_election_periods"),
    ]

    operations = [
        migrations.AddField(
            model_name="committeeapprovaltaskstate",
            name="minutes_url",
            field=models.URLField(blank=True, max_length=500, verbose_name="link to the minutes"),
        ),
        migrations.AddField(
            model_name="tripreportpage",
            name="approval_minutes_url",
            field=models.URLField(blank=True, editable=False, max_length=500, verbose_name="minutes of the approval"),
        ),
    ]
