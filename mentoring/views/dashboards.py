"""The mentor's dashboard, and the coordinators' overview with people waiting."""

from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from academy.accounts.person_cache import per_person
from academy.accounts.rules import require_coordinator
from mentoring.forms.pairings import ProposeForm, StarForm
from mentoring.models import (
    MentorProfile,
    Pairing,
    PairingStatus,
    ProgrammeTemplate,
    SupportRequest,
)
from mentoring.services import dashboards, pairings
from mentoring.services.matching import suggest
from mentoring.views.asking import propose_from_form

PAIRINGS_PER_PAGE = 25


@per_person
@login_required
def mentor_dashboard(request):
    profile = MentorProfile.objects.filter(person=request.user).first()
    if profile is None:
        return redirect("mentor_apply")
    context = {
        "profile": profile,
        "rows": dashboards.mentor_rows(profile),
        "quiet_days": profile.quiet_after_days,
        "waiting": dashboards.waiting_for_answer(request.user),
        "away": profile.is_away(),
    }
    return render(request, "mentoring/mentor_dashboard.html", context)


@require_POST
@login_required
def star(request, pk):
    pairing = get_object_or_404(Pairing, pk=pk, status=PairingStatus.ACTIVE)
    form = StarForm(request.POST)
    form.is_valid()
    pairings.set_star(
        actor=request.user, pairing=pairing, starred=form.cleaned_data.get("starred", False)
    )
    return redirect("mentor_dashboard")


@login_required
def overview(request):
    require_coordinator(request.user)
    statuses = {value for value, _label in PairingStatus.choices}
    status = request.GET.get("status", PairingStatus.ACTIVE)
    if status not in statuses:
        status = PairingStatus.ACTIVE
    listed = (
        Pairing.objects.filter(status=status)
        .select_related("mentor", "mentee", "programme")
        .order_by("-created_at", "-pk")
    )
    requests, proposals = dashboards.people_waiting()
    counts = dashboards.status_counts()
    paginator = Paginator(listed, PAIRINGS_PER_PAGE)
    paginator.count = next(n for value, _label, n in counts if value == status)  # known already
    context = {
        "counts": counts,
        "status": status,
        "page_obj": paginator.get_page(request.GET.get("page")),
        "pagination_params": urlencode({"status": status}),
        "overdue": dashboards.overdue_check_ins(),
        "near_capacity": dashboards.mentors_near_capacity(),
        "requests": requests,
        "proposals": proposals,
        "pending_applications": dashboards.pending_applications_count(),
    }
    return render(request, "mentoring/overview.html", context)


@login_required
def support_request(request, pk):
    """A coordinator sees what someone asked for, the suggestions, and proposes one."""
    require_coordinator(request.user)
    wanted = get_object_or_404(
        SupportRequest.objects.select_related("person").prefetch_related("skills"), pk=pk
    )
    suggestions = suggest(
        wanted.person,
        wanted.skills.all(),
        wanted.languages,
        waive_language=wanted.waive_language,
        on_behalf=True,
    )
    context = {
        "wanted": wanted,
        "suggestions": suggestions,
        "propose_form": ProposeForm(),
        "programmes": list(ProgrammeTemplate.objects.all()),
    }
    return render(request, "mentoring/support_request.html", context)


@require_POST
@login_required
def propose_for(request, pk, mentor_id):
    require_coordinator(request.user)
    wanted = get_object_or_404(SupportRequest.objects.select_related("person"), pk=pk)
    proposed = propose_from_form(
        request,
        mentor_id,
        wanted.person,
        _("Proposed. Both people can follow it on their pairings page."),
    )
    return redirect("mentoring_overview") if proposed else redirect("support_request", pk=pk)
