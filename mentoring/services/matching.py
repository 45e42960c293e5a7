"""Suggesting mentors, with a score that explains itself.

Score (higher is better), documented so people can trust it:
- shared languages: required unless the person waives it; +2 for each shared language;
- skills: +3 for each skill wanted that the mentor offers;
- time zones: +2 at the same offset, falling by 1 for every 6 hours apart (0 at 12 h);
- spare capacity: +1 times the share of places still free.
Away, paused and full mentors are never suggested. Mentors from other organisations
are suggested like anyone else.

Ranking reads all candidate profiles in two queries (profiles with their load, and
their skills), however many there are."""

from dataclasses import dataclass, field

from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from academy.languages import language_name
from academy.timezones import get_zone
from mentoring.models import MentorProfile


@dataclass
class Suggestion:
    profile: MentorProfile
    score: float
    reasons: list[str] = field(default_factory=list)

    @property
    def explanation(self):
        return "; ".join(self.reasons)


def zone_hours_apart(zone_a, zone_b, at=None):
    at = at or timezone.now()
    offset_a = at.astimezone(get_zone(zone_a)).utcoffset().total_seconds()
    offset_b = at.astimezone(get_zone(zone_b)).utcoffset().total_seconds()
    hours = abs(offset_a - offset_b) / 3600
    return min(hours, 24 - hours)


def _candidates(person, today):
    return (
        MentorProfile.objects.exclude(person=person)
        .filter(paused=False)
        .filter(Q(away_until__isnull=True) | Q(away_until__lt=today))
        .with_load()
        .filter(load__lt=F("capacity"))
        .select_related("person")
        .prefetch_related("skills")
    )


def suggest(person, skills_wanted, languages, *, waive_language=False, limit=10, now=None):
    now = now or timezone.now()
    wanted = {skill.pk: skill for skill in skills_wanted}
    languages = set(languages)
    suggestions = []
    for profile in _candidates(person, timezone.localdate(now)):
        shared = languages & set(profile.person.spoken_languages or [])
        if not shared and not waive_language:
            continue
        offered = [wanted[skill.pk] for skill in profile.skills.all() if skill.pk in wanted]
        hours = zone_hours_apart(person.time_zone, profile.person.time_zone, now)
        spare = profile.capacity - profile.load
        score = (
            2 * len(shared) + 3 * len(offered) + max(0.0, 2 - hours / 6) + spare / profile.capacity
        )
        suggestions.append(
            Suggestion(profile, round(score, 3), _reasons(shared, offered, hours, spare, profile))
        )
    suggestions.sort(key=lambda s: (-s.score, s.profile.person.public_name))
    return suggestions[:limit]


def _reasons(shared, offered, hours, spare, profile):
    reasons = []
    if shared:
        names = ", ".join(sorted(language_name(code) for code in shared))
        reasons.append(_("speaks %(languages)s") % {"languages": names})
    else:
        reasons.append(_("no shared language"))
    if offered:
        reasons.append(
            _("offers %(skills)s") % {"skills": ", ".join(skill.name for skill in offered)}
        )
    whole = round(hours)
    if whole == 0:
        reasons.append(_("same time zone"))
    else:
        reasons.append(
            ngettext("%(hours)d h from you", "%(hours)d h from you", whole) % {"hours": whole}
        )
    reasons.append(
        ngettext(
            "%(free)d of %(total)d place free",
            "%(free)d of %(total)d places free",
            profile.capacity,
        )
        % {"free": spare, "total": profile.capacity}
    )
    return reasons
