"""Coordinators keep the domains of change in the Wagtail admin (their translations in
the translation workspace), and reach the rounds and their panels from its menu."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from academy.accounts.rules import is_coordinator
from academy.stories.models import Domain


class DomainViewSet(SnippetViewSet):
    model = Domain
    icon = "list-ul"
    menu_label = _("Domains of change")
    menu_order = 930
    add_to_admin_menu = True
    list_display = ["name", "key", "position"]
    search_fields = ["name", "key"]


register_snippet(DomainViewSet)


class CoordinatorsMenuItem(MenuItem):
    def is_shown(self, request):
        return is_coordinator(request.user)


@hooks.register("register_admin_menu_item")
def story_rounds_menu_item():
    return CoordinatorsMenuItem(
        _("Story rounds"), reverse("stories_rounds"), icon_name="openquote", order=931
    )
