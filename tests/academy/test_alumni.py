"""Alumni: moving on, reporting back once a year, the yearly request sent once and
stopped in one click, and the coordinators' list of those who agreed to share."""

import re
from datetime import date

import pytest
from django.core import mail
from django.core.management import call_command

from academy.errors import Refused
from academy.growth.alumni import services
from academy.growth.alumni.models import AlumniReport, AlumniStatus, Destination, ReportRequest
from academy.growth.alumni.tokens import person_id_from_token, stop_token
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def alumna(**kwargs):
    person = UserFactory(display_name=kwargs.pop("name", "Ewa"), preferred_language="pl")
    status = services.move_on(
        person,
        destination=kwargs.pop("destination", Destination.ORGANISATION),
        where=kwargs.pop("where", "Fundacja Otwarty Kod"),
        share_with_coordinators=kwargs.pop("share", True),
    )
    AlumniStatus.objects.filter(pk=status.pk).update(**kwargs)
    return person


def test_moving_on_without_saying_where_keeps_nothing_of_where():
    person = UserFactory()
    status = services.move_on(person, destination=Destination.UNSAID, where="Somewhere")
    assert (status.destination, status.where, status.report_requests) == ("unsaid", "", True)
    services.come_back(person)
    assert not AlumniStatus.objects.exists()


def test_reporting_back_is_for_alumni_and_once_a_year():
    person = UserFactory()
    with pytest.raises(Refused):
        services.report_back(person, new_role="Trainer")
    services.move_on(person, destination=Destination.ROLE, where="Trainer")
    services.report_back(person, new_role="Trainer", today=date(2026, 5, 1))
    services.report_back(person, new_role="Senior trainer", today=date(2026, 9, 1))
    services.report_back(person, new_role="Director", today=date(2027, 5, 1))
    assert list(AlumniReport.objects.values_list("year", "new_role")) == [
        (2027, "Director"),
        (2026, "Senior trainer"),
    ]


def test_the_yearly_request_goes_out_once_on_the_anniversary(django_capture_on_commit_callbacks):
    person = alumna(moved_on_on=date(2025, 3, 10))
    alumna(name="Too recent", moved_on_on=date(2026, 1, 5))  # moved on this year
    alumna(name="Stopped", moved_on_on=date(2025, 1, 5), report_requests=False)
    with django_capture_on_commit_callbacks(execute=True):
        assert services.send_due_requests(today=date(2026, 3, 9)) == 0  # not yet
        assert services.send_due_requests(today=date(2026, 3, 10)) == 1
        assert services.send_due_requests(today=date(2026, 3, 11)) == 0  # asked already
    assert list(ReportRequest.objects.values_list("person", "year")) == [(person.pk, 2026)]
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == [person.email]
    assert message.subject == "Gdzie jesteś teraz? Opowiedz nam o tym w trzech pytaniach"
    # The stop link is signed (with a timestamp), and names this person.
    token = re.search(r"/pl/alumni/stop/([^/\s]+)/", message.body).group(1)
    assert person_id_from_token(token) == person.pk


def test_someone_who_reported_this_year_is_not_asked():
    person = alumna(moved_on_on=date(2025, 3, 10))
    services.report_back(person, new_role="Trener", today=date(2026, 2, 1))
    assert services.send_due_requests(today=date(2026, 3, 10)) == 0


def test_the_command_twice_sends_once(django_capture_on_commit_callbacks):
    alumna(moved_on_on=date(2020, 1, 1))
    with django_capture_on_commit_callbacks(execute=True):
        call_command("send_alumni_report_requests")
        call_command("send_alumni_report_requests")
    assert ReportRequest.objects.count() == 1
    assert len(mail.outbox) == 1


def test_one_click_stops_the_request(client):
    person = alumna(moved_on_on=date(2020, 1, 1))
    response = client.get(f"/pl/alumni/stop/{stop_token(person)}/")
    assert response.status_code == 200
    assert AlumniStatus.objects.get(person=person).report_requests is False
    assert services.send_due_requests() == 0
    assert client.get("/pl/alumni/stop/forged:token/").status_code == 400


@pytest.mark.parametrize(("who", "expected"), [("owner", 200), ("member", 200), ("outsider", 302)])
def test_the_moving_on_page_is_each_persons_own(client, who, expected):
    person = alumna()
    if who == "owner":
        client.force_login(person)
    elif who == "member":
        client.force_login(UserFactory())
    response = client.get("/en/alumni/moved-on/")
    assert response.status_code == expected
    if who != "outsider":
        assert ("Fundacja Otwarty Kod" in response.content.decode()) is (who == "owner")


def test_moving_on_without_where_is_refused_and_keeps_what_was_typed(client):
    person = UserFactory()
    client.force_login(person)
    response = client.post(
        "/en/alumni/moved-on/",
        {"destination": "organisation", "where": "  ", "report_requests": "on"},
    )
    assert response.status_code == 400
    assert "Say where, or choose “I&#x27;d rather not say”." in response.content.decode()
    assert not AlumniStatus.objects.exists()
    response = client.post("/en/alumni/moved-on/", {"destination": "role", "where": "Trainer"})
    assert response.status_code == 302
    assert AlumniStatus.objects.get(person=person).where == "Trainer"


def test_a_story_link_must_be_a_web_address(client):
    person = alumna()
    client.force_login(person)
    response = client.post(
        "/en/alumni/report-back/", {"new_role": "Trener", "story_link": "javascript:alert(1)"}
    )
    assert response.status_code == 400
    assert not AlumniReport.objects.exists()
    response = client.post(
        "/en/alumni/report-back/", {"new_role": "Trener", "story_link": "https://example.org/a"}
    )
    assert response.status_code == 302
    assert AlumniReport.objects.get().story_link == "https://example.org/a"


@pytest.mark.parametrize(
    ("who", "expected"), [("coordinator", 200), ("member", 403), ("outsider", 302)]
)
def test_only_coordinators_see_where_people_went(client, coordinator, who, expected):
    alumna(name="Shared")
    alumna(name="Private", share=False)
    if who == "coordinator":
        client.force_login(coordinator)
    elif who == "member":
        client.force_login(UserFactory())
    response = client.get("/en/alumni/")
    assert response.status_code == expected
    if expected == 200:
        html = response.content.decode()
        assert "<bdi>Shared</bdi>" in html
        assert "Private" not in html


@pytest.mark.parametrize("item_count", [1, 10])
def test_alumni_list_query_budget(client, coordinator, item_count, django_assert_num_queries):
    for number in range(item_count):
        person = alumna(name=f"Alumna {number}")
        services.report_back(person, new_role="Trener")
    client.force_login(coordinator)
    with django_assert_num_queries(8):
        response = client.get("/en/alumni/")
    assert len(response.context["page_obj"].object_list) == item_count
