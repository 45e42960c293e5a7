"""Language and time-zone pickers: names from CLDR in the reader's language, the
searchable multi-select's markup, and the stored values (codes, IANA names) unchanged."""

import re
from datetime import UTC, datetime

import pytest
from django.template import Context, Template
from django.utils import translation

from academy.accounts.forms import ProfileForm
from academy.languages import (
    language_name,
    language_search_terms,
    reading_key,
    spoken_language_choices,
    spoken_language_codes,
)
from academy.models import User
from academy.timezones import format_offset, offered_zones, zone_choices, zone_label
from mentoring.forms.pairings import MentorRequestForm

ARABIC_LETTER = re.compile("[\u0600-\u06ff]")
WINTER = datetime(2031, 1, 15, 12, 0, tzinfo=UTC)
SUMMER = datetime(2031, 7, 15, 12, 0, tzinfo=UTC)


def profile_data(**overrides):
    data = {
        "display_name": "Ola",
        "preferred_language": "pl",
        "time_zone": "Europe/Warsaw",
        "address_form": "feminine",
        "spoken_languages": ["pl"],
        "home_community": "",
    }
    data.update(overrides)
    return data


@pytest.mark.parametrize(
    ("code", "reader", "name"),
    [
        ("pl", "pl", "polski"),
        ("pl", "ar", "البولندية"),
        ("pl", "de", "Polnisch"),
        ("de", "fr", "allemand"),
        ("sw", "es", "suajili"),
    ],
)
def test_language_name_is_in_the_readers_language(code, reader, name):
    assert language_name(code, reader) == name


def test_language_name_follows_the_active_language():
    with translation.override("de"):
        assert language_name("ar") == "Arabisch"


def test_language_cldr_cannot_name_in_arabic_falls_back_to_english_not_the_code():
    assert language_name("arz", "ar") == "Egyptian Arabic"


def test_unknown_code_is_shown_as_it_is():
    assert language_name("xx-klingon", "pl") == "xx-klingon"


def test_codes_for_no_language_are_not_offered():
    codes = spoken_language_codes()
    assert {"mis", "mul", "und", "zxx"} & codes == set()
    assert {"pl", "sw", "arz", "ase"} <= codes


def test_reading_key_ignores_accents_and_case():
    assert reading_key("Éwé") == "ewe"
    assert reading_key("Ñandú") == "nandu"


def test_accented_names_sort_among_the_others():
    everything = spoken_language_choices(ui_language="fr")[1][1]
    start = everything.index(("et", "estonien"))
    assert everything[start : start + 5] == [
        ("et", "estonien"),
        ("ext", "estrémègne"),
        ("ee", "éwé"),
        ("ewo", "éwondo"),
        ("fan", "fang"),
    ]


def test_site_languages_and_the_persons_own_come_first():
    often, everything = spoken_language_choices(first=["sw"], ui_language="pl")
    assert str(often[0]) == "Often chosen"
    assert often[1] == [
        ("en", "angielski"),
        ("ar", "arabski"),
        ("fr", "francuski"),
        ("es", "hiszpański"),
        ("de", "niemiecki"),
        ("pl", "polski"),
        ("sw", "suahili"),
    ]
    assert str(everything[0]) == "All languages"
    assert ("sw", "suahili") not in everything[1]
    assert everything[1][:3] == [("ab", "abchaski"), ("ace", "aceh"), ("ach", "aczoli")]
    assert len(often[1]) + len(everything[1]) == len(spoken_language_codes())


def test_arabic_list_gives_arabic_names_before_english_fallbacks():
    names = [name for _code, name in spoken_language_choices(ui_language="ar")[1][1]]
    arabic = [bool(ARABIC_LETTER.search(name)) for name in names]
    first_latin = arabic.index(False)
    assert names[0] == "أكوس"
    assert all(arabic[:first_latin])
    assert not any(arabic[first_latin:])
    assert "Egyptian Arabic" in names[first_latin:]


def test_search_terms_hold_the_code_and_the_names_in_every_site_language():
    assert language_search_terms("pl") == "pl Polish Polnisch polaco polonais polski البولندية"


@pytest.mark.django_db
def test_profile_picker_names_languages_in_polish_and_marks_the_chosen(client, user):
    user.spoken_languages = ["pl", "sw"]
    user.save()
    client.force_login(user)
    html = client.get("/pl/accounts/profile/").content.decode()
    assert (
        '<select name="spoken_languages" size="8" id="id_spoken_languages" multiple '
        'aria-describedby="id_spoken_languages_hint">' in html
    )
    assert (
        '<option value="pl" selected data-search="pl Polish Polnisch polaco polonais polski'
        ' البولندية">polski</option>' in html
    )
    assert (
        '<option value="sw" selected data-search="sw Swahili Suaheli suajili swahili suahili'
        ' السواحلية">suahili</option>' in html
    )
    assert (
        '<option value="de" data-search="de German Deutsch alemán allemand niemiecki'
        ' الألمانية">niemiecki</option>' in html
    )
    assert (
        '<p class="help picker__hint" id="id_spoken_languages_hint">'
        "Przytrzymaj Ctrl (lub Cmd), aby wybrać więcej niż jeden.</p>" in html
    )
    assert 'data-picker-remove="Usuń %(name)s"' in html
    assert html.count(' selected data-search="') == 2


@pytest.mark.django_db
def test_picker_script_and_styles_are_files_not_inline(client, user):
    client.force_login(user)
    html = client.get("/en/accounts/profile/").content.decode()
    assert '<script src="/static/academy/js/pickers.js" defer></script>' in html
    assert '<link rel="stylesheet" href="/static/academy/css/pickers.css">' in html
    assert "<script>" not in html
    assert " onclick=" not in html


@pytest.mark.django_db
def test_posting_language_codes_saves_the_codes(client, user):
    client.force_login(user)
    response = client.post(
        "/pl/accounts/profile/", profile_data(spoken_languages=["sw", "pl", "de", "pl"])
    )
    assert response.status_code == 302
    user.refresh_from_db()
    assert user.spoken_languages == ["de", "pl", "sw"]


@pytest.mark.django_db
@pytest.mark.parametrize("code", ["xx-klingon", "und"])
def test_unknown_language_code_is_refused_in_the_readers_language(client, user, code):
    client.force_login(user)
    response = client.post("/de/accounts/profile/", profile_data(spoken_languages=[code]))
    assert response.status_code == 200
    assert response.context["form"].errors["spoken_languages"] == [
        f"Bitte eine gültige Auswahl treffen. {code} ist keine gültige Auswahl."
    ]
    user.refresh_from_db()
    assert user.spoken_languages == []


@pytest.mark.django_db
def test_mentor_request_offers_the_persons_languages_first():
    with translation.override("de"):
        form = MentorRequestForm(initial={"languages": ["sw"]})
        often = next(iter(form.fields["languages"].choices))[1]
    assert ("sw", "Suaheli") in often
    assert ("pl", "Polnisch") in often
    assert len(often) == 7


def test_time_zone_choices_in_polish_group_places_by_region_with_offsets():
    choices = zone_choices(language="pl", now=WINTER)
    assert choices[0] == ("UTC", "UTC (UTC+00:00)")
    groups = dict(choices[1:])
    assert len(groups) == 10  # seven named by CLDR, the Arctic and two oceans by us
    assert {"Afryka", "Ameryka", "Antarktyda", "Australia", "Azja", "Europa", "Oceania"} <= set(
        groups
    )
    europe = groups["Europa"]
    assert ("Europe/Warsaw", "Warszawa, Polska (UTC+01:00)") in europe
    assert europe[:2] == [
        ("Europe/Amsterdam", "Amsterdam, Holandia (UTC+01:00)"),
        ("Europe/Andorra", "Andora (UTC+01:00)"),
    ]
    assert ("America/Port_of_Spain", "Port-of-Spain, Trynidad i Tobago (UTC-04:00)") in (
        groups["Ameryka"]
    )


def test_offsets_follow_summer_time():
    europe = dict(zone_choices(language="pl", now=SUMMER)[1:])["Europa"]
    assert ("Europe/Warsaw", "Warszawa, Polska (UTC+02:00)") in europe
    assert format_offset("Asia/Kolkata", SUMMER) == "UTC+05:30"
    assert format_offset("America/St_Johns", WINTER) == "UTC-03:30"


def test_region_labels_in_arabic_come_from_cldr():
    groups = dict(zone_choices(language="ar", now=WINTER)[1:])
    warsaw = dict(groups["أوروبا"])["Europe/Warsaw"]
    assert warsaw.startswith("وارسو")
    assert warsaw.endswith("بولندا (UTC+01:00)")
    assert "الأمريكتان" in groups


def test_legacy_links_are_not_offered_twice():
    zones = offered_zones()
    assert "Europe/Kyiv" in zones
    assert "Europe/Kiev" not in zones
    assert "Brazil/East" not in zones
    assert zones["America/Port_of_Spain"] == "TT"


def test_a_legacy_zone_someone_has_is_offered_in_its_region():
    groups = dict(
        zone_choices(include=["Europe/Kiev", "Brazil/East"], language="en", now=WINTER)[1:]
    )
    assert ("Europe/Kiev", "Kyiv (UTC+02:00)") in groups["Europe"]
    assert groups["Other time zones"] == [("Brazil/East", "São Paulo (UTC-03:00)")]


@pytest.mark.django_db
def test_profile_time_zone_select_in_polish(client, user):
    client.force_login(user)
    html = client.get("/pl/accounts/profile/").content.decode()
    offset = format_offset("Europe/Warsaw", datetime.now(UTC))
    assert '<optgroup label="Europa">' in html
    assert f'<option value="Europe/Warsaw">Warszawa, Polska ({offset})</option>' in html
    assert '<option value="UTC" selected>UTC (UTC+00:00)</option>' in html


@pytest.mark.django_db
def test_profile_still_saves_the_iana_name(client, user):
    client.force_login(user)
    response = client.post("/pl/accounts/profile/", profile_data(time_zone="America/Port_of_Spain"))
    assert response.status_code == 302
    user.refresh_from_db()
    assert user.time_zone == "America/Port_of_Spain"


@pytest.mark.django_db
def test_a_legacy_zone_stays_selected_and_valid(user):
    user.time_zone = "Europe/Kiev"
    form = ProfileForm(instance=user)
    assert '<option value="Europe/Kiev" selected>Kyiv (UTC+0' in str(form["time_zone"])
    bound = ProfileForm(profile_data(time_zone="Europe/Kiev"), instance=user)
    assert bound.is_valid(), bound.errors
    assert bound.cleaned_data["time_zone"] == "Europe/Kiev"


@pytest.mark.django_db
def test_a_zone_outside_the_list_is_refused_as_before(user):
    form = ProfileForm(profile_data(time_zone="Mars/Olympus_Mons"), instance=User())
    assert form.errors["time_zone"] == [
        "Select a valid choice. Mars/Olympus_Mons is not one of the available choices."
    ]


@pytest.mark.parametrize(
    ("zone", "reader", "shown"),
    [
        ("Europe/Warsaw", "pl", "Warszawa, Polska"),
        ("America/Port_of_Spain", "pl", "Port-of-Spain, Trynidad i Tobago"),
        ("Asia/Kolkata", "de", "Kalkutta, Indien"),
        ("Asia/Singapore", "en", "Singapore"),
        ("UTC", "ar", "UTC"),
        ("Nowhere/Special", "en", "Nowhere/Special"),
    ],
)
def test_zone_name_filter_shows_the_place(zone, reader, shown):
    template = Template("{% load local_names %}{{ zone|zone_name }}")
    with translation.override(reader):
        assert template.render(Context({"zone": zone})) == shown
    assert zone_label(zone, reader) == shown


def test_language_name_filter():
    template = Template("{% load local_names %}{{ code|language_name }}")
    with translation.override("ar"):
        assert template.render(Context({"code": "pl"})) == "البولندية"


@pytest.mark.django_db
def test_time_zone_note_names_the_place_in_the_readers_language(client, user, home):
    user.time_zone = "Europe/Warsaw"
    user.preferred_language = "de"
    user.save()
    client.force_login(user)
    html = client.get("/de/").content.decode()
    assert "<strong>Warschau, Polen</strong>" in html
