"""One learning objective at a time: setting it, changing it, closing it with a
reflection, and the timeline of past objectives."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from academy.accounts.person_cache import per_person
from academy.web import run
from mentoring.forms.objectives import CloseObjectiveForm, ObjectiveForm
from mentoring.models import LearningObjective, ObjectiveStatus
from mentoring.services import objectives


def _timeline(person):
    return list(LearningObjective.objects.filter(person=person).select_related("supporter"))


@per_person
@login_required
def my_objectives(request):
    person = request.user
    timeline = _timeline(person)
    active = next((o for o in timeline if o.status == ObjectiveStatus.ACTIVE), None)
    form = ObjectiveForm(request.POST or None, person=person, instance=active)
    if request.method == "POST" and form.is_valid():
        editing = request.POST.get("edit", "")
        run(
            request,
            lambda: objectives.save_objective(
                person,
                editing=int(editing) if editing.isdecimal() else None,
                **{name: form.cleaned_data[name] for name in ObjectiveForm.Meta.fields},
            ),
            _("Your objective is set.")
            if active is None
            else _("Your objective has been updated."),
        )
        return redirect("my_objectives")
    context = {
        "active": active,
        "form": form,
        "close_form": CloseObjectiveForm(),
        "past": [o for o in timeline if o.status != ObjectiveStatus.ACTIVE],
    }
    return render(request, "mentoring/objectives.html", context)


@require_POST
@login_required
def close(request, pk):
    objective = get_object_or_404(LearningObjective, pk=pk, person=request.user)
    form = CloseObjectiveForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Choose what happened and write a short reflection."))
        return redirect("my_objectives")
    run(
        request,
        lambda: objectives.close_objective(
            objective,
            completed=form.cleaned_data["outcome"] == ObjectiveStatus.COMPLETED,
            reflection=form.cleaned_data["reflection"],
        ),
        _("Closed. You can set your next objective now."),
    )
    return redirect("my_objectives")
