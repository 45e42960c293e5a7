"""The academy's own badge rules: self-assessments. A first one, and two in a row a cycle
apart: the second came no earlier than a month before the cycle (GrowthSettings) was up
and no later than two cycles after the one before it, so no cycle was skipped. They are
evaluated when growth sends `assessment_submitted` (after the submission committed)."""

from datetime import timedelta

from django.utils.translation import gettext_lazy as _

from academy.growth.badges.rules import badge_rules
from academy.growth.badges.services import evaluate
from academy.growth.cycle import add_months, cycle_months
from academy.growth.models import Assessment, AssessmentStatus
from academy.growth.signals import assessment_submitted

FIRST = "academy.first_self_assessment"
TWO_IN_A_ROW = "academy.self_assessments_a_cycle_apart"
EARLY_GRACE = timedelta(days=31)


def submitted(among):
    return Assessment.objects.filter(status=AssessmentStatus.SUBMITTED, person__in=among)


def first_assessment(threshold, among):
    return among.filter(pk__in=submitted(among).values("person_id"))


def a_cycle_apart(threshold, among):
    months = cycle_months()
    dates = (
        submitted(among)
        .order_by("person_id", "submitted_at", "pk")
        .values_list("person_id", "submitted_at")
    )
    found, previous = set(), {}
    for person_id, when in dates:
        before = previous.get(person_id)
        if before is not None:
            earliest = add_months(before.date(), months) - EARLY_GRACE
            if earliest <= when.date() <= add_months(before.date(), 2 * months):
                found.add(person_id)
        previous[person_id] = when
    return among.filter(pk__in=found)


def assessment_was_submitted(sender, person, **kwargs):
    evaluate(person.pk, (FIRST, TWO_IN_A_ROW))


def register():
    badge_rules.register(FIRST, _("A first self-assessment"), first_assessment)
    badge_rules.register(
        TWO_IN_A_ROW, _("Two self-assessments in a row, a cycle apart"), a_cycle_apart
    )
    assessment_submitted.connect(assessment_was_submitted, dispatch_uid="badges-assessment")
