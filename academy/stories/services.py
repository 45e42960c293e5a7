"""The rules of a collection round: who may open one, who may write, what a story's
consent lets others see, and how the panel selects."""

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from academy.accounts.rules import require_coordinator
from academy.errors import Refused
from academy.stories.models import PUBLISHABLE, SHARED, Round, Scope, Story


def open_round(user, *, starts_on, ends_on, scope, track=None, question):
    require_coordinator(user)
    return Round.objects.create(
        starts_on=starts_on,
        ends_on=ends_on,
        scope=scope,
        track=track if scope == Scope.TRACK else None,
        question=question,
    )


def write_story(author, round_, **fields):
    if not round_.is_open:
        raise Refused(_("This round is not open for stories."))
    return Story.objects.create(round=round_, author=author, **fields)


def change_consent(author, story, consent):
    if story.author_id != author.pk:
        raise Refused(_("Only the person who wrote a story decides who may read it."))
    story.consent = consent
    if consent not in PUBLISHABLE:
        story.selected, story.selection_reason = False, ""
    story.save(update_fields=["consent", "selected", "selection_reason", "updated_at"])
    return story


def withdraw(author, story):
    if story.author_id != author.pk:
        raise Refused(_("Only the person who wrote a story may withdraw it."))
    story.withdrawn_at = timezone.now()
    story.selected, story.selection_reason = False, ""
    story.save(update_fields=["withdrawn_at", "selected", "selection_reason", "updated_at"])
    return story


def shared_with_panel():
    return Story.objects.filter(consent__in=SHARED, withdrawn_at__isnull=True)


def published():
    return Story.objects.filter(
        consent__in=PUBLISHABLE, withdrawn_at__isnull=True, selected=True
    ).order_by("domain__position", "domain__key", "-created_at", "-pk")


def move(user, story, domain):
    require_coordinator(user)
    story.domain = domain
    story.save(update_fields=["domain", "updated_at"])
    return story


def select(user, story, reason):
    require_coordinator(user)
    if story.consent not in PUBLISHABLE:
        raise Refused(_("Only a story its author agreed to publish can be selected."))
    story.selected, story.selection_reason = True, reason
    story.save(update_fields=["selected", "selection_reason", "updated_at"])
    return story
