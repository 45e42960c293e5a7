from modeltranslation.translator import TranslationOptions, register

from cohorts.models import ApplicationQuestion, Cohort


@register(Cohort)
class CohortOptions(TranslationOptions):
    fields = ("name",)


@register(ApplicationQuestion)
class ApplicationQuestionOptions(TranslationOptions):
    fields = ("text",)
