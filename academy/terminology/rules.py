"""Who may change the shared words: translators of a language, and coordinators
for the community's proposals."""

from academy.accounts.rules import is_coordinator
from academy.terminology.models import TermLocale


def translator_locales(user) -> frozenset[str]:
    """Language codes whose translator group the person belongs to (memoised per user object)."""
    if not user.is_authenticated:
        return frozenset()
    cached = getattr(user, "_translator_locales", None)
    if cached is None:
        cached = frozenset(
            TermLocale.objects.filter(translators__user=user).values_list("code", flat=True)
        )
        user._translator_locales = cached
    return cached


def can_edit_terms(user, locale: str) -> bool:
    """Translators edit the words of their own languages only; superusers of all."""
    return user.is_authenticated and (user.is_superuser or locale in translator_locales(user))


def can_decide_proposal(user, locale: str) -> bool:
    """A translator of the language, or a coordinator, adopts or declines proposals."""
    return can_edit_terms(user, locale) or is_coordinator(user)
