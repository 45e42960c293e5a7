"""Where Wagtail looks for admin hooks: each room keeps its own in its admin module."""

from academy.growth import admin as growth_admin
from academy.growth.badges import admin as badges_admin
from academy.stories import admin as stories_admin
from academy.terminology import admin as terminology_admin
from academy.translating import admin as translating_admin

__all__ = [
    "badges_admin",
    "growth_admin",
    "stories_admin",
    "terminology_admin",
    "translating_admin",
]
