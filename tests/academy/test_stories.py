"""Most Significant Change stories: rounds opened by coordinators, consent kept by the
author, the panel that sees only shared stories, and the public page of selected ones."""

from datetime import date, timedelta

import pytest
from django.utils import timezone

from academy.errors import Refused
from academy.stories import services
from academy.stories.models import Consent, Domain, Round, Selection, Story, Vote
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

REASON = "It shows how a small circle changed the way a whole school decides."
OTHER_REASON = "Nobody else wrote about the council listening after years of silence."
PUBLIC_LIST_QUERIES = 5  # session-less: role words, stories, their selections and rounds, votes
# session, person, round, group, rounds below, stories, votes, selections, domains, site, root
PANEL_QUERIES = 12  # and the circles the person hosts


def open_round(**kwargs):
    today = timezone.localdate()
    return Round.objects.create(
        starts_on=kwargs.pop("starts_on", today - timedelta(days=7)),
        ends_on=kwargs.pop("ends_on", today + timedelta(days=7)),
        scope=kwargs.pop("scope", "academy"),
        **kwargs,
    )


def story(round_=None, *, consent=Consent.PRIVATE, selected=False, **kwargs):
    round_ = round_ or open_round()
    written = services.write_story(
        kwargs.pop("author", None) or UserFactory(display_name=kwargs.pop("name", "Ewa")),
        round_,
        headline=kwargs.pop("headline", "We found our voice"),
        what_happened=kwargs.pop("what_happened", "We started meeting every week."),
        why_it_matters=kwargs.pop("why_it_matters", "Now the council listens."),
        domain=kwargs.pop("domain", None) or Domain.objects.get(key="new-voices"),
        language=kwargs.pop("language", "en"),
        consent=consent,
    )
    if selected:
        Selection.objects.create(round=round_, story=written, domain=written.domain, reason=REASON)
    return written


def selected_reasons():
    return list(Selection.objects.values_list("story__headline", "reason"))


def test_the_six_domains_are_seeded_in_order_and_translated():
    assert list(Domain.objects.values_list("key", "name_en", "name_pl")) == [
        ("new-voices", "New voices and resources", "Nowe głosy i zasoby"),
        ("relationships", "Relationships and social capital", "Relacje i kapitał społeczny"),
        ("policy-and-systems", "Policy and systems change", "Zmiana polityk i systemów"),
        ("scaling-impact", "Scaling impact", "Zwiększanie wpływu"),
        ("getting-results", "Getting results", "Osiąganie rezultatów"),
        ("any-other-change", "Any other change", "Każda inna zmiana"),
    ]


def test_writing_is_refused_outside_the_round():
    past = open_round(starts_on=date(2026, 1, 1), ends_on=date(2026, 1, 31))
    with pytest.raises(Refused):
        story(past)
    assert Story.objects.count() == 0


def test_only_the_author_changes_consent():
    written = story()
    with pytest.raises(Refused):
        services.change_consent(UserFactory(), written, Consent.PANEL)
    services.change_consent(written.author, written, Consent.PANEL)
    assert Story.objects.get().consent == "panel"


def test_sharing_only_with_the_panel_keeps_the_selection_but_not_the_publication(client):
    written = story(consent=Consent.PUBLISHABLE_NAMED, selected=True)
    services.change_consent(written.author, written, Consent.PANEL)
    assert selected_reasons() == [("We found our voice", REASON)]
    assert client.get(f"/en/stories/{written.pk}/").status_code == 404


def test_keeping_a_story_private_takes_back_votes_and_selection(coordinator):
    written = story(consent=Consent.PUBLISHABLE_NAMED, selected=True)
    services.vote(coordinator, written.round, written, REASON)
    services.change_consent(written.author, written, Consent.PRIVATE)
    assert (Selection.objects.count(), Vote.objects.count()) == (0, 0)


def test_coordinator_opens_a_round_with_the_default_question(client, coordinator):
    client.force_login(coordinator)
    form = client.get("/en/stories/rounds/").context["form"]
    assert form["question"].value() == (
        "Looking back over this period, what was the most significant change for you?"
    )
    response = client.post(
        "/en/stories/rounds/",
        {
            "starts_on": "2026-11-01",
            "ends_on": "2026-12-31",
            "scope": "academy",
            "question": "What changed?",
        },
    )
    assert response.status_code == 302
    assert list(
        Round.objects.values_list("starts_on", "ends_on", "scope", "scope_id", "question")
    ) == [(date(2026, 11, 1), date(2026, 12, 31), "academy", None, "What changed?")]


def test_a_track_round_needs_a_track_and_dates_in_range(client, coordinator):
    client.force_login(coordinator)
    response = client.post(
        "/en/stories/rounds/",
        {"starts_on": "9999-01-01", "ends_on": "2026-01-01", "scope": "track", "question": "Q"},
    )
    assert response.status_code == 400
    errors = response.context["form"].errors
    assert sorted(errors) == ["starts_on", "track"]
    assert Round.objects.count() == 0


def test_a_track_round_keeps_its_track(client, coordinator, track):
    client.force_login(coordinator)
    response = client.post(
        "/en/stories/rounds/",
        {
            "starts_on": "2026-11-01",
            "ends_on": "2026-11-30",
            "scope": "track",
            "track": track.pk,
            "question": "Q",
        },
    )
    assert response.status_code == 302
    assert Round.objects.values_list("scope", "scope_id").get() == ("track", track.pk)


@pytest.mark.parametrize(
    ("who", "expected"), [("coordinator", 200), ("member", 403), ("outsider", 302)]
)
def test_only_coordinators_open_rounds(client, coordinator, who, expected):
    if who == "coordinator":
        client.force_login(coordinator)
    elif who == "member":
        client.force_login(UserFactory())
    assert client.get("/en/stories/rounds/").status_code == expected


def test_a_person_writes_a_story_in_their_language(client):
    round_ = open_round()
    person = UserFactory(preferred_language="pl")
    client.force_login(person)
    page = client.get(f"/pl/stories/rounds/{round_.pk}/write/")
    assert page.context["form"]["language"].value() == "pl"
    domain = Domain.objects.get(key="relationships")
    response = client.post(
        f"/pl/stories/rounds/{round_.pk}/write/",
        {
            "headline": "Nowa sieć",
            "what_happened": "Poznaliśmy się.",
            "why_it_matters": "Pomagamy sobie.",
            "domain": domain.pk,
            "language": "pl",
            "consent": "panel",
        },
    )
    assert response.status_code == 302
    assert list(Story.objects.values_list("author", "domain", "language", "consent")) == [
        (person.pk, domain.pk, "pl", "panel")
    ]


def test_a_headline_longer_than_140_is_refused(client):
    round_ = open_round()
    client.force_login(UserFactory())
    response = client.post(
        f"/en/stories/rounds/{round_.pk}/write/",
        {
            "headline": "x" * 141,
            "what_happened": "a",
            "why_it_matters": "b",
            "domain": Domain.objects.get(key="new-voices").pk,
            "language": "en",
            "consent": "private",
        },
    )
    assert response.status_code == 400
    assert list(response.context["form"].errors) == ["headline"]
    assert Story.objects.count() == 0


@pytest.mark.parametrize(("who", "expected"), [("owner", 302), ("member", 404), ("outsider", 302)])
def test_only_the_author_changes_consent_through_the_page(client, who, expected):
    written = story()
    if who == "owner":
        client.force_login(written.author)
    elif who == "member":
        client.force_login(UserFactory())
    response = client.post(f"/en/stories/{written.pk}/consent/", {"consent": "anonymous"})
    assert response.status_code == expected
    assert Story.objects.get().consent == ("anonymous" if who == "owner" else "private")


def test_the_author_withdraws(client):
    written = story(consent=Consent.PUBLISHABLE_NAMED, selected=True)
    client.force_login(written.author)
    assert client.post(f"/en/stories/{written.pk}/withdraw/").status_code == 302
    withdrawn = Story.objects.get()
    assert (withdrawn.withdrawn_at is not None, Selection.objects.count()) == (True, 0)


@pytest.mark.parametrize(
    ("consent", "visible"),
    [
        (Consent.PRIVATE, False),
        (Consent.PANEL, False),
        (Consent.PUBLISHABLE_NAMED, True),
        (Consent.PUBLISHABLE_ANONYMOUS, True),
    ],
)
def test_only_selected_publishable_stories_are_public(client, consent, visible):
    written = story(consent=consent, selected=True, headline="Seen or not")
    listing = client.get("/en/stories/").content.decode()
    assert ("Seen or not" in listing) is visible
    assert client.get(f"/en/stories/{written.pk}/").status_code == (200 if visible else 404)


def test_an_unselected_story_is_not_public(client):
    written = story(consent=Consent.PUBLISHABLE_NAMED, headline="Not chosen")
    assert "Not chosen" not in client.get("/en/stories/").content.decode()
    assert client.get(f"/en/stories/{written.pk}/").status_code == 404


def test_an_anonymous_story_shows_no_name(client):
    named = story(consent=Consent.PUBLISHABLE_NAMED, selected=True, name="Named Person")
    anonymous = story(consent=Consent.PUBLISHABLE_ANONYMOUS, selected=True, name="Hidden Person")
    listing = client.get("/en/stories/").content.decode()
    assert "<bdi>Named Person</bdi>" in listing
    assert "Hidden Person" not in listing
    page = client.get(f"/en/stories/{anonymous.pk}/").content.decode()
    assert "Hidden Person" not in page
    assert "Published without the author's name." in page
    assert "<bdi>Named Person</bdi>" in client.get(f"/en/stories/{named.pk}/").content.decode()


def test_a_story_in_another_language_says_so(client):
    written = story(
        consent=Consent.PUBLISHABLE_NAMED, selected=True, language="pl", headline="Nowa sieć"
    )
    page = client.get(f"/en/stories/{written.pk}/").content.decode()
    assert "Written in Polish" in page
    assert '<h1 lang="pl" dir="auto">Nowa sieć</h1>' in page
    assert "Written in" not in client.get(f"/pl/stories/{written.pk}/").content.decode()


def test_public_stories_are_grouped_by_domain(client):
    results = Domain.objects.get(key="getting-results")
    story(consent=Consent.PUBLISHABLE_NAMED, selected=True, headline="Later", domain=results)
    story(consent=Consent.PUBLISHABLE_NAMED, selected=True, headline="First")
    groups = client.get("/en/stories/").context["groups"]
    assert [(domain.key, [s.headline for s in items]) for domain, items in groups] == [
        ("new-voices", ["First"]),
        ("getting-results", ["Later"]),
    ]


def test_a_consent_change_or_withdrawal_changes_the_cached_page(client):
    kept = story(consent=Consent.PUBLISHABLE_NAMED, selected=True, headline="Kept")
    gone = story(consent=Consent.PUBLISHABLE_NAMED, selected=True, headline="Taken back")
    first = client.get("/en/stories/").content.decode()
    assert ("Kept" in first, "Taken back" in first) == (True, True)
    assert client.get(f"/en/stories/{gone.pk}/").status_code == 200
    services.change_consent(gone.author, gone, Consent.PRIVATE)
    second = client.get("/en/stories/").content.decode()
    assert ("Kept" in second, "Taken back" in second) == (True, False)
    assert client.get(f"/en/stories/{gone.pk}/").status_code == 404
    assert client.get(f"/en/stories/{kept.pk}/").status_code == 200
    services.withdraw(kept.author, kept)
    assert "Kept" not in client.get("/en/stories/").content.decode()
    assert client.get(f"/en/stories/{kept.pk}/").status_code == 404


def test_the_public_page_is_served_from_the_cache(client, django_assert_num_queries):
    story(consent=Consent.PUBLISHABLE_NAMED, selected=True)
    client.get("/en/stories/")
    with django_assert_num_queries(0):
        response = client.get("/en/stories/")
    assert "We found our voice" in response.content.decode()


@pytest.mark.parametrize(
    ("who", "expected"),
    [("coordinator", 200), ("owner", 403), ("member", 403), ("outsider", 302)],
)
def test_only_the_panel_sees_shared_stories(client, coordinator, who, expected):
    round_ = open_round()
    shared = story(round_, consent=Consent.PANEL, headline="Shared with the panel")
    story(round_, consent=Consent.PRIVATE, headline="Kept to myself")
    withdrawn = story(round_, consent=Consent.PUBLISHABLE_NAMED, headline="Withdrawn one")
    services.withdraw(withdrawn.author, withdrawn)
    logins = {"coordinator": coordinator, "owner": shared.author, "member": UserFactory()}
    if who in logins:
        client.force_login(logins[who])
    response = client.get(f"/en/stories/rounds/{round_.pk}/panel/")
    assert response.status_code == expected
    if expected == 200:
        html = response.content.decode()
        assert "Shared with the panel" in html
        assert "Kept to myself" not in html
        assert "Withdrawn one" not in html


def test_the_panel_moves_a_story_to_another_domain(client, coordinator):
    written = story(consent=Consent.PANEL)
    results = Domain.objects.get(key="getting-results")
    client.force_login(coordinator)
    response = client.post(
        f"/en/stories/rounds/{written.round_id}/stories/{written.pk}/move/",
        {"domain": results.pk},
    )
    assert response.status_code == 302
    assert Story.objects.get().domain_id == results.pk


def select_url(written, round_=None):
    return f"/en/stories/rounds/{(round_ or written.round).pk}/stories/{written.pk}/select/"


def vote_url(written, round_=None):
    return f"/en/stories/rounds/{(round_ or written.round).pk}/stories/{written.pk}/vote/"


def test_the_panel_cannot_reach_a_private_story(client, coordinator):
    written = story(consent=Consent.PRIVATE)
    client.force_login(coordinator)
    assert client.post(select_url(written), {"reason": REASON}).status_code == 404
    assert client.post(vote_url(written), {"reason": REASON}).status_code == 404
    assert (Selection.objects.count(), Vote.objects.count()) == (0, 0)


@pytest.mark.parametrize(
    ("reason", "selected"), [("", False), ("Because it is good.", False), (REASON, True)]
)
def test_selecting_needs_a_reason_in_sentences(client, coordinator, reason, selected):
    written = story(consent=Consent.PUBLISHABLE_ANONYMOUS)
    client.force_login(coordinator)
    assert client.post(select_url(written), {"reason": reason}).status_code == 302
    assert client.post(vote_url(written), {"reason": reason}).status_code == 302
    expected = [("We found our voice", REASON)] if selected else []
    assert selected_reasons() == expected
    assert list(Vote.objects.values_list("story__headline", "reason")) == expected


def test_a_story_shared_only_with_the_panel_can_be_selected_but_is_not_published(
    client, coordinator
):
    written = story(consent=Consent.PANEL)
    client.force_login(coordinator)
    client.post(select_url(written), {"reason": REASON})
    assert selected_reasons() == [("We found our voice", REASON)]
    client.logout()
    assert "We found our voice" not in client.get("/en/stories/").content.decode()


@pytest.mark.parametrize("who", ["owner", "member"])
def test_a_member_cannot_vote_or_select(client, who):
    written = story(consent=Consent.PUBLISHABLE_NAMED)
    client.force_login(written.author if who == "owner" else UserFactory())
    assert client.post(select_url(written), {"reason": REASON}).status_code == 403
    assert client.post(vote_url(written), {"reason": REASON}).status_code == 403
    assert (Selection.objects.count(), Vote.objects.count()) == (0, 0)


@pytest.mark.parametrize("item_count", [1, 10])
def test_public_stories_query_budget(client, item_count, django_assert_num_queries):
    for number in range(item_count):
        story(consent=Consent.PUBLISHABLE_NAMED, selected=True, headline=f"Story {number}")
    with django_assert_num_queries(PUBLIC_LIST_QUERIES):
        response = client.get("/en/stories/")
    assert sum(len(items) for _domain, items in response.context["groups"]) == item_count


@pytest.mark.parametrize("item_count", [1, 10])
def test_panel_query_budget(client, coordinator, item_count, django_assert_num_queries):
    round_ = open_round()
    for number in range(item_count):
        story(round_, consent=Consent.PANEL, headline=f"Story {number}")
    client.force_login(coordinator)
    with django_assert_num_queries(PANEL_QUERIES):
        response = client.get(f"/en/stories/rounds/{round_.pk}/panel/")
    assert sum(len(items) for _domain, items in response.context["groups"]) == item_count


def test_my_stories_lists_only_mine(client):
    mine = story(headline="Mine")
    story(headline="Someone else's")
    client.force_login(mine.author)
    html = client.get("/en/stories/mine/").content.decode()
    assert "Mine" in html
    assert "Someone else" not in html
