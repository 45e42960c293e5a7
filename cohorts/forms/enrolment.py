from django import forms
from django.utils.translation import gettext_lazy as _


class ApplicationForm(forms.Form):
    """One text answer per question of the cohort."""

    def __init__(self, *args, cohort, **kwargs):
        super().__init__(*args, **kwargs)
        self.questions = list(cohort.questions.all())
        for question in self.questions:
            self.fields[f"q{question.pk}"] = forms.CharField(
                label=question.text, max_length=2000, widget=forms.Textarea(attrs={"rows": 3})
            )

    def answers(self):
        return {str(q.pk): self.cleaned_data[f"q{q.pk}"] for q in self.questions}


class ReviewForm(forms.Form):
    decision = forms.ChoiceField(
        label=_("Decision"),
        choices=[
            ("accept", _("Accept")),
            ("decline", _("Decline")),
            ("waitlist", _("Waiting list")),
        ],
        widget=forms.RadioSelect,
    )
    message = forms.CharField(
        label=_("Message to the applicant"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 2}),
    )
