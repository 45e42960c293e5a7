"""Who runs the programmes: membership of the coordinators' group."""

from django.core.exceptions import PermissionDenied

COORDINATORS_GROUP = "Coordinators"
MODERATORS_GROUP = "Moderators"  # Wagtail's: they approve pages in moderation


def group_names(user) -> frozenset[str]:
    """The names of the person's groups, asked once per user object."""
    if not user.is_authenticated:
        return frozenset()
    cached = getattr(user, "_group_names", None)
    if cached is None:
        cached = frozenset(user.groups.values_list("name", flat=True))
        user._group_names = cached
    return cached


def is_coordinator(user) -> bool:
    if not user.is_authenticated:
        return False
    cached = getattr(user, "_is_coordinator", None)
    if cached is None:
        cached = user.is_superuser or COORDINATORS_GROUP in group_names(user)
        user._is_coordinator = cached
    return cached


def require_coordinator(user):
    """Raise PermissionDenied (403) unless the person is a coordinator."""
    if not is_coordinator(user):
        raise PermissionDenied


def is_moderator(user) -> bool:
    return user.is_authenticated and (
        user.is_superuser or bool({COORDINATORS_GROUP, MODERATORS_GROUP} & group_names(user))
    )
