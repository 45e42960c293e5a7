from mentoring.models.applications import ApplicationStatus, MentorApplication, SupportRequest
from mentoring.models.objectives import LearningObjective, ObjectiveStatus
from mentoring.models.pairings import (
    CheckIn,
    Feedback,
    Pairing,
    PairingEvent,
    PairingStatus,
    ProgrammeTemplate,
    Rating,
)
from mentoring.models.profiles import MentorProfile

__all__ = [
    "ApplicationStatus",
    "CheckIn",
    "Feedback",
    "LearningObjective",
    "MentorApplication",
    "MentorProfile",
    "ObjectiveStatus",
    "Pairing",
    "PairingEvent",
    "PairingStatus",
    "ProgrammeTemplate",
    "Rating",
    "SupportRequest",
]
