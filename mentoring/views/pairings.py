"""A pairing: answering a proposal, the pair's private page, check-ins, and ending it."""

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from academy.accounts.person_cache import per_person
from academy.accounts.rules import is_coordinator
from academy.ratelimit import limited
from academy.web import run
from mentoring.forms.pairings import (
    AnswerForm,
    CheckInForm,
    EndPairingForm,
    MoveCheckInForm,
)
from mentoring.models import (
    ApplicationStatus,
    CheckIn,
    Feedback,
    LearningObjective,
    MentorApplication,
    ObjectiveStatus,
    Pairing,
    PairingStatus,
)
from mentoring.services import applications, check_ins, pairings
from mentoring.services.check_ins import FEEDBACK_FIELDS, recordable


def _pairing_for(user, pk):
    pairing = get_object_or_404(
        Pairing.objects.select_related("mentor", "mentee__growth_sharing", "programme"), pk=pk
    )
    if not pairing.involves(user) and not is_coordinator(user):
        raise PermissionDenied
    return pairing


@login_required
def pairing_detail(request, pk):
    return _pairing_page(request, _pairing_for(request.user, pk))


def _pairing_page(request, pairing, *, check_in_draft=None, end_form=None, move_draft=None):
    """The pair sees each other's notes and feedback; a coordinator sees only that
    check-ins happened and when. A form sent back with an error (`check_in_draft` or
    `move_draft` as (check-in id, bound form), or `end_form`) is shown again with all
    that was typed. A check-in is recorded from its day on, and moved until it is met."""
    in_pair = pairing.involves(request.user)
    draft_id, draft = check_in_draft or (None, None)
    move_id, move_form = move_draft or (None, None)
    now = timezone.now()
    check_ins = list(pairing.check_ins.all())
    objectives, events, open_check_in_id = [], [], None
    # The mentor reads the objectives only while supporting the person: not before the
    # pairing starts, and not after it ends.
    shared = in_pair and (
        pairing.status == PairingStatus.ACTIVE or request.user.pk == pairing.mentee_id
    )
    if in_pair:
        by_check_in = {}
        for item in Feedback.objects.filter(check_in__pairing=pairing).select_related("author"):
            by_check_in.setdefault(item.check_in_id, []).append(item)
        for check_in in check_ins:
            check_in.feedback_items = by_check_in.get(check_in.pk, [])
            check_in.mine = next(
                (f for f in check_in.feedback_items if f.author_id == request.user.pk), None
            )
            # a form sent back with an error shows what was typed, whatever the day
            check_in.recordable = check_in.pk == draft_id or recordable(check_in, request.user, now)
            check_in.move_form = (
                move_form
                if check_in.pk == move_id
                else MoveCheckInForm(initial={"due_at": check_in.due_at}, check_in_id=check_in.pk)
            )
            if open_check_in_id is None and check_in.mine is None and check_in.recordable:
                open_check_in_id = check_in.pk  # the form opens on the first one to answer
            check_in.values = {name: getattr(check_in.mine, name, "") for name in FEEDBACK_FIELDS}
            check_in.errors = {}
            if check_in.pk == draft_id:  # sent back with an error: show what was typed
                check_in.values = {name: draft.data.get(name, "") for name in FEEDBACK_FIELDS}
                check_in.errors = draft.errors
        if draft_id is not None:
            open_check_in_id = draft_id
        events = list(pairing.events.select_related("actor"))
    if shared:
        objectives = list(LearningObjective.objects.filter(person=pairing.mentee_id))
    context = {
        "pairing": pairing,
        "in_pair": in_pair,
        "check_ins": check_ins,
        "objectives": objectives,
        "objectives_shared": shared,
        "events": events,
        "open_check_in_id": open_check_in_id,
        "move_id": move_id,
        "answer_form": AnswerForm(),
        "check_in_form": CheckInForm(),
        "end_form": end_form or EndPairingForm(),
    }
    return render(request, "mentoring/pairing.html", context)


@require_POST
@login_required
def answer(request, pk):
    pairing = _pairing_for(request.user, pk)
    form = AnswerForm(request.POST)
    if form.is_valid():
        action = pairings.accept if form.cleaned_data["decision"] == "accept" else pairings.decline
        run(
            request,
            lambda: action(
                actor=request.user, pairing=pairing, message=form.cleaned_data["message"]
            ),
        )
    return redirect("pairing_detail", pk=pk)


@require_POST
@login_required
def record_check_in(request, pk, check_in_id):
    pairing = _pairing_for(request.user, pk)
    check_in = get_object_or_404(CheckIn, pk=check_in_id, pairing=pairing)
    check_in.pairing = pairing  # already read, with its people
    form = CheckInForm(request.POST)
    if not form.is_valid():
        return _pairing_page(request, pairing, check_in_draft=(check_in.pk, form))
    run(
        request,
        lambda: check_ins.record_check_in(
            actor=request.user, check_in=check_in, **form.cleaned_data
        ),
        _("Check-in recorded."),
    )
    return redirect("pairing_detail", pk=pk)


@require_POST
@login_required
@limited("check-in-move", 10)  # each move emails the other person
def move_check_in(request, pk, check_in_id):
    """Either person of the pair moves a check-in, with a note the other receives."""
    pairing = _pairing_for(request.user, pk)
    if not pairing.involves(request.user):
        raise PermissionDenied  # a coordinator reads the pairing but does not move it
    check_in = get_object_or_404(CheckIn, pk=check_in_id, pairing=pairing)
    check_in.pairing = pairing
    form = MoveCheckInForm(request.POST, check_in_id=check_in.pk)
    if not form.is_valid():
        return _pairing_page(request, pairing, move_draft=(check_in.pk, form))
    run(
        request,
        lambda: check_ins.move(
            actor=request.user,
            check_in=check_in,
            due_at=form.cleaned_data["due_at"],
            note=form.cleaned_data["note"],
        ),
        _("The check-in has moved. We have told the other person."),
    )
    return redirect("pairing_detail", pk=pk)


@require_POST
@login_required
@limited("pairing-end", 10)
def end(request, pk):
    """Either person ends the pairing, safely; telling the coordinators is optional."""
    pairing = _pairing_for(request.user, pk)
    form = EndPairingForm(request.POST)
    if not form.is_valid():
        return _pairing_page(request, pairing, end_form=form)
    run(
        request,
        lambda: pairings.end_early(
            actor=request.user,
            pairing=pairing,
            reason=form.cleaned_data["reason"],
            note_to_organisers=form.cleaned_data["note_to_organisers"],
        ),
        _("The pairing has ended. Thank you for the time you gave it."),
    )
    return redirect("pairing_detail", pk=pk)


@require_POST
@login_required
def complete(request, pk):
    pairing = _pairing_for(request.user, pk)
    run(
        request,
        lambda: pairings.complete(actor=request.user, pairing=pairing),
        _("Congratulations on completing the programme together."),
    )
    return redirect("pairing_detail", pk=pk)


@per_person
@login_required
def my_pairings(request):
    """The person's home for peer support: their pairings, their objective, and, once
    they have completed a track, an invitation to offer support themselves."""
    person = request.user
    mine = list(
        Pairing.objects.filter(Q(mentor=person) | Q(mentee=person))
        .select_related("mentor", "mentee", "programme")
        .order_by("-created_at")
    )
    has_profile = hasattr(person, "mentor_profile")
    context = {
        "pairings": mine,
        "objective": LearningObjective.objects.filter(
            person=person, status=ObjectiveStatus.ACTIVE
        ).first(),
        "invite": not has_profile
        and applications.is_graduate(person)
        and not MentorApplication.objects.filter(
            person=person, status=ApplicationStatus.PENDING
        ).exists(),
    }
    return render(request, "mentoring/my_pairings.html", context)
