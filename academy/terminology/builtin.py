"""The built-in roles and terminology languages, seeded by migration 0004.

The seed takes an app registry, so the migration runs it on historical models and
tests that flush the database can run it again on the current ones."""

ROLES = [
    (
        "leader",
        "leader",
        "leaders",
        "People the academy helps to grow, who guide their communities. Many cultures hear "
        "hierarchy in the English word, so choose a word your community is comfortable with.",
    ),
    (
        "mentor",
        "mentor",
        "mentors",
        "Experienced people who support one peer over several months, in regular check-ins "
        "with feedback both ways.",
    ),
    (
        "learner",
        "learner",
        "learners",
        "People taking part in a track, learning with and from their peers.",
    ),
    (
        "facilitator",
        "facilitator",
        "facilitators",
        "People who run a workshop session or a meeting: they guide the discussion "
        "and take attendance.",
    ),
    (
        "coordinator",
        "coordinator",
        "coordinators",
        "People who run schools, tracks and cohorts, review applications "
        "and report on the academy.",
    ),
]
LANGUAGES = {
    "en": [],
    "de": ["feminine", "masculine"],
    "es": ["feminine", "masculine"],
    "fr": ["feminine", "masculine"],
    "pl": ["feminine", "masculine"],
    "ar": ["feminine", "masculine"],
}


def seed(apps, schema_editor=None):
    Role = apps.get_model("academy", "Role")
    TermLocale = apps.get_model("academy", "TermLocale")
    Group = apps.get_model("auth", "Group")
    for position, (key, singular, plural, description) in enumerate(ROLES):
        Role.objects.get_or_create(
            key=key,
            defaults={
                "singular": singular,
                "plural": plural,
                "description": description,
                "description_en": description,
                "builtin": True,
                "position": position,
            },
        )
    for code, genders in LANGUAGES.items():
        group, _created = Group.objects.get_or_create(name=f"Translators ({code})")
        TermLocale.objects.get_or_create(
            code=code, defaults={"genders": genders, "translators": group}
        )
    Group.objects.get_or_create(name="Coordinators")
