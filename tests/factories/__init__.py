from tests.factories.pages import (
    HomePageFactory,
    SchoolPageFactory,
    SessionFactory,
    TrackPageFactory,
    WorkshopPageFactory,
)
from tests.factories.users import UserFactory

__all__ = [
    "HomePageFactory",
    "SchoolPageFactory",
    "SessionFactory",
    "TrackPageFactory",
    "UserFactory",
    "WorkshopPageFactory",
]
