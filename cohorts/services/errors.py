from django.utils.translation import gettext_lazy as _

from academy.errors import Refused

__all__ = ["Refused", "SeatsBusy"]


class SeatsBusy(Exception):
    """The seat could not be taken because others held the lock for too long."""

    message = _("Many people are registering right now. Please try again in a moment.")
