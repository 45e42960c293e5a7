"""Translators edit only their own languages; everyone else is refused, on the server."""

import pytest

from academy.models import Term, TermRevision
from tests.factories import UserFactory
from tests.factories.terms import ProposalFactory, TermFactory


def edit_data(**overrides):
    data = {
        "neutral__one": "Begleiter*in",
        "neutral__other": "Begleiter*innen",
        "feminine__one": "Begleiterin",
        "feminine__other": "Begleiterinnen",
        "masculine__one": "Begleiter",
        "masculine__other": "Begleiter",
        "reason": "Klingt weniger nach Schule.",
    }
    data.update(overrides)
    return data


@pytest.mark.django_db
def test_translator_edits_own_language(client, translator_de):
    client.force_login(translator_de)
    response = client.post("/de/words/de/mentor/edit/", edit_data())
    assert response.status_code == 302
    assert response["Location"] == "/de/words/de/"
    term = Term.objects.get(role__key="mentor", locale="de", track=None)
    assert term.forms["neutral"] == {"one": "Begleiter*in", "other": "Begleiter*innen"}
    revision = TermRevision.objects.get()
    assert (revision.author, revision.reason, revision.old_forms) == (
        translator_de,
        "Klingt weniger nach Schule.",
        {},
    )


@pytest.mark.django_db
def test_translator_of_another_language_is_refused(client, translator_pl):
    client.force_login(translator_pl)
    assert client.get("/de/words/de/mentor/edit/").status_code == 403
    assert client.post("/de/words/de/mentor/edit/", edit_data()).status_code == 403
    assert not Term.objects.filter(locale="de").exists()


@pytest.mark.django_db
def test_member_without_translator_role_is_refused(client, user):
    client.force_login(user)
    assert client.post("/en/words/de/mentor/edit/", edit_data()).status_code == 403
    assert Term.objects.count() == 0


@pytest.mark.django_db
def test_outsider_is_sent_to_sign_in(client):
    response = client.get("/en/words/de/mentor/edit/")
    assert response.status_code == 302
    assert response["Location"].startswith("/en/accounts/login/")


@pytest.mark.django_db
def test_edit_screen_shows_the_forms_the_language_needs(client, translator_pl):
    client.force_login(translator_pl)
    response = client.get("/en/words/pl/mentor/edit/")
    assert response.status_code == 200
    fields = [name for name in response.context["form"].fields if "__" in name]
    assert fields == [
        f"{gender}__{category}"
        for gender in ("neutral", "feminine", "masculine")
        for category in ("one", "few", "many", "other", "singular", "plural")
    ]
    assert response.context["samples"] == [("one", 1), ("few", 2), ("many", 0)]
    html = response.content.decode()
    assert "What the role means" in html
    assert '<td lang="en">mentors</td>' in html


@pytest.mark.django_db
def test_edit_requires_general_plural_and_keeps_input(client, translator_de):
    client.force_login(translator_de)
    response = client.post("/en/words/de/mentor/edit/", edit_data(neutral__other=""))
    assert response.status_code == 200
    assert response.context["form"].non_field_errors() == ["Give at least the general plural form."]
    assert response.context["form"]["neutral__one"].value() == "Begleiter*in"
    assert Term.objects.count() == 0


@pytest.mark.django_db
def test_track_override_edit(client, translator_de, track):
    client.force_login(translator_de)
    response = client.post(
        f"/de/words/de/mentor/edit/?track={track.pk}", {**edit_data(), "track": track.pk}
    )
    assert response.status_code == 302
    assert Term.objects.get(track=track).forms["neutral"]["one"] == "Begleiter*in"
    assert not Term.objects.filter(track=None, locale="de").exists()


@pytest.mark.django_db
def test_revert_restores_previous_forms(client, translator_de):
    TermFactory(locale="de")
    client.force_login(translator_de)
    client.post("/de/words/de/mentor/edit/", edit_data())
    change = TermRevision.objects.get(author=translator_de)
    response = client.post(f"/de/words/revisions/{change.pk}/revert/")
    assert response.status_code == 302
    assert Term.objects.get(locale="de").forms["neutral"]["one"] == "Mentor*in"
    undo = TermRevision.objects.order_by("-pk").first()
    assert undo.reverts == change
    assert undo.new_forms == change.old_forms


@pytest.mark.django_db
def test_revert_by_other_language_translator_is_refused(client, translator_de, translator_pl):
    client.force_login(translator_de)
    client.post("/de/words/de/mentor/edit/", edit_data())
    change = TermRevision.objects.get()
    client.force_login(translator_pl)
    assert client.post(f"/de/words/revisions/{change.pk}/revert/").status_code == 403
    assert Term.objects.filter(locale="de").exists()


@pytest.mark.django_db
def test_compare_shows_before_and_after(client, translator_de):
    TermFactory(locale="de")
    client.force_login(translator_de)
    client.post("/de/words/de/mentor/edit/", edit_data())
    change = TermRevision.objects.get(author=translator_de)
    html = client.get(f"/en/words/revisions/{change.pk}/").content.decode()
    assert '<td lang="de"><del>Mentor*in</del></td>' in html
    assert '<td lang="de"><ins>Begleiter*in</ins></td>' in html


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("who", "status"),
    [("translator_de", 302), ("coordinator", 302), ("translator_pl", 403), ("user", 403)],
)
def test_who_may_decide_a_proposal(client, request, who, status):
    proposal = ProposalFactory(proposer=UserFactory())
    client.force_login(request.getfixturevalue(who))
    response = client.post(
        f"/en/words/proposals/{proposal.pk}/decide/", {"decision": "adopt", "reason": ""}
    )
    assert response.status_code == status
    proposal.refresh_from_db()
    assert proposal.status == ("adopted" if status == 302 else "open")
