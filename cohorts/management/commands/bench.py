"""`make bench`: serve the demo with gunicorn (3 workers) on loopback and measure
pages against a trivial view behind the same middleware, in the same run, then the
seat-taking path under 50 concurrent clients. The coordinators' report is measured over
5,000 generated learners (`--report` measures only it), and so is the network of who
helped whom (`--network`): their facilitator, the invitations that brought a seventh of
them, and twelve communities.

The clients behave like a browser: a signed-in client carries the CSRF cookie the site
gave it on its first visit, as well as its session. The shared cache is Redis, as in
production, when it answers on 127.0.0.1:6379 (database 7, emptied first), else each
worker's own memory; the output says which. Three runs:
- shared cache warm: anonymous pages on a whole-page cache hit and on a miss with the
  fragments warm (a query string, which the page cache never serves); signed-in pages
  on a per-person hit;
- per-person pages off: the signed-in pages built again, as after the person changed
  something (their account stays cached, which a real change would also move);
- no shared cache at all: every page, cold.
Each page's line gives req/s, p50 and p95 and the queries one request costs (counted in
this process). `wrk` measures when it is installed (Debian's package), else a threaded
client of our own; the output says which. Prints ratios; asserts nothing."""

import http.client
import io
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from datetime import timedelta

from django.conf import settings
from django.core.cache.backends.redis import RedisCache
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext, override_settings
from django.utils import timezone

from academy.engagement.models import Welcome
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
MENTOR = "mentor@demo.peer-academy.org"
MISS = "?bench=miss"  # a query string: the whole-page cache never serves it
PER_PERSON = {"workshop, signed in", "dashboard", "mentor dashboard", "my pairings"}


WRK_SCRIPT = """
done = function(summary, latency, requests)
  local p50, p95 = latency:percentile(50), latency:percentile(95)
  io.write(string.format("bench-percentiles %d %d\\n", p50, p95))
end
"""
NO_SHARED_CACHE = {"default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}}
REDIS = "redis://127.0.0.1:6379/7"


def shared_cache_url():
    """Redis when it answers (emptied first), else each worker's own memory."""
    try:
        cache = RedisCache(REDIS, {})
        cache.clear()
    except Exception:  # any failure to reach it means: not here
        return "locmem://bench"
    return REDIS


def client_name():
    return "wrk" if shutil.which("wrk") else "threaded http.client"


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


def measure_with_threads(path, cookie=None):
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

    def at(share):
        return ordered[max(int(len(ordered) * share) - 1, 0)] * 1000 if ordered else float("nan")

    return len(counts) / SECONDS, at(0.50), at(0.95)


def measure_with_wrk(path, cookie=None, script=None):
    url = f"http://127.0.0.1:{PORT}{path}"
    warm = ["wrk", "-t2", f"-c{CLIENTS}", "-d1s", url]
    run = ["wrk", "-t2", f"-c{CLIENTS}", f"-d{SECONDS:.0f}s", "-s", script, url]
    if cookie:
        warm += ["-H", f"Cookie: {cookie}"]
        run += ["-H", f"Cookie: {cookie}"]
    subprocess.run(warm, capture_output=True, check=True)  # noqa: S603
    output = subprocess.run(run, capture_output=True, text=True, check=True).stdout  # noqa: S603
    if "Non-2xx" in output:
        raise RuntimeError(f"{path} answered with errors:\n{output}")
    rate = float(re.search(r"Requests/sec:\s+([0-9.]+)", output).group(1))
    p50, p95 = (int(n) / 1000 for n in re.search(r"bench-percentiles (\d+) (\d+)", output).groups())
    return rate, p50, p95


def measure(path, cookie=None, script=None):
    """(requests per second, p50 ms, p95 ms) for `path` under CLIENTS clients."""
    if script is not None:
        return measure_with_wrk(path, cookie, script)
    return measure_with_threads(path, cookie)


def browser_cookie(path, cookie=""):
    """The cookies a browser holds after its first visit to `path`: the session it came
    with, and the CSRF cookie the site set (a page with a form sets one)."""
    conn = http.client.HTTPConnection("127.0.0.1", PORT, timeout=10)
    conn.request("GET", path, headers={"Cookie": cookie} if cookie else {})
    response = conn.getresponse()
    response.read()
    conn.close()
    jar = dict(part.split("=", 1) for part in cookie.split("; ") if "=" in part)
    for header, value in response.getheaders():
        if header.lower() == "set-cookie":
            name, _, rest = value.partition("=")
            jar[name] = rest.split(";", 1)[0]
    return "; ".join(f"{name}={value}" for name, value in jar.items())


class Command(BaseCommand):
    help = "Benchmark pages against a trivial view, and the seat-taking path."

    def add_arguments(self, parser):
        parser.add_argument("--seats", action="store_true", help="only the seat-taking path")
        parser.add_argument("--report", action="store_true", help="only the report page")
        parser.add_argument("--network", action="store_true", help="only the network view")

    def handle(self, *args, **options):
        call_command("migrate", interactive=False, verbosity=0)
        if not TrackPage.objects.exists():
            call_command("demo", stdout=io.StringIO())
        if options["seats"]:
            return self.seat_path()
        ensure_report_learners(REPORT_LEARNERS)
        ensure_network_ties()
        if options["report"]:
            return self.pages(only={"trivial", "report"})
        if options["network"]:
            return self.pages(only={"trivial", "network"})
        self.pages()

    def login_cookie(self, email=LEARNER):
        client = Client()
        client.force_login(User.objects.get(email=email))
        return (
            f"{settings.SESSION_COOKIE_NAME}={client.cookies[settings.SESSION_COOKIE_NAME].value}"
        )

    def queries(self, path, email=None, *, cold=False, person_pages=True):
        """The queries one request for `path` costs in this process, after a warm-up;
        `cold`: with no shared cache at all; `person_pages=False`: with the per-person
        page cache off."""
        caches = NO_SHARED_CACHE if cold else settings.CACHES
        with override_settings(CACHES=caches, ACADEMY_PERSON_PAGES=person_pages):
            client = Client(HTTP_HOST="localhost")
            if email:
                client.force_login(User.objects.get(email=email))
            client.get(path)
            client.get(path)  # a first visit may still write to the session, and is not kept
            with CaptureQueriesContext(connection) as queries:
                response = client.get(path)
        if response.status_code != 200:
            raise RuntimeError(f"{path} answered {response.status_code}")
        return len(queries)

    def rows(self):
        """(name, path, who): anonymous pages first, then the signed-in ones."""
        workshop = WorkshopPage.objects.live().order_by("path").first()
        track = workshop.get_parent().specific
        return [
            ("trivial", "/en/bench/trivial/", None),
            ("home", "/en/", None),
            ("school", track.get_parent().url, None),
            ("track", track.url, None),
            ("workshop", workshop.url, None),
            ("workshop, signed in", workshop.url, LEARNER),
            ("dashboard", "/en/dashboard/", LEARNER),
            ("mentor dashboard", "/en/mentoring/dashboard/", MENTOR),
            ("my pairings", "/en/mentoring/", LEARNER),
            ("my growth", "/en/growth/", LEARNER),  # with 10 self-assessments
            ("report", "/en/reports/", COORDINATOR),  # over 5,000 generated learners
            ("network", "/en/engagement/network/", COORDINATOR),  # the same 5,000
        ]

    def lines(self, rows, run):
        """(label, path, who, queries) for each measured line of one run: "warm",
        "person-miss" or "cold"."""
        found = []
        for name, path, who in rows:
            if name == "trivial":
                found.append((name, path, who, self.queries(path, cold=run == "cold")))
            elif who is None and run == "warm":
                found.append((f"{name}, page-cache hit", path, who, self.queries(path)))
                found.append(
                    (f"{name}, miss, fragments warm", path + MISS, who, self.queries(path + MISS))
                )
            elif who is None and run == "cold":
                found.append((f"{name}, cold", path + MISS, who, self.queries(path, cold=True)))
            elif who is not None and run == "warm":
                hit = "per-person hit" if name in PER_PERSON else "warm"
                found.append((f"{name}, {hit}", path, who, self.queries(path, who)))
            elif who is not None and run == "person-miss" and name in PER_PERSON:
                label = f"{name}, per-person miss"
                found.append((label, path, who, self.queries(path, who, person_pages=False)))
            elif who is not None and run == "cold":
                found.append((f"{name}, cold", path, who, self.queries(path, who, cold=True)))
        return found

    def pages(self, only=None):
        rows = [row for row in self.rows() if only is None or row[0] in only]
        ensure_assessments(User.objects.get(email=LEARNER), 10)
        sessions = {who: self.login_cookie(who) for _name, _path, who in rows if who}
        vendor = connection.vendor
        with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as lua:
            lua.write(WRK_SCRIPT)
        script = lua.name if shutil.which("wrk") else None
        shared = shared_cache_url()
        report_queries = None
        try:
            for cache_url, label, run, extra in (
                (shared, f"shared cache warm ({shared})", "warm", {}),
                (
                    shared,
                    f"per-person pages off, as after a change ({shared})",
                    "person-miss",
                    {"ACADEMY_PERSON_PAGES": "false"},
                ),
                ("dummy://", "no shared cache at all", "cold", {}),
            ):
                lines = self.lines(rows, run)
                if run == "warm":
                    report_queries = next(
                        (q for n, _p, _w, q in lines if n.startswith("report")), None
                    )
                if len(lines) < 2:
                    continue
                results = self.serve(cache_url, lines, sessions, script, extra)
                self.write_table(vendor, label, results)
        finally:
            os.unlink(lua.name)
        if report_queries is not None:
            self.stdout.write(
                f"report over {User.objects.filter(username__startswith=REPORT_PREFIX).count()} "
                f"generated learners: {report_queries} queries per page"
            )

    def serve(self, cache_url, lines, sessions, script, extra):
        if cache_url.startswith("redis"):
            RedisCache(cache_url, {}).clear()
        env = {
            **os.environ,
            **extra,
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
            return [
                (label, measure(path, browser_cookie(path, sessions.get(who, "")), script), queries)
                for label, path, who, queries in lines
            ]
        finally:
            server.terminate()
            server.wait(timeout=30)

    def write_table(self, vendor, label, results):
        base = results[0][1][0] or float("nan")
        self.stdout.write(
            f"\n{vendor}, {label} (gunicorn 3 workers, {CLIENTS} clients, {SECONDS:.0f} s each, "
            f"measured with {client_name()}; signed-in clients carry their session and CSRF "
            "cookies)"
        )
        self.stdout.write(
            f"{'page':<34} {'req/s':>8} {'p50 ms':>8} {'p95 ms':>8} {'vs trivial':>11}"
            f" {'queries':>8}"
        )
        for name, (rate, p50, p95), queries in results:
            self.stdout.write(
                f"{name:<34} {rate:8.1f} {p50:8.1f} {p95:8.1f} {rate / base:10.1%} {queries:>8}"
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


COMMUNITIES = 12


def ensure_network_ties():
    """The generated learners' ties, written once: the demo's mentor ran their session,
    every seventh learner joined through the previous one's link, and they come from
    twelve communities."""
    people = list(User.objects.filter(username__startswith=REPORT_PREFIX).order_by("pk"))
    if not people or Welcome.objects.filter(newcomer=people[-1]).exists():
        return
    access = SessionAccess.objects.get(session__online_url="https://meet.example.org/bench-report")
    access.facilitators.add(User.objects.get(email=MENTOR))
    for number, person in enumerate(people):
        person.home_community = f"Bench community {number % COMMUNITIES}"
    User.objects.bulk_update(people, ["home_community"], batch_size=500)
    Welcome.objects.bulk_create(
        (
            Welcome(inviter=people[number - 1], newcomer=person)
            for number, person in enumerate(people)
            if number % 7 == 6 or number == len(people) - 1
        ),
        batch_size=500,
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
