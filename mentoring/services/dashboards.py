"""What the mentor's dashboard and the coordinators' overview show. Each is a fixed
number of queries however many pairings there are."""

from datetime import timedelta

from django.db.models import Count, F, Max, Min, Prefetch, Q
from django.utils import timezone

from mentoring.models import (
    ApplicationStatus,
    CheckIn,
    LearningObjective,
    MentorApplication,
    MentorProfile,
    ObjectiveStatus,
    Pairing,
    PairingStatus,
    SupportRequest,
)


def mentor_rows(profile, now=None):
    """The mentor's active pairings, starred first, each with the mentee's objective,
    the last and next check-in, how many are overdue, and whether the mentee has gone
    quiet (no news for the profile's `quiet_after_days`)."""
    now = now or timezone.now()
    unmet = Q(check_ins__met_at__isnull=True)
    rows = list(
        Pairing.objects.filter(mentor_id=profile.person_id, status=PairingStatus.ACTIVE)
        .annotate(
            last_met=Max("check_ins__met_at"),
            next_due=Min("check_ins__due_at", filter=unmet),
            overdue=Count("check_ins", filter=unmet & Q(check_ins__due_at__lt=now)),
        )
        .select_related("mentee", "programme")
        .prefetch_related(
            Prefetch(
                "mentee__objectives",
                queryset=LearningObjective.objects.filter(status=ObjectiveStatus.ACTIVE),
                to_attr="active_objectives",
            )
        )
        .order_by("-starred", "mentee__display_name", "pk")
    )
    quiet_before = now - timedelta(days=profile.quiet_after_days)
    for pairing in rows:
        pairing.objective = (pairing.mentee.active_objectives or [None])[0]
        moments = [pairing.started_at, pairing.last_met]
        if pairing.objective:
            moments.append(pairing.objective.created_at)
        pairing.quiet = max(moment for moment in moments if moment) < quiet_before
    return rows


def waiting_for_answer(mentor):
    return list(
        Pairing.objects.filter(mentor=mentor, status=PairingStatus.PROPOSED)
        .select_related("mentee", "programme")
        .order_by("created_at")
    )


def status_counts():
    counts = dict(Pairing.objects.values_list("status").annotate(n=Count("pk")))
    return [(status, label, counts.get(status, 0)) for status, label in PairingStatus.choices]


def late_check_ins(now=None):
    """Check-ins of active pairings whose date has passed without a meeting recorded."""
    return CheckIn.objects.filter(
        pairing__status=PairingStatus.ACTIVE, met_at__isnull=True, due_at__lt=now or timezone.now()
    )


def overdue_check_ins(now=None, limit=50):
    """Dates only: coordinators see that a check-in is late, never what was said."""
    return list(
        late_check_ins(now)
        .select_related("pairing__mentor", "pairing__mentee")
        .order_by("due_at")[:limit]
    )


def mentors_near_capacity(limit=50):
    """Mentors with at most one place left who already support someone."""
    return list(
        MentorProfile.objects.filter(person__is_active=True)
        .with_load()
        .filter(load__gt=0, load__gte=F("capacity") - 1)
        .select_related("person")
        .order_by("-load", "person__display_name")[:limit]
    )


def open_requests():
    return SupportRequest.objects.filter(closed_at__isnull=True)


def people_waiting(limit=50):
    requests = list(open_requests().select_related("person")[:limit])
    proposals = list(
        Pairing.objects.filter(status=PairingStatus.PROPOSED)
        .select_related("mentor", "mentee", "programme")
        .order_by("created_at")[:limit]
    )
    return requests, proposals


def pending_applications_count():
    return MentorApplication.objects.filter(status=ApplicationStatus.PENDING).count()
