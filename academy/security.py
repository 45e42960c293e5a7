"""Security headers that Django's SecurityMiddleware does not set itself, and the
refusal of characters that can disguise text."""

import logging
import re
from urllib.parse import urlsplit

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import DataError
from django.utils.translation import gettext_lazy as _

from academy.web import bad_request

logger = logging.getLogger(__name__)

# Embeddings, overrides and isolates (U+202A to U+202E, U+2066 to U+2069) can make a name or
# a word display as something else; ordinary right-to-left text never needs them.
DIRECTION_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")
DIRECTION_CONTROLS_MESSAGE = _("Remove the invisible characters that change the direction of text.")


def contains_direction_controls(value) -> bool:
    return bool(DIRECTION_CONTROLS.search(str(value or "")))


def validate_no_direction_controls(value):
    if contains_direction_controls(value):
        raise ValidationError(DIRECTION_CONTROLS_MESSAGE, code="direction_controls")


def _content_security_policy():
    form_targets = ["'self'"]
    wikimedia = settings.SOCIALACCOUNT_PROVIDERS.get("mediawiki")
    if wikimedia:  # sign-in with Wikimedia posts here, then redirects to the wiki
        parts = urlsplit(wikimedia["REST_API"])
        form_targets.append(f"{parts.scheme}://{parts.netloc}")
    directives = {
        "default-src": "'self'",
        "script-src": "'self'",
        "style-src": "'self'",
        "img-src": "'self' data:",
        "font-src": "'self'",
        "connect-src": "'self'",
        "object-src": "'none'",
        "base-uri": "'self'",
        "frame-ancestors": "'none'",
        "form-action": " ".join(form_targets),
    }
    return "; ".join(f"{name} {value}" for name, value in directives.items())


# The Wagtail admin styles elements inline and previews pages in a frame of its own.
ADMIN_CONTENT_SECURITY_POLICY = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data: blob:",
        "font-src 'self'",
        "connect-src 'self'",
        "frame-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "frame-ancestors 'self'",
        "form-action 'self'",
    ]
)


class SecurityHeadersMiddleware:
    """A strict Content-Security-Policy for the public site, one with what the Wagtail
    admin needs for the admin, and a Permissions-Policy that switches off unused
    browser APIs. Documents are files to download and keep their own headers."""

    permissions_policy = "camera=(), microphone=(), geolocation=(), payment=(), usb=()"

    def __init__(self, get_response):
        self.get_response = get_response
        self.csp = _content_security_policy()

    def __call__(self, request):
        response = self.get_response(request)
        if request.path.startswith("/admin/"):
            response.headers.setdefault("Content-Security-Policy", ADMIN_CONTENT_SECURITY_POLICY)
        elif not request.path.startswith("/documents/"):
            response.headers.setdefault("Content-Security-Policy", self.csp)
        response.headers.setdefault("Permissions-Policy", self.permissions_policy)
        return response


def _holds_nul(values):
    return any(
        "\x00" in key or any("\x00" in value for value in values.getlist(key)) for key in values
    )


class BadInputMiddleware:
    """A NUL character in the path, the query string or a form is refused with a 400
    before any view runs (PostgreSQL cannot store one, so it would be a 500); a value
    the database cannot hold (a number out of range) becomes a 400 too."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if "\x00" in request.path or _holds_nul(request.GET) or _holds_nul(request.POST):
            return bad_request(request)
        return self.get_response(request)

    def process_exception(self, request, exception):
        if isinstance(exception, OverflowError | DataError):
            logger.warning("Refused input the database cannot hold: %s", exception)
            return bad_request(request)
        return None
