"""The demo loader itself: what it builds, and that a second run changes nothing."""

import tomllib
from datetime import timedelta
from pathlib import Path

import pytest
from django.core.management import call_command
from django.utils import timezone
from django.utils.html import escape
from wagtail.models import Site

import academy.demo.loader
import cohorts.demo.loader
import mentoring.demo.loader
from academy.growth.alumni.models import AlumniStatus
from academy.growth.models import Assessment
from academy.models import (
    Award,
    Badge,
    ProposalStatus,
    SchoolPage,
    Term,
    TermProposal,
    TrackPage,
    User,
    WorkshopPage,
    WorkshopSession,
)
from academy.stories.models import Round, Selection, Story, Vote
from academy.translating.states import State, items
from cohorts.models import Cohort, Enrolment, Registration

LANGUAGES = ["en", "de", "es", "fr", "pl", "ar"]
DATA_FOLDERS = [
    Path(module.__file__).parent / "data"
    for module in (academy.demo.loader, cohorts.demo.loader, mentoring.demo.loader)
]


def translated_texts(value, path="", expected=tuple(LANGUAGES)):
    """(path, {language: text}, languages expected) for every table of the data whose
    keys are site languages. An entry that declares `translated = [...]` (content the
    demo leaves for translators) expects exactly those languages below it."""
    if isinstance(value, dict):
        texts = [v for v in value.values() if isinstance(v, str | list)]
        if value and set(value) <= set(LANGUAGES) and len(texts) == len(value):
            yield path, value, expected
            return
        expected = tuple(value.get("translated", expected))
        for key, item in value.items():
            yield from translated_texts(item, f"{path}.{key}", expected)
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from translated_texts(item, f"{path}[{index}]", expected)


def snapshot():
    return {
        "schools": SchoolPage.objects.count(),
        "tracks": TrackPage.objects.count(),
        "workshops": WorkshopPage.objects.count(),
        "sessions": WorkshopSession.objects.count(),
        "users": User.objects.count(),
        "starts": sorted(WorkshopSession.objects.values_list("start", flat=True)),
        "cohorts": Cohort.objects.count(),
        "enrolments": Enrolment.objects.count(),
        "registrations": Registration.objects.count(),
        "assessments": Assessment.objects.count(),
        "stories": (
            Round.objects.count(),
            Story.objects.count(),
            Vote.objects.count(),
            Selection.objects.count(),
        ),
    }


@pytest.mark.django_db
def test_demo_builds_academy_and_is_idempotent(capsys):
    call_command("demo")
    first = snapshot()
    call_command("demo")
    assert snapshot() == first
    assert {k: first[k] for k in ("schools", "tracks", "workshops", "users")} == {
        "schools": 3,
        "tracks": 6,
        "workshops": 13,
        "users": 36,
    }
    assert first["sessions"] >= 24

    # The translation workspace has work to show: a new workshop translated into German
    # only, and an English introduction revised after all its translations were made.
    def unfinished(language):
        return {
            (item.kind.key, getattr(item.obj, "slug_en", item.obj.pk)): item.state
            for item in items(language)
            if item.state is not State.CURRENT
        }

    # One alumna who moved on and reported back, sharing where she went.
    alumna = AlumniStatus.objects.select_related("person").get()
    assert (alumna.person.email, alumna.destination, alumna.share_with_coordinators) == (
        "rania@demo.peer-academy.org",
        "organisation",
        True,
    )
    assert alumna.person.alumni_reports.get().new_role == "منسّقة برامج التطوع"

    revised = ("workshop", "one-to-one-check-ins")
    assert unfinished("de") == {revised: State.OUT_OF_DATE}
    assert unfinished("ar") == {
        revised: State.OUT_OF_DATE,
        ("workshop", "feedback-circles"): State.MISSING,
    }
    assert "Demo ready: 0 pages, 0 sessions and 0 people added." in capsys.readouterr().out

    formats = set(WorkshopSession.objects.values_list("format", flat=True))
    zones = set(WorkshopSession.objects.values_list("time_zone", flat=True))
    assert formats == {"online", "in_person", "hybrid"}
    assert len(zones) >= 6

    pages = [*SchoolPage.objects.all(), *TrackPage.objects.all(), *WorkshopPage.objects.all()]
    for page in pages:
        if page.slug_en == "feedback-circles":  # left for translators, above
            assert [bool(page.title_de), bool(page.title_pl)] == [True, False]
            continue
        titles = [getattr(page, f"title_{code}") for code in LANGUAGES]
        intros = [getattr(page, f"intro_{code}") for code in LANGUAGES]
        assert all(titles), page.slug
        assert all(intros), page.slug
        assert len(set(titles)) == 6, page.slug  # really translated, not copied

    assert Site.objects.get(is_default_site=True).root_page.specific_class.__name__ == "HomePage"
    admin = User.objects.get(email="admin@demo.peer-academy.org")
    assert admin.is_superuser
    assert admin.check_password("academy-demo")
    assert admin.emailaddress_set.get().verified
    groups = {
        user.email.split("@")[0]: sorted(user.groups.values_list("name", flat=True))
        for user in User.objects.filter(
            email__in=[
                f"{key}@demo.peer-academy.org"
                for key in ("coordinator", "translator.de", "translator.pl", "translator.ar")
            ]
        )
    }
    assert groups == {
        "coordinator": ["Coordinators", "Moderators"],
        "translator.de": ["Translators (de)"],
        "translator.pl": ["Translators (pl)"],
        "translator.ar": ["Translators (ar)"],
    }

    # Words: 5 roles in 6 languages, plus one track's own Spanish word.
    assert Term.objects.filter(track=None).count() == 30
    assert Term.objects.exclude(track=None).get().track.slug_en == "welcoming-new-people"
    proposals = {
        (p.role.key, p.locale): p for p in TermProposal.objects.select_related("role", "decided_by")
    }
    assert {key: p.status for key, p in proposals.items()} == {
        ("leader", "de"): ProposalStatus.OPEN,
        ("mentor", "pl"): ProposalStatus.OPEN,
        ("leader", "ar"): ProposalStatus.ADOPTED,
    }
    assert {key: (p.votes.count(), p.comments.count()) for key, p in proposals.items()} == {
        ("leader", "de"): (3, 2),
        ("mentor", "pl"): (2, 1),
        ("leader", "ar"): (3, 2),
    }
    adopted = proposals["leader", "ar"]
    assert adopted.decided_by.email == "translator.ar@demo.peer-academy.org"
    assert adopted.decision_reason == "Adopted after the community vote."
    assert Term.objects.get(role__key="leader", locale="ar").forms == adopted.forms
    assert adopted.revisions.get().reason == "Adopted after the community vote."
    assert proposals["leader", "de"].closes_at is not None

    # Badges: eight, awarded by rule from the demo's facts and by hand; one revoked.
    assert Badge.objects.count() == 8
    assert Badge.objects.exclude(image=None).count() == 8
    assert Award.objects.valid().count() == 56
    revoked = Award.objects.exclude(revoked_at=None).select_related("badge", "person").get()
    assert (revoked.badge.key, revoked.person.email) == ("welcomer", "tomasz@demo.peer-academy.org")
    assert Award.objects.filter(badge__key="offers-support").count() == 5
    assert Award.objects.filter(badge__key="track-graduate").count() == 18  # 17 of the past cohort


@pytest.mark.django_db
def test_demo_holds_a_past_cohort_and_stories_of_change(client, capsys):
    call_command("demo")
    out = capsys.readouterr().out
    assert "Past cohort: 24 people, 4 sessions, 17 completed, 16 self-assessments." in out
    assert "Stories of change: 2 rounds, 16 stories, 5 selected, 1 withdrawn." in out

    # A finished cohort of people from many communities, with attendance taken.
    past = Cohort.objects.get(slug="summer")
    people = User.objects.filter(enrolments__cohort=past)
    assert past.end_date < timezone.localdate() - timedelta(days=28)
    assert sorted(past.enrolments.values_list("status", flat=True)) == (
        ["completed"] * 17 + ["enrolled"] * 5 + ["withdrawn"] * 2
    )
    assert not any(person.has_usable_password() for person in people)
    assert {person.email.split("@")[1] for person in people} == {"people.demo.peer-academy.org"}
    assert set(people.values_list("preferred_language", flat=True)) == set(LANGUAGES)
    assert {person.time_zone.split("/")[0] for person in people} == {
        "Africa",
        "America",
        "Asia",
        "Europe",
    }
    sessions = WorkshopSession.objects.filter(access__cohort=past)
    assert sessions.count() == 4
    assert all(session.start < timezone.now() for session in sessions)
    attendance = Registration.objects.filter(session__in=sessions)
    assert sorted(attendance.values_list("attendance", flat=True)) == (
        ["absent"] * 14 + ["late"] * 7 + ["present"] * 69
    )

    # The finished round: sixteen stories in five languages across the six domains, one
    # withdrawn; the panel's votes and its five selections, four of them publishable.
    finished, open_round = Round.objects.order_by("starts_on")
    assert finished.ends_on < timezone.localdate() < open_round.ends_on
    assert (open_round.is_open, finished.is_open) == (True, False)
    stories = finished.stories.all()
    assert stories.count() == 15
    assert set(stories.values_list("language", flat=True)) == {"ar", "de", "en", "es", "pl"}
    assert stories.values("domain").distinct().count() == 6
    assert set(stories.values_list("consent", flat=True)) == {
        "private",
        "panel",
        "named",
        "anonymous",
    }
    assert all(
        finished.starts_on <= story.created_at.date() <= finished.ends_on for story in stories
    )
    withdrawn = Story.objects.get(withdrawn_at__isnull=False)
    assert (withdrawn.votes.count(), withdrawn.selections.count()) == (0, 0)
    votes = Vote.objects.filter(round=finished)
    assert sorted(votes.values_list("voter__email", flat=True)) == (
        ["admin@demo.peer-academy.org"] * 5 + ["coordinator@demo.peer-academy.org"] * 5
    )
    assert min(len(vote.reason) for vote in votes) >= 40
    selections = Selection.objects.filter(round=finished).select_related("story", "domain")
    assert sorted(selection.domain.key for selection in selections) == [
        "getting-results",
        "new-voices",
        "policy-and-systems",
        "relationships",
        "scaling-impact",
    ]
    assert all(selection.author_told_at for selection in selections)
    public = [selection.story for selection in selections if selection.story.publishable]
    hidden = [selection.story for selection in selections if not selection.story.publishable]
    assert [story.language for story in public] == ["es", "pl", "en", "ar"]
    assert [story.consent for story in hidden] == ["panel"]

    page = client.get("/en/stories/").content.decode()
    assert [escape(story.headline) in page for story in public] == [True] * 4
    assert escape(hidden[0].headline) not in page
    assert client.get(f"/en/stories/{hidden[0].pk}/").status_code == 404


@pytest.mark.django_db
def test_demo_pages_serve_in_every_language(client):
    call_command("demo")
    workshop = WorkshopPage.objects.first()
    for code in LANGUAGES:
        url = f"/{code}{workshop.url_path_en[len('/home') :]}"
        response = client.get(url)
        assert response.status_code == 200, url
        assert escape(getattr(workshop, f"title_{code}")) in response.content.decode()


def test_demo_data_is_in_every_language():
    """Every translated text in the demo's TOML files has all six languages, none empty."""
    files = sorted(path for folder in DATA_FOLDERS for path in folder.glob("*.toml"))
    assert len(files) == 21
    checked = 0
    for path in files:
        with path.open("rb") as file:
            data = tomllib.load(file)
        for where, texts, expected in translated_texts(data):
            assert list(texts) == list(expected), f"{path.name}{where}"
            assert all(texts.values()), f"{path.name}{where}"
            checked += 1
    assert checked == 175  # 24 of them the badges' names, descriptions and criteria
