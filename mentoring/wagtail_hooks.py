"""Coordinators keep the programme templates in the Wagtail admin (the skills framework
is the academy's, under "Skills framework"). Mentor profiles come from approved offers
and are kept on the site's own screens."""

from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from mentoring.models import ProgrammeTemplate


class ProgrammeTemplateViewSet(SnippetViewSet):
    model = ProgrammeTemplate
    icon = "calendar"
    menu_label = _("Programmes")
    list_display = ["name", "months", "check_ins"]


class SupportGroup(SnippetViewSetGroup):
    items = (ProgrammeTemplateViewSet,)
    menu_icon = "tag"
    menu_label = pgettext_lazy("navigation", "Support")
    menu_name = "support"


register_snippet(SupportGroup)
