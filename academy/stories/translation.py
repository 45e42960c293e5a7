from modeltranslation.translator import TranslationOptions, register

from academy.stories.models import Domain


@register(Domain)
class DomainOptions(TranslationOptions):
    fields = ("name", "description")
