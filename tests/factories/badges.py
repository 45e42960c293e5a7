import factory

from academy.growth.badges.models import Badge
from academy.growth.badges.services import _grant


class BadgeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Badge
        skip_postgeneration_save = True

    key = factory.Sequence(lambda n: f"badge-{n}")
    name = factory.Sequence(lambda n: f"Badge {n}")
    description = "Shows up, again and again."
    criteria = "Attend the sessions of a track."

    @factory.post_generation
    def skills(obj, create, extracted, **kwargs):
        if create and extracted:
            obj.skills.set(extracted)


def award(badge, person, **fields):
    """An award as a rule makes it: salted identity hash included."""
    return _grant(badge, person, **fields)[0]
