"""Registering for sessions, calendars, the roster and self check-in."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from academy.models import WorkshopPage, WorkshopSession
from academy.web import back, run
from cohorts.calendars import ics_response
from cohorts.models import Attendance, Registration, RegistrationStatus
from cohorts.permissions import can_take_attendance
from cohorts.services import attendance, seats


def _session(pk):
    return get_object_or_404(
        WorkshopSession.objects.select_related("workshop"), pk=pk, workshop__live=True
    )


@require_POST
@login_required
def register(request, pk):
    session = _session(pk)
    registration = run(request, lambda: seats.register(request.user, session))
    if registration is not None:
        if registration.status == RegistrationStatus.REGISTERED:
            messages.success(request, _("You have a seat. A confirmation is on its way by email."))
        else:
            messages.info(request, _("The session is full: you are on the waiting list."))
    return back(request, session.workshop.url)


@require_POST
@login_required
def cancel(request, pk):
    session = _session(pk)
    run(request, lambda: seats.cancel(request.user, session), _("Your registration is cancelled."))
    return back(request, session.workshop.url)


def session_ics(request, pk):
    """Public: the sessions of pages anyone may read, without the meeting link."""
    session = get_object_or_404(
        WorkshopSession.objects.select_related("workshop"),
        pk=pk,
        workshop__in=WorkshopPage.objects.live().public(),
    )
    response = ics_response([session], session.workshop.title)
    response["Content-Disposition"] = f'attachment; filename="session-{session.pk}.ics"'
    return response


@login_required
def roster(request, pk):
    session = _session(pk)
    if not can_take_attendance(request.user, session):
        raise PermissionDenied
    registrations = list(
        Registration.objects.filter(session=session, status=RegistrationStatus.REGISTERED)
        .select_related("person")
        .order_by("pk")
    )
    closed = attendance.attendance_refusal(session)
    if request.method == "POST":
        if closed is not None:
            messages.error(request, closed.message)
            return back(request, request.path)
        for registration in registrations:
            value = request.POST.get(f"attendance-{registration.pk}", "")
            if value and value != registration.attendance:
                registration.session = session  # loaded once, with its rules, for every row
                run(request, lambda r=registration, v=value: attendance.mark(request.user, r, v))
        messages.success(request, _("Attendance saved."))
        return back(request, request.path)
    context = {
        "session": session,
        "registrations": registrations,
        "choices": Attendance.choices,
        "attendance_closed": closed.message if closed is not None else "",
        "check_in_code": getattr(getattr(session, "access", None), "check_in_code", ""),
    }
    return render(request, "cohorts/roster.html", context)


@require_POST
@login_required
def check_in(request, pk):
    session = _session(pk)
    run(
        request,
        lambda: attendance.check_in(request.user, session, request.POST.get("code", "")),
        _("You are checked in. Enjoy the session!"),
    )
    return back(request, session.workshop.url)
