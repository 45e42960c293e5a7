"""Badges in the Wagtail admin: coordinators define badges (name, texts, image, rule) and
see, award and revoke awards on the site's pages (the reasons are kept there)."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from academy.growth.badges.models import Badge


class BadgeViewSet(SnippetViewSet):
    model = Badge
    icon = "pick"
    menu_label = _("Badges")
    menu_order = 950
    add_to_admin_menu = True
    list_display = ["name", "key", "rule", "threshold"]
    search_fields = ["name", "key"]


register_snippet(BadgeViewSet)
