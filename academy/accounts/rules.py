"""Who runs the programmes: membership of the coordinators' group."""

from django.core.exceptions import PermissionDenied

COORDINATORS_GROUP = "Coordinators"


def is_coordinator(user) -> bool:
    if not user.is_authenticated:
        return False
    cached = getattr(user, "_is_coordinator", None)
    if cached is None:
        cached = user.is_superuser or user.groups.filter(name=COORDINATORS_GROUP).exists()
        user._is_coordinator = cached
    return cached


def require_coordinator(user):
    """Raise PermissionDenied (403) unless the person is a coordinator."""
    if not is_coordinator(user):
        raise PermissionDenied
