from django.db import migrations

from vitrine.web.reviews import protection


def forwards(apps, schema_editor):  # type: ignore[no-untyped-def]
    protection.install(schema_editor.connection)


def backwards(apps, schema_editor):  # type: ignore[no-untyped-def]
    protection.remove(schema_editor.connection)


class Migration(migrations.Migration):
    dependencies = [("reviews", "0001_initial"), ("practices", "0001_initial")]

    operations = [migrations.RunPython(forwards, backwards)]
