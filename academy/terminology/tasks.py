"""Background work of the terminology, run by django-tasks."""

from django.conf import settings
from django_tasks import task

from academy.emails import path_for, send_to
from academy.languages import language_name
from academy.terminology.models import TermProposal


@task()
def notify_proposal_decided(proposal_id):
    """Tell the proposer, in their own language, what became of their proposal."""
    proposal = TermProposal.objects.select_related("role", "proposer").get(pk=proposal_id)
    person = proposal.proposer
    if person is None:
        return
    send_to(
        person,
        "academy/proposal_decided",
        {
            "proposal": proposal,
            "word": proposal.forms.get("neutral", {}).get("other", ""),
            "language": language_name(proposal.locale.split("-")[0], person.preferred_language),
            "url": settings.WAGTAILADMIN_BASE_URL
            + path_for(person, "proposal_detail", proposal.pk),
        },
    )
