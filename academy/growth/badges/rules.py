"""The registry of badge rules. The app that owns the facts registers its rules from its
`AppConfig.ready()` (cohorts: tracks completed, sessions attended and facilitated;
mentoring: pairings finished, offering support; academy: self-assessments), so this room
never imports upward.

    from academy.growth.badges.rules import badge_rules

    badge_rules.register(
        "cohorts.sessions_attended", _("Attended sessions"), attended, counted=True
    )

A rule is `meets(threshold, among)`: of the people in the queryset `among`, those who meet
it (a queryset of users). The same function serves the event (`among` is one person) and
the catch-up command (`among` is everyone)."""

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class BadgeRule:
    key: str
    label: object  # translated lazily; shown where a coordinator picks the rule
    meets: Callable
    counted: bool = False  # whether the badge's threshold ("how many times") applies


class Registry:
    def __init__(self):
        self._rules: dict[str, BadgeRule] = {}

    def register(self, key, label, meets, *, counted=False):
        self._rules[key] = BadgeRule(key, label, meets, counted)

    def get(self, key) -> BadgeRule | None:
        return self._rules.get(key)

    def choices(self):
        return [(rule.key, rule.label) for rule in self._rules.values()]

    def __iter__(self):
        return iter(self._rules.values())

    def __contains__(self, key):
        return key in self._rules


badge_rules = Registry()
