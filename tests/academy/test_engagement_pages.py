"""The engagement pages: query budgets with 10 and 500 people, and who may see what (an
owner, a member and an outsider for every view), with no error on bad input."""

from datetime import timedelta

import pytest
from django.utils import timezone

from academy.engagement.models import HiddenTie, TieChoice, Welcome
from cohorts.models import SessionAccess
from tests.factories import SessionFactory, UserFactory
from tests.factories.cohorts import CohortFactory
from tests.factories.reports import bulk_people, bulk_take_part

pytestmark = pytest.mark.django_db

# Session and person; the ties, one query per kind (seven); the hidden ties both ways
# and those the person hid; the people tied, in one query; thirteen dimension sources
# for the web; the suggestions (an open cohort, an offer of support, a completed track,
# role words, translation rights, open proposals, open rounds, skills); the invitation
# link; the thirteen sources again for what the people welcomed went on to do; the
# choice; the site and pages for the navigation.
MY_PAGE_QUERIES = 57
# Session, person and group; the schools and cohorts to choose from; seven kinds of
# tie, the hidden ties and the people; the site and pages for the navigation.
NETWORK_QUERIES = 17
LIST_QUERIES = 12  # the same once the navigation and the choices' pages are cached


@pytest.fixture
def crowd(track, workshop, person_count):
    """`person_count` people who attended a session run by the host, and whom the host
    welcomed, with one tie hidden."""
    host = UserFactory(display_name="Host", home_community="Wikimedia Polska")
    now = timezone.now()
    cohort = CohortFactory(track=track, start_date=now.date() - timedelta(days=30))
    session = SessionFactory(workshop=workshop, start=now - timedelta(days=2))
    SessionAccess.objects.create(session=session, cohort=cohort).facilitators.add(host)
    people = bulk_people(person_count)
    bulk_take_part(people, cohort=cohort, session=session)
    Welcome.objects.bulk_create(Welcome(inviter=host, newcomer=person) for person in people)
    TieChoice.objects.bulk_create(TieChoice(person=person, shown=True) for person in people)
    HiddenTie.objects.create(person=people[0], other=host, kind="invitation")
    return host, people


@pytest.mark.parametrize("person_count", [10, 500])
def test_my_page_costs_the_same_for_10_and_500_people(
    client, crowd, django_assert_num_queries, person_count
):
    host, _people = crowd
    client.force_login(host)
    with django_assert_num_queries(MY_PAGE_QUERIES):
        response = client.get("/en/engagement/")
    assert response.status_code == 200
    acknowledgement = response.context["acknowledgement"]
    # one person hid the invitation: the host supported them in a session, no more
    assert len(acknowledgement.welcomed) == min(person_count, 20) - 1
    assert len(acknowledgement.supported) == 1
    assert acknowledgement.more == max(person_count - 20, 0)
    assert response.context["page_obj"].paginator.count == person_count


@pytest.mark.parametrize("person_count", [10, 500])
def test_the_network_costs_the_same_for_10_and_500_people(
    client, coordinator, crowd, django_assert_num_queries, person_count
):
    client.force_login(coordinator)
    with django_assert_num_queries(NETWORK_QUERIES):
        response = client.get("/en/engagement/network/")
    assert response.status_code == 200
    assert response.context["facts"]["people"] == person_count + 1
    assert response.context["facts"]["newcomers_through_peers"] == person_count - 1  # one hid it
    with django_assert_num_queries(LIST_QUERIES):
        listing = client.get("/en/engagement/network/", {"view": "list", "by": "language"})
    assert len(listing.context["page_obj"]) == min(person_count + 1, 50)


def test_the_coordinators_pages_refuse_members(client):
    client.force_login(UserFactory())
    assert client.get("/en/engagement/network/").status_code == 403
    assert client.get("/en/engagement/spread/").status_code == 403


def test_the_engagement_pages_ask_visitors_to_sign_in(client, home):
    for path in ("/en/engagement/", "/en/engagement/network/", "/en/engagement/spread/"):
        response = client.get(path)
        assert response.status_code == 302
        assert response["Location"].startswith("/en/accounts/login/")


def test_bad_groups_are_answered_with_the_form(client, coordinator):
    client.force_login(coordinator)
    for query in ({"group": "school:abc"}, {"group": "nonsense"}, {"by": "height"}):
        assert client.get("/en/engagement/network/", query).status_code == 400
    assert client.get("/en/engagement/spread/", {"group": "cohort:99999999"}).status_code == 400


def test_the_spread_of_a_cohort_is_suppressed(client, coordinator, track, workshop):
    cohort = CohortFactory(track=track)
    people = bulk_people(6)
    session = SessionFactory(workshop=workshop, start=timezone.now() - timedelta(days=1))
    bulk_take_part(people[:4], cohort=cohort, session=session)
    client.force_login(coordinator)
    response = client.get("/en/engagement/spread/", {"group": f"cohort:{cohort.pk}"})
    assert response.status_code == 200
    # four people, each in one dimension (taking part): every line is a small number
    assert response.context["lines"] == [
        ("In none yet", "0"),
        ("In one", "fewer than 5"),
        ("In two", "0"),
        ("In three or more", "0"),
    ]
    assert response.context["total"] == "fewer than 5"
    assert {d.key: shown for d, shown in response.context["dimensions"]}["taking_part"] == (
        "fewer than 5"
    )


def test_hiding_a_tie_takes_only_real_kinds_and_only_ones_own(client):
    ana, fay = UserFactory(), UserFactory()
    client.force_login(ana)
    response = client.post("/en/engagement/ties/hide/", {"other": fay.pk, "kind": "invented"})
    assert response.status_code == 302
    assert HiddenTie.objects.count() == 0
    client.post("/en/engagement/ties/hide/", {"other": "x" * 40, "kind": "mentoring"})
    assert HiddenTie.objects.count() == 0
    client.post("/en/engagement/ties/hide/", {"other": fay.pk, "kind": "mentoring"})
    assert list(HiddenTie.objects.values_list("person", "other", "kind")) == [
        (ana.pk, fay.pk, "mentoring")
    ]
    client.post("/en/engagement/ties/show/", {"other": fay.pk, "kind": "mentoring"})
    assert HiddenTie.objects.count() == 0
    assert client.get("/en/engagement/ties/hide/").status_code == 405


def test_the_choice_is_off_until_the_person_turns_it_on(client):
    ana = UserFactory()
    client.force_login(ana)
    assert client.get("/en/engagement/").context["tie_choice_form"]["shown"].value() is False
    client.post("/en/engagement/ties/choice/", {"shown": "on"})
    assert TieChoice.objects.get(person=ana).shown is True
    client.post("/en/engagement/ties/choice/", {})
    assert TieChoice.objects.get(person=ana).shown is False
