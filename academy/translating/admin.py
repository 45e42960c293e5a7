"""The translation workspace in the Wagtail admin's menu, for those who may use it."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from academy.translating.views import may_view


class WorkspaceMenuItem(MenuItem):
    def is_shown(self, request):
        return may_view(request.user)


@hooks.register("register_admin_menu_item")
def translation_workspace_menu_item():
    return WorkspaceMenuItem(
        _("Translations"), reverse("translation_workspace"), icon_name="globe", order=910
    )
