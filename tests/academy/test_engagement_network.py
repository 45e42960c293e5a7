"""The network of who helped whom: ties from what happened, consent before anything is
shown, deletion leaving no named node, invitation links that record who brought whom
once and cannot be forged, and the network figures of the report with suppression."""

import pytest

from academy.engagement import consent, invitations, network
from academy.engagement.acknowledge import acknowledge
from academy.engagement.models import Invitation, TieChoice, Welcome
from academy.models import User
from academy.privacy.deletion import delete_account
from academy.reports import report
from academy.reports.filters import default_filters
from cohorts.models import Attendance, Registration, RegistrationStatus
from tests.academy.engagement_support import attended, welcomed
from tests.academy.test_accounts import signup
from tests.factories import PairingFactory, UserFactory, WorkshopPageFactory

pytestmark = pytest.mark.django_db


def kinds_between(net, a, b):
    return net.graph[a.pk][b.pk]["kinds"] if net.graph.has_edge(a.pk, b.pk) else set()


@pytest.fixture
def world(track):
    """Fay facilitates a session Ana and Ben attend; Fay mentors Ana; Ana welcomed Cy."""
    fay = UserFactory(
        display_name="Fay", home_community="Wikimedia Polska", preferred_language="pl"
    )
    ana = UserFactory(
        display_name="Ana", home_community="Wikimedia Levant", preferred_language="ar"
    )
    ben = UserFactory(display_name="Ben", home_community="wikimedia polska ")
    cy = UserFactory(display_name="Cy", home_community="Wikimedia Levant", preferred_language="ar")
    workshop = WorkshopPageFactory(parent=track)
    session = attended(ana, workshop, 10, facilitator=fay)
    Registration.objects.create(
        session=session,
        person=ben,
        status=RegistrationStatus.REGISTERED,
        attendance=Attendance.PRESENT,
    )
    PairingFactory(mentor=fay, mentee=ana)
    Welcome.objects.create(inviter=ana, newcomer=cy)
    return {"fay": fay, "ana": ana, "ben": ben, "cy": cy}


def test_ties_come_from_what_happened(world):
    net = network.build()
    fay, ana, ben, cy = world["fay"], world["ana"], world["ben"], world["cy"]
    assert kinds_between(net, fay, ana) == {"facilitation", "mentoring"}
    assert kinds_between(net, fay, ben) == {"facilitation"}
    assert kinds_between(net, ana, cy) == {"invitation"}
    assert kinds_between(net, ana, ben) == set()  # attending together is not a tie
    assert net.facts == {
        "people": 4,
        "pairs": 3,
        "within_community": 2,  # Fay and Ben (however Ben typed it), Ana and Cy
        "across_communities": 1,
        "across_languages": 2,  # Fay (pl) with Ana (ar), Fay (pl) with Ben (en)
        "community_unknown": 0,
        "communities": 2,
        "languages": 3,
        "groups": 1,
        "largest_group": 4,
        "newcomers_through_peers": 1,
    }
    assert network.ties_per_person(net) == 1.5


def test_groups_and_bridges(world):
    net = network.build()
    groups, bridges = network.groups(net, "community")
    assert [(g.label, g.people, g.ties_within, g.ties_out) for g in groups] == [
        ("Wikimedia Levant", 2, 1, 1),
        ("Wikimedia Polska", 2, 1, 1),
    ]
    assert [({a.label, b.label}, n) for a, b, n in bridges] == [
        ({"Wikimedia Polska", "Wikimedia Levant"}, 1)
    ]
    assert network.welcomers(net) == [(net.people[world["ana"].pk], 1)]


def test_a_hidden_tie_never_appears(world):
    fay, ana = world["fay"], world["ana"]
    consent.hide(ana, fay.pk, "mentoring")
    net = network.build()
    assert kinds_between(net, fay, ana) == {"facilitation"}
    ties = network.ties_of(fay.pk)
    assert {(t.helped, t.kind) for t in ties} == {
        (ana.pk, "facilitation"),
        (world["ben"].pk, "facilitation"),
    }
    consent.hide(fay, ana.pk, "facilitation")  # either side may hide it
    net = network.build()
    assert not net.graph.has_edge(fay.pk, ana.pk)
    assert [e.person.pk for e in acknowledge(fay).supported] == [world["ben"].pk]


def test_showing_a_hidden_tie_again(world):
    fay, ana = world["fay"], world["ana"]
    consent.hide(ana, fay.pk, "mentoring")
    consent.show_again(ana, fay.pk, "mentoring")
    assert kinds_between(network.build(), fay, ana) == {"facilitation", "mentoring"}


def test_without_opting_in_no_one_appears_beyond_the_coordinators(client, world):
    fay, ana, ben = world["fay"], world["ana"], world["ben"]
    for person in (fay, ana, ben):
        person.visible_to_members = True
        person.save(update_fields=["visible_to_members"])
    member = UserFactory()
    client.force_login(member)
    page = client.get(f"/en/people/{fay.pk}/")
    assert page.status_code == 200
    assert page.context["engagement"] is None  # Fay has not opted in
    TieChoice.objects.create(person=fay, shown=True)
    page = client.get(f"/en/people/{fay.pk}/")
    acknowledgement = page.context["engagement"]["acknowledgement"]
    assert acknowledgement.supported == []  # Ana and Ben have not opted in
    assert acknowledgement.unnamed == 2
    assert "Ana" not in page.content.decode()
    TieChoice.objects.create(person=ana, shown=True)
    acknowledgement = client.get(f"/en/people/{fay.pk}/").context["engagement"]["acknowledgement"]
    assert [e.person.name for e in acknowledgement.supported] == ["Ana"]
    assert acknowledgement.supported[0].kinds == ["Peer support", "A session"]  # registry order
    assert acknowledgement.unnamed == 1


def test_the_coordinators_see_every_tie_not_hidden(client, coordinator, world):
    client.force_login(coordinator)
    page = client.get("/en/engagement/network/?view=list")
    names = [person.name for person, _language, _degree in page.context["page_obj"]]
    assert names == ["Ana", "Fay", "Ben", "Cy"]  # most ties first, then by name
    assert [degree for _p, _l, degree in page.context["page_obj"]] == [2, 2, 1, 1]


def test_a_deleted_account_leaves_no_named_node(world):
    ana = world["ana"]
    delete_account(ana)
    net = network.build()
    assert ana.pk not in net.graph
    assert all(not person.name.startswith("Ana") for person in net.people.values())
    former = set(User.objects.filter(is_former_member=True).values_list("pk", flat=True))
    assert former
    assert not (former & set(net.graph.nodes))
    assert set(net.graph.nodes) == {world["fay"].pk, world["ben"].pk}


def test_what_those_welcomed_went_on_to_do(track):
    ana = UserFactory(display_name="Ana")
    cy = welcomed(ana, 30, display_name="Cy").newcomer
    attended(cy, WorkshopPageFactory(parent=track), 5)
    welcomed_entry = acknowledge(ana).welcomed
    assert [(e.person.name, e.kinds, e.went_on) for e in welcomed_entry] == [
        ("Cy", ["Invitation"], [("Taking part", 1)])
    ]


class TestInvitations:
    def test_a_sign_up_through_a_link_records_who_brought_whom_once(self, client, home):
        ana = UserFactory(display_name="Ana")
        code = invitations.link_of(ana).code
        assert client.get(f"/en/invite/{code}/").status_code == 200
        signup(client, email="cy@example.org")
        cy = User.objects.get(email="cy@example.org")
        assert list(Welcome.objects.values_list("inviter", "newcomer")) == [(ana.pk, cy.pk)]
        assert invitations.record(cy, code) is None  # once
        other = UserFactory()
        assert invitations.record(cy, invitations.link_of(other).code) is None
        assert Welcome.objects.count() == 1

    def test_a_forged_or_ended_link_records_nothing(self, client, home):
        ana = UserFactory()
        old = invitations.link_of(ana).code
        invitations.renew(ana)
        assert client.get(f"/en/invite/{old}/").status_code == 404
        assert client.get("/en/invite/made-up-code-of-mine/").status_code == 404
        assert client.get("/en/invite/x/").status_code == 404
        session = client.session
        session[invitations.SESSION_KEY] = old
        session.save()
        signup(client, email="cy@example.org")
        assert Welcome.objects.count() == 0

    def test_a_link_never_records_its_owner_nor_an_existing_member(self, client, home):
        ana = UserFactory()
        code = invitations.link_of(ana).code
        assert invitations.record(ana, code) is None
        member = UserFactory()
        client.force_login(member)
        assert client.get(f"/en/invite/{code}/").status_code == 200
        assert invitations.SESSION_KEY not in client.session
        assert Welcome.objects.count() == 0

    def test_codes_are_long_random_secrets(self):
        first, second = UserFactory(), UserFactory()
        one, two = invitations.link_of(first).code, invitations.link_of(second).code
        assert len(one) == 24
        assert one != two
        assert Invitation.objects.get(person=first).code == one


def test_the_report_carries_the_network_figures_with_suppression(track):
    fay = UserFactory(home_community="A", preferred_language="pl")
    workshop = WorkshopPageFactory(parent=track)
    for i in range(2):
        attended(UserFactory(home_community=f"C{i}"), workshop, 3, facilitator=fay)
    rows = {row.key: row for row in report.figure_rows(default_filters(), 5)}
    # two ties across communities and languages, between three people
    assert rows["engagement.across_communities"].shown == "fewer than 5"
    assert rows["engagement.across_languages"].shown == "fewer than 5"
    assert rows["engagement.newcomers_through_peers"].shown == "0"
    for i in range(5):
        welcomed(fay, 1, home_community=f"D{i}", preferred_language="de")
    rows = {row.key: row for row in report.figure_rows(default_filters(), 5)}
    assert rows["engagement.across_communities"].shown == "7"
    assert rows["engagement.across_languages"].shown == "7"
    assert rows["engagement.newcomers_through_peers"].shown == "5"
    assert rows["engagement.across_languages"].csv[0] == "7"
    tables = {table.key: table for table in report.breakdowns(default_filters(), 5, plain=True)}
    by_language = tables["engagement.ties_per_person"]
    # German: 5 people with one tie each; English: 2, fewer than 5; Polish: Fay alone
    assert by_language.rows == [  # in the order of the language codes
        ("German", ["5", "1.0"]),
        ("English", ["fewer than 5", "fewer than 5"]),
        ("Polish", ["fewer than 5", "fewer than 5"]),
    ]


def test_ties_made_before_the_period_are_not_in_its_figures(track):
    fay = UserFactory(home_community="A")
    for i in range(6):
        welcomed(fay, 400, home_community=f"B{i}")
    rows = {row.key: row for row in report.figure_rows(default_filters(), 5)}
    assert rows["engagement.newcomers_through_peers"].shown == "0"
    assert network.build().facts["newcomers_through_peers"] == 6  # all time
