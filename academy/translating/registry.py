"""The things translators translate. Each room registers its own kinds (pages and
skills here, cohorts from `cohorts`, programmes from `mentoring`) from its
`AppConfig.ready()`, so the workspace never imports upward.

    from academy.translating.registry import translatables
    translatables.register("skill", Skill, ("name", "area"), label=_("Skills"))
"""

from collections.abc import Callable
from dataclasses import dataclass

from django.conf import settings
from wagtail.models import Page

SOURCE_LANGUAGE = settings.MODELTRANSLATION_DEFAULT_LANGUAGE


def target_languages() -> tuple[str, ...]:
    return tuple(code for code, _name in settings.LANGUAGES if code != SOURCE_LANGUAGE)


@dataclass(frozen=True)
class Kind:
    key: str
    model: type
    fields: tuple[str, ...]
    label: object  # plural heading, translated lazily
    queryset: Callable | None = None

    @property
    def is_page(self) -> bool:
        return issubclass(self.model, Page)

    def objects(self):
        if self.queryset is not None:
            return self.queryset()
        if self.is_page:
            return self.model.objects.live().order_by("path")
        return self.model._default_manager.all()


class Registry:
    def __init__(self):
        self._kinds: dict[str, Kind] = {}

    def register(self, key, model, fields, *, label, queryset=None):
        self._kinds[key] = Kind(key, model, tuple(fields), label, queryset)

    def __iter__(self):
        return iter(self._kinds.values())

    def get(self, key) -> Kind | None:
        return self._kinds.get(key)


translatables = Registry()
