"""The public "Words we use" page and the community's proposals."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Count, Q
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from academy import terminology
from academy.languages import language_name
from academy.models import ProposalVote, TermLocale, TermProposal, TermRevision
from academy.permissions import can_decide_proposal, can_edit_terms
from academy.plurals import sample_numbers
from academy.ratelimit import allow, too_often
from academy.services import terms as term_services
from academy.term_forms import CommentForm, DecisionForm, ProposalForm, VoteForm

COMMUNITY_WRITES_PER_HOUR = 60
RECENT_REVISIONS = 15


def forms_table(forms, slots):
    """[(gender, [(category, word), …]), …] for the slots a language has."""
    rows = {}
    for gender, category in slots:
        rows.setdefault(gender, []).append((category, (forms.get(gender) or {}).get(category, "")))
    return list(rows.items())


def preview_samples(locale):
    """One whole number per plural category, for the live preview: [("one", 1), …]."""
    return [
        (category, numbers[0]) for category, numbers in sample_numbers(locale).items() if numbers
    ]


def _with_tallies(proposals):
    return proposals.select_related("role", "proposer").annotate(
        support=Count("votes", filter=Q(votes__choice="support")),
        neutral=Count("votes", filter=Q(votes__choice="neutral")),
        oppose=Count("votes", filter=Q(votes__choice="oppose")),
    )


def words_index(request):
    return redirect("words_page", locale=get_language())


def words_page(request, locale):
    term_locale = get_object_or_404(TermLocale, code=locale)
    slots = term_services.form_slots(locale, term_locale)
    roles = []
    for key in terminology.role_keys():
        forms, source, _track = terminology.resolve_forms(key, locale)
        roles.append(
            {
                "key": key,
                "word": terminology.term_cap(key, count=2, locale=locale),
                "description": terminology.role_description(key),
                "table": forms_table(forms, slots),
                "inherited": source != locale,
            }
        )
    context = {
        "term_locale": term_locale,
        "locale_name": language_name(locale.split("-")[0]),
        "roles": roles,
        "open_proposals": _with_tallies(TermProposal.objects.filter(locale=locale, status="open")),
        "revisions": TermRevision.objects.filter(locale=locale)
        .select_related("role", "author", "track")
        .order_by("-created_at", "-pk")[:RECENT_REVISIONS],
        "can_edit": can_edit_terms(request.user, locale),
        "locales": TermLocale.objects.values_list("code", flat=True),
    }
    return render(request, "words/words_page.html", context)


def _limited(request):
    if allow("community-write", request.user, COMMUNITY_WRITES_PER_HOUR):
        return None
    return too_often()


@login_required
def propose(request, locale):
    get_object_or_404(TermLocale, code=locale)
    role_labels = {key: terminology.term_cap(key, count=2) for key in terminology.role_keys()}
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
        proposal = term_services.propose(
            user=request.user,
            role=form.cleaned_data["role"],
            locale=locale,
            forms=form.cleaned_data["forms"],
            rationale=form.cleaned_data["rationale"],
            closes_at=form.cleaned_data["closes_on"],
        )
        messages.success(request, _("Your proposal is open for votes."))
        return redirect("proposal_detail", pk=proposal.pk)
    context = {"form": form, "locale": locale, "samples": preview_samples(locale)}
    return render(request, "words/propose.html", context)


def proposal_detail(request, pk):
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
        "current_word": terminology.term(proposal.role.key, count=2, locale=proposal.locale),
        "role_word": terminology.term_cap(proposal.role.key, count=2),
    }
    return render(request, "words/proposal.html", context)


def _act_on_proposal(request, pk, form_class, action, proposal=None):
    proposal = proposal or get_object_or_404(TermProposal, pk=pk)
    form = form_class(request.POST)
    if not form.is_valid():
        for errors in form.errors.values():
            for error in errors:
                messages.error(request, error)
        return redirect("proposal_detail", pk=pk)
    if limited := _limited(request):
        return limited
    try:
        action(proposal, form.cleaned_data)
    except ValidationError as error:
        for message in error.messages:
            messages.error(request, message)
    return redirect("proposal_detail", pk=pk)


@require_POST
@login_required
def vote(request, pk):
    def act(proposal, data):
        term_services.cast_vote(user=request.user, proposal=proposal, choice=data["choice"])
        messages.success(request, _("Your vote has been recorded."))

    return _act_on_proposal(request, pk, VoteForm, act)


@require_POST
@login_required
def comment(request, pk):
    def act(proposal, data):
        term_services.add_comment(user=request.user, proposal=proposal, body=data["body"])

    return _act_on_proposal(request, pk, CommentForm, act)


@require_POST
@login_required
def decide(request, pk):
    proposal = get_object_or_404(TermProposal, pk=pk)
    if not can_decide_proposal(request.user, proposal.locale):
        raise PermissionDenied

    def act(proposal, data):
        if data["decision"] == "adopt":
            term_services.adopt(user=request.user, proposal=proposal, reason=data["reason"])
            messages.success(
                request, _("The proposal is adopted: the new word is used everywhere now.")
            )
        else:
            term_services.decline(user=request.user, proposal=proposal, reason=data["reason"])
            messages.success(request, _("The proposal is declined."))

    return _act_on_proposal(request, pk, DecisionForm, act, proposal=proposal)
