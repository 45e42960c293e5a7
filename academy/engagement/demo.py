"""The demo's invitations, tie choices and reflection circle (`demo/data/engagement.toml`),
loaded once every room's demo people exist. Idempotent: nothing is added twice."""

from datetime import timedelta

from django.utils import timezone

from academy.accounts.models import User
from academy.circles.models import Circle, CircleMember, Meeting
from academy.engagement.models import TieChoice, Welcome


def load_engagement(data, log=print):
    by_email = {u.email: u for u in User.objects.filter(email__endswith="demo.peer-academy.org")}
    now = timezone.now()
    welcomed = 0
    for spec in data["welcomes"]:
        inviter, newcomer = by_email.get(spec["inviter"]), by_email.get(spec["newcomer"])
        if inviter and newcomer:
            _row, made = Welcome.objects.get_or_create(
                newcomer=newcomer,
                defaults={"inviter": inviter, "joined_at": now - timedelta(days=spec["days_ago"])},
            )
            welcomed += made
    for email in data["shown"]:
        if email in by_email:
            TieChoice.objects.update_or_create(person=by_email[email], defaults={"shown": True})
    circle = _circle(data["circle"], by_email, now)
    log(f"Engagement: {welcomed} newcomers welcomed through a link; circle “{circle.name}”.")


def _circle(spec, by_email, now):
    circle, _made = Circle.objects.get_or_create(
        name=spec["name"],
        defaults={
            "purpose": spec["purpose"],
            "host": by_email.get(spec["host"]),
            "every_weeks": spec["every_weeks"],
        },
    )
    for email in spec["members"]:
        if email in by_email:
            CircleMember.objects.get_or_create(circle=circle, person=by_email[email])
    for meeting in spec["meetings"]:
        Meeting.objects.get_or_create(
            circle=circle,
            prompt=meeting["prompt"],
            defaults={
                "starts_at": now + timedelta(days=meeting["days_from_now"]),
                "notes": meeting["notes"],
            },
        )
    return circle
