from django.db import migrations, models


class Migration(migrations.Migration):
    """Budgets get an English name; existing rows keep "" (the pages show the Danish name until one is given)."""

    dependencies = [
        ("reports", "0003_attached_document"),
    ]

    operations = [
        migrations.AlterField(
            model_name="budget",
            name="name",
            field=models.CharField(max_length=160, unique=True, verbose_name="name in Danish"),
        ),
        migrations.AddField(
            model_name="budget",
            name="name_en",
            field=models.CharField(default="", max_length=160, verbose_name="name in English"),
            preserve_default=False,
        ),
    ]
