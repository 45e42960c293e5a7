"""Who may write workshops where: coordinators assign people to tracks, and each
track has a Wagtail group whose page permissions cover only that track. Nobody in
such a group may publish: their drafts go through the coordinators' approval
workflow."""

from django.contrib.auth.models import Group, Permission
from django.core.exceptions import PermissionDenied
from django.db import transaction
from wagtail.models import GroupPagePermission

from academy.accounts.rules import is_coordinator

AUTHOR_PAGE_PERMISSIONS = ("add", "change")


def track_authors_group(track):
    """The group of people who may write workshops under this track (created once)."""
    group, created = Group.objects.get_or_create(name=f"Track authors #{track.pk}")
    if created:
        access_admin = Permission.objects.get(
            content_type__app_label="wagtailadmin", codename="access_admin"
        )
        group.permissions.add(access_admin)
        for permission_type in AUTHOR_PAGE_PERMISSIONS:
            GroupPagePermission.objects.create(
                group=group, page=track, permission_type=permission_type
            )
    return group


@transaction.atomic
def assign_author(*, coordinator, person, track):
    if not is_coordinator(coordinator):
        raise PermissionDenied
    person.groups.add(track_authors_group(track))


@transaction.atomic
def unassign_author(*, coordinator, person, track):
    if not is_coordinator(coordinator):
        raise PermissionDenied
    person.groups.remove(track_authors_group(track))


def track_authors(track):
    return track_authors_group(track).user_set.order_by("display_name", "email")
