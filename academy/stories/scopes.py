"""What a round can ask about, and who is in it. The ground floor knows the whole
academy, schools and tracks; cohorts adds cohorts, and says who belongs to a school, a
track or a cohort (from enrolments) and who sits on their panels (the people who run
and facilitate them), from its `ready()`, so this room never imports upward:

    from academy.stories.scopes import scopes

    scopes.register_kind("cohort", _("One cohort"), targets, parents, parent_kind="track",
                         target_label=_("Cohort"))
    scopes.register_members(lambda user: {("cohort", 3), ("track", 7)})
    scopes.register_panel(lambda user: {("cohort", 3)})

A scope is a pair (kind, id), ("academy", None) for the whole academy. Selections go up
one level: a story selected in a cohort's round is read again by the track's panel, a
track's by the school's, a school's by the academy's."""

from collections.abc import Callable
from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

from academy.accounts.rules import is_coordinator
from academy.accounts.versions import roles

ACADEMY = ("academy", None)


@dataclass(frozen=True)
class Kind:
    key: str
    label: object  # "One track"
    targets: Callable | None  # () -> queryset of what a round of this kind may ask about
    parents: Callable | None  # (ids) -> {id: the id of the scope one level up}
    parent_kind: str | None
    target_label: object = None  # "Track": the field that chooses the target


class Scopes:
    def __init__(self):
        self._kinds: dict[str, Kind] = {}
        self._members: list[Callable] = []
        self._panels: list[Callable] = []

    def register_kind(
        self, key, label, targets=None, parents=None, *, parent_kind=None, target_label=None
    ):
        self._kinds[key] = Kind(key, label, targets, parents, parent_kind, target_label)

    def register_members(self, scopes_of):
        self._members.append(scopes_of)

    def register_panel(self, scopes_of):
        self._panels.append(scopes_of)

    def kinds(self):
        return list(self._kinds.values())

    def kind(self, key) -> Kind | None:
        return self._kinds.get(key)

    def child_kinds(self, key):
        return [kind for kind in self._kinds.values() if kind.parent_kind == key]

    def choices(self):
        return [(kind.key, kind.label) for kind in self._kinds.values()]

    def of(self, user) -> frozenset:
        """Every scope the person may write in: the academy, and what they belong to
        (asked once per user object, like the person's groups)."""
        cached = getattr(user, "_story_scopes", None)
        if cached is None:
            found = {ACADEMY}
            if user.is_authenticated:
                for scopes_of in self._members:
                    found |= scopes_of(user)
            cached = user._story_scopes = frozenset(found)
        return cached

    def panels_of(self, user):
        """The scopes whose panel the person sits on; None for a coordinator, who sits
        on every panel (asked once per user object). Panels are drawn from the people
        who run cohorts or sessions, who hold a role (`roles`): no one else is asked."""
        if is_coordinator(user):
            return None
        cached = getattr(user, "_story_panels", None)
        if cached is None:
            found = set()
            if roles.holds_role(user):
                for scopes_of in self._panels:
                    found |= scopes_of(user)
            cached = user._story_panels = frozenset(found)
        return cached


scopes = Scopes()


def on_panel(user, round_) -> bool:
    panels = scopes.panels_of(user)
    return panels is None or round_.scope_key in panels


def schools_of_tracks(ids):
    from academy.models import SchoolPage, TrackPage

    paths = dict(TrackPage.objects.filter(pk__in=ids).values_list("pk", "path"))
    steplen = TrackPage.steplen
    schools = dict(
        SchoolPage.objects.filter(
            path__in={path[:-steplen] for path in paths.values()}
        ).values_list("path", "pk")
    )
    return {pk: schools.get(path[:-steplen]) for pk, path in paths.items()}


def register_ground_floor():
    from academy.models import SchoolPage, TrackPage

    scopes.register_kind("academy", _("The whole academy"))
    scopes.register_kind(
        "school",
        _("One school"),
        lambda: SchoolPage.objects.live().order_by("title"),
        lambda ids: dict.fromkeys(ids),
        parent_kind="academy",
        target_label=_("School"),
    )
    scopes.register_kind(
        "track",
        _("One track"),
        lambda: TrackPage.objects.live().order_by("title"),
        schools_of_tracks,
        parent_kind="school",
        target_label=_("Track"),
    )


def describe(rounds):
    """Give each round `target_name`: the school, track or cohort it asks about, or ""
    for the whole academy. One query per kind in use."""
    wanted = {}
    for round_ in rounds:
        if round_.scope_id is not None:
            wanted.setdefault(round_.scope, set()).add(round_.scope_id)
    names = {}
    for key, ids in wanted.items():
        kind = scopes.kind(key)
        if kind and kind.targets:
            for target in kind.targets().model.objects.filter(pk__in=ids):
                names[(key, target.pk)] = str(target)
    for round_ in rounds:
        round_.target_name = names.get(round_.scope_key, "")
    return rounds
