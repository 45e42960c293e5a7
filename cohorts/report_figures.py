"""The report figures whose facts cohorts own: people enrolled, people who took part,
sessions held, completions, and the breakdown by track. Registered from
CohortsConfig.ready()."""

from django.db.models import Count, Q
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from academy.models import TrackPage, WorkshopSession
from academy.reports.registry import Value, figures
from academy.terminology import term
from cohorts.models import (
    ATTENDED,
    HOLDS_PLACE,
    Cohort,
    Enrolment,
    EnrolmentStatus,
    Registration,
)


def cohorts_in(filters):
    """Cohorts that run on at least one day of the period."""
    cohorts = Cohort.objects.filter(start_date__lte=filters.end, end_date__gte=filters.start)
    return cohorts.filter(track=filters.track) if filters.track else cohorts


def sessions_in(filters):
    """Sessions held in the period: begun, not cancelled, in the track's workshops."""
    sessions = WorkshopSession.objects.filter(
        start__gte=filters.since,
        start__lt=min(filters.until, timezone.now()),
        cancelled=False,
    )
    if filters.track:
        sessions = sessions.filter(workshop__path__startswith=filters.track.path)
    return sessions


def enrolled(filters):
    people = Enrolment.objects.filter(
        status__in=HOLDS_PLACE, cohort__in=cohorts_in(filters)
    ).aggregate(people=Count("person", distinct=True))["people"]
    return Value(people, people)


def took_part(filters):
    people = Registration.objects.filter(
        attendance__in=ATTENDED, session__in=sessions_in(filters)
    ).aggregate(people=Count("person", distinct=True))["people"]
    return Value(people, people)


def sessions_held(filters):
    totals = sessions_in(filters).aggregate(
        count=Count("pk", distinct=True),
        people=Count(
            "registrations__person",
            distinct=True,
            filter=Q(registrations__attendance__in=ATTENDED),
        ),
    )
    return Value(totals["count"], totals["people"])


def completions(filters):
    totals = Enrolment.objects.filter(
        status=EnrolmentStatus.COMPLETED,
        cohort__end_date__gte=filters.start,
        cohort__end_date__lte=filters.end,
        **({"cohort__track": filters.track} if filters.track else {}),
    ).aggregate(count=Count("pk"), people=Count("person", distinct=True))
    return Value(totals["count"], totals["people"])


def by_track(filters):
    """Per track: people holding a place in a cohort of the period, and people who
    completed a cohort that ended in the period."""
    counts = (
        Enrolment.objects.filter(cohort__in=cohorts_in(filters))
        .values("cohort__track")
        .annotate(
            enrolled=Count("person", distinct=True, filter=Q(status__in=HOLDS_PLACE)),
            completed=Count(
                "person",
                distinct=True,
                filter=Q(
                    status=EnrolmentStatus.COMPLETED,
                    cohort__end_date__gte=filters.start,
                    cohort__end_date__lte=filters.end,
                ),
            ),
        )
    )
    by_id = {row["cohort__track"]: (row["enrolled"], row["completed"]) for row in counts}
    tracks = TrackPage.objects.filter(pk__in=by_id).order_by("title", "pk")
    return [(track.title, list(by_id[track.pk])) for track in tracks]


def register():
    figures.register(
        "cohorts.enrolled",
        gettext_lazy("People enrolled"),
        lambda: _(
            "Different people holding a place (enrolled or completed) in a cohort that runs "
            "on at least one day of the period."
        ),
        enrolled,
        position=10,
    )
    figures.register(
        "cohorts.took_part",
        lambda: _("Active %(role)s") % {"role": term("learner", plural=True)},
        lambda: (
            _(
                "Different %(role)s who attended (present or late) at least one session held "
                "in the period."
            )
            % {"role": term("learner", plural=True)}
        ),
        took_part,
        position=20,
    )
    figures.register(
        "cohorts.sessions_held",
        gettext_lazy("Sessions held"),
        gettext_lazy(
            "Sessions that took place in the period and were not cancelled; hidden when "
            "fewer people than the minimum attended them."
        ),
        sessions_held,
        position=30,
    )
    figures.register(
        "cohorts.completions",
        gettext_lazy("Completions"),
        gettext_lazy(
            "Places in cohorts that ended in the period, marked as completed; a person who "
            "completed two cohorts counts twice."
        ),
        completions,
        position=40,
    )
    figures.register_table(
        "cohorts.by_track",
        gettext_lazy("People by track"),
        gettext_lazy("Track"),
        (gettext_lazy("Enrolled"), gettext_lazy("Completed")),
        by_track,
    )
