import factory

from academy.models import Role, Term, TermProposal


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
