"""Security headers that Django's SecurityMiddleware does not set itself."""

from urllib.parse import urlsplit

from django.conf import settings


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


class SecurityHeadersMiddleware:
    """A strict Content-Security-Policy for the public site (the Wagtail admin sets
    its own needs), and a Permissions-Policy that switches off unused browser APIs."""

    permissions_policy = "camera=(), microphone=(), geolocation=(), payment=(), usb=()"

    def __init__(self, get_response):
        self.get_response = get_response
        self.csp = _content_security_policy()

    def __call__(self, request):
        response = self.get_response(request)
        if not request.path.startswith(("/admin/", "/documents/")):
            response.headers.setdefault("Content-Security-Policy", self.csp)
        response.headers.setdefault("Permissions-Policy", self.permissions_policy)
        return response
