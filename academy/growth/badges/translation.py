from modeltranslation.translator import TranslationOptions, register

from academy.growth.badges.models import Badge


@register(Badge)
class BadgeOptions(TranslationOptions):
    fields = ("name", "description", "criteria")
