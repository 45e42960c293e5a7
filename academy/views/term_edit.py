"""Translators edit the words of their own language: edit, history, compare, revert."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from academy import terminology
from academy.models import Role, Term, TermLocale, TermRevision, TrackPage
from academy.permissions import can_edit_terms
from academy.services import terms as term_services
from academy.term_forms import TermEditForm
from academy.views.words import forms_table, preview_samples

HISTORY_PER_PAGE = 20


def _track_from(request):
    track_id = request.GET.get("track") or request.POST.get("track")
    if not track_id:
        return None
    if not str(track_id).isdigit():
        raise Http404
    return get_object_or_404(TrackPage, pk=track_id)


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
        "description": terminology.role_description(role.key),
        "samples": preview_samples(locale),
    }
    return render(request, "words/edit_term.html", context)


def term_history(request, locale, role_key):
    role = get_object_or_404(Role, key=role_key)
    revisions = TermRevision.objects.filter(role=role, locale=locale).select_related(
        "author", "track", "proposal"
    )
    page = Paginator(revisions, HISTORY_PER_PAGE).get_page(request.GET.get("page"))
    context = {
        "role": role,
        "locale": locale,
        "page_obj": page,
        "can_edit": can_edit_terms(request.user, locale),
        "role_word": terminology.term_cap(role.key, count=2, locale=locale),
    }
    return render(request, "words/history.html", context)


def revision_detail(request, pk):
    revision = get_object_or_404(
        TermRevision.objects.select_related("role", "author", "track"), pk=pk
    )
    slots = term_services.form_slots(revision.locale)
    rows = []
    for gender, category in slots:
        old = (revision.old_forms.get(gender) or {}).get(category, "")
        new = (revision.new_forms.get(gender) or {}).get(category, "")
        rows.append(
            {"gender": gender, "category": category, "old": old, "new": new, "changed": old != new}
        )
    context = {
        "revision": revision,
        "rows": rows,
        "can_edit": can_edit_terms(request.user, revision.locale),
        "role_word": terminology.term_cap(revision.role.key, count=2, locale=revision.locale),
    }
    return render(request, "words/revision.html", context)


@require_POST
@login_required
def revert(request, pk):
    revision = get_object_or_404(TermRevision, pk=pk)
    if not can_edit_terms(request.user, revision.locale):
        raise PermissionDenied
    term_services.revert_revision(user=request.user, revision=revision)
    messages.success(request, _("The change has been reverted."))
    return redirect(reverse("term_history", args=[revision.locale, revision.role.key]))
