"""Coordinators choose who may write workshops under a track."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from academy.models import TrackPage, User
from academy.permissions import is_coordinator
from academy.services.publishing import assign_author, track_authors, unassign_author


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
                request, _("%(name)s can no longer write here.") % {"name": person.public_name}
            )
        else:
            assign_author(coordinator=request.user, person=person, track=track)
            messages.success(
                request, _("%(name)s can now write workshops here.") % {"name": person.public_name}
            )
        return redirect("track_authors", pk=pk)
    return render(
        request, "academy/track_authors.html", {"track": track, "authors": track_authors(track)}
    )
