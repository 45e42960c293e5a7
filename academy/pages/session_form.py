"""Sessions as the page editor shows them: the start is entered as the organiser's
local date and time, with the browser's own date-time picker, beside the organiser's
time zone chosen from the same localised list as profiles (defaulting to the editing
author's zone); the start is stored in UTC. "Session 1", "Add a session"."""

from django import forms
from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from academy.accounts.forms import TimeZoneField
from academy.pages.sessions import WorkshopSession
from academy.timezones import get_zone

LOCAL_INPUT = "%Y-%m-%dT%H:%M"  # what <input type="datetime-local"> sends


class SessionForm(WagtailAdminModelForm):
    start = forms.DateTimeField(
        label=_("Starts at (the organiser's local time)"),
        input_formats=[LOCAL_INPUT, "%Y-%m-%d %H:%M", "%Y-%m-%d %H:%M:%S"],
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format=LOCAL_INPUT),
        help_text=_("The date and time where the organiser is, in the time zone beside."),
    )
    time_zone = TimeZoneField(label=_("Organiser's time zone"))

    class Meta(WagtailAdminModelForm.Meta):
        model = WorkshopSession
        fields = [
            "start",
            "time_zone",
            "duration_minutes",
            "capacity",
            "format",
            "language",
            "place",
            "online_url",
            "cancelled",
        ]

    def __init__(self, *args, default_zone=None, **kwargs):
        super().__init__(*args, **kwargs)
        zone_name = (
            self.instance.time_zone
            if self.instance.pk
            else default_zone or settings.ACADEMY_DEFAULT_TIME_ZONE
        )
        self.fields["time_zone"].keep(zone_name)
        self.initial["time_zone"] = zone_name
        if self.instance.pk and self.instance.start:
            local = self.instance.start.astimezone(get_zone(zone_name))
            self.initial["start"] = local.replace(tzinfo=None)

    def clean(self):
        cleaned = super().clean()
        start, zone_name = cleaned.get("start"), cleaned.get("time_zone")
        if start is not None and zone_name:
            # The field read the digits in the editor's zone; they are the organiser's.
            naive = timezone.make_naive(start) if timezone.is_aware(start) else start
            cleaned["start"] = timezone.make_aware(naive, get_zone(zone_name))
            self.instance.start = cleaned["start"]
        return cleaned
