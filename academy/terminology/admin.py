"""The terminology screens in the Wagtail admin: roles and terminology languages."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from academy.terminology.models import Role, TermLocale


class RoleViewSet(SnippetViewSet):
    model = Role
    icon = "group"
    menu_label = _("Roles")
    list_display = ["key", "singular", "plural", "builtin"]
    search_fields = ["key", "singular", "plural"]


class TermLocaleViewSet(SnippetViewSet):
    model = TermLocale
    icon = "globe"
    menu_label = _("Terminology languages")
    list_display = ["code", "genders", "translators"]


class TerminologyGroup(SnippetViewSetGroup):
    items = (RoleViewSet, TermLocaleViewSet)
    menu_icon = "openquote"
    menu_label = _("Terminology")
    menu_name = "terminology"


register_snippet(TerminologyGroup)


@hooks.register("register_admin_menu_item")
def words_we_use_menu_item():
    """Translators edit the words themselves on the site's "Words we use" pages."""
    return MenuItem(_("Words we use"), reverse("words_index"), icon_name="openquote", order=900)
