"""Seeds the built-in roles, one terminology language per site language, and the
groups that hold their translators and the academy's coordinators."""

from django.db import migrations

from academy.terminology.builtin import seed


class Migration(migrations.Migration):
    dependencies = [("academy", "0003_terminology"), ("auth", "0012_alter_user_first_name_max_length")]

    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
