from datetime import timedelta

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from cohorts.models import Registration
from tests.factories import SessionFactory, UserFactory


@pytest.mark.django_db
def test_send_reminders_is_idempotent(workshop, django_capture_on_commit_callbacks, capsys):
    soon = SessionFactory(workshop=workshop, start=timezone.now() + timedelta(hours=20))
    later = SessionFactory(workshop=workshop, start=timezone.now() + timedelta(hours=30))
    person = UserFactory(preferred_language="en")
    for session in (soon, later):
        Registration.objects.create(session=session, person=person, status="registered")
    with django_capture_on_commit_callbacks(execute=True):
        call_command("send_reminders")
        call_command("send_reminders")
    assert len(mail.outbox) == 1
    assert mail.outbox[0].subject == f"Tomorrow: “{workshop.title}”"
    assert capsys.readouterr().out == "1 reminder(s) queued.\n0 reminder(s) queued.\n"
