"""The page editor: authors write the source language; the other languages of the
text translators translate are read-only there (translators work in the
translation workspace, whose edits go through review)."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm

from academy.translating.registry import target_languages, translatables

TRANSLATED_HERE = _("Translators translate this in the translation workspace.")


def _translated_names(model) -> set[str]:
    kind = next((kind for kind in translatables if kind.model is model), None)
    if kind is None:
        return set()
    return {f"{name}_{language}" for name in kind.fields for language in target_languages()}


class SourceLanguagePageForm(WagtailAdminPageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._read_only = set()
        user = getattr(self, "for_user", None)
        sessions = getattr(self, "formsets", {}).get("sessions")
        if sessions is not None and user is not None:  # new sessions start in their zone
            sessions.form_kwargs = {**sessions.form_kwargs, "default_zone": user.time_zone}
        if user is not None and user.is_superuser:
            return
        self._read_only = _translated_names(self._meta.model) & set(self.fields)
        for name in self._read_only:
            self.fields[name].disabled = True
            self.fields[name].required = False
            self.fields[name].help_text = TRANSLATED_HERE

    def _widget_data_value(self, widget, html_name):
        # A read-only field keeps its stored value and is never read from the post: a
        # browser does not send disabled inputs, and a StreamField's widget cannot read
        # a post without them.
        if html_name in self._read_only:
            return None
        return super()._widget_data_value(widget, html_name)
