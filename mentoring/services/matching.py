"""Suggesting mentors, with a score that explains itself.

Score (higher is better), documented so people can trust it:
- shared languages: required unless the person waives it; +2 for each shared language;
- skills: +3 for each skill wanted that the mentor offers;
- time zones: +2 at the same offset, falling by 1 for every 6 hours apart (0 at 12 h);
- spare capacity: +1 times the share of places still free.
Away, paused and full mentors are never suggested, nor the person's current mentors
and the people they have asked and who have not answered yet: asking them again could
only fail. Mentors from other organisations are suggested like anyone else.

Ranking reads all candidate profiles in two queries (plain rows of the profiles with
their load, and the links to the skills wanted), however many there are; only the
suggestions shown become model objects."""

import functools
from dataclasses import dataclass, field

from django.db.models import F
from django.utils import timezone
from django.utils.html import conditional_escape
from django.utils.safestring import mark_safe
from django.utils.translation import get_language, ngettext, pgettext
from django.utils.translation import gettext as _

from academy.formats import isolate, with_isolated
from academy.languages import language_name
from academy.models import User
from academy.terminology.grammar import join_list
from academy.timezones import get_zone
from mentoring.models import MentorProfile, Pairing, PairingStatus

OPEN_STATUSES = (PairingStatus.PROPOSED, PairingStatus.ACTIVE)


@dataclass
class Suggestion:
    profile: MentorProfile
    score: float
    reasons: list[str] = field(default_factory=list)

    @property
    def explanation(self):
        """The reasons as safe HTML: a reason naming someone isolates the name."""
        # Translators: between the reasons of a suggestion; Arabic uses "؛ ".
        separator = conditional_escape(pgettext("reasons", "; "))
        return mark_safe(separator.join(conditional_escape(reason) for reason in self.reasons))  # noqa: S308 — all escaped


def zone_hours_ahead(zone_a, zone_b, at=None):
    """How many hours the clock in `zone_b` is ahead of the one in `zone_a` (negative:
    behind), as the clocks show it (Tokyo is 14 h ahead of Bogotá)."""
    at = at or timezone.now()
    offset_a = at.astimezone(get_zone(zone_a)).utcoffset().total_seconds()
    offset_b = at.astimezone(get_zone(zone_b)).utcoffset().total_seconds()
    return (offset_b - offset_a) / 3600


def shorter_way(ahead):
    """The hours between two zones the shorter way round the world, which is what matters
    for finding a time to meet: Tokyo and Bogotá are 10 h apart, and Kiritimati and
    Baker Island, 26 h apart on the clocks, are 2 h apart."""
    hours = abs(ahead) % 24
    return min(hours, 24 - hours)


PERSON_FIELDS = ("display_name", "first_name", "last_name", "date_joined", "email")
PROFILE_FIELDS = ("organisation", "introduction", "capacity", "away_until", "paused")


def _candidates(person, today):
    """Plain rows of everyone who could take someone on now: not away, paused or full,
    and not already supporting the person or asked by them (a subquery, no extra query)."""
    open_with = Pairing.objects.filter(mentee=person, status__in=OPEN_STATUSES)
    return (
        MentorProfile.objects.exclude(person=person)
        .exclude(person__in=open_with.values("mentor_id"))
        .available(today)
        .with_load()
        .filter(load__lt=F("capacity"))
        .values(
            "pk",
            "person_id",
            "load",
            "person__time_zone",
            "person__spoken_languages",
            *PROFILE_FIELDS,
            *(f"person__{name}" for name in PERSON_FIELDS),
        )
    )


def _offered(wanted_ids):
    """{profile id: [skill ids wanted that the profile offers]}, in one query; profiles
    that are not candidates are simply never looked up."""
    links = MentorProfile.skills.through.objects.filter(skill_id__in=wanted_ids).values_list(
        "mentorprofile_id", "skill_id"
    )
    offered = {}
    for profile_id, skill_id in links:
        offered.setdefault(profile_id, []).append(skill_id)
    return offered


def _profile(row):
    """A MentorProfile with its person, built from a row without another query."""
    person = User(
        pk=row["person_id"],
        time_zone=row["person__time_zone"],
        spoken_languages=row["person__spoken_languages"],
        **{name: row[f"person__{name}"] for name in PERSON_FIELDS},
    )
    profile = MentorProfile(pk=row["pk"], person=person, **{k: row[k] for k in PROFILE_FIELDS})
    profile.load = row["load"]
    return profile


def suggest(
    person,
    skills_wanted,
    languages,
    *,
    waive_language=False,
    limit=10,
    now=None,
    on_behalf=False,
):
    """`on_behalf`: someone else (a coordinator) reads the suggestions for `person`, so
    time differences say whose clock they are measured from."""
    now = now or timezone.now()
    wanted = {skill.pk: skill for skill in skills_wanted}
    languages = set(languages)
    rows = list(_candidates(person, timezone.localdate(now)))
    offered_by = _offered(list(wanted)) if wanted else {}
    hours_to = functools.cache(lambda zone: zone_hours_ahead(person.time_zone, zone, now))
    scored = []
    for row in rows:
        shared = languages & set(row["person__spoken_languages"] or [])
        if not shared and not waive_language:
            continue
        offered = offered_by.get(row["pk"], [])
        ahead = hours_to(row["person__time_zone"])
        hours = shorter_way(ahead)
        spare = row["capacity"] - row["load"]
        score = (
            2 * len(shared) + 3 * len(offered) + max(0.0, 2 - hours / 6) + spare / row["capacity"]
        )
        scored.append((round(score, 3), row, shared, offered, (hours, ahead), spare))
    scored.sort(key=lambda item: (-item[0], _public_name(item[1])))
    suggestions = []
    for score, row, shared, offered, (hours, ahead), spare in scored[:limit]:
        profile = _profile(row)
        skills = [wanted[pk] for pk in sorted(offered, key=list(wanted).index)]
        zone_reason = _zone_reason(ahead, person) if on_behalf else _zone_reason_for_you(hours)
        suggestions.append(
            Suggestion(profile, score, _reasons(shared, skills, zone_reason, spare, profile))
        )
    return suggestions


def _public_name(row):
    """The sort key: the name others see (people without one sort first)."""
    full = f"{row['person__first_name']} {row['person__last_name']}".strip()
    return row["person__display_name"] or full


def _zone_reason_for_you(hours):
    whole = round(hours)
    if whole == 0:
        return _("same time zone")
    return ngettext("%(hours)d h from you", "%(hours)d h from you", whole) % {"hours": whole}


def _zone_reason(ahead, person):
    """For someone reading on behalf of `person`: from that person's side, as the
    clocks show it ("7 h ahead of Lucía")."""
    whole = round(abs(ahead))
    name = person.public_name
    if whole == 0:
        return with_isolated(_("same time zone as %(name)s"), name=name)
    if ahead > 0:
        message = ngettext("%(hours)d h ahead of %(name)s", "%(hours)d h ahead of %(name)s", whole)
    else:
        message = ngettext("%(hours)d h behind %(name)s", "%(hours)d h behind %(name)s", whole)
    # all escaped, and the name isolated
    return mark_safe(conditional_escape(message) % {"hours": whole, "name": isolate(name)})  # noqa: S308


def _reasons(shared, offered, zone_reason, spare, profile):
    reasons = []
    if shared:
        names = join_list(sorted(language_name(code) for code in shared), get_language() or "en")
        reasons.append(_("speaks %(languages)s") % {"languages": names})
    else:
        reasons.append(_("no shared language"))
    if offered:
        reasons.append(
            _("offers %(skills)s")
            % {"skills": join_list((skill.name for skill in offered), get_language() or "en")}
        )
    reasons.append(zone_reason)
    reasons.append(
        ngettext(
            "%(free)d of %(total)d place free",
            "%(free)d of %(total)d places free",
            profile.capacity,
        )
        % {"free": spare, "total": profile.capacity}
    )
    return reasons
