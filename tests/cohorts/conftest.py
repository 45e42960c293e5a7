from datetime import timedelta

import pytest
from django.utils import timezone

from tests.factories import SessionFactory


@pytest.fixture
def small_session(workshop):
    """A session two days from now with three seats."""
    return SessionFactory(workshop=workshop, capacity=3, start=timezone.now() + timedelta(days=2))
