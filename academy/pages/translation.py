"""Page fields that django-modeltranslation stores once per language (title_de, intro_ar, …)."""

from modeltranslation.translator import TranslationOptions, register

from academy.pages.models import HomePage, SchoolPage, TrackPage, WorkshopPage
from academy.pages.sessions import WorkshopSession


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
