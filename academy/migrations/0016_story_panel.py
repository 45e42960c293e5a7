"""Rounds for a school, a track or a cohort (the scope's id, checked by the scope
registry); the track a story grew from; panel votes with reasons; selections as their
own rows, so a story selected in a track's round can be selected again a level up, and
so that each author is told once."""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models

import academy.stories.models


def forward(apps, schema_editor):
    Round = apps.get_model("academy", "Round")
    Story = apps.get_model("academy", "Story")
    Selection = apps.get_model("academy", "Selection")
    for round_ in Round.objects.exclude(track__isnull=True):
        round_.scope_id = round_.track_id
        round_.save(update_fields=["scope_id"])
    taken = set()
    for story in Story.objects.filter(selected=True).order_by("created_at", "pk"):
        if (story.round_id, story.domain_id) in taken:
            continue
        taken.add((story.round_id, story.domain_id))
        Selection.objects.create(
            round_id=story.round_id,
            story_id=story.pk,
            domain_id=story.domain_id,
            reason=story.selection_reason,
        )


def backward(apps, schema_editor):
    Round = apps.get_model("academy", "Round")
    Story = apps.get_model("academy", "Story")
    Selection = apps.get_model("academy", "Selection")
    for round_ in Round.objects.filter(scope="track"):
        round_.track_id = round_.scope_id
        round_.save(update_fields=["track"])
    Round.objects.exclude(scope__in=["academy", "track"]).delete()
    for selection in Selection.objects.all():
        Story.objects.filter(pk=selection.story_id).update(
            selected=True, selection_reason=selection.reason
        )


def grant_coordinators(apps, schema_editor):
    """Coordinators keep the domains of change in the admin."""
    from django.contrib.auth.management import create_permissions

    for app_config in apps.get_app_configs():  # permissions appear only after migrate otherwise
        app_config.models_module = True
        create_permissions(app_config, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    coordinators, _created = Group.objects.get_or_create(name="Coordinators")
    coordinators.permissions.add(
        *Permission.objects.filter(
            content_type__app_label="academy", content_type__model="domain"
        ).exclude(codename="delete_domain")
    )


class Migration(migrations.Migration):
    dependencies = [
        ("academy", "0015_stories"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.RemoveConstraint(model_name="round", name="story_round_scope_has_track"),
        migrations.RemoveConstraint(model_name="story", name="story_selected_has_reason"),
        migrations.AddField(
            model_name="round",
            name="scope_id",
            field=models.PositiveIntegerField(
                blank=True, null=True, verbose_name="what it asks about"
            ),
        ),
        migrations.AlterField(
            model_name="round",
            name="scope",
            field=models.CharField(
                choices=academy.stories.models.scope_choices, max_length=16, verbose_name="scope"
            ),
        ),
        migrations.AddField(
            model_name="story",
            name="track",
            field=models.ForeignKey(
                blank=True,
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="stories",
                to="academy.trackpage",
                verbose_name="the track it grew from",
            ),
        ),
        migrations.CreateModel(
            name="Selection",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "reason",
                    models.TextField(max_length=2000, verbose_name="why the panel selected it"),
                ),
                ("decided_at", models.DateTimeField(auto_now_add=True)),
                ("author_told_at", models.DateTimeField(blank=True, null=True)),
                (
                    "decided_by",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
                (
                    "domain",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="+",
                        to="academy.domain",
                    ),
                ),
                (
                    "round",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="selections",
                        to="academy.round",
                    ),
                ),
                (
                    "story",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="selections",
                        to="academy.story",
                    ),
                ),
            ],
            options={
                "verbose_name": "selection",
                "verbose_name_plural": "selections",
                "ordering": ["decided_at", "pk"],
                "constraints": [
                    models.UniqueConstraint(
                        fields=("round", "domain"), name="story_one_per_domain"
                    ),
                    models.UniqueConstraint(fields=("round", "story"), name="story_selected_once"),
                    models.CheckConstraint(
                        condition=models.Q(("reason", ""), _negated=True),
                        name="story_selection_has_reason",
                    ),
                ],
            },
        ),
        migrations.CreateModel(
            name="Vote",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("reason", models.TextField(max_length=2000, verbose_name="reason")),
                ("created_at", models.DateTimeField(auto_now_add=True)),
                (
                    "domain",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="+",
                        to="academy.domain",
                    ),
                ),
                (
                    "round",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="votes",
                        to="academy.round",
                    ),
                ),
                (
                    "story",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="votes",
                        to="academy.story",
                    ),
                ),
                (
                    "voter",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="story_votes",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
            ],
            options={
                "verbose_name": "panel vote",
                "verbose_name_plural": "panel votes",
                "ordering": ["created_at", "pk"],
                "constraints": [
                    models.UniqueConstraint(
                        fields=("round", "domain", "voter"), name="story_vote_once_per_domain"
                    ),
                    models.CheckConstraint(
                        condition=models.Q(("reason", ""), _negated=True),
                        name="story_vote_has_reason",
                    ),
                ],
            },
        ),
        migrations.RunPython(forward, backward),
        migrations.RunPython(grant_coordinators, migrations.RunPython.noop),
        migrations.RemoveField(model_name="round", name="track"),
        migrations.RemoveField(model_name="story", name="selected"),
        migrations.RemoveField(model_name="story", name="selection_reason"),
        migrations.AddConstraint(
            model_name="round",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    models.Q(("scope", "academy"), ("scope_id__isnull", True)),
                    models.Q(
                        models.Q(("scope", "academy"), _negated=True), ("scope_id__isnull", False)
                    ),
                    _connector="OR",
                ),
                name="story_round_scope_target",
            ),
        ),
    ]
