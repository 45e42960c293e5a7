from django import forms
from django.core.validators import URLValidator
from django.utils.translation import gettext_lazy as _

from academy.growth.alumni.models import AlumniReport, AlumniStatus, Destination


class MovedOnForm(forms.ModelForm):
    class Meta:
        model = AlumniStatus
        fields = ["destination", "where", "share_with_coordinators", "report_requests"]
        widgets = {
            "destination": forms.RadioSelect,
            "where": forms.TextInput(attrs={"dir": "auto"}),
        }

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("destination") == Destination.UNSAID:
            cleaned["where"] = ""
        elif not (cleaned.get("where") or "").strip():
            self.add_error("where", _("Say where, or choose “I'd rather not say”."))
        return cleaned


class ReportForm(forms.ModelForm):
    story_link = forms.URLField(
        label=_("A link to a story"),
        required=False,
        max_length=500,
        validators=[URLValidator(schemes=["http", "https"])],
        assume_scheme="https",
        help_text=_("A blog post, an article or a page about what you do now, if there is one."),
    )

    class Meta:
        model = AlumniReport
        fields = ["new_role", "carried", "story_link"]
        widgets = {
            "new_role": forms.TextInput(attrs={"dir": "auto"}),
            "carried": forms.Textarea(attrs={"rows": 4, "dir": "auto"}),
        }
