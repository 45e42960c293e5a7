"""The signed link in the yearly email that stops further requests in one click."""

from datetime import timedelta

from django.core import signing

STOP_SALT = "academy.alumni.stop-requests"
STOP_LINK_DAYS = 400  # a yearly email's link works until the next one


def stop_token(person) -> str:
    return signing.dumps(person.pk, salt=STOP_SALT)


def person_id_from_token(token) -> int | None:
    try:
        return int(signing.loads(token, salt=STOP_SALT, max_age=timedelta(days=STOP_LINK_DAYS)))
    except (signing.BadSignature, TypeError, ValueError):
        return None
