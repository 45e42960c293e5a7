"""The report figures whose facts cohorts own: people enrolled, people who took part,
sessions held, the attendance rate, completions, graduates, and the breakdown by track.
Registered from CohortsConfig.ready(), with the cohorts the report may be narrowed to.

A cohort narrows the figures about enrolments to its own, and the figures about sessions
to the sessions it gives access to; the language and the format are the cohort's for
enrolments and the session's own for sessions."""

from django.db.models import Count, Q
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from academy.models import TrackPage, WorkshopSession
from academy.reports.filters import EVERY_FILTER
from academy.reports.registry import Value, figures
from academy.terminology import term, term_cap
from cohorts.models import (
    ATTENDED,
    HOLDS_PLACE,
    Cohort,
    Enrolment,
    EnrolmentStatus,
    Registration,
    RegistrationStatus,
)

SESSION_FILTERS = frozenset({"school", "track", "cohort", "language", "format"})


def _narrowed(cohorts, filters):
    cohorts = cohorts.filter(filters.in_pages("track"))
    if filters.cohort:
        cohorts = cohorts.filter(pk=filters.cohort)
    if filters.language:
        cohorts = cohorts.filter(language=filters.language)
    if filters.format:
        cohorts = cohorts.filter(format=filters.format)
    return cohorts


def cohorts_in(filters):
    """Cohorts that run on at least one day of the period."""
    return _narrowed(
        Cohort.objects.filter(start_date__lte=filters.end, end_date__gte=filters.start), filters
    )


def cohorts_ended_in(filters):
    return _narrowed(
        Cohort.objects.filter(end_date__gte=filters.start, end_date__lte=filters.end), filters
    )


def graduations(filters):
    """Completed places in cohorts that ended in the period, of people in the region."""
    return Enrolment.objects.filter(
        filters.in_region(),
        status=EnrolmentStatus.COMPLETED,
        cohort__in=cohorts_ended_in(filters),
    )


def sessions_in(filters):
    """Sessions held in the period: begun, not cancelled, in the track's workshops."""
    sessions = WorkshopSession.objects.filter(
        filters.in_pages("workshop"),
        start__gte=filters.since,
        start__lt=min(filters.until, timezone.now()),
        cancelled=False,
    )
    if filters.cohort:
        sessions = sessions.filter(access__cohort=filters.cohort)
    if filters.language:
        sessions = sessions.filter(language=filters.language)
    if filters.format:
        sessions = sessions.filter(format=filters.format)
    return sessions


def enrolled(filters):
    people = Enrolment.objects.filter(
        filters.in_region(), status__in=HOLDS_PLACE, cohort__in=cohorts_in(filters)
    ).aggregate(people=Count("person", distinct=True))["people"]
    return Value(people, people)


def took_part(filters):
    people = Registration.objects.filter(
        filters.in_region(), attendance__in=ATTENDED, session__in=sessions_in(filters)
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


def attendance_rate(filters):
    """Registrations (not cancelled, not waiting) for sessions held: how many attended."""
    totals = Registration.objects.filter(
        filters.in_region(),
        status=RegistrationStatus.REGISTERED,
        session__in=sessions_in(filters),
    ).aggregate(
        registered=Count("pk"),
        attended=Count("pk", filter=Q(attendance__in=ATTENDED)),
        people=Count("person", distinct=True),
    )
    return Value(totals["attended"], totals["people"], out_of=totals["registered"])


def completions(filters):
    totals = graduations(filters).aggregate(
        count=Count("pk"), people=Count("person", distinct=True)
    )
    return Value(totals["count"], totals["people"])


def graduates(filters):
    people = graduations(filters).aggregate(people=Count("person", distinct=True))["people"]
    return Value(people, people)


def by_track(filters):
    """Per track: people holding a place in a cohort of the period, and people who
    completed a cohort that ended in the period."""
    counts = (
        Enrolment.objects.filter(filters.in_region(), cohort__in=cohorts_in(filters))
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


def cohort_choices():
    """Every cohort, the latest first, named with its track."""
    cohorts = Cohort.objects.select_related("track").order_by("-start_date", "-pk")
    return [
        (
            cohort.pk,
            _("%(cohort)s, %(track)s") % {"cohort": cohort.name, "track": cohort.track.title},
        )
        for cohort in cohorts
    ]


def register():
    figures.register_choices("cohort", cohort_choices)
    figures.register(
        "cohorts.enrolled",
        gettext_lazy("People enrolled"),
        lambda: _(
            "Different people holding a place (enrolled or completed) in a cohort that runs "
            "on at least one day of the period."
        ),
        enrolled,
        narrowed_by=EVERY_FILTER,
        position=10,
    )
    figures.register(
        "cohorts.took_part",
        # no adjective beside the role word: it would have to agree with a word each
        # community chooses
        lambda: _("%(role)s at one session or more") % {"role": term_cap("learner", plural=True)},
        lambda: (
            _(
                "Different %(role)s who attended (present or late) at least one session held "
                "in the period."
            )
            % {"role": term("learner", plural=True)}
        ),
        took_part,
        narrowed_by=EVERY_FILTER,
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
        narrowed_by=SESSION_FILTERS,
        position=30,
    )
    figures.register(
        "cohorts.attendance_rate",
        gettext_lazy("Attendance rate"),
        gettext_lazy(
            "Registrations for sessions held in the period that were marked present or "
            "late, of all registrations that were not cancelled or waiting; the percentage "
            "is shown only when there are at least as many registrations as the minimum."
        ),
        attendance_rate,
        narrowed_by=EVERY_FILTER,
        position=35,
    )
    figures.register(
        "cohorts.completions",
        gettext_lazy("Completions"),
        gettext_lazy(
            "Places in cohorts that ended in the period, marked as completed; a person who "
            "completed two cohorts counts twice."
        ),
        completions,
        narrowed_by=EVERY_FILTER,
        position=40,
    )
    figures.register(
        "cohorts.graduates",
        gettext_lazy("Graduates"),
        gettext_lazy(
            "Different people who completed a cohort that ended in the period; each "
            "person counts once."
        ),
        graduates,
        narrowed_by=EVERY_FILTER,
        position=42,
    )
    figures.register_table(
        "cohorts.by_track",
        gettext_lazy("People by track"),
        gettext_lazy("Track"),
        (gettext_lazy("Enrolled"), gettext_lazy("Completed")),
        by_track,
        narrowed_by=EVERY_FILTER,
        position=10,
        total_label=gettext_lazy("All tracks"),
        empty=gettext_lazy("No cohort runs in this period."),
    )
