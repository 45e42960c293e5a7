"""Django finds the academy's models here; each is defined in its room."""

from academy.accounts.models import AddressForm, User
from academy.growth.models import Skill
from academy.pages.models import (
    AcademyPage,
    HomePage,
    SchoolPage,
    TrackLevel,
    TrackPage,
    WorkshopPage,
)
from academy.pages.search_text import PageSearchText
from academy.pages.sessions import SessionFormat, WorkshopSession
from academy.privacy.models import DataExport, DeletionRecord
from academy.terminology.models import (
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
from academy.translating.models import TranslatedFrom

__all__ = [
    "AcademyPage",
    "AddressForm",
    "DataExport",
    "DeletionRecord",
    "Gender",
    "HomePage",
    "PageSearchText",
    "ProposalComment",
    "ProposalStatus",
    "ProposalVote",
    "Role",
    "SchoolPage",
    "SessionFormat",
    "Skill",
    "Term",
    "TermLocale",
    "TermProposal",
    "TermRevision",
    "TrackLevel",
    "TrackPage",
    "TranslatedFrom",
    "User",
    "VoteChoice",
    "WorkshopPage",
    "WorkshopSession",
]
