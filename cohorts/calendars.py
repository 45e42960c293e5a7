"""iCalendar (RFC 5545) for sessions, built with the icalendar library, and the feeds.

A calendar is written in one language, chosen by who reads it rather than by the
browser that happens to fetch it: a person's private feed and the files attached to
their emails in their preferred language, a public feed in the language of its URL."""

from urllib.parse import urlsplit

from django.conf import settings
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404
from django.utils import translation
from django.utils.translation import gettext as _
from icalendar import Calendar, Event

from academy.models import TrackPage, WorkshopPage, WorkshopSession
from academy.timezones import get_zone
from cohorts.models import CalendarToken, RegistrationStatus

PRODID = "-//Peer Academy//Sessions//EN"


CONTENT_TYPE = "text/calendar; charset=utf-8"


def _domain():
    return urlsplit(settings.WAGTAILADMIN_BASE_URL).hostname or "peer-academy"


def session_event(session, with_link=False):
    """One session, its texts in the active language."""
    event = Event()
    event.add("uid", f"session-{session.pk}@{_domain()}")
    event.add("sequence", session.sequence)
    event.add("dtstamp", session.start)  # stable, so feeds are byte-identical between fetches
    event.add("dtstart", session.start.astimezone(get_zone("UTC")))
    event.add("dtend", session.end.astimezone(get_zone("UTC")))
    event.add("summary", session.workshop.title)
    if session.workshop.intro:
        event.add("description", session.workshop.intro)
    event.add("status", "CANCELLED" if session.cancelled else "CONFIRMED")
    link = session.online_url if with_link else ""  # only for the people registered
    location = ", ".join(part for part in (session.place, link) if part)
    if location:
        event.add("location", location)
    return event


def calendar_bytes(sessions, name, with_links=False, language=None):
    """The calendar in `language` (the active one if None); `name` may be lazy."""
    with translation.override(language or translation.get_language()):
        calendar = Calendar()
        calendar.add("prodid", PRODID)
        calendar.add("version", "2.0")
        calendar.add("calscale", "GREGORIAN")
        calendar.add("x-wr-calname", str(name))
        for session in sessions:
            calendar.add_component(session_event(session, with_links))
        return calendar.to_ical()


def ics_response(sessions, name, with_links=False, language=None):
    """Public calendars never carry meeting links; the private feed does."""
    return HttpResponse(
        calendar_bytes(sessions, name, with_links, language), content_type=CONTENT_TYPE
    )


def ics_attachment(session, language):
    """(filename, content, type) for EmailMessage.attach, in the recipient's language."""
    with translation.override(language):
        content = calendar_bytes([session], session.workshop.title, with_links=True)
    return ("session.ics", content, "text/calendar")


def track_feed(request, pk, language=settings.LANGUAGE_CODE):
    """Public: only pages without a view restriction, and never a meeting link. The
    language is the URL's; the address without one keeps the site's default language,
    so it does not change with whoever fetches it."""
    with translation.override(language):
        track = get_object_or_404(TrackPage.objects.live().public(), pk=pk)
        sessions = WorkshopSession.objects.filter(
            workshop__in=WorkshopPage.objects.live().public().descendant_of(track)
        ).select_related("workshop")
        return ics_response(sessions, track.title, language=language)


def person_feed(request, token):
    """Private: the owner's sessions with their meeting links, in the owner's language."""
    owner = (
        CalendarToken.objects.filter(token=token)
        .values_list("person_id", "person__preferred_language")
        .first()
    )
    if owner is None:
        raise Http404
    person_id, language = owner
    sessions = WorkshopSession.objects.filter(
        registrations__person_id=person_id,
        registrations__status=RegistrationStatus.REGISTERED,
    ).select_related("workshop")
    with translation.override(language):
        return ics_response(sessions, _("My sessions"), with_links=True, language=language)
