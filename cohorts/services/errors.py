from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _


class Refused(ValidationError):
    """A request the rules do not allow; the message says why, in the user's language."""


class SeatsBusy(Exception):
    """The seat could not be taken because others held the lock for too long."""

    message = _("Many people are registering right now. Please try again in a moment.")
