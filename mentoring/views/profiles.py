"""Mentor profiles: the list of people offering support, one's own profile, a person's
page with their pathway, and offering support (applications)."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.db.models import Q
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.http import urlencode
from django.utils.translation import gettext as _

from academy.accounts.rules import is_coordinator
from academy.engagement.pages import on_person_page
from academy.models import Skill, User
from academy.ratelimit import limited
from academy.web import run
from mentoring.forms.profiles import ApplicationForm, ProfileForm
from mentoring.models import ApplicationStatus, MentorApplication, MentorProfile, Pairing
from mentoring.services import applications
from mentoring.services.pathway import pathway

MENTORS_PER_PAGE = 20


@login_required
def mentor_list(request):
    """Everyone who offers support, away and full mentors included and marked as such."""
    profiles = (
        MentorProfile.objects.filter(person__is_active=True)
        .with_load()
        .select_related("person")
        .prefetch_related("skills")
        .order_by("person__display_name", "person__date_joined")
    )
    skill = None
    if request.GET.get("skill"):
        skill = Skill.objects.filter(key=request.GET["skill"]).first()
        if skill is None:
            raise Http404
        profiles = profiles.filter(skills=skill)
    page = Paginator(profiles, MENTORS_PER_PAGE).get_page(request.GET.get("page"))
    today = timezone.localdate()
    for profile in page:
        profile.away = profile.is_away(today)
        profile.full = profile.load >= profile.capacity
    context = {
        "page_obj": page,
        "skills": Skill.objects.all(),
        "skill": skill,
        "pagination_params": urlencode({"skill": skill.key}) if skill else "",
    }
    return render(request, "mentoring/mentor_list.html", context)


@login_required
def my_profile(request):
    profile = MentorProfile.objects.filter(person=request.user).first()
    if profile is None:
        return redirect("mentor_apply")
    form = ProfileForm(request.POST or None, instance=profile)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Your profile has been saved."))
        return redirect("my_mentor_profile")
    return render(request, "mentoring/profile_edit.html", {"form": form, "profile": profile})


def may_see_person(viewer, person):
    """Need to know: people who offer support or chose to be visible, oneself, the
    people one is paired with, and coordinators."""
    return (
        person.pk == viewer.pk
        or person.visible_to_members
        or hasattr(person, "mentor_profile")
        or is_coordinator(viewer)
        or Pairing.objects.filter(
            Q(mentor=viewer, mentee=person) | Q(mentor=person, mentee=viewer)
        ).exists()
    )


@login_required
def person_page(request, pk):
    person = get_object_or_404(
        User.objects.select_related("mentor_profile", "growth_sharing"), pk=pk, is_active=True
    )
    if not may_see_person(request.user, person):
        raise Http404
    profile = getattr(person, "mentor_profile", None)
    context = {
        "person": person,
        "steps": pathway(person),
        "profile": profile,
        "skills": list(profile.skills.all()) if profile else [],
        "away": profile.is_away() if profile else False,
        "is_self": person.pk == request.user.pk,
        "can_delete_on_request": person.pk != request.user.pk and is_coordinator(request.user),
        "engagement": on_person_page(request.user, person),
    }
    return render(request, "mentoring/person.html", context)


@login_required
@limited("mentor-offer", 5)
def apply(request):
    person = request.user
    pending = MentorApplication.objects.filter(
        person=person, status=ApplicationStatus.PENDING
    ).first()
    form = ApplicationForm(request.POST or None, initial={"organisation": person.home_community})
    if request.method == "POST" and pending is None and form.is_valid():
        sent = run(
            request,
            lambda: applications.apply(
                person,
                skills=form.cleaned_data["skills"],
                motivation=form.cleaned_data["motivation"],
                organisation=form.cleaned_data["organisation"],
            ),
            _("Thank you. We will tell you when it has been decided."),
        )
        if sent:
            return redirect("mentor_apply")
    context = {
        "form": form,
        "pending": pending,
        "graduate": applications.is_graduate(person),
        "has_profile": MentorProfile.objects.filter(person=person).exists(),
        "past": MentorApplication.objects.filter(person=person)
        .exclude(status=ApplicationStatus.PENDING)
        .order_by("-created_at")[:10],
    }
    return render(request, "mentoring/apply.html", context)
