"""Per-request preferences: the viewer's time zone, the signed-in person's language,
and a fresh view of the role words."""

from django.conf import settings
from django.shortcuts import render
from django.utils import timezone, translation

from academy.timezones import get_zone


class UserPreferencesMiddleware:
    """Activate the signed-in person's time zone (or the site default), and keep the
    language cookie on their preferred language, so unprefixed URLs such as "/" and
    links in emails land in that language."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        signed_in = user is not None and user.is_authenticated
        zone_name = user.time_zone if signed_in else settings.ACADEMY_DEFAULT_TIME_ZONE
        timezone.activate(get_zone(zone_name))
        try:
            response = self.get_response(request)
        finally:
            timezone.deactivate()
        if (
            signed_in
            and request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME) != user.preferred_language
        ):
            set_language_cookie(response, user.preferred_language)
        return response


def set_language_cookie(response, language):
    response.set_cookie(
        settings.LANGUAGE_COOKIE_NAME,
        language,
        max_age=settings.LANGUAGE_COOKIE_AGE,
        path=settings.LANGUAGE_COOKIE_PATH,
        domain=settings.LANGUAGE_COOKIE_DOMAIN,
        secure=settings.LANGUAGE_COOKIE_SECURE,
        httponly=settings.LANGUAGE_COOKIE_HTTPONLY,
        samesite=settings.LANGUAGE_COOKIE_SAMESITE,
    )


ADMIN_PREFIX = "/admin/"
ADMIN_REDIRECTS = ("/admin/login/", "/admin/logout/", "/admin/password_reset/")


class AdminAccessMiddleware:
    """A signed-in person without admin rights who opens the admin is told so, in their
    language, instead of being sent to sign in again (which sent them straight back);
    a person with rights gets the admin in their language."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        if not request.path.startswith(ADMIN_PREFIX) or user is None or not user.is_authenticated:
            return self.get_response(request)
        if not request.path.startswith(ADMIN_REDIRECTS) and not user.has_perm(
            "wagtailadmin.access_admin"
        ):
            with translation.override(user.preferred_language):
                return render(request, "admin_denied.html", status=403)
        # The admin speaks the person's language (unless they chose another for the admin
        # in its own account settings), whatever the browser asks for.
        translation.activate(user.preferred_language)
        request.LANGUAGE_CODE = user.preferred_language
        return self.get_response(request)
