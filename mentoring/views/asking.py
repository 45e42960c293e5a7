"""Asking for support: suggestions for what a person wants to grow in, asking one of
them, or asking the coordinators to find someone."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from academy.models import User
from academy.ratelimit import limited
from academy.web import run
from mentoring.forms.pairings import MentorRequestForm, ProposeForm, SupportRequestForm
from mentoring.models import Pairing, ProgrammeTemplate, SupportRequest
from mentoring.services import pairings, support_requests
from mentoring.services.matching import OPEN_STATUSES, suggest

PROPOSALS_PER_HOUR = 10  # each one emails someone


@login_required
def find_mentor(request):
    """Suggestions leave out the person's current mentors and those they asked: the
    page names them instead, with the way to their pairing."""
    form = MentorRequestForm(
        request.GET or None, initial={"languages": request.user.spoken_languages}
    )
    suggestions = None
    if request.GET and form.is_valid():
        suggestions = suggest(
            request.user,
            form.cleaned_data["skills"],
            form.cleaned_data["languages"],
            waive_language=form.cleaned_data["waive_language"],
        )
    context = {
        "form": form,
        "suggestions": suggestions,
        "propose_form": ProposeForm(),
        "programmes": list(ProgrammeTemplate.objects.all()),
        "open_pairings": list(
            Pairing.objects.filter(mentee=request.user, status__in=OPEN_STATUSES)
            .select_related("mentor")
            .order_by("status", "created_at", "pk")  # active ones first
        ),
        "open_request": SupportRequest.objects.filter(
            person=request.user, closed_at__isnull=True
        ).first(),
    }
    return render(request, "mentoring/find.html", context)


@require_POST
@login_required
@limited("support-request", 10)
def ask_coordinators(request):
    """Nobody suitable among the suggestions: coordinators look for someone."""
    form = SupportRequestForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Choose the skills you want to grow and your languages."))
        return redirect("find_mentor")
    run(
        request,
        lambda: support_requests.ask_coordinators(request.user, **form.cleaned_data),
        _("Your request has been sent. Someone will look for you."),
    )
    return redirect("find_mentor")


def propose_from_form(request, mentor_id, mentee, success_message):
    """Propose a pairing from a suggestion's form, for oneself or (coordinators) for
    someone else. Returns the pairing, or None after telling the person why not."""
    mentor = get_object_or_404(User, pk=mentor_id, is_active=True, mentor_profile__isnull=False)
    form = ProposeForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Choose a programme."))
        return None
    return run(
        request,
        lambda: pairings.propose(
            actor=request.user,
            mentor=mentor,
            mentee=mentee,
            programme=form.cleaned_data["programme"],
            message=form.cleaned_data["message"],
        ),
        success_message,
    )


@require_POST
@login_required
@limited("pairing-propose", PROPOSALS_PER_HOUR)
def propose(request, person_id):
    pairing = propose_from_form(request, person_id, request.user, _("Your request has been sent."))
    return redirect("pairing_detail", pk=pairing.pk) if pairing else redirect("find_mentor")
