from modeltranslation.translator import TranslationOptions, register

from academy.growth.models import Skill


@register(Skill)
class SkillOptions(TranslationOptions):
    fields = ("name", "area")
