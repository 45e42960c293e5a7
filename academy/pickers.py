"""The one widget for choosing several things from a long list, and the language field
built on it. Without script it is a plain <select multiple>; academy/js/pickers.js turns
it into a text box that filters the list as you type, with the choices as chips."""

from django import forms
from django.forms.renderers import TemplatesSetting
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _

from academy.languages import language_search_terms, spoken_language_choices

# Our widget templates live with the project's templates (templates/includes/widgets/),
# which Django's default form renderer does not search.
PROJECT_TEMPLATES = TemplatesSetting()

# What the script says and shows; %(name)s and %(count)s are filled in by the script.
SCRIPT_STRINGS = {
    "instructions": _(
        "Type to filter the list. Move with the up and down arrow keys; Enter chooses or "
        "removes. Backspace in the empty box removes the last choice."
    ),
    "chosen": _("Chosen"),
    "remove": _("Remove %(name)s"),
    "added": _("%(name)s chosen."),
    "removed": _("%(name)s removed."),
    "matches": _("Matches: %(count)s"),
    "nothing": _("Nothing matches."),
}


class SearchableSelectMultiple(forms.SelectMultiple):
    # Options are written inline: one include per option costs more than the rest of the page.
    template_name = "includes/widgets/searchable_select.html"

    def __init__(self, attrs=None, choices=(), search_terms=None):
        super().__init__({"size": 8, **(attrs or {})}, choices)
        self.search_terms = search_terms

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        widget_attrs = context["widget"]["attrs"]
        hint_id = f"{widget_attrs.get('id', name)}_hint"
        described_by = [hint_id, *widget_attrs.get("aria-describedby", "").split()]
        widget_attrs["aria-describedby"] = " ".join(described_by)
        context["widget"]["hint_id"] = hint_id
        context["widget"]["hint"] = _("Hold Ctrl (or Cmd) to choose more than one.")
        context["widget"]["strings"] = SCRIPT_STRINGS
        return context

    def create_option(self, name, value, label, selected, index, subindex=None, attrs=None):
        option = super().create_option(name, value, label, selected, index, subindex, attrs)
        if self.search_terms:
            option["attrs"]["data-search"] = self.search_terms(str(value))
        return option

    def _render(self, template_name, context, renderer=None):
        # The template escapes every value; Widget._render marks its output safe the same way.
        return mark_safe(PROJECT_TEMPLATES.render(template_name, context))  # noqa: S308


class LanguagesField(forms.MultipleChoiceField):
    """Languages someone speaks or uses, named in the reader's language; the value is
    the list of codes. Choices are computed when the form renders, in its language."""

    def __init__(self, **kwargs):
        kwargs.setdefault("widget", SearchableSelectMultiple(search_terms=language_search_terms))
        super().__init__(choices=spoken_language_choices, **kwargs)
