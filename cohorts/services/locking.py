"""Bounded lock waits for the seat-taking path."""

from contextlib import contextmanager

from django.db import OperationalError, connection, transaction
from django.utils.translation import gettext_lazy as _

from academy.errors import TryAgain

LOCK_TIMEOUT_MS = 3000
LOCK_NOT_AVAILABLE = "55P03"


class SeatsBusy(TryAgain):
    """The seat could not be taken because others held the lock for too long."""

    message = _("Many people are registering right now. Please try again in a moment.")


@contextmanager
def seat_transaction():
    """A transaction whose lock waits are capped: PostgreSQL gives up after
    LOCK_TIMEOUT_MS, SQLite after its busy timeout. Either becomes SeatsBusy, which
    views turn into a calm "please try again", never a 500."""
    try:
        with transaction.atomic():
            if connection.vendor == "postgresql":
                with connection.cursor() as cursor:
                    cursor.execute(f"SET LOCAL lock_timeout = '{LOCK_TIMEOUT_MS}ms'")
            yield
    except OperationalError as error:
        cause = error.__cause__
        if getattr(cause, "sqlstate", None) == LOCK_NOT_AVAILABLE or "locked" in str(error):
            raise SeatsBusy from error
        raise
