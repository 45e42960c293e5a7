"""A person's pathway: learner, then graduate, then mentor, each with the date reached."""

from dataclasses import dataclass
from datetime import datetime

from django.db.models import Min, Q

from cohorts.models import EnrolmentEvent, EnrolmentStatus


@dataclass
class Step:
    key: str  # "learner", "graduate" or "mentor"
    reached_at: datetime | None

    @property
    def reached(self):
        return self.reached_at is not None


def pathway(person):
    """Three steps in order. Costs one query (and none for the profile if it was joined)."""
    dates = EnrolmentEvent.objects.filter(enrolment__person=person).aggregate(
        joined=Min("created_at"),
        graduated=Min("created_at", filter=Q(new_status=EnrolmentStatus.COMPLETED)),
    )
    profile = getattr(person, "mentor_profile", None)
    return [
        Step("learner", dates["joined"]),
        Step("graduate", dates["graduated"]),
        Step("mentor", profile.approved_at if profile else None),
    ]
