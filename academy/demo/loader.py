"""Builds the demo academy from the TOML files in demo/data/. Idempotent: whatever already
exists (matched by English slug or email) is left exactly as it is."""

from datetime import UTC, datetime, time, timedelta
from pathlib import Path

from allauth.account.models import EmailAddress
from django.conf import settings
from django.contrib.auth.models import Group
from django.db import transaction
from django.utils import timezone, translation
from wagtail.models import Page, Site

from academy.accounts.rules import COORDINATORS_GROUP
from academy.demo.files import read_toml
from academy.demo.signals import demo_loaded
from academy.demo.terms_loader import load_terms
from academy.demo.translated import set_translated
from academy.engagement.demo import load_engagement
from academy.growth.alumni.models import AlumniStatus
from academy.growth.alumni.services import move_on, report_back
from academy.growth.badges.demo import load_badges
from academy.growth.demo import load_growth
from academy.models import (
    AddressForm,
    HomePage,
    SchoolPage,
    SessionFormat,
    TermLocale,
    TrackLevel,
    TrackPage,
    User,
    WorkshopPage,
    WorkshopSession,
)
from academy.stories.demo import load_stories
from academy.timezones import get_zone
from academy.translating.registry import target_languages
from academy.translating.services import stamp_existing
from academy.translating.states import State, progress

DATA = Path(__file__).parent / "data"
DEMO_PASSWORD = "academy-demo"  # noqa: S105 - documented demo login, never used outside `make demo`


def _outcomes_body(outcomes):
    return {
        language: [("outcomes", {"heading": "", "items": items})]
        for language, items in outcomes.items()
    }


class DemoLoader:
    def __init__(self, stdout=None):
        self.stdout = stdout
        self.created = {"pages": 0, "sessions": 0, "users": 0}
        self.people = {}  # the demo's people by key ("learner", "admin", …), once run

    def log(self, message):
        if self.stdout is not None:
            self.stdout.write(message)

    @transaction.atomic
    def run(self):
        data = read_toml(DATA / "home.toml")
        home = self.home(data)
        for slug in data["schools"]:
            self.school(home, read_toml(DATA / f"school-{slug}.toml"))
        people = read_toml(DATA / "people.toml")["people"]
        self.users(people)
        self.people = {person["key"]: User.objects.get(email=person["email"]) for person in people}
        for person in people:
            join_groups(self.people[person["key"]], person)
        load_terms(self.people)
        load_growth(read_toml(DATA / "skills.toml"), self.people, log=self.log)
        demo_loaded.send(sender=DemoLoader, people=self.people, log=self.log)
        self.alumni()
        load_stories(read_toml(DATA / "stories.toml"), self.people, log=self.log)
        load_badges(read_toml(DATA / "badges.toml"), log=self.log)
        load_engagement(read_toml(DATA / "engagement.toml"), log=self.log)
        self.translations()
        return self.created

    def alumni(self):
        """Who moved on and what they reported (demo/data/alumni.toml); once."""
        for data in read_toml(DATA / "alumni.toml")["alumni"]:
            person = User.objects.filter(email=data["email"]).first()
            if person is None or AlumniStatus.objects.filter(person=person).exists():
                continue
            move_on(
                person,
                destination=data["destination"],
                where=data["where"],
                share_with_coordinators=data["share_with_coordinators"],
            )
            moved_on_on = timezone.localdate() - timedelta(days=round(30.4 * data["months_ago"]))
            AlumniStatus.objects.filter(person=person).update(moved_on_on=moved_on_on)
            report_back(person, **data["report"])

    def translations(self):
        """Record the demo's translations as made from today's sources, then apply
        the English revisions that came after them (demo/data/source_changes.toml)."""
        stamp_existing()
        for change in read_toml(DATA / "source_changes.toml")["changes"]:
            page = Page.objects.get(slug_en=change["slug"]).specific
            text = change["text"].strip()
            if getattr(page, f"{change['field']}_en") != text:
                setattr(page, f"{change['field']}_en", text)
                page.save_revision(user=self.people.get("admin")).publish()
        counts = progress(target_languages())
        self.log(
            "Translations current: "
            + ", ".join(
                f"{code} {counts[code][State.CURRENT]}/{counts[code]['total']}"
                for code in target_languages()
            )
            + "."
        )

    def home(self, data):
        home = HomePage.objects.first()
        if home is not None:
            return home
        root = Page.get_first_root_node()
        home = HomePage(slug="home")
        set_translated(home, "title", data["title"])
        set_translated(home, "intro", data["intro"])
        root.add_child(instance=home)
        home.save_revision().publish()
        site = Site.objects.filter(is_default_site=True).first()
        previous_root = site.root_page if site else None
        with translation.override(settings.LANGUAGE_CODE):  # the record holds one language
            site_name = str(settings.ACADEMY_SITE_NAME)
        if site is None:
            Site.objects.create(
                hostname="localhost", root_page=home, is_default_site=True, site_name=site_name
            )
        else:
            site.root_page = home
            site.site_name = site_name
            site.save()
        if previous_root is not None and previous_root.pk != home.pk and previous_root.depth == 2:
            previous_root.delete()
        self.created["pages"] += 1
        return home

    def school(self, home, data):
        school, _created = self.page(home, SchoolPage, data, accent=data["accent"])
        for track_data in data["tracks"]:
            track, _created = self.page(
                school,
                TrackPage,
                track_data,
                level=TrackLevel(track_data["level"]),
                featured=track_data["featured"],
            )
            for workshop_data in track_data["workshops"]:
                self.workshop(track, workshop_data)

    def page(self, parent, model, data, translated=(), **fields):
        """The child page with this English slug; created and published if missing.
        Returns (page, created)."""
        existing = model.objects.child_of(parent).filter(slug_en=data["slug"]).first()
        if existing is not None:
            return existing, False
        page = model(slug=data["slug"], **fields)
        for name in ("title", "intro", *translated):
            set_translated(page, name, data[name])
        parent.add_child(instance=page)
        page.save_revision().publish()
        self.created["pages"] += 1
        return page, True

    def workshop(self, track, data):
        data = {**data, "body": _outcomes_body(data["outcomes"])}
        page, created = self.page(track, WorkshopPage, data, translated=("duration_hint", "body"))
        if created:
            for session_data in data["sessions"]:
                self.session(page, session_data)
        return page

    def session(self, workshop, data):
        zone = get_zone(data["time_zone"])
        day = timezone.localdate() + timedelta(days=data["days_from_now"])
        hours, minutes = (int(part) for part in data["local_time"].split(":"))
        start = datetime.combine(day, time(hours, minutes), tzinfo=zone)
        session = WorkshopSession(
            workshop=workshop,
            start=start.astimezone(UTC),
            duration_minutes=data["duration_minutes"],
            time_zone=data["time_zone"],
            format=SessionFormat(data["format"]),
            online_url=data["online_url"],
            language=data["language"],
            capacity=data["capacity"],
        )
        set_translated(session, "place", data.get("place", {}))  # no place: online only
        session.full_clean()
        session.save()
        self.created["sessions"] += 1

    def users(self, people):
        for data in people:
            if not User.objects.filter(email__iexact=data["email"]).exists():
                demo_user(data, admin=data["key"] == "admin")
                self.created["users"] += 1


def demo_user(data, admin=False):
    """A verified demo account with the documented password; found by email if it exists."""
    existing = User.objects.filter(email__iexact=data["email"]).first()
    if existing is not None:
        return existing
    user = User(
        username=data["email"].split("@")[0],
        email=data["email"],
        display_name=data["display_name"],
        preferred_language=data["preferred_language"],
        time_zone=data["time_zone"],
        address_form=AddressForm(data["address_form"]),
        spoken_languages=data["spoken_languages"],
        home_community=data["home_community"],
        is_staff=admin,
        is_superuser=admin,
    )
    user.set_password(DEMO_PASSWORD)
    user.save()
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    return user


def join_groups(user, data):
    """The translator groups of the languages the person `translates`, the
    coordinators' group if they `coordinates`, and Wagtail's Moderators (who approve
    page changes and translations) if they `reviews`. Joining again changes nothing."""
    for locale in TermLocale.objects.filter(code__in=data.get("translates", [])):
        user.groups.add(locale.translators)
    if data.get("coordinates"):
        user.groups.add(Group.objects.get(name=COORDINATORS_GROUP))
    if data.get("reviews"):
        user.groups.add(Group.objects.get(name="Moderators"))
