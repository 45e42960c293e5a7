"""Emails to one person, rendered in their language and time zone, with their role words."""

from email.headerregistry import Address
from email.utils import parseaddr

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
        context = email_context(person, context)
        subject = render_to_string(f"emails/{template}_subject.txt", context).strip()
        body = signed(render_to_string(f"emails/{template}_body.txt", context), context)
        from_email = sender()
    message = EmailMessage(subject, body, from_email, to=[person.email])
    for attachment in attachments:
        message.attach(*attachment)
    message.send()


def email_context(person, context) -> dict:
    """What every email's templates have: the recipient, the site's name and address."""
    return {
        "person": person,
        "site_name": settings.ACADEMY_SITE_NAME,
        "base_url": settings.WAGTAILADMIN_BASE_URL,
        **context,
    }


def signed(body, context) -> str:
    """The body with the site's signature after it; in the recipient's language."""
    return body.rstrip() + "\n\n" + render_to_string("emails/signature.txt", context)


def absolute(path) -> str:
    """A site path as an address on the site's base URL, for emails and credentials."""
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def sender() -> str:
    """The From header in the active language: the site name at DEFAULT_FROM_EMAIL's
    address, unless that setting names a sender itself."""
    name, address = parseaddr(settings.DEFAULT_FROM_EMAIL)
    if name:
        return settings.DEFAULT_FROM_EMAIL
    return str(Address(display_name=str(settings.ACADEMY_SITE_NAME), addr_spec=address))


def path_for(person, name, *args):
    """A site path in the person's language, for links in their emails."""
    with translation.override(person.preferred_language):
        return reverse(name, args=args)
