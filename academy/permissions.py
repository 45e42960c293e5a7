"""Who may do what: translators with the shared words, coordinators with the programmes."""

from django.core.exceptions import PermissionDenied

COORDINATORS_GROUP = "Coordinators"


def translator_locales(user) -> frozenset[str]:
    """Language codes whose translator group the person belongs to (memoised per user object)."""
    if not user.is_authenticated:
        return frozenset()
    cached = getattr(user, "_translator_locales", None)
    if cached is None:
        from academy.models import TermLocale

        cached = frozenset(
            TermLocale.objects.filter(translators__user=user).values_list("code", flat=True)
        )
        user._translator_locales = cached
    return cached


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


def can_edit_terms(user, locale: str) -> bool:
    """Translators edit the words of their own languages only; superusers of all."""
    return user.is_authenticated and (user.is_superuser or locale in translator_locales(user))


def can_decide_proposal(user, locale: str) -> bool:
    """A translator of the language, or a coordinator, adopts or declines proposals."""
    return can_edit_terms(user, locale) or is_coordinator(user)
