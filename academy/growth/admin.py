"""Coordinators keep the skills framework in the Wagtail admin: areas, and skills with
what each level of the scale means. The cycle is a site setting (Settings menu)."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from academy.growth.models import Skill, SkillArea


class SkillAreaViewSet(SnippetViewSet):
    model = SkillArea
    icon = "folder-open-inverse"
    menu_label = _("Skill areas")
    list_display = ["name", "key", "position"]
    search_fields = ["name", "key"]


class SkillViewSet(SnippetViewSet):
    model = Skill
    icon = "tag"
    menu_label = _("Skills")
    list_display = ["name", "area", "key"]
    list_filter = ["area"]
    search_fields = ["name", "key"]


class SkillsFrameworkGroup(SnippetViewSetGroup):
    items = (SkillAreaViewSet, SkillViewSet)
    menu_icon = "tag"
    menu_label = _("Skills framework")
    menu_name = "skills-framework"


register_snippet(SkillsFrameworkGroup)
