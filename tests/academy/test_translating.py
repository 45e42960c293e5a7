"""The translation workspace: states, the source each translation was made from,
who may translate, review of page translations, and the reader's notice."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import Workflow
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from academy.errors import Refused
from academy.growth.models import Skill
from academy.translating import services
from academy.translating.diff import word_diff
from academy.translating.models import TranslatedFrom
from academy.translating.registry import translatables
from academy.translating.states import State, items, progress
from tests.academy.conftest import translator_for
from tests.factories import UserFactory
from tests.factories.pages import WorkshopPageFactory

BODY = [
    {"type": "heading", "value": {"text": "Before you start", "level": "h2"}, "id": "h-1"},
    {"type": "paragraph", "value": "<p>Bring a <b>notebook</b>.</p>", "id": "p-1"},
    {
        "type": "outcomes",
        "value": {
            "heading": "",
            "items": [
                {"type": "item", "value": "Give feedback", "id": "o-1"},
                {"type": "item", "value": "Ask questions", "id": "o-2"},
            ],
        },
        "id": "out-1",
    },
]


@pytest.fixture
def skill(db):
    return Skill.objects.create(
        key="facilitation", name="Facilitation", description="Practical skills"
    )


@pytest.fixture
def lesson(track):
    return WorkshopPageFactory(
        parent=track,
        title="Listening well",
        slug="listening",
        intro="Hear the whole story.",
        body=BODY,
    )


@pytest.fixture
def moderator(db):
    person = UserFactory(display_name="Mod")
    person.groups.add(Group.objects.get(name="Moderators"))
    return person


def kind(key):
    return translatables.get(key)


def state_of(key, obj, language):
    return next(item for item in items(language, [kind(key)]) if item.obj.pk == obj.pk)


def test_skill_translation_states_after_source_and_target_edits(skill, translator_pl):
    assert state_of("skill", skill, "pl").state is State.MISSING

    services.translate(
        translator_pl,
        kind("skill"),
        skill,
        "pl",
        {"name": "Facylitacja", "description": "Umiejętności praktyczne"},
    )
    skill.refresh_from_db()
    assert skill.name_pl == "Facylitacja"
    assert state_of("skill", skill, "pl").state is State.CURRENT
    assert state_of("skill", skill, "de").state is State.MISSING

    skill.name_en = "Facilitating groups"
    skill.save()
    item = state_of("skill", skill, "pl")
    assert item.state is State.OUT_OF_DATE
    name = next(f for f in item.fields if f.name == "name")
    assert (name.recorded, name.source) == ("Facilitation", "Facilitating groups")
    description = next(f for f in item.fields if f.name == "description")
    assert description.state is State.CURRENT

    services.translate(translator_pl, kind("skill"), skill, "pl", {"name": "Facylitacja grup"})
    assert state_of("skill", skill, "pl").state is State.CURRENT


def test_word_diff_marks_removed_and_added_words():
    assert str(word_diff("Bring a notebook.", "Bring a pen & paper.")) == (
        "Bring a <del>notebook</del><ins>pen &amp; paper</ins>."
    )


def test_translator_of_another_language_is_refused_by_the_service(skill, translator_de):
    with pytest.raises(Refused):
        services.translate(translator_de, kind("skill"), skill, "pl", {"name": "Facylitacja"})
    skill.refresh_from_db()
    assert skill.name_pl in (None, "")
    assert not TranslatedFrom.objects.exists()


def test_page_translation_waits_for_approval_then_goes_live(lesson, translator_pl, moderator):
    assert Workflow.objects.get(name="Moderators approval").active
    outcome = services.translate(
        translator_pl, kind("workshop"), lesson, "pl", {"intro": "Usłysz całą historię."}
    )
    assert outcome == services.SUBMITTED
    lesson.refresh_from_db()
    assert lesson.intro_pl in (None, "")  # readers do not see it yet
    assert lesson.workflow_in_progress
    assert TranslatedFrom.objects.get(field="intro").revision_id == lesson.latest_revision_id
    assert (
        next(f for f in state_of("workshop", lesson, "pl").fields if f.name == "intro").state
        is State.MISSING
    )

    task_state = lesson.current_workflow_state.current_task_state
    task_state.task.specific.on_action(task_state, moderator, "approve")

    lesson.refresh_from_db()
    assert lesson.intro_pl == "Usłysz całą historię."
    record = TranslatedFrom.objects.get(field="intro", language="pl")
    assert (record.revision_id, record.source, record.translated_by) == (
        None,
        "Hear the whole story.",
        translator_pl,
    )
    intro = next(f for f in state_of("workshop", lesson, "pl").fields if f.name == "intro")
    assert intro.state is State.CURRENT


def test_a_second_translation_waits_while_the_page_is_in_review(lesson, translator_pl):
    services.translate(translator_pl, kind("workshop"), lesson, "pl", {"intro": "Usłysz."})
    with pytest.raises(Refused):
        services.translate(translator_pl, kind("workshop"), lesson, "pl", {"intro": "Inaczej."})


def item_url(language, key, obj, lang="en"):
    return f"/{lang}" + reverse("translation_item", args=[language, key, obj.pk])[3:]


def test_translate_view_builds_the_body_from_the_source_segments(client, lesson, translator_pl):
    client.force_login(translator_pl)
    url = item_url("pl", "workshop", lesson)
    response = client.get(url)
    assert response.status_code == 200
    form = response.context["form"]
    assert [part.source for row in form.rows for part in row.parts] == [
        "Listening well",
        "Hear the whole story.",
        "Before you start",
        "<p>Bring a <b>notebook</b>.</p>",
        "Give feedback",
        "Ask questions",
    ]
    response = client.post(
        url,
        {
            "title": "Słuchać dobrze",
            "intro": "",
            "body__1": "Zanim zaczniesz",
            "body__2": "<p>Weź <b>notatnik</b>.<script>alert(1)</script></p>",
            "body__3": "Dawać informację zwrotną",
            "body__4": "Zadawać pytania",
        },
    )
    assert response.status_code == 302
    lesson.refresh_from_db()
    draft = lesson.get_latest_revision_as_object()
    assert draft.title_pl == "Słuchać dobrze"
    assert [(b["type"], b["id"]) for b in draft.body_pl.raw_data] == [
        ("heading", "h-1"),
        ("paragraph", "p-1"),
        ("outcomes", "out-1"),
    ]
    assert draft.body_pl.raw_data[0]["value"] == {"text": "Zanim zaczniesz", "level": "h2"}
    assert draft.body_pl.raw_data[1]["value"] == "<p>Weź <b>notatnik</b>.alert(1)</p>"
    assert [i["value"] for i in draft.body_pl.raw_data[2]["value"]["items"]] == [
        "Dawać informację zwrotną",
        "Zadawać pytania",
    ]
    assert set(TranslatedFrom.objects.values_list("field", flat=True)) == {"title", "body"}


def test_part_of_a_body_is_refused_with_nothing_lost(client, lesson, translator_pl):
    client.force_login(translator_pl)
    response = client.post(
        item_url("pl", "workshop", lesson),
        {"title": "Słuchać dobrze", "body__1": "Zanim zaczniesz"},
    )
    assert response.status_code == 400
    assert "Translate every part of “body”, or leave all of it empty." in response.content.decode()
    assert 'value="Zanim zaczniesz"' in response.content.decode()
    assert not lesson.revisions.exclude(pk=lesson.latest_revision_id).exists()


@pytest.mark.parametrize(
    ("who", "expected", "after_post"),
    [
        ("owner", 200, 302),
        ("other_translator", 403, 403),
        ("member", 403, 403),
        ("outsider", 302, 302),
    ],
)
def test_who_may_open_a_polish_translation(client, skill, who, expected, after_post):
    people = {
        "owner": lambda: translator_for("pl"),
        "other_translator": lambda: translator_for("de"),
        "member": UserFactory,
        "outsider": lambda: None,
    }
    person = people[who]()
    if person:
        client.force_login(person)
    url = item_url("pl", "skill", skill)
    assert client.get(url).status_code == expected
    response = client.post(url, {"name": "Facylitacja"})
    assert response.status_code == after_post
    if who == "outsider":
        assert response["Location"].startswith("/en/accounts/login/")
    skill.refresh_from_db()
    assert bool(skill.name_pl) is (who == "owner")


@pytest.mark.parametrize(
    ("who", "expected"), [("translator", 200), ("coordinator", 200), ("member", 403)]
)
def test_who_sees_the_workspace(client, coordinator, who, expected):
    person = {
        "translator": lambda: translator_for("ar"),
        "coordinator": lambda: coordinator,
        "member": UserFactory,
    }[who]()
    client.force_login(person)
    assert client.get("/en/translate/").status_code == expected
    assert client.get("/en/translate/pl/").status_code == expected


def test_unknown_language_or_kind_is_not_found(client, skill, translator_pl):
    client.force_login(translator_pl)
    assert client.get("/en/translate/xx/").status_code == 404
    assert client.get(f"/en/translate/pl/nothing/{skill.pk}/").status_code == 404
    assert client.get("/en/translate/pl/skill/999999/").status_code == 404
    assert client.get(f"/en/translate/en/skill/{skill.pk}/").status_code == 404


def test_progress_counts_each_state(skill, translator_pl):
    Skill.objects.create(key="speaking", name="Public speaking")
    translation = {"name": "Facylitacja", "description": "Praktyczne"}
    services.translate(translator_pl, kind("skill"), skill, "pl", translation)
    skill.description_en = "Practice"
    skill.save()
    counts = progress(["pl", "ar"], kinds=[kind("skill")])
    assert (
        counts["pl"][State.OUT_OF_DATE],
        counts["pl"][State.MISSING],
        counts["pl"][State.CURRENT],
    ) == (1, 1, 0)
    assert (counts["ar"][State.MISSING], counts["ar"]["total"]) == (2, 2)


def test_stamping_accepts_existing_translations(skill):
    skill.name_pl = "Facylitacja"
    skill.save()
    # the skill and the six domains of change, seeded with their Polish names
    assert services.stamp_existing(["pl"]) == 7
    assert services.stamp_existing(["pl"]) == 0
    name = next(f for f in state_of("skill", skill, "pl").fields if f.name == "name")
    assert name.state is State.CURRENT


def test_untranslated_page_tells_the_reader_and_marks_english(client, lesson):
    html = client.get(lesson.get_url().replace("/en/", "/ar/", 1)).content.decode()
    assert "لم تُترجم هذه الصفحة إلى العربية بعد، فهي معروضة باللغة الإنجليزية." in html
    assert '<h1 lang="en" dir="ltr">Listening well</h1>' in html
    assert '<p class="lede" lang="en" dir="ltr">Hear the whole story.</p>' in html


def test_partly_translated_page_says_which_parts_are_english(client, lesson):
    lesson.title_pl = "Słuchać dobrze"
    lesson.save()
    html = client.get(lesson.get_url().replace("/en/", "/pl/", 1)).content.decode()
    assert (
        "Części tej strony nie zostały jeszcze przetłumaczone (język: polski), "
        "dlatego wyświetlamy je w oryginale (język: angielski)." in html
    )
    assert "<h1>Słuchać dobrze</h1>" in html
    assert '<p class="lede" lang="en" dir="ltr">Hear the whole story.</p>' in html


def test_translated_page_has_no_notice(client, lesson):
    lesson.title_pl, lesson.intro_pl = "Słuchać dobrze", "Usłysz całą historię."
    lesson.body_pl = BODY
    lesson.save()
    html = client.get(lesson.get_url().replace("/en/", "/pl/", 1)).content.decode()
    assert "untranslated-notice" not in html
    assert 'lang="en" dir="ltr">Hear' not in html


def test_authors_cannot_edit_other_languages_in_the_page_editor(lesson):
    editor = UserFactory()
    editor.groups.add(Group.objects.get(name="Editors"))
    form_class = lesson.get_edit_handler().get_form_class()
    form = form_class(instance=lesson, for_user=editor)
    assert form.fields["intro_pl"].disabled
    assert form.fields["body_ar"].disabled
    assert not form.fields["intro_en"].disabled
    assert not form.fields["body_en"].disabled
    superuser = UserFactory(is_superuser=True)
    assert not form_class(instance=lesson, for_user=superuser).fields["intro_pl"].disabled


def make_skills(count):
    for number in range(count):
        Skill.objects.create(key=f"skill-{number}", name=f"Skill {number}")


# Besides the skills, 14 items have text to translate: the home page, school and track,
# what the 5 built-in roles mean, and the 6 seeded domains of change. Each kind costs
# one query (skill areas, skill levels and domains of change are kinds of their own).
OTHER_ITEMS = 14


@pytest.mark.parametrize("item_count", [1, 10])
def test_language_list_query_budget(
    client, track, translator_pl, item_count, django_assert_num_queries
):
    make_skills(item_count)
    client.force_login(translator_pl)
    with django_assert_num_queries(20):
        response = client.get("/en/translate/pl/")
    assert response.status_code == 200
    assert len(response.context["page_obj"].object_list) == min(item_count + OTHER_ITEMS, 25)


@pytest.mark.parametrize("item_count", [1, 10])
def test_workspace_query_budget(
    client, track, translator_pl, item_count, django_assert_num_queries
):
    make_skills(item_count)
    client.force_login(translator_pl)
    with django_assert_num_queries(20):
        response = client.get("/en/translate/")
    assert response.status_code == 200
    polish = next(row for row in response.context["progress_rows"] if row["code"] == "pl")
    assert polish["total"] == item_count + OTHER_ITEMS


def test_a_body_written_separately_in_each_language_is_offered_part_by_part(
    client, track, translator_pl
):
    """Content written in each language apart has its own block ids; where its shape
    is the source's, each part is offered with its existing translation."""
    outcomes = [{"type": "outcomes", "value": {"heading": "", "items": ["Listen", "Ask"]}}]
    lesson = WorkshopPageFactory(
        parent=track,
        slug="apart",
        body=outcomes,
        body_pl=[{"type": "outcomes", "value": {"heading": "", "items": ["Słuchaj", "Pytaj"]}}],
    )
    client.force_login(translator_pl)
    form = client.get(item_url("pl", "workshop", lesson)).context["form"]
    assert [(form.initial[part.name], part.source) for part in form.rows[-1].parts] == [
        ("Słuchaj", "Listen"),
        ("Pytaj", "Ask"),
    ]


def test_the_page_editor_opens_for_an_author_with_other_languages_read_only(client, lesson):
    editor = UserFactory()
    editor.groups.add(Group.objects.get(name="Editors"))
    client.force_login(editor)
    response = client.get(f"/admin/pages/{lesson.pk}/edit/")
    assert response.status_code == 200
    html = response.content.decode()
    assert 'name="intro_en"' in html
    # title, introduction, body and time commitment in the five other languages
    assert html.count("Translators translate this in the translation workspace.") == 20


def test_an_author_saving_the_page_cannot_change_another_language(client, lesson):
    lesson.intro_pl = "Usłysz całą historię."
    lesson.save_revision().publish()
    editor = UserFactory()
    editor.groups.add(Group.objects.get(name="Editors"))
    client.force_login(editor)
    data = nested_form_data(
        {
            "title_en": "Listening well",
            "slug_en": "listening",
            "intro_en": "Hear the whole story, then ask.",
            "intro_pl": "Podmienione przez autora.",
            "body_en": streamfield([("heading", {"text": "Before you start", "level": "h2"})]),
            "sessions": inline_formset([]),
            "comments": inline_formset([]),
        }
    )
    response = client.post(f"/admin/pages/{lesson.pk}/edit/", data)
    assert response.status_code == 302, response.context["form"].errors
    lesson.refresh_from_db()
    draft = lesson.get_latest_revision_as_object()
    assert draft.intro_en == "Hear the whole story, then ask."
    assert draft.intro_pl == "Usłysz całą historię."


def test_listings_mark_untranslated_titles_as_english(client, lesson, track):
    html = client.get(track.get_url().replace("/en/", "/ar/", 1)).content.decode()
    assert f'<h3 lang="en" dir="ltr"><a href="{lesson.get_url().replace("/en/", "/ar/", 1)}' in html
    assert '<p lang="en" dir="ltr">Hear the whole story.</p>' in html
    assert "<h1>إدارة ورش عمل ناجحة</h1>" in html  # the track itself is translated


def test_deleting_an_item_forgets_its_translation_sources(skill, translator_pl):
    services.translate(translator_pl, kind("skill"), skill, "pl", {"name": "Facylitacja"})
    other = Skill.objects.create(key="speaking", name="Public speaking", name_pl="Przemawianie")
    services.stamp_existing(["pl"])
    skill.delete()
    skills = TranslatedFrom.objects.filter(content_type__model="skill")
    assert list(skills.values_list("object_id", flat=True)) == [str(other.pk)]


def test_translating_too_often_is_refused(client, settings, skill, translator_pl):
    client.force_login(translator_pl)
    url = item_url("pl", "skill", skill)
    for number in range(200):
        client.post(url, {"name": f"Facylitacja {number}"})
    response = client.post(url, {"name": "Jeszcze raz"})
    assert response.status_code == 429
    skill.refresh_from_db()
    assert skill.name_pl == "Facylitacja 199"
