"""Coordinators decide on offers of support."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from academy.accounts.rules import require_coordinator
from academy.web import run
from mentoring.forms.profiles import DecisionForm
from mentoring.models import ApplicationStatus, MentorApplication
from mentoring.services import applications

APPLICATIONS_PER_PAGE = 20


@login_required
def application_queue(request):
    require_coordinator(request.user)
    pending = (
        MentorApplication.objects.filter(status=ApplicationStatus.PENDING)
        .select_related("person")
        .prefetch_related("skills")
    )
    page = Paginator(pending, APPLICATIONS_PER_PAGE).get_page(request.GET.get("page"))
    return render(
        request,
        "mentoring/application_queue.html",
        {"page_obj": page, "form": DecisionForm()},
    )


@require_POST
@login_required
def decide(request, pk):
    require_coordinator(request.user)
    application = get_object_or_404(MentorApplication.objects.select_related("person"), pk=pk)
    form = DecisionForm(request.POST)
    if not form.is_valid():
        for errors in form.errors.values():
            messages.error(request, errors[0])
        return redirect("mentor_applications")
    run(
        request,
        lambda: applications.decide(
            actor=request.user,
            application=application,
            approve=form.cleaned_data["decision"] == "approve",
            message=form.cleaned_data["message"],
        ),
        _("Decision saved. The person has been told."),
    )
    return redirect("mentor_applications")
