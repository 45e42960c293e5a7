"""Django finds the academy's models here; each is defined in its room."""

from academy.accounts.models import AddressForm, User
from academy.circles.models import Circle, CircleMember, Meeting
from academy.engagement.models import HiddenTie, Invitation, TieChoice, Welcome
from academy.growth.alumni.models import AlumniReport, AlumniStatus, ReportRequest
from academy.growth.badges.models import Award, Badge, SigningKey
from academy.growth.models import Assessment, Skill, SkillArea, SkillLevel
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
from academy.stories.models import Domain, Round, Story
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
    "AlumniReport",
    "AlumniStatus",
    "Assessment",
    "Award",
    "Badge",
    "Circle",
    "CircleMember",
    "DataExport",
    "DeletionRecord",
    "Domain",
    "Gender",
    "HiddenTie",
    "HomePage",
    "Invitation",
    "Meeting",
    "PageSearchText",
    "ProposalComment",
    "ProposalStatus",
    "ProposalVote",
    "ReportRequest",
    "Role",
    "Round",
    "SchoolPage",
    "SessionFormat",
    "SigningKey",
    "Skill",
    "SkillArea",
    "SkillLevel",
    "Story",
    "Term",
    "TermLocale",
    "TermProposal",
    "TermRevision",
    "TieChoice",
    "TrackLevel",
    "TrackPage",
    "TranslatedFrom",
    "User",
    "VoteChoice",
    "Welcome",
    "WorkshopPage",
    "WorkshopSession",
]
