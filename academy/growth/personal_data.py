"""What growth holds about a person: their self-assessments and ratings, whether they
share them, and the reminders sent. All of it is theirs and goes when they leave."""

from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from academy.growth.models import Assessment, AssessmentReminder, GrowthSharing, Rating
from academy.privacy import labels
from academy.privacy.registry import Rule, personal_data

ASSESSMENTS = _("Self-assessments")
RATINGS = _("Skill ratings")
SHARING = _("Sharing of self-assessments")
REMINDERS = _("Self-assessment reminders")
SUBMITTED = pgettext_lazy("a self-assessment", "submitted")


def register():
    personal_data.register(
        Assessment,
        "person",
        Rule.REMOVE,
        export=(
            ("status", labels.STATUS),
            ("created_at", labels.CREATED),
            ("submitted_at", SUBMITTED),
        ),
        title=ASSESSMENTS,
    )
    personal_data.register(
        Rating,
        "assessment__person",
        None,
        export=(
            ("assessment__submitted_at", SUBMITTED),
            "skill",
            "level",
            "evidence",
            "focus",
        ),
        title=RATINGS,
    )
    personal_data.register(
        GrowthSharing, "person", Rule.REMOVE, export=("mentors_may_see",), title=SHARING
    )
    personal_data.register(
        AssessmentReminder, "person", Rule.REMOVE, export=("due_on", "sent_at"), title=REMINDERS
    )
