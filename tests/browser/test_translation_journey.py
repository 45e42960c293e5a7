"""A Polish translator brings a page up to date after its English source changed:
the workspace shows it out of date, the diff shows what changed, the translation
goes to review, and once approved the Polish page shows it."""

import pytest
from django.apps import apps
from django.contrib.auth.models import Group, Permission
from wagtail.models import (
    GroupApprovalTask,
    GroupPagePermission,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from academy.terminology.builtin import seed as seed_builtin_roles
from academy.translating.services import stamp_existing
from tests.browser.test_words_journey import sign_in
from tests.factories import (
    HomePageFactory,
    SchoolPageFactory,
    TrackPageFactory,
    UserFactory,
    WorkshopPageFactory,
)

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def academy():
    seed_builtin_roles(apps)  # a transactional test's flush removed the migration's rows
    home = HomePageFactory()
    moderators, _created = Group.objects.get_or_create(name="Moderators")
    task = GroupApprovalTask.objects.create(name="Moderators approve")
    task.groups.set([moderators])
    workflow = Workflow.objects.create(name="Review")
    WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    WorkflowPage.objects.create(workflow=workflow, page=home)
    for codename in ("change_page", "publish_page"):
        GroupPagePermission.objects.create(
            group=moderators, page=home, permission=Permission.objects.get(codename=codename)
        )
    school = SchoolPageFactory(parent=home, slug="peer-learning", title_pl="Szkoła")
    track = TrackPageFactory(parent=school, slug="great-workshops", title_pl="Warsztaty")
    workshop = WorkshopPageFactory(
        parent=track,
        slug="feedback",
        title="Giving feedback",
        title_pl="Informacja zwrotna",
        intro="Bring a notebook.",
        intro_pl="Weź notatnik.",
    )
    stamp_existing(["pl"])
    workshop.intro_en = "Bring a notebook and a pen."
    workshop.save_revision().publish()
    translator = UserFactory(email="ola@example.org", preferred_language="pl")
    translator.groups.add(Group.objects.get(name="Translators (pl)"))
    moderator = UserFactory(email="mod@example.org")
    moderator.groups.add(moderators)
    return {"workshop": workshop, "moderator": moderator}


def test_translator_updates_an_out_of_date_page_and_it_goes_live_after_review(page, academy):
    workshop = academy["workshop"]
    sign_in(page, "ola@example.org")
    page.goto("/pl/translate/pl/?state=out_of_date")
    item = page.locator(".translation-item", has_text="Informacja zwrotna")
    assert item.locator(".badge").inner_text() == "Nieaktualne"
    item.get_by_role("link").click()
    page.wait_for_url(f"**/pl/translate/pl/workshop/{workshop.pk}/")

    assert page.locator(".translation-diff ins").inner_text().strip() == "and a pen"
    intro = page.locator("textarea[name=intro]")
    assert intro.input_value() == "Weź notatnik."
    intro.fill("Weź notatnik i długopis.")
    page.get_by_role("button", name="Wyślij do zatwierdzenia").click()
    page.wait_for_url("**/pl/translate/pl/")

    polish_url = "/pl/peer-learning/great-workshops/feedback/"
    page.goto(polish_url)
    assert page.locator(".lede").inner_text() == "Weź notatnik."  # not approved yet

    workshop.refresh_from_db()
    task_state = workshop.current_workflow_state.current_task_state
    task_state.task.specific.on_action(task_state, academy["moderator"], "approve")

    page.goto(polish_url)
    assert page.locator(".lede").inner_text() == "Weź notatnik i długopis."
    assert page.locator(".untranslated-notice").count() == 0
    page.goto("/pl/translate/pl/?state=out_of_date")
    assert page.locator(".translation-item", has_text="Informacja zwrotna").count() == 0
