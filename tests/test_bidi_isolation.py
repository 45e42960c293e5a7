"""Names and text people write sit in <bdi> (or an element with dir="auto"), so that a
right-to-left name cannot reorder the left-to-right sentence around it, nor the reverse:
"1 December 2026 ليلى حداد: Proposed" must not scramble."""

import pytest
from django.utils import timezone

from academy.pages.publishing import track_authors_group
from mentoring.models import LearningObjective
from tests.factories import (
    MentorProfileFactory,
    ProgrammeTemplateFactory,
    SessionFactory,
    UserFactory,
)
from tests.factories.cohorts import RegistrationFactory, SessionAccessFactory
from tests.factories.mentoring import make_pairing
from tests.factories.terms import ProposalCommentFactory, ProposalFactory

LAILA = "ليلى حداد"
ISOLATED = f"<bdi>{LAILA}</bdi>"

pytestmark = pytest.mark.django_db


@pytest.fixture
def laila(db):
    return UserFactory(display_name=LAILA, visible_to_members=True, preferred_language="ar")


def test_person_page_isolates_the_name(client, user, laila):
    client.force_login(user)
    html = client.get(f"/en/people/{laila.pk}/").content.decode()
    assert f"<h1>{ISOLATED}</h1>" in html


def test_proposal_page_isolates_proposer_and_comment_author(client, user, laila):
    proposal = ProposalFactory(proposer=laila)
    ProposalCommentFactory(proposal=proposal, author=laila, body="فكرة جيدة")
    client.force_login(user)
    html = client.get(f"/en/words/proposals/{proposal.pk}/").content.decode()
    assert f"Proposed by {ISOLATED} on " in html
    assert f'<p class="muted">{ISOLATED} · <time' in html
    assert '<div dir="auto"><p>فكرة جيدة</p></div>' in html
    assert '<textarea name="body" cols="40" rows="3" maxlength="2000" dir="auto"' in html


def test_roster_isolates_each_name(client, workshop, laila):
    session = SessionFactory(workshop=workshop)
    SessionAccessFactory(session=session)
    facilitator = UserFactory()
    session.access.facilitators.add(facilitator)
    RegistrationFactory(session=session, person=laila)
    client.force_login(facilitator)
    html = client.get(f"/en/sessions/{session.pk}/roster/").content.decode()
    assert f'<th scope="row">{ISOLATED}</th>' in html


def test_pairing_page_isolates_names_in_heading_and_history(client, laila):
    mentor = MentorProfileFactory(person=UserFactory(display_name="Ada")).person
    pairing = make_pairing(mentor, laila, ProgrammeTemplateFactory())
    first = pairing.check_ins.order_by("due_at").first()
    first.due_at = timezone.now()  # its day has come: the page offers to record it
    first.save(update_fields=["due_at"])
    LearningObjective.objects.create(person=laila, statement="أن أدير ورشة بمفردي")
    client.force_login(mentor)
    html = client.get(f"/en/mentoring/pairings/{pairing.pk}/").content.decode()
    assert f"<h1><bdi>Ada</bdi> &amp; {ISOLATED}</h1>" in html
    assert f'</time> {ISOLATED}: <span class="badge">' in html
    assert f"Objectives of {ISOLATED}" in html
    assert 'name="notes" rows="3" maxlength="4000" dir="auto"' in html


def test_message_naming_a_person_isolates_the_name(client, coordinator, track, laila):
    client.force_login(coordinator)
    response = client.post(
        f"/en/tracks/{track.pk}/authors/", {"email": laila.email, "action": "add"}, follow=True
    )
    html = response.content.decode()
    assert f"{ISOLATED} can now write workshops here." in html
    assert laila.groups.filter(pk=track_authors_group(track).pk).exists()


def test_dashboard_isolates_the_account_name_in_the_header(client, laila):
    client.force_login(laila)
    html = client.get("/ar/dashboard/").content.decode()
    assert f'<a href="/ar/accounts/profile/">{ISOLATED}</a>' in html
