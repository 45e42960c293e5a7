"""Moving on, reporting back, and the yearly request to do so (sent once a year, on
the anniversary of moving on, even if the command runs twice or in parallel)."""

from datetime import date

from django.db import IntegrityError, transaction
from django.utils.translation import gettext_lazy as _

from academy.errors import Refused
from academy.growth.alumni.models import AlumniReport, AlumniStatus, Destination, ReportRequest
from academy.growth.alumni.tasks import send_report_request


def move_on(person, *, destination, where="", share_with_coordinators=False, report_requests=True):
    where = "" if destination == Destination.UNSAID else where.strip()
    status, _created = AlumniStatus.objects.update_or_create(
        person=person,
        defaults={
            "destination": destination,
            "where": where,
            "share_with_coordinators": share_with_coordinators,
            "report_requests": report_requests,
        },
    )
    return status


def come_back(person):
    """The person is active again; what they reported stays theirs."""
    AlumniStatus.objects.filter(person=person).delete()


def report_back(person, *, new_role, carried="", story_link="", today=None):
    if not AlumniStatus.objects.filter(person=person).exists():
        raise Refused(_("Reporting back is for people who have moved on."))
    year = (today or date.today()).year
    report, _created = AlumniReport.objects.update_or_create(
        person=person,
        year=year,
        defaults={
            "new_role": new_role.strip(),
            "carried": carried.strip(),
            "story_link": story_link,
        },
    )
    return report


def stop_requests(person):
    AlumniStatus.objects.filter(person=person).update(report_requests=False)


def anniversary(moved_on_on: date, year: int) -> date:
    try:
        return moved_on_on.replace(year=year)
    except ValueError:  # 29 February in a common year
        return date(year, 3, 1)


def due_requests(today=None):
    """People to ask this year: alumni who want to be asked, whose anniversary of
    moving on has come this year, who have neither been asked nor reported this year."""
    today = today or date.today()
    asked = ReportRequest.objects.filter(year=today.year).values("person")
    reported = AlumniReport.objects.filter(year=today.year).values("person")
    candidates = (
        AlumniStatus.objects.filter(report_requests=True, moved_on_on__year__lt=today.year)
        .exclude(person__in=asked)
        .exclude(person__in=reported)
        .filter(person__is_active=True)
        .select_related("person")
    )
    return [s for s in candidates if anniversary(s.moved_on_on, today.year) <= today]


def send_due_requests(today=None) -> int:
    """Record each request before sending it; a second run finds it recorded."""
    today = today or date.today()
    sent = 0
    for status in due_requests(today):
        try:
            with transaction.atomic():
                ReportRequest.objects.create(person=status.person, year=today.year)
        except IntegrityError:  # another run recorded it first
            continue
        transaction.on_commit(lambda pk=status.person_id: send_report_request.enqueue(pk))
        sent += 1
    return sent
