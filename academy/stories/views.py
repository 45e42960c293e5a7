"""The stories pages: writing and deciding who may read, the coordinators' rounds and
panel, and the public page of selected stories."""

from itertools import groupby

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from academy.accounts.rules import require_coordinator
from academy.languages import language_name
from academy.pages.cache import anonymously_cached
from academy.ratelimit import limited
from academy.stories import services
from academy.stories.forms import ConsentForm, MoveForm, RoundForm, SelectForm, StoryForm
from academy.stories.models import Domain, Round, Story
from academy.web import run


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


@anonymously_cached
def public_list(request):
    stories = _mark_languages(list(services.published().select_related("author", "domain")))
    return render(request, "stories/public_list.html", {"groups": _by_domain(stories)})


@anonymously_cached
def public_story(request, pk):
    story = get_object_or_404(services.published().select_related("author", "domain"), pk=pk)
    _mark_languages([story])
    return render(request, "stories/public_story.html", {"story": story})


@login_required
def my_stories(request):
    stories = Story.objects.filter(author=request.user).select_related("round", "domain")
    open_rounds = [r for r in Round.objects.select_related("track") if r.is_open]
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
    require_coordinator(request.user)
    form = RoundForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        services.open_round(request.user, **form.cleaned_data)
        messages.success(request, _("The round is open."))
        return redirect("stories_rounds")
    return render(
        request,
        "stories/rounds.html",
        {"form": form, "rounds": Round.objects.select_related("track")},
        status=400 if form.errors else 200,
    )


@login_required
def panel(request, pk):
    require_coordinator(request.user)
    round_ = get_object_or_404(Round, pk=pk)
    stories = (
        services.shared_with_panel()
        .filter(round=round_)
        .select_related("author", "domain")
        .order_by("domain__position", "domain__key", "-created_at", "-pk")
    )
    context = {
        "round": round_,
        "groups": _by_domain(_mark_languages(list(stories))),
        "domains": list(Domain.objects.all()),
    }
    return render(request, "stories/panel.html", context)


def _panel_story(request, pk):
    require_coordinator(request.user)
    return get_object_or_404(services.shared_with_panel(), pk=pk)


@login_required
@require_POST
def move(request, pk):
    story = _panel_story(request, pk)
    form = MoveForm(request.POST)
    if form.is_valid():
        services.move(request.user, story, form.cleaned_data["domain"])
        messages.success(request, _("The story is in its new domain."))
    else:
        messages.error(request, _("Choose a domain."))
    return redirect("stories_panel", story.round_id)


@login_required
@require_POST
def select(request, pk):
    story = _panel_story(request, pk)
    form = SelectForm(request.POST)
    if form.is_valid():
        run(
            request,
            lambda: services.select(request.user, story, form.cleaned_data["reason"]),
            _("The story is selected."),
        )
    else:
        for error in form.errors.get("reason", []):
            messages.error(request, error)
    return redirect("stories_panel", story.round_id)
