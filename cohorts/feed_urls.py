"""Calendar feeds: outside the language prefix, so subscribed URLs never change. A track's
feed may name its language (`/calendar/fr/tracks/7.ics`); without one it is in the
site's default language."""

from django.conf import settings
from django.urls import path, re_path

from academy.web import DatabaseId
from cohorts import calendars

LANGUAGE = "|".join(code for code, _name in settings.LANGUAGES)

urlpatterns = [
    path("calendar/tracks/<id:pk>.ics", calendars.track_feed, name="track_feed"),
    re_path(
        rf"^calendar/(?P<language>{LANGUAGE})/tracks/(?P<pk>{DatabaseId.regex})\.ics$",
        calendars.track_feed,
        name="track_feed",
    ),
    path("calendar/people/<str:token>.ics", calendars.person_feed, name="person_feed"),
]
