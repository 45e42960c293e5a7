from tests.factories.mentoring import (
    CheckInFactory,
    FeedbackFactory,
    LearningObjectiveFactory,
    MentorProfileFactory,
    PairingFactory,
    ProgrammeTemplateFactory,
    SupportRequestFactory,
)
from tests.factories.pages import (
    HomePageFactory,
    SchoolPageFactory,
    SessionFactory,
    TrackPageFactory,
    WorkshopPageFactory,
)
from tests.factories.users import UserFactory

__all__ = [
    "CheckInFactory",
    "FeedbackFactory",
    "HomePageFactory",
    "LearningObjectiveFactory",
    "MentorProfileFactory",
    "PairingFactory",
    "ProgrammeTemplateFactory",
    "SchoolPageFactory",
    "SessionFactory",
    "SupportRequestFactory",
    "TrackPageFactory",
    "UserFactory",
    "WorkshopPageFactory",
]
