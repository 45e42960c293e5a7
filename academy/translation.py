"""Where django-modeltranslation looks: each room registers its own translated fields."""

from academy.growth import translation as growth_translation
from academy.growth.badges import translation as badge_translation
from academy.pages import translation as pages_translation
from academy.stories import translation as stories_translation
from academy.terminology import translation as terminology_translation

__all__ = [
    "badge_translation",
    "growth_translation",
    "pages_translation",
    "stories_translation",
    "terminology_translation",
]
