from modeltranslation.translator import TranslationOptions, register

from mentoring.models import ProgrammeTemplate


@register(ProgrammeTemplate)
class ProgrammeTemplateOptions(TranslationOptions):
    fields = ("name",)
