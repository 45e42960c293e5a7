from modeltranslation.translator import TranslationOptions, register

from academy.growth.models import Skill, SkillArea, SkillLevel


@register(SkillArea)
class SkillAreaOptions(TranslationOptions):
    fields = ("name", "description")


@register(Skill)
class SkillOptions(TranslationOptions):
    fields = ("name", "description")


@register(SkillLevel)
class SkillLevelOptions(TranslationOptions):
    fields = ("description",)
