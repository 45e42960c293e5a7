"""What cohorts contribute to the engagement web and the network: sessions attended
and run; the ties between a facilitator and the people who attended, between people
who ran a session together, and between the people who ran a cohort and a story that
grew from it; and cohorts and schools as groups a coordinator may look at."""

from collections import defaultdict

from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import pgettext_lazy

from academy.engagement.registry import Suggestion, engagement
from academy.models import SchoolPage, TrackPage
from academy.stories.models import SHARED, Story
from cohorts.models import ATTENDED, HOLDS_PLACE, Cohort, Enrolment, Registration, SessionAccess

Facilitators = SessionAccess.facilitators.through
Runners = Cohort.coordinators.through


def attended():
    return Registration.objects.filter(attendance__in=ATTENDED)


def sessions_run():
    return SessionAccess.objects.filter(
        session__cancelled=False, session__start__lte=timezone.now()
    )


def facilitation_pairs(people):
    rows = attended().filter(session__access__facilitators__isnull=False)
    if people is not None:
        rows = rows.filter(Q(person__in=people) | Q(session__access__facilitators__in=people))
    return rows.values_list("session__access__facilitators", "person", "session__start")


def co_facilitation_pairs(people):
    rows = Facilitators.objects.filter(sessionaccess__session__cancelled=False)
    if people is not None:
        rows = rows.filter(
            sessionaccess__in=Facilitators.objects.filter(user__in=people).values("sessionaccess")
        )
    together = defaultdict(list)
    when = {}
    for access, person, start in rows.values_list(
        "sessionaccess", "user", "sessionaccess__session__start"
    ):
        together[access].append(person)
        when[access] = start
    return [
        (one, other, when[access])
        for access, team in together.items()
        for i, one in enumerate(team)
        for other in team[i + 1 :]
    ]


def story_pairs(people):
    """A story written in a cohort's round, shared with its panel or published: the
    people who ran the cohort helped it grow."""
    stories = Story.objects.filter(
        round__scope="cohort", consent__in=SHARED, withdrawn_at__isnull=True
    ).values_list("author", "round__scope_id", "created_at")
    stories = list(stories)
    runners = defaultdict(list)
    for cohort, person in Runners.objects.filter(
        cohort__in={scope_id for _a, scope_id, _w in stories}
    ).values_list("cohort", "user"):
        runners[cohort].append(person)
    pairs = [
        (runner, author, created)
        for author, cohort, created in stories
        for runner in runners[cohort]
    ]
    if people is not None:
        wanted = set(people)
        pairs = [pair for pair in pairs if pair[0] in wanted or pair[1] in wanted]
    return pairs


def cohort_people(cohort_id):
    enrolled = Enrolment.objects.filter(cohort=cohort_id, status__in=HOLDS_PLACE)
    return set(enrolled.values_list("person", flat=True)) | set(
        Runners.objects.filter(cohort=cohort_id).values_list("user", flat=True)
    )


def school_people(school_id):
    school = SchoolPage.objects.filter(pk=school_id).first()
    if school is None:
        return set()
    tracks = TrackPage.objects.filter(path__startswith=school.path)
    enrolled = Enrolment.objects.filter(cohort__track__in=tracks, status__in=HOLDS_PLACE)
    return set(enrolled.values_list("person", flat=True)) | set(
        Runners.objects.filter(cohort__track__in=tracks).values_list("user", flat=True)
    )


def school_choices():
    return [(str(pk), title) for pk, title in SchoolPage.objects.live().values_list("pk", "title")]


def cohort_choices():
    return [
        (str(cohort.pk), f"{cohort.track.title}: {cohort.name}")
        for cohort in Cohort.objects.select_related("track").order_by("-start_date", "pk")[:200]
    ]


def suggest_cohort(person):
    now = timezone.now()
    cohort = (
        Cohort.objects.filter(enrolment_opens__lte=now, enrolment_closes__gt=now)
        .exclude(enrolments__person=person)
        .select_related("track")
        .order_by("enrolment_closes")
        .first()
    )
    if cohort is None:
        return None
    return Suggestion(
        _("Join “%(cohort)s” in %(track)s: enrolment is open.")
        % {"cohort": cohort.name, "track": cohort.track.title},
        reverse("cohort_detail", args=[cohort.pk]),
    )


def register():
    engagement.count("taking_part", attended, person="person", when="session__start")
    engagement.count("facilitating", sessions_run, person="facilitators", when="session__start")
    engagement.suggest("taking_part", suggest_cohort)
    engagement.ties(
        "facilitation", pgettext_lazy("a tie", "A session"), facilitation_pairs, position=30
    )
    engagement.ties(
        "co_facilitation",
        pgettext_lazy("a tie", "A session run together"),
        co_facilitation_pairs,
        mutual=True,
        position=40,
    )
    engagement.ties("story", pgettext_lazy("a tie", "A story of change"), story_pairs, position=70)
    engagement.population(
        "school", pgettext_lazy("a group", "School"), school_choices, school_people
    )
    engagement.population(
        "cohort", pgettext_lazy("a group", "Cohort"), cohort_choices, cohort_people
    )
