from datetime import timedelta

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from academy.dates import check_date_range
from academy.models import TrackPage
from academy.reports.filters import Filters, default_filters

EARLIEST_YEARS = 20  # how far back a report may reach
LONGEST_DAYS = 366 * 10


class FiltersForm(forms.Form):
    start = forms.DateField(label=_("from"), required=False)
    end = forms.DateField(label=_("to"), required=False)
    track = forms.ModelChoiceField(
        label=_("track"), queryset=TrackPage.objects.none(), required=False
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["track"].queryset = TrackPage.objects.live().order_by("title")
        self.fields["track"].empty_label = _("All tracks")

    def _in_range(self, day):
        today = timezone.localdate()
        return check_date_range(
            day,
            earliest=today - timedelta(days=365 * EARLIEST_YEARS),
            latest=today + timedelta(days=365),
        )

    def clean_start(self):
        return self._in_range(self.cleaned_data["start"])

    def clean_end(self):
        return self._in_range(self.cleaned_data["end"])

    def clean(self):
        data = super().clean()
        start, end = data.get("start"), data.get("end")
        if start and end and end < start:
            raise ValidationError(_("The period must end on or after the day it starts."))
        return data

    def filters(self) -> Filters:
        """The cleaned filters, a missing date taken from the default period."""
        default = default_filters()
        start = self.cleaned_data.get("start") or default.start
        end = self.cleaned_data.get("end") or default.end
        if end < start:  # only one date given, on the wrong side of the default
            start, end = (start, start) if self.cleaned_data.get("start") else (end, end)
        return Filters(start=start, end=end, track=self.cleaned_data.get("track"))
