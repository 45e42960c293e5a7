"""Forms for editing and proposing role words. Their fields depend on the language:
one per grammatical gender and CLDR plural category it has."""

from datetime import datetime, time

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from academy.dates import YEAR, check_date_range
from academy.terminology.grammar import UNCOUNTED, sample_numbers
from academy.terminology.models import Role, VoteChoice
from academy.terminology.services import MAX_WORD_LENGTH, clean_forms
from academy.terminology.tables import by_gender

VOTING_AT_MOST = YEAR
CATEGORY_LABELS = {
    "zero": _("zero"),
    "one": _("one"),
    "two": _("two"),
    "few": _("few"),
    "many": _("many"),
    "other": _("other"),
    "singular": _("without a number, one"),
    "plural": _("without a number, several"),
}


def slot_field_name(gender, category):
    return f"{gender}__{category}"


class WordFormsMixin:
    """Adds one text field per (gender, category) slot and collects them back into
    the nested forms dictionary the terminology stores."""

    def add_slot_fields(self, locale, slots, initial_forms=None):
        self.locale = locale
        self.slots = slots
        samples = sample_numbers(locale)
        initial_forms = initial_forms or {}
        for gender, category in slots:
            label = CATEGORY_LABELS[category]
            if category not in UNCOUNTED:
                numbers = ", ".join(str(n) for n in samples.get(category, ())) or "1.5"
                label = f"{label} ({numbers})"
            self.fields[slot_field_name(gender, category)] = forms.CharField(
                label=label,
                required=False,
                max_length=MAX_WORD_LENGTH,
                initial=initial_forms.get(gender, {}).get(category, ""),
                widget=forms.TextInput(attrs={"data-gender": gender, "data-category": category}),
            )

    def slot_rows(self):
        """Fields grouped by gender, for a table of forms."""
        return by_gender(
            self.slots, lambda gender, category: self[slot_field_name(gender, category)]
        )

    def collect_forms(self):
        raw = {}
        for gender, category in self.slots:
            raw.setdefault(gender, {})[category] = self.cleaned_data.get(
                slot_field_name(gender, category), ""
            )
        return clean_forms(raw, self.locale, self.slots)

    def clean(self):
        cleaned = super().clean()
        if not self.errors:
            try:
                cleaned["forms"] = self.collect_forms()
            except forms.ValidationError as error:
                self.add_error(None, error)
        return cleaned


class TermEditForm(WordFormsMixin, forms.Form):
    reason = forms.CharField(
        label=_("Why the change"),
        max_length=300,
        help_text=_("Kept in the history, so others understand the choice."),
    )

    def __init__(self, *args, locale, slots, initial_forms=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.add_slot_fields(locale, slots, initial_forms)


class ProposalForm(WordFormsMixin, forms.Form):
    role = forms.ModelChoiceField(label=_("Role"), queryset=Role.objects.all(), to_field_name="key")
    rationale = forms.CharField(
        label=_("Why this word"), max_length=2000, widget=forms.Textarea(attrs={"rows": 4})
    )
    closes_on = forms.DateField(
        label=_("Voting closes on (optional)"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
    )

    def __init__(self, *args, locale, slots, role_labels=None, **kwargs):
        super().__init__(*args, **kwargs)
        if role_labels:
            self.fields["role"].label_from_instance = lambda role: role_labels.get(
                role.key, role.key
            )
        self.add_slot_fields(locale, slots)
        # A proposal gives every form its language needs; gendered forms may be left to
        # fall back to the neutral ones.
        for gender, category in slots:
            if gender == "neutral":
                field = self.fields[slot_field_name(gender, category)]
                field.required = True
                field.error_messages["required"] = _("Your language needs this form too.")

    def clean_closes_on(self):
        day = self.cleaned_data["closes_on"]
        if day is None:
            return None
        closes_at = timezone.make_aware(datetime.combine(day, time(23, 59)))
        if closes_at <= timezone.now():
            raise forms.ValidationError(_("The closing date must be in the future."))
        check_date_range(day, latest=timezone.localdate() + VOTING_AT_MOST)
        return closes_at


class VoteForm(forms.Form):
    context_name = "vote_form"

    choice = forms.ChoiceField(
        label=_("Your vote"), choices=VoteChoice.choices, widget=forms.RadioSelect
    )


class CommentForm(forms.Form):
    context_name = "comment_form"

    body = forms.CharField(
        label=_("Comment"), max_length=2000, widget=forms.Textarea(attrs={"rows": 3})
    )


class DecisionForm(forms.Form):
    context_name = "decision_form"

    decision = forms.ChoiceField(
        label=_("Decision"),
        choices=[("adopt", _("Adopt")), ("decline", _("Decline"))],
        widget=forms.RadioSelect,
    )
    reason = forms.CharField(
        label=_("Reason"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("Required when you decline. The proposer receives it."),
    )

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("decision") == "decline" and not cleaned.get("reason", "").strip():
            self.add_error("reason", _("Say why the proposal is declined."))
        return cleaned
