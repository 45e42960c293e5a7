"""The learner's dashboard and the calendar feeds."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from academy.accounts.home import home, remember_links
from academy.models import TrackPage, WorkshopPage, WorkshopSession
from cohorts.calendars import ics_response
from cohorts.models import CalendarToken, RegistrationStatus
from cohorts.models.registrations import new_calendar_token
from cohorts.services import dashboard as dashboard_service


@login_required
def dashboard(request):
    """A person's own learning, and a section for each role they hold (registered by
    the rooms that own those roles' facts)."""
    person = request.user
    token = dashboard_service.calendar_token(person)
    enrolments = dashboard_service.cohorts_with_progress(person)
    registrations = dashboard_service.coming_sessions(person)
    sections = home.shown(request)
    remember_links(request, again=False)
    context = {
        "enrolments": enrolments,
        "registrations": registrations,
        "sections": sections,
        # someone who only runs things is not told they have joined nothing
        "shows_learning": bool(enrolments or registrations or not sections),
        "feed_url": request.build_absolute_uri(reverse("person_feed", args=[token.token])),
    }
    return render(request, "cohorts/dashboard.html", context)


@require_POST
@login_required
def reset_calendar(request):
    CalendarToken.objects.update_or_create(
        person=request.user, defaults={"token": new_calendar_token()}
    )
    messages.success(
        request, _("Your calendar link has been replaced. The old link no longer works.")
    )
    return redirect("dashboard")


def track_feed(request, pk):
    """Public: only pages without a view restriction, and never a meeting link."""
    track = get_object_or_404(TrackPage.objects.live().public(), pk=pk)
    sessions = WorkshopSession.objects.filter(
        workshop__in=WorkshopPage.objects.live().public().descendant_of(track)
    ).select_related("workshop")
    return ics_response(sessions, track.title)


def person_feed(request, token):
    owner = CalendarToken.objects.filter(token=token).values_list("person", flat=True).first()
    if owner is None:
        raise Http404
    sessions = WorkshopSession.objects.filter(
        registrations__person_id=owner,
        registrations__status=RegistrationStatus.REGISTERED,
    ).select_related("workshop")
    return ics_response(sessions, _("My sessions"), with_links=True)
