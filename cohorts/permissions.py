"""Who runs a cohort, and who takes attendance."""

from academy.accounts.rules import is_coordinator


def can_run_cohort(user, cohort) -> bool:
    """The cohort's own coordinators, and the academy's coordinators."""
    if not user.is_authenticated:
        return False
    return is_coordinator(user) or cohort.coordinators.filter(pk=user.pk).exists()


def can_take_attendance(user, session) -> bool:
    """The session's facilitators, the workshop's author, and coordinators."""
    if not user.is_authenticated:
        return False
    if is_coordinator(user) or session.workshop.owner_id == user.pk:
        return True
    access = getattr(session, "access", None)
    if access is None:
        return False
    if access.facilitators.filter(pk=user.pk).exists():
        return True
    return access.cohort is not None and access.cohort.coordinators.filter(pk=user.pk).exists()
