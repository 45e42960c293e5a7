"""Small things from issue 15: the brand once in the title, term inputs that show their
whole value, a completion page that says when and by whom, and no Gravatar in the
admin."""

import re
from datetime import datetime, timedelta

import pytest
from django.utils import timezone, translation
from django.utils.translation import gettext

from academy.models import WorkshopPage
from cohorts.models import EnrolmentEvent, EnrolmentStatus
from tests.factories import UserFactory
from tests.factories.cohorts import CohortFactory, EnrolmentFactory

pytestmark = pytest.mark.django_db


def title(response):
    assert response.status_code == 200
    text = re.search(r"<title>(.*?)</title>", response.content.decode(), re.S).group(1)
    return " ".join(text.split())  # as a browser shows it


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("/en/", "Peer Academy"),
        ("/de/", "Peer-Akademie"),
        ("/pl/", "Akademia Rówieśnicza"),  # the home page has no Polish title
        ("/en/peer-learning/", "School of Peer Learning · Peer Academy"),
        ("/de/peer-learning/", "Schule des gemeinsamen Lernens · Peer-Akademie"),
        ("/en/search/", "Search · Peer Academy"),
        ("/en/accounts/login/", "Sign In · Peer Academy"),
    ],
)
def test_the_brand_appears_once_in_the_title(client, school, path, expected):
    assert title(client.get(path)) == expected


def test_term_inputs_are_not_squeezed_into_a_table(client, translator_pl):
    client.force_login(translator_pl)
    html = client.get("/pl/words/pl/mentor/edit/").content.decode()
    assert html.count('<fieldset class="word-forms">') == 3  # neutral, feminine, masculine
    assert html.count('<div class="word-forms__field">') == 18
    assert "forms-table--edit" not in html


def test_term_edit_is_refused_to_a_member_and_to_the_anonymous(client, user):
    client.force_login(user)
    assert client.get("/pl/words/pl/mentor/edit/").status_code == 403
    client.logout()
    response = client.get("/pl/words/pl/mentor/edit/")
    assert response.status_code == 302
    assert response["Location"].startswith("/pl/accounts/login/")


@pytest.fixture
def completed(track):
    person = UserFactory(display_name="Amara")
    cohort = CohortFactory(track=track, name="Summer cohort")
    enrolment = EnrolmentFactory(cohort=cohort, person=person, status=EnrolmentStatus.COMPLETED)
    finished = datetime(2026, 11, 1, 18, 0, tzinfo=timezone.get_fixed_timezone(0))
    EnrolmentEvent.objects.create(
        enrolment=enrolment,
        old_status="",
        new_status="enrolled",
        created_at=finished - timedelta(days=90),
    )
    EnrolmentEvent.objects.create(
        enrolment=enrolment, old_status="enrolled", new_status="completed", created_at=finished
    )
    return enrolment


def facts(response):
    html = response.content.decode()
    return re.findall(r"<dt>(.*?)</dt><dd>(.*?)</dd>", html)


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", [("Completed on", "1 November 2026"), ("Issued by", "Peer Academy")]),
        ("de", [("Completed on", "1. November 2026"), ("Issued by", "Peer-Akademie")]),
    ],
)
def test_completion_page_says_when_and_who_issued_it(client, completed, language, expected):
    with translation.override(language):
        expected = [(gettext(label), value) for label, value in expected]
    response = client.get(f"/{language}/completion/{completed.completion_code}/")
    assert facts(response) == expected


def test_completion_page_shows_the_latest_completion(client, completed):
    """Completed, reopened and completed again: the record shows the last time."""
    EnrolmentEvent.objects.create(
        enrolment=completed,
        old_status="completed",
        new_status="completed",
        created_at=datetime(2026, 11, 20, 9, 0, tzinfo=timezone.get_fixed_timezone(0)),
    )
    response = client.get(f"/en/completion/{completed.completion_code}/")
    assert facts(response)[0] == ("Completed on", "20 November 2026")


def test_completion_page_is_not_found_before_completion(client, completed):
    completed.status = EnrolmentStatus.ENROLLED
    completed.save()
    assert client.get(f"/en/completion/{completed.completion_code}/").status_code == 404


@pytest.mark.parametrize("item_count", [1, 10])
def test_completion_page_queries_do_not_grow(
    client, completed, item_count, django_assert_num_queries
):
    for day in range(item_count):
        EnrolmentEvent.objects.create(
            enrolment=completed,
            old_status="enrolled",
            new_status="enrolled",
            created_at=datetime(2026, 10, 1 + day, tzinfo=timezone.get_fixed_timezone(0)),
        )
    client.get(f"/en/completion/{completed.completion_code}/")  # warm the site caches
    with django_assert_num_queries(1):
        response = client.get(f"/en/completion/{completed.completion_code}/")
    assert facts(response)[0] == ("Completed on", "1 November 2026")


def test_no_admin_page_sends_anything_to_gravatar(client, workshop):
    admin = UserFactory(is_superuser=True, is_staff=True, email="admin@example.org")
    client.force_login(admin)
    page = WorkshopPage.objects.get(pk=workshop.pk)
    paths = [
        "/admin/",
        "/admin/pages/",
        f"/admin/pages/{page.pk}/edit/",
        f"/admin/pages/{page.pk}/history/",
        "/admin/users/",
        f"/admin/users/edit/{admin.pk}/",
        "/admin/account/",
        "/admin/reports/site-history/",
    ]
    for path in paths:
        response = client.get(path, follow=True)
        assert (path, response.status_code) == (path, 200)
        assert "gravatar" not in response.content.decode().lower(), path
