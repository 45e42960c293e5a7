"""The holes of the privacy issue, each closed, each with the test that found it."""

from datetime import date, timedelta

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.core.exceptions import ValidationError
from django.utils import timezone
from wagtail.models import PageViewRestriction

from academy.dates import check_date_range
from academy.errors import Refused
from academy.formats import format_date
from academy.models import Role
from academy.terminology import services as term_services
from cohorts.models import RegistrationStatus, SessionAccess
from cohorts.services import seats
from mentoring.models import Feedback, PairingStatus
from tests.factories import SessionFactory, UserFactory
from tests.factories.mentoring import MentorProfileFactory, ProgrammeTemplateFactory, make_pairing
from tests.factories.terms import ProposalFactory
from tests.factories.users import PASSWORD

TRACK_URL = "/en/peer-learning/great-workshops/"
RLO = "\u202e"  # right-to-left override
FSI = "\u2068"  # first strong isolate


# 1. Every way to sign in goes through allauth.


@pytest.mark.django_db
def test_wagtails_own_login_under_the_language_prefix_sends_to_allauth(client, home):
    person = UserFactory()
    response = client.post(
        "/en/_util/login/?next=/en/", {"username": person.username, "password": PASSWORD}
    )
    assert response.status_code == 302
    assert response["Location"] == "/en/accounts/login/?next=/en/"
    assert "_auth_user_id" not in client.session


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("path", "target"),
    [
        ("/admin/login/", "/en/accounts/login/"),
        ("/admin/logout/", "/en/accounts/logout/"),
        ("/admin/password_reset/", "/en/accounts/password/reset/"),
        ("/admin/password_reset/done/", "/en/accounts/password/reset/"),
    ],
)
def test_admin_sign_in_views_are_allauths(client, path, target):
    response = client.post(path, {"email": "someone@example.org"})
    assert (response.status_code, response["Location"]) == (302, target)
    assert mail.outbox == []


# 2. Dates and numbers in range.


@pytest.mark.django_db
def test_a_closing_date_years_ahead_is_refused_and_the_words_page_stays_up(client, home):
    client.force_login(UserFactory())
    response = client.post(
        "/en/words/de/propose/",
        {
            "role": "leader",
            "neutral__one": "Wegbereiter",
            "neutral__other": "Wegbereiter",
            "rationale": "Klingt gut.",
            "closes_on": "9999-12-31",
        },
    )
    assert response.status_code == 200
    latest = timezone.localdate() + timedelta(days=365)
    shown = format_date(latest)  # e.g. "1 December 2027"
    assert f"Choose a date no later than {shown}." in response.content.decode()
    assert client.get("/en/words/de/").status_code == 200


@pytest.mark.django_db
def test_objective_and_away_dates_have_a_range(client, home):
    person = MentorProfileFactory().person
    client.force_login(person)
    objective = client.post(
        "/en/mentoring/objectives/", {"statement": "Grow", "target_date": "2999-01-01"}
    )
    assert "Choose a date no later than" in objective.content.decode()
    away = client.post(
        "/en/mentoring/profile/",
        {"capacity": 2, "quiet_after_days": 14, "away_until": "2999-01-01"},
    )
    assert "Choose a date no later than" in away.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize("track_id", ["\u00b2", "\uff11", "99999999999999999999"])
def test_ids_in_query_strings_are_ascii_decimals_in_range(client, home, track_id):
    translator = UserFactory()
    translator.groups.add(Group.objects.get(name="Translators (de)"))
    client.force_login(translator)
    assert client.get("/en/words/de/mentor/edit/", {"track": track_id}).status_code == 404


@pytest.mark.django_db
def test_ids_in_paths_beyond_the_database_range_are_404(client, home):
    assert client.get("/en/cohorts/99999999999999999999999/").status_code == 404
    assert client.get("/calendar/tracks/99999999999999999999999.ics").status_code == 404


# 4. Private pages stay private.


@pytest.fixture
def restricted(track, workshop):
    return PageViewRestriction.objects.create(page=track, restriction_type="login")


@pytest.mark.django_db
def test_a_restricted_page_is_not_in_search_or_public_calendars(client, workshop, restricted):
    session = SessionFactory(workshop=workshop)
    results = client.get("/en/search/", {"q": "feedback"}).context["results"]
    assert list(results) == []
    assert client.get(f"/calendar/tracks/{workshop.get_parent().pk}.ics").status_code == 404
    assert client.get(f"/en/sessions/{session.pk}/calendar.ics").status_code == 404


@pytest.mark.django_db
def test_adding_a_restriction_drops_the_cached_public_copy(client, track):
    assert client.get(TRACK_URL).status_code == 200  # now cached for visitors
    PageViewRestriction.objects.create(page=track, restriction_type="login")
    response = client.get(TRACK_URL)
    assert response.status_code == 302
    assert response["Location"].startswith("/en/accounts/login/")


# 5. Meeting links only for the people registered.


@pytest.mark.django_db
def test_meeting_links_only_in_the_private_feed_and_the_email(
    client, workshop, django_capture_on_commit_callbacks
):
    session = SessionFactory(workshop=workshop, online_url="https://meet.example.org/secret")
    SessionAccess.objects.create(session=session, open_to_members=True)
    public_ics = client.get(f"/en/sessions/{session.pk}/calendar.ics").content.decode()
    track_ics = client.get(f"/calendar/tracks/{workshop.get_parent().pk}.ics").content.decode()
    page = client.get(workshop.url).content.decode()
    for public in (public_ics, track_ics, page):
        assert "meet.example.org/secret" not in public

    person = UserFactory()
    with django_capture_on_commit_callbacks(execute=True):
        registration = seats.register(person, session)
    assert registration.status == RegistrationStatus.REGISTERED
    client.force_login(person)
    client.get("/en/dashboard/")  # makes the private calendar token
    person.refresh_from_db()
    private = client.get(f"/calendar/people/{person.calendar.token}.ics").content.decode()
    assert "meet.example.org/secret" in private.replace("\r\n ", "")
    attachment = mail.outbox[-1].attachments[0][1]
    attachment = attachment.decode() if isinstance(attachment, bytes) else attachment
    assert "meet.example.org/secret" in attachment.replace("\r\n ", "")


# 7. Text is never lost.


@pytest.mark.django_db
def test_check_in_notes_without_a_rating_come_back_as_typed(client, home):
    mentor = MentorProfileFactory().person
    mentee = UserFactory()
    pairing = make_pairing(mentor, mentee, ProgrammeTemplateFactory())
    check_in = pairing.check_ins.first()
    client.force_login(mentee)
    response = client.post(
        f"/en/mentoring/pairings/{pairing.pk}/check-ins/{check_in.pk}/",
        {"notes": "A long reflection I would hate to lose.", "rating": ""},
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "A long reflection I would hate to lose." in html
    assert "This field is required." in html
    assert Feedback.objects.count() == 0


@pytest.mark.django_db
def test_ending_a_pairing_without_a_reason_keeps_the_note(client, home):
    mentor = MentorProfileFactory().person
    pairing = make_pairing(mentor, UserFactory(), ProgrammeTemplateFactory())
    client.force_login(mentor)
    response = client.post(
        f"/en/mentoring/pairings/{pairing.pk}/end/",
        {"reason": "", "note_to_organisers": "Please call me about this."},
    )
    assert response.status_code == 200
    assert "Please call me about this." in response.content.decode()
    pairing.refresh_from_db()
    assert pairing.status == PairingStatus.ACTIVE


@pytest.mark.django_db
def test_an_over_long_comment_comes_back_with_its_text(client, home):
    proposal = ProposalFactory()
    client.force_login(UserFactory())
    body = "Ein langer Gedanke. " * 120
    response = client.post(f"/en/words/proposals/{proposal.pk}/comment/", {"body": body})
    html = response.content.decode()
    assert response.status_code == 200
    assert body.strip() in html
    assert "Ensure this value has at most 2000 characters" in html


# 8. Direction controls.


@pytest.mark.django_db
@pytest.mark.parametrize("control", [RLO, FSI])
def test_display_names_refuse_direction_controls(client, home, control):
    person = UserFactory()
    client.force_login(person)
    response = client.post(
        "/en/accounts/profile/",
        {
            "display_name": f"Ali{control}ecnarF",
            "preferred_language": "en",
            "time_zone": "UTC",
            "address_form": "unspecified",
        },
    )
    assert "Remove the invisible characters that change the direction of text." in (
        response.content.decode()
    )
    person.refresh_from_db()
    assert control not in person.display_name


@pytest.mark.django_db
def test_role_words_refuse_direction_controls(home):
    translator = UserFactory(is_superuser=True)
    with pytest.raises(Refused, match="invisible characters"):
        term_services.edit_term(
            user=translator,
            role=Role.objects.get(key="mentor"),
            locale="de",
            forms={"neutral": {"one": f"Mentor{RLO}", "other": "Mentoren"}},
            reason="test",
        )


# 9. The admin sends a Content-Security-Policy.


@pytest.mark.django_db
def test_admin_pages_send_a_content_security_policy(client):
    client.force_login(UserFactory(is_superuser=True))
    response = client.get("/admin/")
    assert response.status_code == 200
    policy = response["Content-Security-Policy"]
    assert "default-src 'self'" in policy
    assert "script-src 'self';" in policy
    assert "frame-ancestors 'self'" in policy


def test_dates_module_refuses_out_of_range():
    with pytest.raises(ValidationError, match="no later than"):
        check_date_range(date(2999, 1, 1), latest=date(2030, 1, 1))
