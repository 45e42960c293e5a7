"""Most Significant Change, the panel's side: rounds for a school, a track or a cohort
and who may write in them; who sits on a panel; votes with reasons kept with the
decision; one selection per domain; selections going up a level; feedback sent once;
the feed and editing."""

from datetime import timedelta

import pytest
from django.core import mail
from django.utils import timezone

from academy.errors import Refused
from academy.stories import services
from academy.stories.models import Consent, Domain, Round, Selection, Story, Vote
from academy.stories.scopes import scopes
from cohorts.models import EnrolmentStatus
from tests.factories import SessionFactory, TrackPageFactory, UserFactory
from tests.factories.cohorts import CohortFactory, EnrolmentFactory, SessionAccessFactory

pytestmark = pytest.mark.django_db

REASON = "It shows how a small circle changed the way a whole school decides."
OTHER = "Nobody else wrote about the council listening after years of silence."
THIRD = "The change reached people far beyond the track, which we rarely see."


def a_round(scope="academy", scope_id=None, **kwargs):
    today = timezone.localdate()
    return Round.objects.create(
        starts_on=kwargs.pop("starts_on", today - timedelta(days=7)),
        ends_on=kwargs.pop("ends_on", today + timedelta(days=7)),
        scope=scope,
        scope_id=scope_id,
    )


def write(round_, author=None, *, consent=Consent.PANEL, headline="We found our voice", **kw):
    return services.write_story(
        author or UserFactory(),
        round_,
        headline=headline,
        what_happened="We started meeting every week.",
        why_it_matters="Now the council listens.",
        domain=kw.pop("domain", None) or Domain.objects.get(key="new-voices"),
        language=kw.pop("language", "en"),
        consent=consent,
    )


@pytest.fixture
def cohort(track):
    return CohortFactory(track=track, name="Autumn circle")


# --- Scopes: who may write -------------------------------------------------------


def test_every_kind_of_scope_is_registered_in_order():
    assert [(kind.key, kind.parent_kind) for kind in scopes.kinds()] == [
        ("academy", None),
        ("school", "academy"),
        ("track", "school"),
        ("circle", "academy"),
        ("cohort", "track"),
    ]


def test_people_belong_to_their_cohort_its_track_and_its_school(cohort, school, track):
    person = UserFactory()
    EnrolmentFactory(cohort=cohort, person=person, status=EnrolmentStatus.COMPLETED)
    EnrolmentFactory(cohort=CohortFactory(track=track), person=person, status="withdrawn")
    assert scopes.of(person) == {
        ("academy", None),
        ("cohort", cohort.pk),
        ("track", track.pk),
        ("school", school.pk),
    }


@pytest.mark.parametrize(("status", "may"), [("enrolled", True), ("applied", False)])
def test_only_people_holding_a_place_write_in_a_cohort_round(client, cohort, status, may):
    round_ = a_round("cohort", cohort.pk)
    person = UserFactory()
    EnrolmentFactory(cohort=cohort, person=person, status=status)
    client.force_login(person)
    listed = client.get("/en/stories/mine/").context["open_rounds"]
    assert [r.pk for r in listed] == ([round_.pk] if may else [])
    if may:
        assert listed[0].target_name == "Autumn circle"
    assert client.get(f"/en/stories/rounds/{round_.pk}/write/").status_code == (200 if may else 403)
    if not may:
        with pytest.raises(Refused):
            write(round_, person)


def test_a_school_round_reaches_its_tracks_people_and_no_one_else(school, cohort):
    round_ = a_round("school", school.pk)
    inside, outside = UserFactory(), UserFactory()
    EnrolmentFactory(cohort=cohort, person=inside)
    EnrolmentFactory(cohort=CohortFactory(track=TrackPageFactory(parent=school.get_parent())))
    assert services.may_write(inside, round_) is True
    assert services.may_write(outside, round_) is False


def test_coordinator_opens_a_cohort_round(client, coordinator, cohort):
    client.force_login(coordinator)
    response = client.post(
        "/en/stories/rounds/",
        {
            "starts_on": "2026-11-01",
            "ends_on": "2026-11-30",
            "scope": "cohort",
            "cohort": cohort.pk,
            "question": "What changed for you in the circle?",
        },
    )
    assert response.status_code == 302
    assert Round.objects.values_list("scope", "scope_id").get() == ("cohort", cohort.pk)
    listed = client.get("/en/stories/rounds/").context["rounds"]
    assert [r.target_name for r in listed] == ["Autumn circle"]


def test_a_school_round_without_a_school_is_refused(client, coordinator):
    client.force_login(coordinator)
    response = client.post(
        "/en/stories/rounds/",
        {"starts_on": "2026-11-01", "ends_on": "2026-11-30", "scope": "school", "question": "Q"},
    )
    assert response.status_code == 400
    assert list(response.context["form"].errors) == ["school"]
    assert response.context["form"].errors["school"] == ["Choose what this round asks about."]


def test_an_unknown_scope_is_refused(client, coordinator):
    client.force_login(coordinator)
    response = client.post(
        "/en/stories/rounds/",
        {"starts_on": "2026-11-01", "ends_on": "2026-11-30", "scope": "planet", "question": "Q"},
    )
    assert response.status_code == 400
    assert list(response.context["form"].errors) == ["scope"]


# --- Who sits on the panel -------------------------------------------------------


@pytest.mark.parametrize(
    ("who", "expected"),
    [
        ("coordinator", 200),
        ("runs the cohort", 200),
        ("facilitates", 200),
        ("learner in it", 403),
        ("outsider", 403),
        ("anonymous", 302),
    ],
)
def test_the_panel_of_a_cohort_round(client, coordinator, cohort, workshop, who, expected):
    round_ = a_round("cohort", cohort.pk)
    runner, facilitator, learner = UserFactory(), UserFactory(), UserFactory()
    cohort.coordinators.add(runner)
    access = SessionAccessFactory(session=SessionFactory(workshop=workshop), cohort=cohort)
    access.facilitators.add(facilitator)
    EnrolmentFactory(cohort=cohort, person=learner)
    people = {
        "coordinator": coordinator,
        "runs the cohort": runner,
        "facilitates": facilitator,
        "learner in it": learner,
        "outsider": UserFactory(),
    }
    if who in people:
        client.force_login(people[who])
    assert client.get(f"/en/stories/rounds/{round_.pk}/panel/").status_code == expected


def test_a_facilitator_lists_only_the_rounds_of_their_panels(client, cohort, workshop):
    theirs = a_round("cohort", cohort.pk)
    a_round()
    facilitator = UserFactory()
    access = SessionAccessFactory(session=SessionFactory(workshop=workshop), cohort=cohort)
    access.facilitators.add(facilitator)
    client.force_login(facilitator)
    response = client.get("/en/stories/rounds/")
    assert [r.pk for r in response.context["rounds"]] == [theirs.pk]
    assert response.context["form"] is None
    assert client.post("/en/stories/rounds/", {"scope": "academy"}).status_code == 403


# --- Votes, decisions and reasons ------------------------------------------------


def test_each_member_votes_with_a_reason_and_the_decision_keeps_every_vote(client, coordinator):
    round_ = a_round()
    chosen = write(round_, consent=Consent.PUBLISHABLE_NAMED, headline="Chosen")
    other = write(round_, headline="Other")
    second = UserFactory(display_name="Second")
    second.groups.add(coordinator.groups.get())
    services.vote(coordinator, round_, other, OTHER)
    services.vote(coordinator, round_, chosen, REASON)  # replaces the vote in the domain
    services.vote(second, round_, chosen, THIRD)
    assert list(Vote.objects.values_list("voter", "story__headline", "reason")) == [
        (coordinator.pk, "Chosen", REASON),
        (second.pk, "Chosen", THIRD),
    ]
    client.force_login(coordinator)
    url = f"/en/stories/rounds/{round_.pk}/stories/{chosen.pk}/select/"
    assert client.post(url, {"reason": REASON}).status_code == 302
    client.logout()
    page = client.get(f"/en/stories/{chosen.pk}/").content.decode()
    assert page.count(REASON) == 2  # the panel's decision, and the vote that said the same
    assert THIRD in page
    assert "Second" not in page  # who voted stays with the panel


def test_only_one_story_is_selected_per_domain(coordinator):
    round_ = a_round()
    first, second = write(round_, headline="First"), write(round_, headline="Second")
    services.select(coordinator, round_, first, REASON)
    with pytest.raises(Refused):
        services.select(coordinator, round_, second, REASON)
    elsewhere = write(round_, headline="Elsewhere", domain=Domain.objects.get(key="scaling-impact"))
    services.select(coordinator, round_, elsewhere, OTHER)
    assert sorted(Selection.objects.values_list("story__headline", flat=True)) == [
        "Elsewhere",
        "First",
    ]


def test_a_selected_story_is_not_moved_and_a_move_takes_back_its_votes(coordinator):
    round_ = a_round()
    moved, kept = write(round_, headline="Moved"), write(round_, headline="Kept")
    results = Domain.objects.get(key="getting-results")
    services.vote(coordinator, round_, moved, REASON)
    assert services.move(coordinator, round_, moved, results) == 1
    assert (Story.objects.get(pk=moved.pk).domain_id, Vote.objects.count()) == (results.pk, 0)
    services.select(coordinator, round_, kept, REASON)
    with pytest.raises(Refused):
        services.move(coordinator, round_, kept, results)


def test_a_vote_needs_a_reason_in_sentences(client, coordinator):
    round_ = a_round()
    written = write(round_)
    client.force_login(coordinator)
    response = client.post(
        f"/en/stories/rounds/{round_.pk}/stories/{written.pk}/vote/",
        {"reason": "Good."},
        follow=True,
    )
    assert Vote.objects.count() == 0
    assert [str(m) for m in response.context["messages"]] == [
        "Write the reason in full sentences, at least 40 characters."
    ]


def test_taking_back_a_vote(client, coordinator):
    round_ = a_round()
    written = write(round_)
    services.vote(coordinator, round_, written, REASON)
    client.force_login(coordinator)
    client.post(f"/en/stories/rounds/{round_.pk}/stories/{written.pk}/take-back-vote/")
    assert Vote.objects.count() == 0


# --- Going up a level ------------------------------------------------------------


def test_a_tracks_selection_goes_to_its_schools_round(client, coordinator, school, track):
    track_round = a_round("track", track.pk)
    school_round = a_round("school", school.pk)
    other_school = a_round("school", TrackPageFactory(parent=school.get_parent()).pk)
    person = UserFactory()
    EnrolmentFactory(cohort=CohortFactory(track=track), person=person)
    lifted = write(track_round, person, consent=Consent.PUBLISHABLE_ANONYMOUS, headline="Up")
    write(track_round, person, headline="Stays below")
    services.select(coordinator, track_round, lifted, REASON)
    client.force_login(coordinator)
    response = client.get(f"/en/stories/rounds/{school_round.pk}/panel/")
    stories = [s for _domain, items in response.context["groups"] for s in items]
    assert [(s.headline, [r.pk for r in s.lifted_from]) for s in stories] == [
        ("Up", [track_round.pk])
    ]
    assert "Selected in the round of <bdi>Running great workshops</bdi>" in (
        response.content.decode()
    )
    assert client.get(f"/en/stories/rounds/{other_school.pk}/panel/").context["groups"] == []
    url = f"/en/stories/rounds/{school_round.pk}/stories/{lifted.pk}/select/"
    assert client.post(url, {"reason": OTHER}).status_code == 302
    assert list(Selection.objects.order_by("pk").values_list("round", "reason")) == [
        (track_round.pk, REASON),
        (school_round.pk, OTHER),
    ]
    client.logout()
    page = client.get(f"/en/stories/{lifted.pk}/").content.decode()
    assert (REASON in page, OTHER in page) == (True, True)
    assert "In the round of <bdi>School of Peer Learning</bdi>" in page


def test_a_story_written_in_another_round_cannot_be_moved_by_this_one(coordinator, school, track):
    track_round, school_round = a_round("track", track.pk), a_round("school", school.pk)
    person = UserFactory()
    EnrolmentFactory(cohort=CohortFactory(track=track), person=person)
    lifted = write(track_round, person)
    services.select(coordinator, track_round, lifted, REASON)
    with pytest.raises(Refused):
        services.move(coordinator, school_round, lifted, Domain.objects.last())


# --- Feedback to authors ----------------------------------------------------------


def test_authors_are_told_once_in_their_language(
    client, coordinator, django_capture_on_commit_callbacks
):
    round_ = a_round()
    polish = UserFactory(preferred_language="pl", display_name="Ola", email="ola@example.org")
    written = write(round_, polish, consent=Consent.PUBLISHABLE_NAMED, headline="Nowa sieć")
    write(round_, headline="Not chosen", domain=Domain.objects.get(key="scaling-impact"))
    services.select(coordinator, round_, written, REASON)
    client.force_login(coordinator)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/en/stories/rounds/{round_.pk}/tell-authors/", follow=True)
    assert [str(m) for m in response.context["messages"]] == [
        "1 author is being told why their story was selected."
    ]
    assert [message.to for message in mail.outbox] == [["ola@example.org"]]
    body = mail.outbox[0].body
    assert "„Nowa sieć”" in body
    assert REASON in body
    assert "/pl/stories/mine/" in body
    assert mail.outbox[0].subject == "Twoja historia została wybrana"
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/en/stories/rounds/{round_.pk}/tell-authors/")
    assert len(mail.outbox) == 1
    assert Selection.objects.get().author_told_at is not None
    with pytest.raises(Refused):
        services.unselect(coordinator, round_, written)


@pytest.mark.parametrize(("who", "expected"), [("member", 403), ("anonymous", 302)])
def test_only_coordinators_tell_authors(client, coordinator, who, expected):
    round_ = a_round()
    services.select(coordinator, round_, write(round_), REASON)
    if who == "member":
        client.force_login(UserFactory())
    assert client.post(f"/en/stories/rounds/{round_.pk}/tell-authors/").status_code == expected
    assert (len(mail.outbox), Selection.objects.get().author_told_at) == (0, None)


# --- Publication: the feed, the search and withdrawal ------------------------------


def test_the_feed_holds_only_published_stories_and_forgets_a_withdrawn_one(client, coordinator):
    round_ = a_round()
    public = write(round_, consent=Consent.PUBLISHABLE_NAMED, headline="In the feed")
    panel_only = write(
        round_, headline="Panel only", domain=Domain.objects.get(key="scaling-impact")
    )
    services.select(coordinator, round_, public, REASON)
    services.select(coordinator, round_, panel_only, REASON)
    feed = client.get("/en/stories/feed/")
    assert feed["Content-Type"].startswith("application/rss+xml")
    text = feed.content.decode()
    assert ("In the feed" in text, "Panel only" in text) == (True, False)
    services.withdraw(public.author, public)
    assert "In the feed" not in client.get("/en/stories/feed/").content.decode()
    assert "In the feed" not in client.get("/en/search/?q=feed").content.decode()


# --- Changing a story -------------------------------------------------------------


@pytest.mark.parametrize(("who", "expected"), [("owner", 302), ("member", 404), ("anonymous", 302)])
def test_only_the_author_changes_a_story_while_the_round_is_open(client, who, expected):
    round_ = a_round()
    written = write(round_)
    if who == "owner":
        client.force_login(written.author)
    elif who == "member":
        client.force_login(UserFactory())
    response = client.post(
        f"/en/stories/{written.pk}/edit/",
        {
            "headline": "A better headline",
            "what_happened": "We met.",
            "why_it_matters": "It matters.",
            "domain": Domain.objects.get(key="relationships").pk,
            "language": "en",
        },
    )
    assert response.status_code == expected
    assert Story.objects.values_list("headline", "consent").get() == (
        "A better headline" if who == "owner" else "We found our voice",
        "panel",
    )


def test_a_closed_rounds_story_cannot_be_changed(client):
    round_ = a_round()
    written = write(round_)
    Round.objects.filter(pk=round_.pk).update(
        starts_on=timezone.localdate() - timedelta(days=30),
        ends_on=timezone.localdate() - timedelta(days=1),
    )
    client.force_login(written.author)
    response = client.post(f"/en/stories/{written.pk}/edit/", {"headline": "Late"})
    assert response.status_code == 302
    assert Story.objects.get().headline == "We found our voice"


# --- The admin --------------------------------------------------------------------


@pytest.mark.parametrize(("who", "expected"), [("coordinator", 200), ("member", 403)])
def test_coordinators_edit_domains_in_the_admin(client, coordinator, who, expected):
    person = coordinator if who == "coordinator" else UserFactory()
    client.force_login(person)
    domain = Domain.objects.get(key="scaling-impact")
    response = client.get(f"/admin/snippets/academy/domain/edit/{domain.pk}/")
    assert response.status_code == expected
    if expected == 200:
        assert "/en/stories/rounds/" in client.get("/admin/").content.decode()


def test_the_search_finds_published_stories_only(client, home, coordinator):
    round_ = a_round()
    public = write(round_, consent=Consent.PUBLISHABLE_NAMED, headline="Council listening")
    hidden = write(
        round_, headline="Council listening too", domain=Domain.objects.get(key="scaling-impact")
    )
    services.select(coordinator, round_, public, REASON)
    services.select(coordinator, round_, hidden, REASON)  # shared with the panel only
    response = client.get("/en/search/", {"q": "council LISTENING"})
    assert [s.headline for s in response.context["stories"]] == ["Council listening"]
    assert f'href="/en/stories/{public.pk}/"' in response.content.decode()
    assert "Nothing matches" not in response.content.decode()
    services.withdraw(public.author, public)
    assert client.get("/en/search/", {"q": "council"}).context["stories"] == []


def test_alumni_write_in_the_academy_and_in_the_cohorts_they_completed(cohort):
    from academy.growth.alumni.services import move_on

    alumna = UserFactory()
    EnrolmentFactory(cohort=cohort, person=alumna, status=EnrolmentStatus.COMPLETED)
    move_on(alumna, destination="organisation", where="A library", share_with_coordinators=False)
    for round_ in (a_round(), a_round("cohort", cohort.pk)):
        assert write(round_, alumna).author == alumna


def test_a_departing_voters_reasons_stay_without_their_name(client, coordinator):
    from academy.privacy.deletion import delete_account

    round_ = a_round()
    written = write(round_)
    leaving, staying = UserFactory(display_name="Leaving"), UserFactory()
    for member in (leaving, staying):
        member.groups.add(coordinator.groups.get())
    services.vote(leaving, round_, written, REASON)
    other = write(round_, headline="Other story")
    services.vote(staying, round_, other, OTHER)
    delete_account(leaving)
    assert list(Vote.objects.order_by("pk").values_list("voter", "reason")) == [
        (None, REASON),
        (staying.pk, OTHER),
    ]
    client.force_login(coordinator)
    html = client.get(f"/en/stories/rounds/{round_.pk}/panel/").content.decode()
    assert "A former member of the panel" in html
    assert "Leaving" not in html


def test_the_default_question_is_asked_in_the_readers_language(client):
    round_ = a_round()  # the default question, stored in English
    asked = Round.objects.create(
        starts_on=round_.starts_on, ends_on=round_.ends_on, scope="academy", question="Co?"
    )
    client.force_login(UserFactory(preferred_language="pl"))
    page = client.get(f"/pl/stories/rounds/{round_.pk}/write/").content.decode()
    assert "Patrząc wstecz na ten okres" in page
    assert "Looking back" not in page
    own = client.get(f"/pl/stories/rounds/{asked.pk}/write/").content.decode()
    assert '<p class="lede" dir="auto">Co?</p>' in own
