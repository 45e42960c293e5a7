"""Search, and the coordinators' choice of who may write workshops under a track."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.http import urlencode
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from academy.accounts.models import User
from academy.accounts.rules import is_coordinator
from academy.formats import with_isolated
from academy.pages.models import TrackPage
from academy.pages.publishing import assign_author, track_authors, unassign_author
from academy.pages.search import search_pages
from academy.pages.search_index import query_words
from academy.stories.services import search_published

RESULTS_PER_PAGE = 10
MAX_QUERY_LENGTH = 200


@login_required
def track_authors_view(request, pk):
    track = get_object_or_404(TrackPage, pk=pk)
    if not is_coordinator(request.user):
        raise PermissionDenied
    if request.method == "POST":
        email = request.POST.get("email", "").strip()
        person = User.objects.filter(email__iexact=email).first() if email else None
        if person is None:
            messages.error(request, _("Nobody with that email address has an account."))
        elif request.POST.get("action") == "remove":
            unassign_author(coordinator=request.user, person=person, track=track)
            messages.success(
                request,
                with_isolated(_("%(name)s can no longer write here."), name=person.public_name),
            )
        else:
            assign_author(coordinator=request.user, person=person, track=track)
            messages.success(
                request,
                with_isolated(_("%(name)s can now write workshops here."), name=person.public_name),
            )
        return redirect("track_authors", pk=pk)
    return render(
        request, "academy/track_authors.html", {"track": track, "authors": track_authors(track)}
    )


def search(request):
    """Search every page type in the language of the URL."""
    query = request.GET.get("q", "").strip()[:MAX_QUERY_LENGTH]
    results, stories = None, []
    if query:
        paginator = Paginator(search_pages(query, get_language() or "en"), RESULTS_PER_PAGE)
        results = paginator.get_page(request.GET.get("page"))
        if results.number == 1:
            stories = search_published(query_words(query))
    context = {
        "query": query,
        "results": results,
        "stories": stories,
        "pagination_params": urlencode({"q": query}),
    }
    return render(request, "academy/search.html", context)
