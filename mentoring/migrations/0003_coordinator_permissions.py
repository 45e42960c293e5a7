"""Coordinators keep skills and programme templates in the admin."""

from django.contrib.auth.management import create_permissions
from django.db import migrations
from django.db.models import Q

MODELS = Q(content_type__app_label="academy", content_type__model="skill") | Q(
    content_type__app_label="mentoring",
    content_type__model="programmetemplate",
)


def grant(apps, schema_editor):
    for app_config in apps.get_app_configs():  # permissions appear only after migrate otherwise
        app_config.models_module = True
        create_permissions(app_config, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    coordinators, _created = Group.objects.get_or_create(name="Coordinators")
    coordinators.permissions.add(*Permission.objects.filter(MODELS))


class Migration(migrations.Migration):
    dependencies = [
        ("mentoring", "0002_applications_requests_stars"),
        ("academy", "0007_skills"),
        ("cohorts", "0003_coordinator_permissions"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
