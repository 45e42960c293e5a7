"""Coordinators manage cohorts and session registration rules in the admin."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

MODELS = ("cohort", "applicationquestion", "sessionaccess")


def grant(apps, schema_editor):
    for app_config in apps.get_app_configs():  # permissions appear only after migrate otherwise
        app_config.models_module = True
        create_permissions(app_config, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    coordinators, _created = Group.objects.get_or_create(name="Coordinators")
    coordinators.permissions.add(
        *Permission.objects.filter(content_type__app_label="cohorts", content_type__model__in=MODELS)
    )


class Migration(migrations.Migration):
    dependencies = [("cohorts", "0002_admin_screens"), ("academy", "0006_coordinator_workflow")]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
