"""The stories pages: writing, changing and deciding who may read, the rounds and the
selection panel, and the public pages of selected stories."""

from itertools import groupby

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.syndication.views import Feed
from django.core.exceptions import PermissionDenied
from django.db.models import Prefetch
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import get_language, gettext_lazy, ngettext
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from academy.accounts.rules import is_coordinator, require_coordinator
from academy.languages import language_name
from academy.pages.cache import anonymously_cached
from academy.ratelimit import limited
from academy.stories import services
from academy.stories.forms import (
    ConsentForm,
    EditStoryForm,
    MoveForm,
    RoundForm,
    SelectForm,
    StoryForm,
    VoteForm,
)
from academy.stories.models import Domain, Round, Selection, Story, Vote
from academy.stories.scopes import describe, scopes
from academy.web import form_errors, run

PUBLIC_FEED_ITEMS = 50


def _mark_languages(stories):
    """Say which stories are written in another language than the reader's."""
    reader = get_language()
    for story in stories:
        story.other_language = (
            language_name(story.language, reader) if story.language != reader else ""
        )
    return stories


def _by_domain(stories):
    return [(domain, list(items)) for domain, items in groupby(stories, key=lambda s: s.domain)]


def _public():
    return services.with_reasons(services.published().select_related("author", "domain"))


@anonymously_cached
def public_list(request):
    stories = _mark_languages(list(_public()))
    return render(request, "stories/public_list.html", {"groups": _by_domain(stories)})


@anonymously_cached
def public_story(request, pk):
    story = get_object_or_404(_public(), pk=pk)
    _mark_languages([story])
    describe([selection.round for selection in story.selections.all()])
    return render(request, "stories/public_story.html", {"story": story})


class PublishedStoriesFeed(Feed):
    """The selected, publishable stories as an Atom-compatible RSS feed."""

    title = gettext_lazy("Stories of change")
    description = gettext_lazy(
        "The changes people found most significant, chosen by the selection panel and "
        "published with their authors' consent."
    )

    def link(self):
        return reverse("stories")

    def items(self):
        return (
            services.published()
            .select_related("author")
            .order_by("-created_at", "-pk")[:PUBLIC_FEED_ITEMS]
        )

    def item_title(self, item):
        return item.headline

    def item_description(self, item):
        return item.what_happened

    def item_link(self, item):
        return reverse("story", args=[item.pk])

    def item_author_name(self, item):
        return None if item.anonymous else item.author.public_name

    def item_pubdate(self, item):
        return item.created_at


public_feed = anonymously_cached(PublishedStoriesFeed())


@login_required
def my_stories(request):
    stories = (
        Story.objects.filter(author=request.user)
        .select_related("round", "domain")
        .prefetch_related(Prefetch("selections", queryset=Selection.objects.only("story")))
    )
    open_rounds = describe(
        services.rounds_for(request.user, [r for r in Round.objects.all() if r.is_open])
    )
    return render(
        request,
        "stories/mine.html",
        {"stories": stories, "open_rounds": open_rounds, "consent_form": ConsentForm()},
    )


@login_required
@limited("stories", 30)
def write(request, pk):
    round_ = get_object_or_404(Round, pk=pk)
    if not round_.is_open:
        messages.info(request, _("This round is not open for stories."))
        return redirect("stories_mine")
    if not services.may_write(request.user, round_):
        raise PermissionDenied
    form = StoryForm(request.POST or None, initial={"language": get_language()})
    if request.method == "POST" and form.is_valid():
        done = run(
            request,
            lambda: services.write_story(request.user, round_, **form.cleaned_data),
            _("Thank you. Your story is saved."),
        )
        if done:
            return redirect("stories_mine")
    return render(
        request,
        "stories/write.html",
        {"form": form, "round": round_},
        status=400 if form.errors else 200,
    )


@login_required
@limited("stories", 30)
def edit(request, pk):
    story = get_object_or_404(
        Story.objects.select_related("round"),
        pk=pk,
        author=request.user,
        withdrawn_at__isnull=True,
    )
    if not story.round.is_open:
        messages.info(request, _("The round is closed: the story can no longer be changed."))
        return redirect("stories_mine")
    form = EditStoryForm(request.POST or None, instance=story)
    if request.method == "POST" and form.is_valid():
        fields = {name: form.cleaned_data[name] for name in EditStoryForm.Meta.fields}
        story.refresh_from_db()  # the form wrote into the instance; the service checks it
        if run(
            request,
            lambda: services.edit_story(request.user, story, **fields),
            _("Your story is saved."),
        ):
            return redirect("stories_mine")
    return render(
        request,
        "stories/write.html",
        {"form": form, "round": story.round, "editing": True},
        status=400 if form.errors else 200,
    )


@login_required
@require_POST
def change_consent(request, pk):
    story = get_object_or_404(Story, pk=pk, author=request.user)
    form = ConsentForm(request.POST)
    if form.is_valid():
        run(
            request,
            lambda: services.change_consent(request.user, story, form.cleaned_data["consent"]),
            _("Saved who may read your story."),
        )
    else:
        messages.error(request, _("Choose who may read your story."))
    return redirect("stories_mine")


@login_required
@require_POST
def withdraw(request, pk):
    story = get_object_or_404(Story, pk=pk, author=request.user, withdrawn_at__isnull=True)
    run(
        request,
        lambda: services.withdraw(request.user, story),
        _("Your story is withdrawn. No one else sees it now."),
    )
    return redirect("stories_mine")


@login_required
def rounds(request):
    """Coordinators see every round and open new ones; the people who sit on a panel
    see the rounds they read."""
    coordinator = is_coordinator(request.user)
    panels = scopes.panels_of(request.user)
    if not coordinator and not panels:
        raise PermissionDenied
    form = RoundForm(request.POST or None) if coordinator else None
    if form is not None and request.method == "POST" and form.is_valid():
        services.open_round(request.user, **form.round_fields())
        messages.success(request, _("The round is open."))
        return redirect("stories_rounds")
    if request.method == "POST" and form is None:
        raise PermissionDenied
    listed = list(Round.objects.all())
    if not coordinator:
        listed = [round_ for round_ in listed if round_.scope_key in panels]
    return render(
        request,
        "stories/rounds.html",
        {"form": form, "rounds": describe(listed)},
        status=400 if form is not None and form.errors else 200,
    )


@login_required
def panel(request, pk):
    round_ = get_object_or_404(Round, pk=pk)
    services.require_panel(request.user, round_)
    describe([round_])
    stories = list(
        services.panel_stories(round_)
        .select_related("author", "domain", "round")
        .prefetch_related(
            Prefetch(
                "votes",
                queryset=Vote.objects.filter(round=round_).select_related("voter"),
                to_attr="round_votes",
            ),
            Prefetch(
                "selections",
                queryset=Selection.objects.select_related("round"),
                to_attr="all_selections",
            ),
        )
        .order_by("domain__position", "domain__key", "-created_at", "-pk")
    )
    below = [s.round for story in stories for s in story.all_selections if s.round != round_]
    describe(below)
    for story in stories:
        story.selection = next((s for s in story.all_selections if s.round_id == round_.pk), None)
        story.lifted_from = [s.round for s in story.all_selections if s.round_id != round_.pk]
        story.my_vote = next((v for v in story.round_votes if v.voter_id == request.user.pk), None)
    groups = _by_domain(_mark_languages(stories))
    chosen = {domain.pk for domain, items in groups if any(s.selection for s in items)}
    untold = sum(1 for s in stories if s.selection and not s.selection.author_told_at)
    context = {
        "round": round_,
        "groups": groups,
        "chosen": chosen,
        "untold": untold,
        "domains": list(Domain.objects.all()),
    }
    return render(request, "stories/panel.html", context)


def _round_story(request, round_pk, pk):
    """The round and a story its panel reads, or 403/404."""
    round_ = get_object_or_404(Round, pk=round_pk)
    services.require_panel(request.user, round_)
    story = get_object_or_404(services.panel_stories(round_), pk=pk)
    return round_, story


@login_required
@require_POST
def move(request, round_pk, pk):
    round_, story = _round_story(request, round_pk, pk)
    form = MoveForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Choose a domain."))
    else:
        run(
            request,
            lambda: services.move(request.user, round_, story, form.cleaned_data["domain"]),
            _("The story is in its new domain. Votes cast for it in its old one are taken back."),
        )
    return redirect("stories_panel", round_.pk)


@login_required
@require_POST
def vote(request, round_pk, pk):
    round_, story = _round_story(request, round_pk, pk)
    form = VoteForm(request.POST)
    if form.is_valid():
        services.vote(request.user, round_, story, form.cleaned_data["reason"])
        messages.success(request, _("Your vote and its reason are recorded."))
    else:
        form_errors(request, form)
    return redirect("stories_panel", round_.pk)


@login_required
@require_POST
def take_back_vote(request, round_pk, pk):
    round_, story = _round_story(request, round_pk, pk)
    services.take_back_vote(request.user, round_, story)
    messages.success(request, _("Your vote is taken back."))
    return redirect("stories_panel", round_.pk)


@login_required
@require_POST
def select(request, round_pk, pk):
    round_, story = _round_story(request, round_pk, pk)
    form = SelectForm(request.POST)
    if form.is_valid():
        run(
            request,
            lambda: services.select(request.user, round_, story, form.cleaned_data["reason"]),
            _("The story is selected."),
        )
    else:
        form_errors(request, form)
    return redirect("stories_panel", round_.pk)


@login_required
@require_POST
def unselect(request, round_pk, pk):
    round_, story = _round_story(request, round_pk, pk)
    run(
        request,
        lambda: services.unselect(request.user, round_, story),
        _("The selection is taken back."),
    )
    return redirect("stories_panel", round_.pk)


@login_required
@require_POST
def tell_authors(request, pk):
    round_ = get_object_or_404(Round, pk=pk)
    require_coordinator(request.user)
    told = services.tell_authors(request.user, round_)
    if told:
        messages.success(request, _told(told))
    else:
        messages.info(request, _("Every author of a selected story has been told already."))
    return redirect("stories_panel", round_.pk)


def _told(count):
    return ngettext(
        "%(count)s author is being told why their story was selected.",
        "%(count)s authors are being told why their stories were selected.",
        count,
    ) % {"count": count}
