"""The two ways a rule says no. Services raise them; `academy.web.run` turns them
into a message for the person, never a 500."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _


class Refused(ValidationError):
    """A request the rules do not allow; the message says why, in the user's language."""


class TryAgain(Exception):
    """A lock was held by others for too long; the same request may succeed in a moment."""

    message = _("Many people are doing the same right now. Please try again in a moment.")
