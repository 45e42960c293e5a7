from django.core.exceptions import ValidationError


class Refused(ValidationError):
    """A request the rules do not allow; the message says why, in the user's language."""
