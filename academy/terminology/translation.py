from modeltranslation.translator import TranslationOptions, register

from academy.terminology.models import Role


@register(Role)
class RoleOptions(TranslationOptions):
    """Translators read what a role means in their own language."""

    fields = ("description",)
