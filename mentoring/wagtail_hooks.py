"""Coordinators keep the skills framework, the programme templates and the offers of
support in the Wagtail admin."""

from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from academy.models import Skill
from mentoring.models import MentorProfile, ProgrammeTemplate


class SkillViewSet(SnippetViewSet):
    model = Skill
    icon = "tag"
    menu_label = _("Skills")
    list_display = ["name", "area", "key"]
    search_fields = ["name", "key"]


class ProgrammeTemplateViewSet(SnippetViewSet):
    model = ProgrammeTemplate
    icon = "calendar"
    menu_label = _("Programmes")
    list_display = ["name", "months", "check_ins"]


class MentorProfileViewSet(SnippetViewSet):
    model = MentorProfile
    icon = "user"
    list_display = ["person", "organisation", "capacity", "away_until", "paused"]
    list_filter = ["paused"]


class SupportGroup(SnippetViewSetGroup):
    items = (SkillViewSet, ProgrammeTemplateViewSet, MentorProfileViewSet)
    menu_icon = "tag"
    menu_label = pgettext_lazy("navigation", "Support")
    menu_name = "support"


register_snippet(SupportGroup)
