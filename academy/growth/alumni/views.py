"""Moving on, reporting back, stopping the yearly request, and the coordinators' list
of alumni who agreed to share where they went."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import Prefetch
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from academy.accounts.models import User
from academy.accounts.rules import is_coordinator
from academy.growth.alumni import services
from academy.growth.alumni.forms import MovedOnForm, ReportForm
from academy.growth.alumni.models import AlumniReport, AlumniStatus
from academy.growth.alumni.tokens import person_id_from_token
from academy.ratelimit import limited
from academy.web import run

ALUMNI_PER_PAGE = 25


@login_required
@limited("alumni", 30)
def moved_on(request):
    status = AlumniStatus.objects.filter(person=request.user).first()
    form = MovedOnForm(request.POST or None, instance=status)
    if request.method == "POST" and form.is_valid():
        services.move_on(request.user, **form.cleaned_data)
        messages.success(request, _("Saved. Your history and your badges stay with you."))
        return redirect("alumni_moved_on")
    context = {
        "form": form,
        "status": status,
        "reports": AlumniReport.objects.filter(person=request.user) if status else [],
    }
    return render(
        request, "growth/alumni/moved_on.html", context, status=400 if form.errors else 200
    )


@login_required
@require_POST
def come_back(request):
    services.come_back(request.user)
    messages.success(request, _("Welcome back. You are no longer listed as having moved on."))
    return redirect("alumni_moved_on")


@login_required
@limited("alumni", 30)
def report_back(request):
    status = AlumniStatus.objects.filter(person=request.user).first()
    if status is None:
        messages.info(request, _("Reporting back is for people who have moved on."))
        return redirect("alumni_moved_on")
    form = ReportForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        done = run(
            request,
            lambda: services.report_back(request.user, **form.cleaned_data),
            _("Thank you for reporting back."),
        )
        if done:
            return redirect("alumni_moved_on")
    return render(
        request,
        "growth/alumni/report_back.html",
        {"form": form, "status": status},
        status=400 if form.errors else 200,
    )


def stop_requests(request, token):
    """The link in the yearly email: one click, no sign-in needed."""
    person_id = person_id_from_token(token)
    person = User.objects.filter(pk=person_id).first() if person_id else None
    if person is None:
        return render(request, "growth/alumni/stopped.html", {"valid": False}, status=400)
    services.stop_requests(person)
    return render(request, "growth/alumni/stopped.html", {"valid": True})


@login_required
def alumni_list(request):
    if not is_coordinator(request.user):
        raise PermissionDenied
    shared = (
        AlumniStatus.objects.filter(share_with_coordinators=True, person__is_active=True)
        .select_related("person")
        .prefetch_related(
            Prefetch(
                "person__alumni_reports",
                queryset=AlumniReport.objects.order_by("-year"),
                to_attr="reports",
            )
        )
        .order_by("-moved_on_on", "person__display_name")
    )
    page = Paginator(shared, ALUMNI_PER_PAGE).get_page(request.GET.get("page"))
    return render(request, "growth/alumni/list.html", {"page_obj": page})
