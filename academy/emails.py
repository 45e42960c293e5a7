"""Emails to one person, rendered in their language and time zone, with their role words."""

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from academy.timezones import get_zone


def send_to(person, template, context, attachments=()):
    """Render `emails/<app>/<name>_subject.txt` and `_body.txt` for `person` and send
    them; `template` is "<app>/<name>", e.g. "cohorts/registration"."""
    if not person.email:
        return
    with (
        translation.override(person.preferred_language),
        timezone.override(get_zone(person.time_zone)),
    ):
        context = {
            "person": person,
            "site_name": settings.WAGTAIL_SITE_NAME,
            "base_url": settings.WAGTAILADMIN_BASE_URL,
            **context,
        }
        subject = render_to_string(f"emails/{template}_subject.txt", context).strip()
        body = render_to_string(f"emails/{template}_body.txt", context)
    message = EmailMessage(subject, body, to=[person.email])
    for attachment in attachments:
        message.attach(*attachment)
    message.send()


def path_for(person, name, *args):
    """A site path in the person's language, for links in their emails."""
    with translation.override(person.preferred_language):
        return reverse(name, args=args)
