"""The translation workspace: progress per language, the items of a language by
state, and one item's translation beside its source."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext_lazy

from academy.accounts.rules import is_coordinator
from academy.languages import language_name
from academy.ratelimit import limited
from academy.translating import services
from academy.translating.forms import TranslationForm
from academy.translating.registry import SOURCE_LANGUAGE, target_languages, translatables
from academy.translating.rules import can_translate, languages_for
from academy.translating.states import State, item_state, items, progress, recorded_sources
from academy.web import run

ITEMS_PER_PAGE = 25
SAVES_PER_HOUR = 200  # a translator at full speed saves a few a minute


def may_view(user):
    return bool(languages_for(user)) or is_coordinator(user)


def _language_or_404(language):
    if language not in target_languages():
        raise Http404
    return language


@login_required
def workspace(request):
    if not may_view(request.user):
        raise PermissionDenied
    counts = progress(target_languages())
    mine = languages_for(request.user)
    rows = [
        {
            "code": code,
            "name": language_name(code),
            "own_name": language_name(code, code),
            "current": counts[code][State.CURRENT],
            "out_of_date": counts[code][State.OUT_OF_DATE],
            "missing": counts[code][State.MISSING],
            "total": counts[code]["total"],
            "percent": round(100 * counts[code][State.CURRENT] / counts[code]["total"])
            if counts[code]["total"]
            else 100,
            "mine": code in mine,
        }
        for code in target_languages()
    ]
    return render(request, "translating/workspace.html", {"progress_rows": rows})


@login_required
def language_items(request, language):
    _language_or_404(language)
    if not may_view(request.user):
        raise PermissionDenied
    wanted = request.GET.get("state", "")
    if wanted not in {state.value for state in State}:
        wanted = ""
    # What needs work comes first; within a state, the registry's order.
    order = {State.MISSING: 0, State.OUT_OF_DATE: 1, State.CURRENT: 2}
    everything = sorted(items(language), key=lambda item: order[item.state])
    counts = {state: sum(1 for i in everything if i.state is state) for state in State}
    shown = [i for i in everything if i.state == wanted] if wanted else everything
    page = Paginator(shown, ITEMS_PER_PAGE).get_page(request.GET.get("page"))
    return render(
        request,
        "translating/language.html",
        {
            "language": language,
            "language_own_name": language_name(language, language),
            "language_name": language_name(language),
            "page_obj": page,
            "counts": counts,
            "total": len(everything),
            "wanted": wanted,
            "states": list(State),
            "may_translate": can_translate(request.user, language),
        },
    )


def _item(kind_key, pk):
    kind = translatables.get(kind_key)
    if kind is None:
        raise Http404
    obj = kind.objects().filter(pk=pk).first()
    if obj is None:
        raise Http404
    return kind, obj


@login_required
@limited("translate", SAVES_PER_HOUR)
def translate_item(request, language, kind_key, pk):
    _language_or_404(language)
    if not can_translate(request.user, language):
        raise PermissionDenied
    kind, obj = _item(kind_key, pk)
    # A page is translated from its newest revision, which is what approval publishes.
    source_obj = obj.get_latest_revision_as_object() if kind.is_page else obj
    records = recorded_sources([language], kind, object_ids=[obj.pk])
    states = {f.name: f for f in item_state(kind, obj, language, records).fields}
    form = TranslationForm(
        kind, source_obj, source_obj, language, states, data=request.POST or None
    )
    if request.method == "POST" and form.is_valid():
        outcome = run(
            request, lambda: services.translate(request.user, kind, obj, language, form.values())
        )
        if outcome is not None:
            messages.success(request, OUTCOME_MESSAGES[outcome])
            return redirect(reverse("translation_language", args=[language]))
    return render(
        request,
        "translating/translate.html",
        {
            "form": form,
            "kind": kind,
            "obj": obj,
            "language": language,
            "language_own_name": language_name(language, language),
            "source_language": SOURCE_LANGUAGE,
            "waiting": kind.is_page and obj.workflow_in_progress,
            "has_drafts": kind.is_page and obj.has_unpublished_changes,
        },
        status=400 if request.method == "POST" else 200,
    )


OUTCOME_MESSAGES = {
    services.SUBMITTED: gettext_lazy(
        "Your translation was sent for approval. Readers see it once it is approved."
    ),
    services.DRAFT: gettext_lazy("Your translation was saved as a draft. An editor publishes it."),
    services.SAVED: gettext_lazy("Your translation was saved."),
}
