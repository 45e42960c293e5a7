from datetime import timedelta

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from academy.dates import check_date_range
from academy.languages import language_name, reading_key
from academy.models import SchoolPage, SessionFormat, TrackPage
from academy.reports.filters import Filters, default_filters
from academy.reports.registry import figures
from academy.timezones import AREA_LABELS, AREA_TERRITORIES, region_label

EARLIEST_YEARS = 20  # how far back a report may reach
LONGEST_DAYS = 366 * 10


class FiltersForm(forms.Form):
    start = forms.DateField(label=_("from"), required=False)
    end = forms.DateField(label=_("to"), required=False)
    school = forms.ModelChoiceField(
        label=_("school"), queryset=SchoolPage.objects.none(), required=False
    )
    track = forms.ModelChoiceField(
        label=_("track"), queryset=TrackPage.objects.none(), required=False
    )
    cohort = forms.TypedChoiceField(label=_("cohort"), coerce=int, required=False, empty_value=None)
    language = forms.ChoiceField(label=_("language"), required=False)
    region = forms.ChoiceField(label=_("time-zone region"), required=False)
    format = forms.ChoiceField(label=_("format"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["school"].queryset = SchoolPage.objects.live().order_by("title")
        self.fields["school"].empty_label = _("All schools")
        self.fields["track"].queryset = TrackPage.objects.live().order_by("title")
        self.fields["track"].empty_label = _("All tracks")
        # The cohorts are known to the app that owns them, which registers them.
        self.fields["cohort"].choices = [("", _("All cohorts")), *figures.choices("cohort")]
        reader = translation.get_language()
        self.fields["language"].choices = [
            ("", _("All languages")),
            *sorted(
                ((code, language_name(code, reader)) for code, _name in settings.LANGUAGES),
                key=lambda choice: reading_key(choice[1]),
            ),
        ]
        self.fields["region"].choices = [("", _("All regions")), *region_choices(reader)]
        self.fields["format"].choices = [("", _("All formats")), *SessionFormat.choices]

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
        data = self.cleaned_data
        return Filters(
            start=start,
            end=end,
            track=data.get("track"),
            school=data.get("school"),
            cohort=data.get("cohort"),
            language=data.get("language") or "",
            region=data.get("region") or "",
            format=data.get("format") or "",
        )


def region_choices(language):
    """The IANA areas a person's time zone can lie in, named in the reader's language."""
    areas = [*AREA_TERRITORIES, *AREA_LABELS]
    named = [(area, region_label(area, language)) for area in areas]
    return sorted(named, key=lambda choice: reading_key(choice[1]))
