"""The public "Words we use" pages, the community's proposals, and translators'
editing of their own language's words: edit, history, compare, revert."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import Count, Q
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from academy.languages import language_name
from academy.pages.models import TrackPage
from academy.ratelimit import allow, too_often
from academy.terminology import resolve
from academy.terminology import services as term_services
from academy.terminology.forms import (
    CommentForm,
    DecisionForm,
    ProposalForm,
    TermEditForm,
    VoteForm,
)
from academy.terminology.grammar import sample_numbers
from academy.terminology.models import (
    ProposalStatus,
    ProposalVote,
    Role,
    Term,
    TermLocale,
    TermProposal,
    TermRevision,
    VoteChoice,
)
from academy.terminology.rules import can_decide_proposal, can_edit_terms
from academy.terminology.tables import changes_table, forms_table
from academy.translating.registry import target_languages
from academy.web import query_id, run

COMMUNITY_WRITES_PER_HOUR = 60
RECENT_REVISIONS = 15
HISTORY_PER_PAGE = 20


def preview_samples(locale):
    """One whole number per plural category, for the live preview: [("one", 1), …]."""
    return [
        (category, numbers[0]) for category, numbers in sample_numbers(locale).items() if numbers
    ]


def _with_tallies(proposals):
    return proposals.select_related("role", "proposer").annotate(
        **{choice.value: Count("votes", filter=Q(votes__choice=choice)) for choice in VoteChoice}
    )


def _limited(request):
    if allow("community-write", request.user, COMMUNITY_WRITES_PER_HOUR):
        return None
    return too_often(request)


def words_index(request):
    return redirect("words_page", locale=get_language())


def words_page(request, locale):
    term_locale = get_object_or_404(TermLocale, code=locale)
    slots = term_services.form_slots(locale, term_locale)
    roles = []
    for key in resolve.role_keys():
        forms, source, _track = resolve.resolve_forms(key, locale)
        roles.append(
            {
                "key": key,
                "word": resolve.term_cap(key, plural=True, locale=locale),
                "description": resolve.role_description(key),
                "table": forms_table(forms, slots),
                "inherited": source != locale,
            }
        )
    context = {
        "term_locale": term_locale,
        "locale_name": language_name(locale.split("-")[0]),
        "roles": roles,
        "open_proposals": _with_tallies(
            TermProposal.objects.filter(locale=locale, status=ProposalStatus.OPEN)
        ),
        "revisions": TermRevision.objects.filter(locale=locale)
        .select_related("role", "author", "track")
        .order_by("-created_at", "-pk")[:RECENT_REVISIONS],
        "can_edit": can_edit_terms(request.user, locale),
        "locales": TermLocale.objects.values_list("code", flat=True),
    }
    context["translates_content"] = context["can_edit"] and locale in target_languages()
    return render(request, "words/words_page.html", context)


@login_required
def propose(request, locale):
    get_object_or_404(TermLocale, code=locale)
    role_labels = {key: resolve.term_cap(key, plural=True) for key in resolve.role_keys()}
    form = ProposalForm(
        request.POST or None,
        locale=locale,
        slots=term_services.form_slots(locale),
        role_labels=role_labels,
        initial={"role": request.GET.get("role")},
    )
    if request.method == "POST" and form.is_valid():
        if limited := _limited(request):
            return limited
        proposal = run(
            request,
            lambda: term_services.propose(
                user=request.user,
                role=form.cleaned_data["role"],
                locale=locale,
                forms=form.cleaned_data["forms"],
                rationale=form.cleaned_data["rationale"],
                closes_at=form.cleaned_data["closes_on"],
            ),
            _("Your proposal is open for votes."),
        )
        if proposal is not None:
            return redirect("proposal_detail", pk=proposal.pk)
    context = {"form": form, "locale": locale, "samples": preview_samples(locale)}
    return render(request, "words/propose.html", context)


def proposal_detail(request, pk):
    return _proposal_page(request, pk)


def _proposal_page(request, pk, **sent_back):
    """The proposal with its tally, comments and forms; a form sent back with an error
    (`vote_form`, `comment_form` or `decision_form`) keeps everything typed."""
    proposal = get_object_or_404(_with_tallies(TermProposal.objects.all()), pk=pk)
    user = request.user
    my_vote = None
    if user.is_authenticated:
        my_vote = (
            ProposalVote.objects.filter(proposal=proposal, voter=user)
            .values_list("choice", flat=True)
            .first()
        )
    context = {
        "proposal": proposal,
        "table": forms_table(proposal.forms, term_services.form_slots(proposal.locale)),
        "comments": proposal.comments.select_related("author"),
        "vote_form": VoteForm(initial={"choice": my_vote}),
        "my_vote": my_vote,
        "comment_form": CommentForm(),
        "decision_form": DecisionForm() if can_decide_proposal(user, proposal.locale) else None,
        "current_word": resolve.term(proposal.role.key, plural=True, locale=proposal.locale),
        "role_word": resolve.term_cap(proposal.role.key, plural=True),
    }
    context.update(sent_back)
    return render(request, "words/proposal.html", context)


def _proposal_write(request, proposal, form, action, success_message=None):
    """The shared end of vote, comment and decide: a form with errors comes back with
    what was typed, writes count against the community rate limit, and the person
    returns to the proposal."""
    if not form.is_valid():
        return _proposal_page(request, proposal.pk, **{form.context_name: form})
    if limited := _limited(request):
        return limited
    run(request, lambda: action(form.cleaned_data), success_message)
    return redirect("proposal_detail", pk=proposal.pk)


@require_POST
@login_required
def vote(request, pk):
    proposal = get_object_or_404(TermProposal, pk=pk)
    return _proposal_write(
        request,
        proposal,
        VoteForm(request.POST),
        lambda data: term_services.cast_vote(
            user=request.user, proposal=proposal, choice=data["choice"]
        ),
        _("Your vote has been recorded."),
    )


@require_POST
@login_required
def comment(request, pk):
    proposal = get_object_or_404(TermProposal, pk=pk)
    return _proposal_write(
        request,
        proposal,
        CommentForm(request.POST),
        lambda data: term_services.add_comment(
            user=request.user, proposal=proposal, body=data["body"]
        ),
    )


@require_POST
@login_required
def decide(request, pk):
    proposal = get_object_or_404(TermProposal, pk=pk)
    if not can_decide_proposal(request.user, proposal.locale):
        raise PermissionDenied
    form = DecisionForm(request.POST)
    adopting = form.is_valid() and form.cleaned_data["decision"] == "adopt"
    decision = term_services.adopt if adopting else term_services.decline
    message = (
        _("The proposal is adopted: the new word is used everywhere now.")
        if adopting
        else _("The proposal is declined.")
    )
    return _proposal_write(
        request,
        proposal,
        form,
        lambda data: decision(user=request.user, proposal=proposal, reason=data["reason"]),
        message,
    )


def _track_from(request):
    track_id = query_id(request, "track")
    return None if track_id is None else get_object_or_404(TrackPage, pk=track_id)


@login_required
def edit_term(request, locale, role_key):
    get_object_or_404(TermLocale, code=locale)
    role = get_object_or_404(Role, key=role_key)
    if not can_edit_terms(request.user, locale):
        raise PermissionDenied
    track = _track_from(request)
    slots = term_services.form_slots(locale)
    current = Term.objects.filter(role=role, locale=locale, track=track).first()
    form = TermEditForm(
        request.POST or None,
        locale=locale,
        slots=slots,
        initial_forms=current.forms if current else {},
    )
    if request.method == "POST" and form.is_valid():
        term_services.edit_term(
            user=request.user,
            role=role,
            locale=locale,
            forms=form.cleaned_data["forms"],
            reason=form.cleaned_data["reason"],
            track=track,
        )
        messages.success(request, _("Saved. The new word is used everywhere now."))
        return redirect("words_page", locale=locale)
    context = {
        "form": form,
        "role": role,
        "locale": locale,
        "track": track,
        "english": forms_table(role.default_forms, [("neutral", "one"), ("neutral", "other")]),
        "description": resolve.role_description(role.key),
        "samples": preview_samples(locale),
    }
    return render(request, "words/edit_term.html", context)


def term_history(request, locale, role_key):
    role = get_object_or_404(Role, key=role_key)
    revisions = TermRevision.objects.filter(role=role, locale=locale).select_related(
        "role", "author", "track", "proposal"
    )
    page = Paginator(revisions, HISTORY_PER_PAGE).get_page(request.GET.get("page"))
    context = {
        "role": role,
        "locale": locale,
        "page_obj": page,
        "can_edit": can_edit_terms(request.user, locale),
        "role_word": resolve.term_cap(role.key, plural=True, locale=locale),
    }
    return render(request, "words/history.html", context)


def revision_detail(request, pk):
    revision = get_object_or_404(
        TermRevision.objects.select_related("role", "author", "track"), pk=pk
    )
    slots = term_services.form_slots(revision.locale)
    context = {
        "revision": revision,
        "rows": changes_table(revision.old_forms, revision.new_forms, slots),
        "can_edit": can_edit_terms(request.user, revision.locale),
        "role_word": resolve.term_cap(revision.role.key, plural=True, locale=revision.locale),
    }
    return render(request, "words/revision.html", context)


@require_POST
@login_required
def revert(request, pk):
    revision = get_object_or_404(TermRevision, pk=pk)
    if not can_edit_terms(request.user, revision.locale):
        raise PermissionDenied
    run(
        request,
        lambda: term_services.revert_revision(user=request.user, revision=revision),
        _("The change has been reverted."),
    )
    return redirect(reverse("term_history", args=[revision.locale, revision.role.key]))
