"""The community chooses a word: propose, vote, adopt, and see it on the track page."""

import pytest
from django.apps import apps
from django.contrib.auth.models import Group

from academy.terminology.builtin import seed as seed_builtin_roles
from tests.factories import HomePageFactory, SchoolPageFactory, TrackPageFactory, UserFactory
from tests.factories.users import PASSWORD

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def people():
    seed_builtin_roles(apps)  # a transactional test's flush removed the migration's rows
    home = HomePageFactory()
    school = SchoolPageFactory(parent=home, slug="peer-learning")
    TrackPageFactory(parent=school, slug="great-workshops", title_de="Gute Workshops gestalten")
    translator = UserFactory(email="jana@example.org", preferred_language="de")
    translator.groups.add(Group.objects.get(name="Translators (de)"))
    return {
        "proposer": UserFactory(email="lea@example.org", preferred_language="de"),
        "voter": UserFactory(email="tomasz@example.org", preferred_language="de"),
        "translator": translator,
    }


def sign_in(page, email):
    page.context.clear_cookies()
    page.goto("/de/accounts/login/")
    page.fill("input[name=login]", email)
    page.fill("input[name=password]", PASSWORD)
    page.locator("main form button[type=submit]").click()
    page.wait_for_url("**/dashboard/")


def test_propose_vote_adopt_and_see_the_word(page, people):
    page.goto("/de/peer-learning/great-workshops/")
    assert page.locator(".people-list strong").first.inner_text() == "Learners"

    sign_in(page, "lea@example.org")
    page.goto("/de/words/de/propose/?role=learner")
    page.fill("input[name=neutral__one]", "Entdecker*in")
    page.fill("input[name=neutral__other]", "Entdecker*innen")
    page.fill("input[name=neutral__singular]", "Entdecker*in")
    page.fill("input[name=neutral__plural]", "Entdecker*innen")
    assert (
        page.locator("#word-preview li[data-category=one] .word-preview__word").inner_text()
        == "Entdecker*in"
    )
    page.fill("textarea[name=rationale]", "Wir entdecken gemeinsam, statt nur zu lernen.")
    page.locator("main form button[type=submit]").click()
    page.wait_for_url("**/de/words/proposals/*/")
    proposal_url = page.url

    sign_in(page, "tomasz@example.org")
    page.goto(proposal_url)
    page.locator(".vote-form input[value=support]").check()
    page.locator(".vote-form button[type=submit]").click()
    page.wait_for_url(proposal_url)
    assert page.locator(".tally__support strong").first.inner_text() == "1"

    sign_in(page, "jana@example.org")
    page.goto(proposal_url)
    page.locator(".decision-form input[value=adopt]").check()
    page.locator(".decision-form button[type=submit]").click()
    page.wait_for_url(proposal_url)
    assert page.locator(".badge--adopted").count() == 1

    page.goto("/de/peer-learning/great-workshops/")
    assert page.locator(".people-list strong").first.inner_text() == "Entdecker*innen"
