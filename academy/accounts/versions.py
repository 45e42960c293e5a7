"""Person versions, and the role-work version: what keys the caches of pages built
around one person.

A person's version moves whenever a record that such a page shows of them changes:
their account and groups, their enrolments, seats, pairings, check-ins, objectives,
assessments and so on. Each room says which of its models touch whom, from its
`ready()`, so the ground floor never imports upward:

    from academy.accounts.versions import touches

    touches.register(Enrolment, lambda enrolment: [enrolment.person_id], role_work=True)
    touches.register_m2m(
        Cohort.coordinators.through,
        person_side="academy.user",
        other=lambda cohort: cohort.coordinators.values_list("pk", flat=True),
    )

People who hold a role (a group, a cohort they run, sessions they facilitate, a
mentor's profile) also see other people's activity: applications waiting, attendance
to take, offers, proposals, pages in moderation. Those pages are keyed as well by
the role-work version, which every write to a model registered with `role_work=True`
moves, so a coordinator never sees a count from before a newcomer applied.

Versions are random tokens in the shared cache, moved at once and again after the
transaction commits, many at once in one round trip."""

import secrets
from collections.abc import Callable, Iterable

from django.core.cache import cache
from django.db import transaction
from django.db.models import Q
from django.db.models.signals import m2m_changed, post_delete, post_save

from academy.pages.cache import request_memo

ROLE_WORK = "academy:role-work-version"


def _key(person_id) -> str:
    return f"academy:person-version:{person_id}"


def _token() -> str:
    return secrets.token_hex(6)


def _read(keys) -> dict:
    """The versions under `keys`, starting any that is missing; once per request."""
    memo = request_memo()
    wanted = [key for key in keys if memo is None or key not in memo]
    found = cache.get_many(wanted) if wanted else {}
    for key in wanted:
        if key not in found:
            token = _token()
            cache.add(key, token, timeout=None)
            found[key] = cache.get(key) or token  # a cache that keeps nothing: new each time
    if memo is None:
        return found
    memo.update(found)
    return {key: memo[key] for key in keys}


def person_version(person_id) -> str:
    """The person's version; the role-work version is read in the same round trip."""
    return _read([_key(person_id), ROLE_WORK])[_key(person_id)]


def role_work_version() -> str:
    return _read([ROLE_WORK])[ROLE_WORK]


def _move(keys) -> None:
    if keys:
        moved = {key: _token() for key in keys}
        cache.set_many(moved, timeout=None)
        memo = request_memo()
        if memo is not None:
            memo.update(moved)


def move_people(person_ids: Iterable, *, role_work=False) -> None:
    """Move these people's versions (and the role-work version) now, for the rest of
    this request, and again once the transaction commits, so a page another request
    built from the rows before the commit is not kept under the new version."""
    keys = {_key(pk) for pk in person_ids if pk is not None}
    if role_work:
        keys.add(ROLE_WORK)
    if keys:
        _move(keys)
        transaction.on_commit(lambda: _move(keys))


class Touches:
    def register(self, model, people: Callable, *, role_work=False):
        """`people(instance)` returns the ids of the people whose pages show it."""

        def moved(instance, raw=False, **kwargs):
            if not raw:
                move_people(people(instance), role_work=role_work)

        uid = f"versions-{model._meta.label_lower}"
        post_save.connect(moved, sender=model, weak=False, dispatch_uid=f"{uid}-saved")
        post_delete.connect(moved, sender=model, weak=False, dispatch_uid=f"{uid}-gone")

    def register_m2m(self, through, *, person_side: str, other: Callable | None = None):
        """A many-to-many of people (a cohort's coordinators, a group's members): the
        people added, removed or cleared move; `other(instance)` gives the people of
        the other side when it is the one that changed (a cleared list, say)."""

        def moved(instance, action, reverse, pk_set, model, **kwargs):
            if action not in ("post_add", "post_remove", "pre_clear"):
                return
            if getattr(instance, "_meta", None) and instance._meta.label_lower == person_side:
                move_people([instance.pk], role_work=True)  # the person's own side
                return
            if action == "pre_clear":
                ids = list(other(instance)) if other else []
            else:
                ids = list(pk_set or ())
            move_people(ids, role_work=True)

        m2m_changed.connect(
            moved, sender=through, weak=False, dispatch_uid=f"versions-{through._meta.label_lower}"
        )


touches = Touches()


class RoleSources:
    """Whether a person holds a role outside the groups (runs a cohort, facilitates,
    mentors): each room registers a function giving an `Exists` over its rows for
    `OuterRef("pk")`, the person, and all are asked in one query. The answer is kept
    with the cached account; a change to it moves the person's version."""

    def __init__(self):
        self._sources: list[Callable] = []

    def register(self, source: Callable):
        self._sources.append(source)

    def holds_role(self, user) -> bool:
        if not user.is_authenticated:
            return False
        cached = getattr(user, "_holds_role", None)
        if cached is None:
            cached = user.is_superuser or self._asked(user)
            user._holds_role = cached
        return cached

    def _asked(self, user) -> bool:
        condition = Q(groups__isnull=False)
        for source in self._sources:
            condition |= Q(source())
        return user._meta.model.objects.filter(condition, pk=user.pk).exists()


roles = RoleSources()
