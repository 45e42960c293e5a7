"""Reflection circles: the list of one's circles, a circle with its meetings and notes,
and what its host does (invite, plan a meeting, open a story round)."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from academy.accounts.models import User
from academy.accounts.rules import is_coordinator, require_coordinator
from academy.circles import services
from academy.circles.forms import CircleForm, InviteForm, MeetingForm, NotesForm
from academy.circles.models import Circle, Meeting
from academy.ratelimit import limited
from academy.web import form_errors, run

CIRCLES_PER_PAGE = 20
MEETINGS_SHOWN = 12


@login_required
def circle_list(request):
    circles = services.circles_of(request.user).distinct().select_related("host")
    page = Paginator(circles.order_by("name", "pk"), CIRCLES_PER_PAGE).get_page(
        request.GET.get("page")
    )
    context = {"page_obj": page, "may_open": is_coordinator(request.user)}
    return render(request, "circles/list.html", context)


@login_required
def circle_new(request):
    require_coordinator(request.user)
    form = CircleForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        circle = services.open_circle(
            request.user,
            name=form.cleaned_data["name"],
            purpose=form.cleaned_data["purpose"],
            host=form.cleaned_data["host_email"],
            every_weeks=form.cleaned_data["every_weeks"],
        )
        messages.success(request, _("The circle is open. Its host can now invite people."))
        return redirect("circle_detail", pk=circle.pk)
    return render(request, "circles/new.html", {"form": form})


def _circle_for(user, pk):
    circle = get_object_or_404(Circle.objects.select_related("host"), pk=pk)
    if not services.is_member(user, circle):
        raise Http404
    return circle


@login_required
def circle_detail(request, pk):
    circle = _circle_for(request.user, pk)
    members = list(
        User.objects.filter(circle_memberships__circle=circle, is_former_member=False).order_by(
            "display_name", "pk"
        )
    )
    everyone = [*members, *([circle.host] if circle.host else [])]
    meetings = list(circle.meetings.select_related("story_round")[:MEETINGS_SHOWN])
    host = services.is_host(request.user, circle)
    context = {
        "circle": circle,
        "members": members,
        "reach": services.reach(everyone),
        "meetings": [
            (meeting, NotesForm(instance=meeting, prefix=f"m{meeting.pk}")) for meeting in meetings
        ],
        "is_host": host,
        "invite_form": InviteForm() if host else None,
        "meeting_form": MeetingForm() if host else None,
        "is_member": any(m.pk == request.user.pk for m in members),
    }
    return render(request, "circles/detail.html", context)


@login_required
@require_POST
@limited("circle-invite", 60)
def invite(request, pk):
    circle = _circle_for(request.user, pk)
    form = InviteForm(request.POST)
    if form.is_valid():
        person = form.cleaned_data["email"]
        run(
            request,
            lambda: services.invite(request.user, circle, person),
            _("%(name)s is now in the circle.") % {"name": person.public_name},
        )
    else:
        form_errors(request, form)
    return redirect("circle_detail", pk=circle.pk)


@login_required
@require_POST
def plan(request, pk):
    circle = _circle_for(request.user, pk)
    form = MeetingForm(request.POST)
    if form.is_valid():
        run(
            request,
            lambda: services.plan(request.user, circle, **form.cleaned_data),
            _("The meeting is planned."),
        )
    else:
        form_errors(request, form)
    return redirect("circle_detail", pk=circle.pk)


def _meeting_for(user, pk):
    meeting = get_object_or_404(Meeting.objects.select_related("circle__host"), pk=pk)
    if not services.is_member(user, meeting.circle):
        raise Http404
    return meeting


@login_required
@require_POST
def notes(request, pk):
    meeting = _meeting_for(request.user, pk)
    form = NotesForm(request.POST, instance=Meeting(), prefix=f"m{meeting.pk}")
    if form.is_valid():
        run(
            request,
            lambda: services.keep_notes(request.user, meeting, form.cleaned_data["notes"]),
            _("The notes are saved."),
        )
    else:
        form_errors(request, form)
    return redirect("circle_detail", pk=meeting.circle_id)


@login_required
@require_POST
def story_round(request, pk):
    meeting = _meeting_for(request.user, pk)
    opened = run(
        request,
        lambda: services.open_story_round(request.user, meeting),
        _("A story round is open for the circle, asking this meeting's prompt."),
    )
    if opened:
        return redirect("stories_write", pk=opened.pk)
    return redirect("circle_detail", pk=meeting.circle_id)


@login_required
@require_POST
def leave(request, pk):
    circle = _circle_for(request.user, pk)
    services.leave(request.user, circle)
    messages.success(request, _("You have left the circle."))
    return redirect("circle_list")
