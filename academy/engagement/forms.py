"""Forms of the engagement pages: each person's choice about their ties, one tie to
hide or show again, and the group a coordinator looks at."""

from django import forms
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from academy.engagement.registry import engagement
from academy.terminology import term
from academy.web import ID_DIGITS

MAX_ID = 10**ID_DIGITS - 1


class TieChoiceForm(forms.Form):
    shown = forms.BooleanField(label=_("Show my ties to other members"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["shown"].help_text = _(
            "Then your page shows the people you welcomed and supported, if they show "
            "theirs too. The %(people)s always see the network; a tie you hide is "
            "never shown, not even to them."
        ) % {"people": term("coordinator", plural=True)}


class TieForm(forms.Form):
    other = forms.IntegerField(min_value=1, max_value=MAX_ID, widget=forms.HiddenInput)
    kind = forms.CharField(max_length=24, widget=forms.HiddenInput)

    def clean_kind(self):
        kind = self.cleaned_data["kind"]
        if engagement.tie_kind(kind) is None:
            raise forms.ValidationError(_("There is no such tie."))
        return kind


WHOLE_ACADEMY = ""
BY_CHOICES = (
    ("community", pgettext_lazy("group people by", "Community")),
    ("language", pgettext_lazy("group people by", "Language")),
)


def group_choices():
    choices = [(WHOLE_ACADEMY, _("The whole academy"))]
    for population in engagement.populations():
        options = [(f"{population.key}:{value}", label) for value, label in population.choices()]
        if options:
            choices.append((str(population.label), options))
    return choices


class GroupForm(forms.Form):
    group = forms.ChoiceField(label=_("Whom to look at"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["group"].choices = group_choices()

    def people(self):
        """The ids of the people in the chosen group, or None for the whole academy."""
        chosen = self.cleaned_data.get("group") or WHOLE_ACADEMY
        if chosen == WHOLE_ACADEMY:
            return None
        key, _sep, value = chosen.partition(":")
        return set(engagement.population_of(key).people(int(value)))


class NetworkForm(GroupForm):
    by = forms.ChoiceField(
        label=_("Group people by"), choices=BY_CHOICES, required=False, initial="community"
    )

    def clean_by(self):
        return self.cleaned_data.get("by") or "community"
