# The approving committee is the report's own committee (a published report's cannot change):
# the field repeated it. The approval record keeps the meeting date and the minutes link.

from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ('reports', '0008_approval_minutes_url'),
    ]

    operations = [
        migrations.RemoveField(
            model_name='tripreportpage',
            name='approved_by',
        ),
    ]
