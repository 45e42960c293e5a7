"""`make bench`: serve the demo with gunicorn (3 workers) on loopback and measure
pages against a trivial view behind the same middleware, in the same run, then the
seat-taking path under 50 concurrent clients. The coordinators' report is measured over
5,000 generated learners (`--report` measures only it), with the queries it costs.
Prints ratios; asserts nothing."""

import http.client
import io
import os
import subprocess
import sys
import threading
import time
from datetime import timedelta

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from academy.growth.demo import ensure_assessments
from academy.growth.models import Assessment, AssessmentStatus, Rating, Skill
from academy.models import TrackPage, User, WorkshopPage, WorkshopSession
from cohorts.models import (
    Attendance,
    Cohort,
    Enrolment,
    EnrolmentStatus,
    Registration,
    RegistrationStatus,
    SessionAccess,
)
from cohorts.services import seats

PORT = 8765
CLIENTS = 6
SECONDS = 4.0
REPORT_LEARNERS = 5000
REPORT_PREFIX = "bench-learner-"
ZONES = ("Europe/Berlin", "America/Lima", "Asia/Tokyo", "Africa/Nairobi")
COORDINATOR = "coordinator@demo.peer-academy.org"
LEARNER = "learner@demo.peer-academy.org"
SIGNED_IN = {"dashboard": LEARNER, "my growth": LEARNER, "report": COORDINATOR}


def fetch_loop(path, cookie, stop, latencies, counts):
    conn = http.client.HTTPConnection("127.0.0.1", PORT, timeout=10)
    headers = {"Cookie": cookie} if cookie else {}
    while not stop.is_set():
        started = time.perf_counter()
        conn.request("GET", path, headers=headers)
        response = conn.getresponse()
        response.read()
        if response.status != 200:
            raise RuntimeError(f"{path} answered {response.status}")
        latencies.append(time.perf_counter() - started)
        counts.append(1)
    conn.close()


def measure(path, cookie=None):
    stop, latencies, counts = threading.Event(), [], []
    threads = [
        threading.Thread(target=fetch_loop, args=(path, cookie, stop, latencies, counts))
        for _ in range(CLIENTS)
    ]
    for thread in threads:
        thread.start()
    time.sleep(0.5)  # warm-up: workers load templates and fill caches
    latencies.clear()
    counts.clear()
    time.sleep(SECONDS)
    stop.set()
    for thread in threads:
        thread.join()
    ordered = sorted(latencies)
    p95 = ordered[int(len(ordered) * 0.95) - 1] if ordered else float("nan")
    return len(counts) / SECONDS, p95 * 1000


class Command(BaseCommand):
    help = "Benchmark pages against a trivial view, and the seat-taking path."

    def add_arguments(self, parser):
        parser.add_argument("--seats", action="store_true", help="only the seat-taking path")
        parser.add_argument("--report", action="store_true", help="only the report page")

    def handle(self, *args, **options):
        call_command("migrate", interactive=False, verbosity=0)
        if not TrackPage.objects.exists():
            call_command("demo", stdout=io.StringIO())
        if options["seats"]:
            return self.seat_path()
        ensure_report_learners(REPORT_LEARNERS)
        if options["report"]:
            return self.pages({"trivial": "/en/bench/trivial/", "report": "/en/reports/"})
        self.pages()

    def login_cookie(self, email=LEARNER):
        client = Client()
        client.force_login(User.objects.get(email=email))
        return (
            f"{settings.SESSION_COOKIE_NAME}={client.cookies[settings.SESSION_COOKIE_NAME].value}"
        )

    def report_queries(self):
        """The queries one report page costs, counted in this process after a warm-up."""
        client = Client(HTTP_HOST="localhost")
        client.force_login(User.objects.get(email=COORDINATOR))
        client.get("/en/reports/")
        with CaptureQueriesContext(connection) as queries:
            response = client.get("/en/reports/")
        if response.status_code != 200:
            raise RuntimeError(f"the report answered {response.status_code}")
        return len(queries)

    def pages(self, paths=None):
        workshop = WorkshopPage.objects.live().order_by("path").first()
        track = workshop.get_parent().specific
        paths = paths or {
            "trivial": "/en/bench/trivial/",
            "home": "/en/",
            "track": track.url,
            "workshop": workshop.url,
            "dashboard": "/en/dashboard/",
            "my growth": "/en/growth/",  # the signed-in learner, with 10 self-assessments
            "report": "/en/reports/",  # a coordinator, over 5,000 generated learners
        }
        ensure_assessments(User.objects.get(email=LEARNER), 10)
        cookies = {email: self.login_cookie(email) for email in set(SIGNED_IN.values())}
        vendor = connection.vendor
        report_queries = self.report_queries() if "report" in paths else None
        for cache_url, label in (
            ("dummy://", "uncached"),
            ("locmem://bench", "fragment cache warm"),
        ):
            env = {
                **os.environ,
                "CACHE_URL": cache_url,
                "DJANGO_SETTINGS_MODULE": "academy.settings.bench",
                "SECRET_KEY": settings.SECRET_KEY,  # so the workers accept the login session
            }
            server = subprocess.Popen(  # noqa: S603
                [
                    sys.executable,
                    "-m",
                    "gunicorn",
                    "-w",
                    "3",
                    "-b",
                    f"127.0.0.1:{PORT}",
                    "academy.wsgi:application",
                    "--log-level",
                    "warning",
                ],
                env=env,
            )
            try:
                self.wait_for_server()
                results = {
                    name: measure(path, cookies.get(SIGNED_IN.get(name)))
                    for name, path in paths.items()
                }
            finally:
                server.terminate()
                server.wait(timeout=30)
            base = results["trivial"][0] or float("nan")
            self.stdout.write(
                f"\n{vendor}, {label} (gunicorn 3 workers, {CLIENTS} clients, {SECONDS:.0f} s each)"
            )
            self.stdout.write(f"{'page':<10} {'req/s':>8} {'p95 ms':>8} {'vs trivial':>11}")
            for name, (rate, p95) in results.items():
                self.stdout.write(f"{name:<10} {rate:8.1f} {p95:8.1f} {rate / base:10.1%}")
        if report_queries is not None:
            self.stdout.write(
                f"report over {User.objects.filter(username__startswith=REPORT_PREFIX).count()} "
                f"generated learners: {report_queries} queries per page"
            )

    def wait_for_server(self):
        for _ in range(100):
            try:
                conn = http.client.HTTPConnection("127.0.0.1", PORT, timeout=1)
                conn.request("GET", "/healthz")
                if conn.getresponse().status == 200:
                    return
            except OSError:
                time.sleep(0.2)
        raise RuntimeError("gunicorn did not start")

    def seat_path(self, clients=50, per_client=4):
        workshop = WorkshopPage.objects.live().first()
        session = WorkshopSession.objects.create(
            workshop=workshop,
            start=timezone.now() + timedelta(days=30),
            capacity=clients * per_client // 2,
            online_url="https://meet.example.org/bench",
        )
        people = [
            User.objects.create(
                username=f"bench-{session.pk}-{i}", email=f"b{session.pk}.{i}@example.org"
            )
            for i in range(clients * per_client)
        ]
        errors, barrier = [], threading.Barrier(clients)

        def work(chunk):
            barrier.wait()
            try:
                for person in chunk:
                    seats.register(person, session, check=False)
            except Exception as error:  # every failure is reported
                errors.append(repr(error))
            finally:
                connection.close()

        chunks = [people[i::clients] for i in range(clients)]
        threads = [threading.Thread(target=work, args=(chunk,)) for chunk in chunks]
        started = time.perf_counter()
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        elapsed = time.perf_counter() - started
        session.refresh_from_db()
        self.stdout.write(
            f"\nseat-taking path on {connection.vendor}: {len(people)} registrations "
            f"by {clients} concurrent clients "
            f"in {elapsed:.2f} s = {len(people) / elapsed:.0f} registrations/s; "
            f"seats taken {session.seats_taken}/{session.capacity}, errors {len(errors)}"
        )


def ensure_report_learners(count):
    """`count` learners in four regions, written once with bulk_create: a cohort of the
    first track that ended last week (a third completed it), a session held in it (three
    in four present), and two self-assessments each for a fifth of them."""
    if User.objects.filter(username__startswith=REPORT_PREFIX).exists():
        return
    workshop = WorkshopPage.objects.live().order_by("path").first()
    today, now = timezone.localdate(), timezone.now()
    cohort = Cohort.objects.create(
        track=workshop.get_parent().specific,
        name="Bench cohort",
        slug="bench-cohort",
        start_date=today - timedelta(days=60),
        end_date=today - timedelta(days=7),
        format="online",
        capacity=count,
        enrolment_opens=now - timedelta(days=90),
        enrolment_closes=now - timedelta(days=61),
    )
    session = WorkshopSession.objects.create(
        workshop=workshop,
        start=now - timedelta(days=10),
        capacity=count,
        online_url="https://meet.example.org/bench-report",
    )
    SessionAccess.objects.create(session=session, cohort=cohort)
    people = User.objects.bulk_create(
        (
            User(
                username=f"{REPORT_PREFIX}{number}",
                email=f"{REPORT_PREFIX}{number}@example.org",
                time_zone=ZONES[number % len(ZONES)],
            )
            for number in range(count)
        ),
        batch_size=500,
    )
    Enrolment.objects.bulk_create(
        (
            Enrolment(
                cohort=cohort,
                person=person,
                status=EnrolmentStatus.COMPLETED if number % 3 == 0 else EnrolmentStatus.ENROLLED,
            )
            for number, person in enumerate(people)
        ),
        batch_size=500,
    )
    Registration.objects.bulk_create(
        (
            Registration(
                session=session,
                person=person,
                status=RegistrationStatus.REGISTERED,
                attendance=Attendance.ABSENT if number % 4 == 0 else Attendance.PRESENT,
            )
            for number, person in enumerate(people)
        ),
        batch_size=500,
    )
    skills = list(Skill.objects.order_by("position", "key")[:3])
    moments = (now - timedelta(days=120), now - timedelta(days=2))
    assessments = Assessment.objects.bulk_create(
        (
            Assessment(
                person=person,
                status=AssessmentStatus.SUBMITTED,
                created_at=moment,
                submitted_at=moment,
            )
            for person in people[::5]
            for moment in moments
        ),
        batch_size=500,
    )
    Rating.objects.bulk_create(
        (
            Rating(assessment=assessment, skill=skill, level=1 + (index + position) % 5)
            for index, assessment in enumerate(assessments)
            for position, skill in enumerate(skills)
        ),
        batch_size=500,
    )
