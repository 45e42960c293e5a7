"""The demo loader itself: what it builds, and that a second run changes nothing."""

import tomllib
from pathlib import Path

import pytest
from django.core.management import call_command
from django.utils.html import escape
from wagtail.models import Site

import academy.demo.loader
import cohorts.demo.loader
import mentoring.demo.loader
from academy.growth.alumni.models import AlumniStatus
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
from academy.translating.states import State, items

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
        "users": 12,
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
    assert Award.objects.valid().count() == 13
    revoked = Award.objects.exclude(revoked_at=None).select_related("badge", "person").get()
    assert (revoked.badge.key, revoked.person.email) == ("welcomer", "tomasz@demo.peer-academy.org")
    assert Award.objects.filter(badge__key="offers-support").count() == 5


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
    assert len(files) == 18
    checked = 0
    for path in files:
        with path.open("rb") as file:
            data = tomllib.load(file)
        for where, texts, expected in translated_texts(data):
            assert list(texts) == list(expected), f"{path.name}{where}"
            assert all(texts.values()), f"{path.name}{where}"
            checked += 1
    assert checked == 174  # 24 of them the badges' names, descriptions and criteria
