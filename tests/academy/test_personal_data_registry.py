"""Every model that points to a person says what happens to it when they leave."""

from academy.privacy.registry import Rule, personal_data, relations_to_people


def test_every_relation_to_a_person_is_registered():
    missing = [
        f"{model._meta.label}.{name}"
        for model, name in relations_to_people()
        if personal_data.get(model, name) is None
    ]
    assert missing == []


def test_the_walk_finds_the_apps_own_and_third_party_relations():
    found = {f"{model._meta.label}.{name}" for model, name in relations_to_people()}
    assert {
        "cohorts.Registration.person",
        "cohorts.Cohort.coordinators",
        "mentoring.Feedback.author",
        "academy.DataExport.person",
        "account.EmailAddress.user",
        "socialaccount.SocialAccount.user",
        "wagtailcore.Page.owner",
    } <= found
    assert "academy.TrackPage.owner" not in found  # inherited from Page: registered once


def test_rules_for_what_others_depend_on():
    rules = {entry.key: entry.rule for entry in personal_data}
    assert rules["cohorts.registration.person"] is Rule.PLACEHOLDER
    assert rules["academy.proposalvote.voter"] is Rule.PLACEHOLDER
    assert rules["academy.termrevision.author"] is Rule.ANONYMISE  # the reason is wiped
    assert rules["mentoring.feedback.author"] is Rule.REMOVE
    assert rules["mentoring.learningobjective.person"] is Rule.REMOVE
    assert rules["cohorts.enrolment.person"] is Rule.ANONYMISE
    assert rules["cohorts.calendartoken.person"] is Rule.REMOVE
