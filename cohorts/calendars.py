"""iCalendar (RFC 5545) for sessions, built with the icalendar library."""

from django.conf import settings
from icalendar import Calendar, Event

from academy.timezones import get_zone

PRODID = "-//Peer Academy//Sessions//EN"


def _domain():
    return settings.WAGTAILADMIN_BASE_URL.split("://", 1)[-1].split("/", 1)[0] or "peer-academy"


def session_event(session, url=None):
    event = Event()
    event.add("uid", f"session-{session.pk}@{_domain()}")
    event.add("sequence", session.sequence)
    event.add("dtstamp", session.start)  # stable, so feeds are byte-identical between fetches
    event.add("dtstart", session.start.astimezone(get_zone("UTC")))
    event.add("dtend", session.end.astimezone(get_zone("UTC")))
    event.add("summary", session.workshop.title)
    event.add("status", "CANCELLED" if session.cancelled else "CONFIRMED")
    location = ", ".join(part for part in (session.place, session.online_url) if part)
    if location:
        event.add("location", location)
    if url:
        event.add("url", url)
    return event


def calendar_bytes(sessions, name, url_for=None):
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", name)
    for session in sessions:
        calendar.add_component(session_event(session, url_for(session) if url_for else None))
    return calendar.to_ical()
