from cohorts.models.cohorts import (
    HOLDS_PLACE,
    ApplicationQuestion,
    Cohort,
    Enrolment,
    EnrolmentEvent,
    EnrolmentStatus,
    SelectionMode,
)
from cohorts.models.registrations import (
    ATTENDED,
    Attendance,
    CalendarToken,
    Registration,
    RegistrationStatus,
    SessionAccess,
)

__all__ = [
    "ATTENDED",
    "HOLDS_PLACE",
    "ApplicationQuestion",
    "Attendance",
    "CalendarToken",
    "Cohort",
    "Enrolment",
    "EnrolmentEvent",
    "EnrolmentStatus",
    "Registration",
    "RegistrationStatus",
    "SelectionMode",
    "SessionAccess",
]
