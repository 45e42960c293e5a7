"""What the academy's `ready()` calls for badges: the personal data they hold, their
texts in the translation workspace, and the academy's own rules."""

from django.utils.translation import gettext_lazy as _

from academy.growth.badges import growth_rules, personal_data
from academy.growth.badges.models import Badge
from academy.translating.registry import translatables


def register():
    personal_data.register()
    growth_rules.register()
    translatables.register("badge", Badge, ("name", "description", "criteria"), label=_("Badges"))
