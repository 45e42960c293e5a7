from academy.models.pages import (
    AcademyPage,
    HomePage,
    SchoolPage,
    TrackLevel,
    TrackPage,
    WorkshopPage,
)
from academy.models.sessions import SessionFormat, WorkshopSession
from academy.models.users import AddressForm, User

__all__ = [
    "AcademyPage",
    "AddressForm",
    "HomePage",
    "SchoolPage",
    "SessionFormat",
    "TrackLevel",
    "TrackPage",
    "User",
    "WorkshopPage",
    "WorkshopSession",
]
