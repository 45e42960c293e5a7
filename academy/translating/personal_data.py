"""Who translated a field is kept without the person once they leave."""

from academy.privacy.registry import Rule, personal_data
from academy.translating.models import TranslatedFrom


def register():
    personal_data.register(TranslatedFrom, "translated_by", Rule.CLEAR)
