"""Cohort pages: enrolling, applying, withdrawing, and the coordinators' review queue."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import OuterRef, Subquery
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from academy.web import run
from cohorts.forms.enrolment import ApplicationForm, ReviewForm
from cohorts.models import Cohort, Enrolment, EnrolmentEvent, EnrolmentStatus
from cohorts.permissions import can_run_cohort
from cohorts.services import enrolment as enrolment_services

QUEUE_PER_PAGE = 20


def _cohort(pk):
    return get_object_or_404(Cohort.objects.select_related("track"), pk=pk)


def cohort_detail(request, pk):
    cohort = _cohort(pk)
    mine = None
    if request.user.is_authenticated:
        mine = Enrolment.objects.filter(cohort=cohort, person=request.user).first()
    context = {
        "cohort": cohort,
        "mine": mine,
        "can_run": can_run_cohort(request.user, cohort),
        "places_taken": enrolment_services.places_taken(cohort),
    }
    return render(request, "cohorts/cohort_detail.html", context)


@require_POST
@login_required
def enrol(request, pk):
    cohort = _cohort(pk)
    enrolment = run(request, lambda: enrolment_services.enrol(request.user, cohort))
    if enrolment is not None:
        if enrolment.status == EnrolmentStatus.ENROLLED:
            messages.success(request, _("You are enrolled. Welcome!"))
        else:
            messages.info(request, _("The cohort is full: you are on the waiting list."))
    return redirect("cohort_detail", pk=pk)


@login_required
def apply(request, pk):
    cohort = _cohort(pk)
    form = ApplicationForm(request.POST or None, cohort=cohort)
    if request.method == "POST" and form.is_valid():
        done = run(
            request,
            lambda: enrolment_services.apply(request.user, cohort, form.answers()),
            _("Your application is in. You will hear from us by email."),
        )
        if done is not None:
            return redirect("cohort_detail", pk=pk)
    return render(request, "cohorts/apply.html", {"cohort": cohort, "form": form})


@require_POST
@login_required
def withdraw(request, pk):
    enrolment = get_object_or_404(Enrolment, cohort_id=pk, person=request.user)
    done = {
        EnrolmentStatus.APPLIED: _("Your application is withdrawn."),
        EnrolmentStatus.WAITLISTED: _("You have left the waiting list."),
    }.get(enrolment.status, _("You have left the cohort."))
    run(request, lambda: enrolment_services.withdraw(request.user, enrolment), done)
    return redirect("cohort_detail", pk=pk)


@login_required
def review_queue(request, pk):
    cohort = _cohort(pk)
    if not can_run_cohort(request.user, cohort):
        raise PermissionDenied
    pending = (
        Enrolment.objects.filter(
            cohort=cohort, status__in=[EnrolmentStatus.APPLIED, EnrolmentStatus.WAITLISTED]
        )
        .select_related("person")
        .order_by("created_at", "pk")
    )
    page = Paginator(pending, QUEUE_PER_PAGE).get_page(request.GET.get("page"))
    questions = {str(q.pk): q.text for q in cohort.questions.all()}
    for enrolment in page:
        enrolment.answer_list = [
            (questions.get(key, ""), answer) for key, answer in enrolment.answers.items()
        ]
    context = {"cohort": cohort, "page_obj": page, "form": ReviewForm()}
    return render(request, "cohorts/review_queue.html", context)


@require_POST
@login_required
def decide(request, pk):
    enrolment = get_object_or_404(Enrolment.objects.select_related("cohort"), pk=pk)
    if not can_run_cohort(request.user, enrolment.cohort):
        raise PermissionDenied
    form = ReviewForm(request.POST)
    if form.is_valid():
        run(
            request,
            lambda: enrolment_services.review(
                request.user, enrolment, form.cleaned_data["decision"], form.cleaned_data["message"]
            ),
            _("Decision recorded; the applicant will be told by email."),
        )
    else:
        messages.error(request, _("Choose accept, decline or waiting list."))
    return redirect("cohort_review_queue", pk=enrolment.cohort_id)


def completion(request, code):
    """A public record of a completion: who, which track, when, and issued by the site."""
    completed_at = (
        EnrolmentEvent.objects.filter(
            enrolment=OuterRef("pk"), new_status=EnrolmentStatus.COMPLETED
        )
        .order_by("-created_at", "-pk")
        .values("created_at")[:1]
    )
    enrolment = get_object_or_404(
        Enrolment.objects.select_related("person", "cohort__track").annotate(
            completed_at=Subquery(completed_at)
        ),
        completion_code=code,
        status=EnrolmentStatus.COMPLETED,
    )
    return render(request, "cohorts/completion.html", {"enrolment": enrolment})
