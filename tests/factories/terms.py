import factory

from academy.models import (
    ProposalComment,
    ProposalVote,
    Role,
    Term,
    TermProposal,
    TermRevision,
    VoteChoice,
)
from tests.factories.users import UserFactory


class TermFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Term

    role = factory.LazyFunction(lambda: Role.objects.get(key="mentor"))
    locale = "de"
    forms = factory.LazyFunction(
        lambda: {
            "neutral": {"one": "Mentor*in", "other": "Mentor*innen"},
            "feminine": {"one": "Mentorin", "other": "Mentorinnen"},
            "masculine": {"one": "Mentor", "other": "Mentoren"},
        }
    )


class ProposalFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = TermProposal

    role = factory.LazyFunction(lambda: Role.objects.get(key="leader"))
    locale = "de"
    forms = factory.LazyFunction(
        lambda: {"neutral": {"one": "Wegbereiter*in", "other": "Wegbereiter*innen"}}
    )
    rationale = "Klingt nach Aufbruch, nicht nach Hierarchie."


class TermRevisionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = TermRevision

    role = factory.LazyFunction(lambda: Role.objects.get(key="mentor"))
    locale = "de"
    author = factory.SubFactory(UserFactory)
    reason = factory.Sequence(lambda n: f"Änderung {n}")
    old_forms = factory.LazyFunction(lambda: {"neutral": {"one": "Mentor", "other": "Mentoren"}})
    new_forms = factory.LazyFunction(
        lambda: {"neutral": {"one": "Mentor*in", "other": "Mentor*innen"}}
    )


class ProposalVoteFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ProposalVote

    proposal = factory.SubFactory(ProposalFactory)
    voter = factory.SubFactory(UserFactory)
    choice = VoteChoice.SUPPORT


class ProposalCommentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ProposalComment

    proposal = factory.SubFactory(ProposalFactory)
    author = factory.SubFactory(UserFactory)
    body = factory.Sequence(lambda n: f"Kommentar {n}")
