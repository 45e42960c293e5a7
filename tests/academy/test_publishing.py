"""People write workshops only under the tracks they are assigned to, and a
coordinator approves them before they go live."""

import pytest
from django.core.exceptions import PermissionDenied

from academy.models import WorkshopPage
from academy.pages.publishing import assign_author
from tests.factories import TrackPageFactory, UserFactory


@pytest.fixture
def other_track(school):
    return TrackPageFactory(parent=school, slug="another-track", title="Another track")


@pytest.fixture
def author(coordinator, track):
    person = UserFactory(display_name="Writes workshops")
    assign_author(coordinator=coordinator, person=person, track=track)
    return person


def new_workshop(slug="listening"):
    return {
        "title": "Listening well",
        "title_en": "Listening well",
        "slug": slug,
        "slug_en": slug,
        "intro_en": "How to listen.",
        **{f"body_{code}-count": "0" for code in ("en", "de", "es", "fr", "pl", "ar")},
        "sessions-TOTAL_FORMS": "0",
        "sessions-INITIAL_FORMS": "0",
        "sessions-MIN_NUM_FORMS": "0",
        "sessions-MAX_NUM_FORMS": "1000",
        "action-submit": "Submit",
    }


@pytest.mark.django_db
def test_assigned_author_may_add_a_workshop_under_their_track(client, author, track):
    client.force_login(author)
    response = client.get(f"/admin/pages/add/academy/workshoppage/{track.pk}/")
    assert response.status_code == 200


@pytest.mark.django_db
def test_author_cannot_add_under_another_track(client, author, other_track):
    client.force_login(author)
    response = client.get(f"/admin/pages/add/academy/workshoppage/{other_track.pk}/")
    assert response.status_code in (302, 403)
    response = client.post(
        f"/admin/pages/add/academy/workshoppage/{other_track.pk}/", new_workshop()
    )
    assert not WorkshopPage.objects.filter(slug_en="listening").exists()


@pytest.mark.django_db
def test_member_who_is_not_assigned_cannot_reach_the_admin(client, user, track):
    client.force_login(user)
    response = client.get(f"/admin/pages/add/academy/workshoppage/{track.pk}/")
    assert (
        response.status_code == 403
    )  # signed in without admin rights: told so, not sent to sign in again


@pytest.mark.django_db
def test_only_coordinators_assign_authors(user, other_user, track):
    with pytest.raises(PermissionDenied):
        assign_author(coordinator=user, person=other_user, track=track)


@pytest.mark.django_db
def test_submitted_workshop_waits_for_coordinator_approval(client, author, coordinator, track):
    client.force_login(author)
    response = client.post(f"/admin/pages/add/academy/workshoppage/{track.pk}/", new_workshop())
    assert response.status_code == 302
    page = WorkshopPage.objects.get(slug_en="listening")
    assert page.live is False
    workflow_state = page.current_workflow_state
    assert workflow_state.workflow.name == "Coordinator approval"
    task_state = workflow_state.current_task_state
    assert task_state.task.specific.get_actions(page, author) == []
    assert [name for name, *_ in task_state.task.specific.get_actions(page, coordinator)][:1] == [
        "reject"
    ]
    task_state.task.specific.on_action(task_state, coordinator, "approve")
    page.refresh_from_db()
    assert page.live is True


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("who", "status"), [("coordinator", 302), ("translator_de", 403), ("user", 403)]
)
def test_only_coordinators_assign_on_the_track_page(
    client, request, track, other_user, who, status
):
    client.force_login(request.getfixturevalue(who))
    response = client.post(f"/en/tracks/{track.pk}/authors/", {"email": other_user.email})
    assert response.status_code == status
    assert other_user.groups.filter(name=f"Track authors #{track.pk}").exists() is (status == 302)


@pytest.mark.django_db
def test_outsider_cannot_see_track_authors(client, track):
    response = client.get(f"/en/tracks/{track.pk}/authors/")
    assert response["Location"].startswith("/en/accounts/login/")
