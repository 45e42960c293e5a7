"""Calendar feeds: outside the language prefix, so subscribed URLs never change."""

from django.urls import path

from cohorts.views import dashboard

urlpatterns = [
    path("calendar/tracks/<id:pk>.ics", dashboard.track_feed, name="track_feed"),
    path("calendar/people/<str:token>.ics", dashboard.person_feed, name="person_feed"),
]
