from mentoring.models.objectives import LearningObjective, ObjectiveStatus
from mentoring.models.pairings import (
    CheckIn,
    Feedback,
    Pairing,
    PairingEvent,
    PairingStatus,
    ProgrammeTemplate,
)
from mentoring.models.profiles import MentorProfile

__all__ = [
    "CheckIn",
    "Feedback",
    "LearningObjective",
    "MentorProfile",
    "ObjectiveStatus",
    "Pairing",
    "PairingEvent",
    "PairingStatus",
    "ProgrammeTemplate",
]
