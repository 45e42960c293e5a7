"""Asking the coordinators for support when no suggestion fits."""

from django.db import IntegrityError, transaction
from django.utils.translation import gettext_lazy as _

from academy.errors import Refused
from mentoring.models import SupportRequest


def ask_coordinators(person, *, skills, languages, waive_language, note):
    """One open request per person; the database's constraint decides a race."""
    try:
        with transaction.atomic():
            wanted = SupportRequest.objects.create(
                person=person, languages=languages, waive_language=waive_language, note=note
            )
            wanted.skills.set(skills)
    except IntegrityError:
        raise Refused(_("Your earlier request is still open."), code="open_request") from None
    return wanted
