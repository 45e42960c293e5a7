from academy.models.history import StatusChange
from academy.models.pages import (
    AcademyPage,
    HomePage,
    SchoolPage,
    TrackLevel,
    TrackPage,
    WorkshopPage,
)
from academy.models.sessions import SessionFormat, WorkshopSession
from academy.models.skills import Skill
from academy.models.terms import (
    Gender,
    ProposalComment,
    ProposalStatus,
    ProposalVote,
    Role,
    Term,
    TermLocale,
    TermProposal,
    TermRevision,
    VoteChoice,
)
from academy.models.users import AddressForm, User

__all__ = [
    "AcademyPage",
    "AddressForm",
    "Gender",
    "HomePage",
    "ProposalComment",
    "ProposalStatus",
    "ProposalVote",
    "Role",
    "SchoolPage",
    "SessionFormat",
    "Skill",
    "StatusChange",
    "Term",
    "TermLocale",
    "TermProposal",
    "TermRevision",
    "TrackLevel",
    "TrackPage",
    "User",
    "VoteChoice",
    "WorkshopPage",
    "WorkshopSession",
]
