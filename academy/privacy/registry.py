"""The personal-data registry: for every link from a model to a person, what goes
into that person's export and what happens to the row when they leave.

    from academy.privacy.registry import Rule, personal_data

    personal_data.register(Registration, "person", Rule.PLACEHOLDER,
                           export=("session", "status", "attendance"))

    @personal_data.on_departure
    def release_seats(person): ...

Rules:
- REMOVE: the rows are deleted (the person's own things: notes, offers, tokens).
- CLEAR: the link is set to nothing and the row stays (who uploaded an image).
- PLACEHOLDER: the row stays for others and for the figures, pointing to an
  anonymous "former member" instead of the person (a vote in a tally, attendance).
- ANONYMISE: as PLACEHOLDER, and the listed fields are wiped too.
- None: export only, through a path ("enrolment__person"): the history of what is
  the person's, which the rule of the row it hangs on already covers.

Departure hooks run first, inside the same transaction, so that apps can release
what the person held (seats, places, open pairings) through their own services.
A test walks every relation to the user model and fails for one not registered."""

import enum
from dataclasses import dataclass, field

from django.apps import apps
from django.conf import settings


class Rule(enum.Enum):
    REMOVE = "remove"
    CLEAR = "clear"
    PLACEHOLDER = "placeholder"
    ANONYMISE = "anonymise"


@dataclass(frozen=True)
class Entry:
    model: type
    field: str
    rule: Rule
    export: tuple = ()  # field paths ("session__workshop") or (path, label) pairs
    scrub: dict = field(default_factory=dict)
    title: object = None  # the section's heading in the export; else the model's name

    @property
    def key(self):
        return f"{self.model._meta.label_lower}.{self.field}"

    @property
    def many_to_many(self):
        return "__" not in self.field and self.model._meta.get_field(self.field).many_to_many

    def rows(self, person):
        return self.model._default_manager.filter(**{self.field: person})

    def apply(self, person, placeholder):
        """Carry out the rule for this person's rows; returns how many rows now point
        to the placeholder."""
        if self.rule is None:
            return 0
        if self.many_to_many:  # the link rows go with the account itself (they cascade)
            return 0
        rows = self.rows(person)
        if self.rule is Rule.REMOVE:
            rows.delete()
            return 0
        if self.rule is Rule.CLEAR:
            rows.update(**{self.field: None})
            return 0
        return rows.update(**{self.field: placeholder}, **self.scrub)


class Registry:
    def __init__(self):
        self._entries: dict[str, Entry] = {}
        self.departures = []

    def register(self, model, field_name, rule, *, export=(), scrub=None, title=None):
        entry = Entry(model, field_name, rule, tuple(export), dict(scrub or {}), title)
        if rule is None and "__" not in field_name:
            raise ValueError("An export-only entry follows a path, e.g. 'enrolment__person'.")
        owner = model
        for part in field_name.split("__"):  # fail at start-up for a misspelt field
            owner = owner._meta.get_field(part).related_model
        self._entries[entry.key] = entry
        return entry

    def on_departure(self, func):
        """Register `func(person)`, run before the rules when someone leaves."""
        if func not in self.departures:
            self.departures.append(func)
        return func

    def get(self, model, field_name):
        return self._entries.get(f"{model._meta.label_lower}.{field_name}")

    def __iter__(self):
        return iter(self._entries.values())


personal_data = Registry()


def relations_to_people():
    """Every (model, field name) whose field points to the user model and is declared
    on that model (inherited fields belong to the parent), auto-created tables aside."""
    user_model = apps.get_model(settings.AUTH_USER_MODEL)
    for model in apps.get_models():
        for model_field in model._meta.get_fields():
            if (
                model_field.is_relation
                and not model_field.auto_created
                and model_field.concrete
                and model_field.related_model is user_model
                and model_field.model is model
            ):
                yield model, model_field.name
