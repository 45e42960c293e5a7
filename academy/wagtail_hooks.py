"""Where Wagtail looks for admin hooks: each room keeps its own in its admin module."""

from academy.terminology import admin as terminology_admin
from academy.translating import admin as translating_admin

__all__ = ["terminology_admin", "translating_admin"]
