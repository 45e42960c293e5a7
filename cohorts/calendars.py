"""iCalendar (RFC 5545) for sessions, built with the icalendar library."""

from urllib.parse import urlsplit

from django.conf import settings
from django.http import HttpResponse
from icalendar import Calendar, Event

from academy.timezones import get_zone

PRODID = "-//Peer Academy//Sessions//EN"


CONTENT_TYPE = "text/calendar; charset=utf-8"


def _domain():
    return urlsplit(settings.WAGTAILADMIN_BASE_URL).hostname or "peer-academy"


def session_event(session, with_link=False):
    event = Event()
    event.add("uid", f"session-{session.pk}@{_domain()}")
    event.add("sequence", session.sequence)
    event.add("dtstamp", session.start)  # stable, so feeds are byte-identical between fetches
    event.add("dtstart", session.start.astimezone(get_zone("UTC")))
    event.add("dtend", session.end.astimezone(get_zone("UTC")))
    event.add("summary", session.workshop.title)
    event.add("status", "CANCELLED" if session.cancelled else "CONFIRMED")
    link = session.online_url if with_link else ""  # only for the people registered
    location = ", ".join(part for part in (session.place, link) if part)
    if location:
        event.add("location", location)
    return event


def calendar_bytes(sessions, name, with_links=False):
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", name)
    for session in sessions:
        calendar.add_component(session_event(session, with_links))
    return calendar.to_ical()


def ics_response(sessions, name, with_links=False):
    """Public calendars never carry meeting links; the private feed does."""
    return HttpResponse(calendar_bytes(sessions, name, with_links), content_type=CONTENT_TYPE)


def ics_attachment(session):
    """(filename, content, type) for EmailMessage.attach."""
    content = calendar_bytes([session], session.workshop.title, with_links=True)
    return ("session.ics", content, "text/calendar")
