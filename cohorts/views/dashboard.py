"""The dashboard: a person's own learning and a home for each role they hold."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from academy.accounts.home import home, remember_links
from academy.accounts.person_cache import per_person
from academy.emails import absolute
from cohorts.models import CalendarToken
from cohorts.models.registrations import new_calendar_token
from cohorts.services import dashboard as dashboard_service


@per_person
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
        # the site's own address, as in emails, whatever host the request came by
        "feed_url": absolute(reverse("person_feed", args=[token.token])),
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
