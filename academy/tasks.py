"""Background work of the academy app, run by django-tasks (the backend Wagtail ships)."""

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django_tasks import task

from academy.languages import language_name


@task()
def notify_proposal_decided(proposal_id):
    """Tell the proposer, in their own language, what became of their proposal."""
    from academy.models import TermProposal

    proposal = TermProposal.objects.select_related("role", "proposer").get(pk=proposal_id)
    person = proposal.proposer
    if person is None or not person.email:
        return
    with translation.override(person.preferred_language):
        context = {
            "proposal": proposal,
            "person": person,
            "word": proposal.forms.get("neutral", {}).get("other", ""),
            "language": language_name(proposal.locale.split("-")[0]),
            "site_name": settings.WAGTAIL_SITE_NAME,
            "url": settings.WAGTAILADMIN_BASE_URL + reverse("proposal_detail", args=[proposal.pk]),
        }
        subject = render_to_string("emails/proposal_decided_subject.txt", context).strip()
        body = render_to_string("emails/proposal_decided_body.txt", context)
    send_mail(subject, body, None, [person.email])
