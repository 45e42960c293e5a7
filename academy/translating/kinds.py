"""The academy's own translatable things: pages, skills and what roles mean."""

from django.utils.translation import gettext_lazy as _

from academy.growth.models import Skill, SkillArea, SkillLevel
from academy.pages.models import HomePage, SchoolPage, TrackPage, WorkshopPage
from academy.stories.models import Domain
from academy.terminology.models import Role
from academy.translating.registry import translatables

PAGE_FIELDS = ("title", "intro", "body")


def register():
    translatables.register("home", HomePage, PAGE_FIELDS, label=_("Home page"))
    translatables.register("school", SchoolPage, PAGE_FIELDS, label=_("Schools"))
    translatables.register("track", TrackPage, PAGE_FIELDS, label=_("Tracks"))
    translatables.register(
        "workshop", WorkshopPage, (*PAGE_FIELDS, "duration_hint"), label=_("Workshops")
    )
    translatables.register("skill_area", SkillArea, ("name", "description"), label=_("Skill areas"))
    translatables.register("skill", Skill, ("name", "description"), label=_("Skills"))
    translatables.register(
        "skill_level", SkillLevel, ("description",), label=_("What skill levels mean")
    )
    translatables.register("role", Role, ("description",), label=_("What roles mean"))
    translatables.register(
        "story_domain", Domain, ("name", "description"), label=_("Domains of change")
    )
