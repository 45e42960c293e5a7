"""Fields that django-modeltranslation stores once per language (title_de, intro_ar, …)."""

from modeltranslation.translator import TranslationOptions, register

from academy.models import (
    HomePage,
    Role,
    SchoolPage,
    Skill,
    TrackPage,
    WorkshopPage,
    WorkshopSession,
)


class PageContentOptions(TranslationOptions):
    fields = ("intro", "body")


@register(HomePage)
class HomePageOptions(PageContentOptions):
    pass


@register(SchoolPage)
class SchoolPageOptions(PageContentOptions):
    pass


@register(TrackPage)
class TrackPageOptions(PageContentOptions):
    pass


@register(WorkshopPage)
class WorkshopPageOptions(PageContentOptions):
    fields = ("intro", "body", "duration_hint")


@register(WorkshopSession)
class WorkshopSessionOptions(TranslationOptions):
    fields = ("place",)


@register(Role)
class RoleOptions(TranslationOptions):
    """Translators read what a role means in their own language."""

    fields = ("description",)


@register(Skill)
class SkillOptions(TranslationOptions):
    fields = ("name", "area")
