"""Page factories. Pages are added to the tree with add_child, the way the admin does,
so url paths in every language are filled in."""

from datetime import timedelta

import factory
from django.utils import timezone
from wagtail.models import Locale, Page, Site

from academy.models import HomePage, SchoolPage, TrackPage, WorkshopPage, WorkshopSession


def tree_root():
    """Wagtail's root page and default locale come from migrations; a transactional
    test's flush removes them, so put them back when they are missing."""
    root = Page.get_first_root_node()
    if root is None:
        Locale.objects.get_or_create(language_code="en")
        root = Page.add_root(instance=Page(title="Root", slug="root"))
    return root


class TreePageFactory(factory.django.DjangoModelFactory):
    class Meta:
        abstract = True

    title = factory.Sequence(lambda n: f"Page {n}")
    slug = factory.Sequence(lambda n: f"page-{n}")
    intro = "An introduction."

    @classmethod
    def _create(cls, model_class, *args, parent=None, **kwargs):
        page = model_class(*args, **kwargs)
        parent.add_child(instance=page)
        return page


class HomePageFactory(TreePageFactory):
    """Creates the home page and makes it the default site's root."""

    class Meta:
        model = HomePage

    title = "Peer Academy"
    slug = "academy"

    @classmethod
    def _create(cls, model_class, *args, parent=None, **kwargs):
        page = super()._create(model_class, *args, parent=parent or tree_root(), **kwargs)
        Site.objects.update_or_create(
            is_default_site=True,
            defaults={"hostname": "localhost", "root_page": page, "site_name": "Peer Academy"},
        )
        Site.clear_site_root_paths_cache()
        return page


class SchoolPageFactory(TreePageFactory):
    class Meta:
        model = SchoolPage

    title = factory.Sequence(lambda n: f"School {n}")
    slug = factory.Sequence(lambda n: f"school-{n}")


class TrackPageFactory(TreePageFactory):
    class Meta:
        model = TrackPage

    title = factory.Sequence(lambda n: f"Track {n}")
    slug = factory.Sequence(lambda n: f"track-{n}")


class WorkshopPageFactory(TreePageFactory):
    class Meta:
        model = WorkshopPage

    title = factory.Sequence(lambda n: f"Workshop {n}")
    slug = factory.Sequence(lambda n: f"workshop-{n}")


class SessionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = WorkshopSession

    start = factory.Sequence(
        lambda n: timezone.now().replace(microsecond=0) + timedelta(days=n + 1)
    )
    duration_minutes = 90
    time_zone = "Europe/Berlin"
    format = "online"
    online_url = "https://meet.example.org/room"
    language = "en"
    capacity = 20
