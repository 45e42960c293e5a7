"""Where Wagtail looks for admin hooks: each room keeps its own in its admin module."""

from academy.terminology import admin as terminology_admin

__all__ = ["terminology_admin"]
