"""Coordinators run cohorts and session rules from the Wagtail admin."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from cohorts.models import Cohort, SessionAccess


class CohortViewSet(SnippetViewSet):
    model = Cohort
    icon = "group"
    menu_label = _("Cohorts")
    list_display = ["name", "track", "start_date", "selection_mode", "capacity"]
    list_filter = ["selection_mode", "format", "language"]
    search_fields = ["name"]


class SessionAccessViewSet(SnippetViewSet):
    model = SessionAccess
    icon = "date"
    menu_label = _("Session registration rules")
    list_display = ["session", "cohort", "open_to_members", "restricted_role"]


class CohortsGroup(SnippetViewSetGroup):
    items = (CohortViewSet, SessionAccessViewSet)
    menu_icon = "group"
    menu_label = _("Cohorts")
    menu_name = "cohorts"


register_snippet(CohortsGroup)
