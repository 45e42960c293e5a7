import pytest
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.utils import translation

from tests.factories import (
    HomePageFactory,
    SchoolPageFactory,
    TrackPageFactory,
    UserFactory,
    WorkshopPageFactory,
)

LANGUAGES = ["en", "de", "es", "fr", "pl", "ar"]


@pytest.fixture(autouse=True)
def _clean_state():
    """Each test starts with an empty cache and the source language active."""
    cache.clear()
    translation.activate("en")
    yield
    translation.deactivate()


@pytest.fixture
def home(db):
    return HomePageFactory(
        title_de="Peer-Akademie", title_ar="أكاديمية الأقران", intro="Learn with your peers."
    )


@pytest.fixture
def school(home):
    return SchoolPageFactory(
        parent=home,
        title="School of Peer Learning",
        title_de="Schule des gemeinsamen Lernens",
        title_es="Escuela de aprendizaje entre pares",
        title_fr="École de l'apprentissage entre pairs",
        title_pl="Szkoła uczenia się od siebie nawzajem",
        title_ar="مدرسة التعلّم بين الأقران",
        slug="peer-learning",
    )


@pytest.fixture
def track(school):
    return TrackPageFactory(
        parent=school,
        title="Running great workshops",
        title_de="Gute Workshops gestalten",
        title_es="Talleres que funcionan",
        title_fr="Animer de bons ateliers",
        title_pl="Dobre warsztaty krok po kroku",
        title_ar="إدارة ورش عمل ناجحة",
        slug="great-workshops",
        featured=True,
    )


@pytest.fixture
def workshop(track):
    return WorkshopPageFactory(
        parent=track,
        title="Giving feedback that helps",
        title_de="Feedback, das weiterhilft",
        title_es="Dar comentarios que ayudan",
        title_fr="Un retour qui aide vraiment",
        title_pl="Informacja zwrotna, która pomaga",
        title_ar="ملاحظات تساعد حقًا",
        slug="feedback",
    )


@pytest.fixture
def coordinator(db):

    person = UserFactory(display_name="Coord")
    person.groups.add(Group.objects.get(name="Coordinators"))
    return person


@pytest.fixture
def user(db):
    return UserFactory()


@pytest.fixture
def other_user(db):
    return UserFactory()
