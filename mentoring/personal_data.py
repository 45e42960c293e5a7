"""What peer support holds about a person. Their profile, offers, requests,
objectives and their own check-in notes go; pairings stay for the other person, in
the name of a former member, after every open one has ended with a neutral notice."""

from django.db.models import Q

from academy.privacy import labels
from academy.privacy.registry import Rule, personal_data
from mentoring.models import (
    Feedback,
    LearningObjective,
    MentorApplication,
    MentorProfile,
    Pairing,
    PairingEvent,
    PairingStatus,
    SupportRequest,
)
from mentoring.services import pairings

PAIRING_EXPORT = (
    ("mentor", labels.MENTOR),
    ("mentee", labels.MENTEE),
    ("programme", labels.PROGRAMME),
    ("status", labels.STATUS),
    ("started_at", labels.STARTED),
    ("ended_at", labels.ENDED),
)


def end_open_pairings(person):
    for pairing in Pairing.objects.filter(
        Q(mentor=person) | Q(mentee=person),
        status__in=[PairingStatus.PROPOSED, PairingStatus.ACTIVE],
    ).select_related("mentor", "mentee"):
        pairings.leave(person=person, pairing=pairing)


def register():
    personal_data.register(
        MentorProfile,
        "person",
        Rule.REMOVE,
        export=("organisation", "introduction", "capacity", "away_until", "paused"),
    )
    personal_data.register(
        MentorApplication,
        "person",
        Rule.REMOVE,
        export=(
            "motivation",
            "organisation",
            ("status", labels.STATUS),
            ("created_at", labels.CREATED),
            "message",
        ),
        title=labels.OFFERS,
    )
    personal_data.register(MentorApplication, "decided_by", Rule.PLACEHOLDER)
    personal_data.register(
        SupportRequest,
        "person",
        Rule.REMOVE,
        export=(
            ("languages", labels.LANGUAGES),
            "note",
            ("created_at", labels.CREATED),
            ("closed_at", labels.CLOSED),
        ),
        title=labels.REQUESTS,
    )
    personal_data.register(
        LearningObjective,
        "person",
        Rule.REMOVE,
        export=(
            "statement",
            "why",
            "evidence",
            "target_date",
            ("supporter", labels.SUPPORTER),
            ("status", labels.STATUS),
            "reflection",
            ("created_at", labels.CREATED),
        ),
        title=labels.OBJECTIVES,
    )
    personal_data.register(LearningObjective, "supporter", Rule.CLEAR)
    personal_data.register(
        Pairing, "mentor", Rule.PLACEHOLDER, export=PAIRING_EXPORT, title=labels.SUPPORTING
    )
    personal_data.register(
        Pairing, "mentee", Rule.PLACEHOLDER, export=PAIRING_EXPORT, title=labels.SUPPORTED
    )
    personal_data.register(Pairing, "proposed_by", Rule.PLACEHOLDER)
    personal_data.register(
        PairingEvent,
        "actor",
        Rule.ANONYMISE,
        scrub={"message": ""},
        export=(
            ("pairing", labels.PAIRING),
            ("old_status", labels.OLD_STATUS),
            ("new_status", labels.NEW_STATUS),
            ("message", labels.MESSAGE),
            ("created_at", labels.CREATED),
        ),
        title=labels.PAIRING_CHANGES,
    )
    personal_data.register(
        Feedback,
        "author",
        Rule.REMOVE,
        export=(
            ("check_in__due_at", labels.CHECK_IN),
            ("rating", labels.RATING),
            ("notes", labels.NOTES),
            ("working_well", labels.WORKING_WELL),
            ("could_change", labels.COULD_CHANGE),
        ),
        title=labels.FEEDBACK,
    )
    personal_data.on_departure(end_open_pairings)
