"""What badges hold about a person: their awards are their own and go with them (the
credential pages then answer 404); the coordinators who awarded or revoked one stay as a
former member, so the history of the award still reads right."""

from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from academy.growth.badges.models import Award
from academy.privacy import labels
from academy.privacy.registry import Rule, personal_data

BADGE = _("badge")
AWARDED = pgettext_lazy("a badge", "awarded")
REVOKED = pgettext_lazy("a badge", "revoked")
SHOWN = _("shown on my page")


def register():
    personal_data.register(
        Award,
        "person",
        Rule.REMOVE,
        export=(
            ("badge", BADGE),
            ("awarded_at", AWARDED),
            ("reason", labels.MESSAGE),
            ("shown", SHOWN),
            ("revoked_at", REVOKED),
            "revoke_reason",
        ),
        title=_("Badges"),
    )
    personal_data.register(Award, "awarded_by", Rule.PLACEHOLDER)
    personal_data.register(Award, "revoked_by", Rule.PLACEHOLDER)
