"""My growth: the charts of a person's self-assessments, the skills they chose to grow,
the assessment form, and what a mentor sees once the person has shared it."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.models import Site

from academy.accounts.models import User
from academy.growth import assessments
from academy.growth.access import may_see_growth
from academy.growth.cycle import cycle_months
from academy.growth.forms import AssessmentForm, PageSharingForm, SharingForm
from academy.growth.framework import grouped, skills_with_levels
from academy.growth.pages import growth_overview
from academy.web import run


def _cycle(request):
    return cycle_months(Site.find_for_request(request))


@login_required
def my_growth(request):
    person = request.user
    sharing = assessments.sharing_of(person)
    context = growth_overview(person, _cycle(request))
    context.update(
        {
            "person": person,
            "own": True,
            "draft": assessments.current_draft(person),
            "sharing_form": SharingForm(initial={"mentors_may_see": sharing.mentors_may_see}),
            "page_sharing_form": PageSharingForm(
                initial={"show_growth_on_page": sharing.show_growth_on_page}
            ),
        }
    )
    return render(request, "growth/my_growth.html", context)


@login_required
def assess(request):
    person = request.user
    skills = skills_with_levels()
    form = AssessmentForm(
        request.POST or None, skills=skills, initial_ratings=_starting_point(person)
    )
    if request.method == "POST":
        if not form.is_valid():
            messages.error(request, _("Please check the answers marked below."))
        else:
            submitting = "submit" in request.POST
            done = run(
                request,
                lambda: (assessments.submit if submitting else assessments.save_draft)(
                    person, form.ratings()
                ),
                _("Thank you. Your self-assessment is saved as it is today.")
                if submitting
                else _("Saved. You can finish it later."),
            )
            if done is not None:
                return redirect("my_growth" if submitting else "growth_assess")
    context = {
        "form": form,
        "groups": _form_groups(form),
        "draft": assessments.current_draft(person),
    }
    return render(request, "growth/assess.html", context)


def _switch(request, form_class, name, save, said_on, said_off):
    """One yes-or-no choice about who sees the person's growth, then back to My growth."""
    form = form_class(request.POST)
    if form.is_valid():
        chosen = form.cleaned_data[name]
        save(request.user, chosen)
        messages.success(request, said_on if chosen else said_off)
    return redirect("my_growth")


@require_POST
@login_required
def sharing(request):
    return _switch(
        request,
        SharingForm,
        "mentors_may_see",
        lambda person, chosen: assessments.set_sharing(person, mentors_may_see=chosen),
        _("Your self-assessments are now shared."),
        _("Your self-assessments are now private to you."),
    )


@require_POST
@login_required
def page_sharing(request):
    return _switch(
        request,
        PageSharingForm,
        "show_growth_on_page",
        lambda person, chosen: assessments.set_page_sharing(person, show=chosen),
        _("Your page now shows the skills you grew."),
        _("Your page no longer shows the skills you grew."),
    )


@login_required
def person_growth(request, pk):
    person = get_object_or_404(User, pk=pk, is_active=True)
    if person.pk == request.user.pk:
        return redirect("my_growth")
    if not may_see_growth(request.user, person):
        raise Http404
    context = growth_overview(person, _cycle(request))
    context.update({"person": person, "own": False})
    return render(request, "growth/person_growth.html", context)


def _starting_point(person):
    """The draft's answers; else the last submitted levels, to change what has moved."""
    draft = assessments.current_draft(person)
    source = draft or assessments.submitted_assessments(person).last()
    if source is None:
        return {}
    return {
        rating.skill_id: assessments.RatingInput(
            level=rating.level,
            evidence=rating.evidence if draft else "",
            grow=bool(rating.focus) if draft else False,
        )
        for rating in source.ratings.all()
    }


def _form_groups(form):
    rows = {skill.pk: row for row in form.rows() for skill in [row[0]]}
    return [
        (group.area, [rows[skill.pk] for skill in group.skills]) for group in grouped(form.skills)
    ]
