"""The demo's stories of change (academy/demo/data/stories.toml): a finished round for the
whole academy in which the panel voted, selected a story in five domains and told the
authors, one story withdrawn; and an open round people can still write in. Idempotent:
nothing is added once any round exists. The rows are made directly rather than through the
services, which rightly refuse a story in a closed round."""

from datetime import timedelta

from django.utils import timezone

from academy.accounts.models import User
from academy.pages.models import TrackPage
from academy.stories.models import Consent, Domain, Round, Selection, Story, Vote


def load_stories(data, people, log=None):
    """`people` maps the demo's person keys ("learner", "admin", …) to users; a story's
    author may also be named by email."""
    if Round.objects.exists():
        return
    now = timezone.now()
    today = timezone.localdate()
    rounds = {
        spec["key"]: Round.objects.create(
            scope=spec["scope"],
            starts_on=today + timedelta(days=spec["starts_days_from_now"]),
            ends_on=today + timedelta(days=spec["ends_days_from_now"]),
        )
        for spec in data["rounds"]
    }
    stories = {spec["key"]: _story(spec, rounds, people, now) for spec in data["stories"]}
    votes = Vote.objects.bulk_create(
        Vote(
            round=stories[spec["story"]].round,
            story=stories[spec["story"]],
            domain=stories[spec["story"]].domain,
            voter=people[spec["voter"]],
            reason=spec["reason"],
        )
        for spec in data["votes"]
    )
    for vote, spec in zip(votes, data["votes"], strict=True):
        vote.created_at = now - timedelta(days=spec["days_ago"])
    Vote.objects.bulk_update(votes, ["created_at"])
    for spec in data["selections"]:
        _selection(spec, stories[spec["story"]], people, now)
    if log is not None:
        log(
            f"Stories of change: {len(rounds)} rounds, {len(stories)} stories, "
            f"{Selection.objects.count()} selected, "
            f"{Story.objects.filter(withdrawn_at__isnull=False).count()} withdrawn."
        )


def _author(name, people):
    return people.get(name) or User.objects.get(email__iexact=name)


def _story(spec, rounds, people, now):
    written = now - timedelta(days=spec["written_days_ago"])
    withdrawn_days_ago = spec.get("withdrawn_days_ago")
    story = Story.objects.create(
        round=rounds[spec["round"]],
        author=_author(spec["author"], people),
        domain=Domain.objects.get(key=spec["domain"]),
        track=TrackPage.objects.filter(slug_en=spec["track"]).first() if "track" in spec else None,
        language=spec["language"],
        consent=Consent(spec["consent"]),
        headline=spec["headline"],
        what_happened=spec["what_happened"],
        why_it_matters=spec["why_it_matters"],
        withdrawn_at=now - timedelta(days=withdrawn_days_ago) if withdrawn_days_ago else None,
    )
    changed = story.withdrawn_at or written
    Story.objects.filter(pk=story.pk).update(created_at=written, updated_at=changed)
    return story


def _selection(spec, story, people, now):
    selection = Selection.objects.create(
        round=story.round,
        story=story,
        domain=story.domain,
        reason=spec["reason"],
        decided_by=people[spec["decided_by"]],
        author_told_at=now - timedelta(days=spec["told_days_ago"]),
    )
    decided = now - timedelta(days=spec["decided_days_ago"])
    Selection.objects.filter(pk=selection.pk).update(decided_at=decided)
