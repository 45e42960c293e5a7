"""Collection rounds for one cohort, and who belongs to the rounds of a school, a track
or a cohort: the people who hold or held a place in it write; the people who run its
cohorts or facilitate its sessions sit on its panel. Registered from
CohortsConfig.ready()."""

from django.utils.translation import gettext_lazy as _

from academy.models import TrackPage
from academy.stories.scopes import schools_of_tracks, scopes
from cohorts.models import HOLDS_PLACE, Cohort, Enrolment, SessionAccess


def _with_tracks_and_schools(cohort_tracks):
    """{(kind, id)} for cohorts given as {cohort id: track id}, their tracks and schools."""
    found = {("cohort", cohort) for cohort in cohort_tracks}
    tracks = set(cohort_tracks.values())
    found |= {("track", track) for track in tracks}
    found |= {("school", school) for school in schools_of_tracks(tracks).values() if school}
    return found


def members(user):
    cohort_tracks = dict(
        Enrolment.objects.filter(person=user, status__in=HOLDS_PLACE).values_list(
            "cohort", "cohort__track"
        )
    )
    return _with_tracks_and_schools(cohort_tracks)


def panel(user):
    cohort_tracks = dict(Cohort.objects.filter(coordinators=user).values_list("pk", "track"))
    facilitated = SessionAccess.objects.filter(facilitators=user)
    cohort_tracks |= dict(
        facilitated.filter(cohort__isnull=False).values_list("cohort", "cohort__track")
    )
    found = _with_tracks_and_schools(cohort_tracks)
    paths = set(facilitated.values_list("session__workshop__path", flat=True))
    steplen = TrackPage.steplen
    tracks = set(
        TrackPage.objects.filter(path__in={p[:-steplen] for p in paths}).values_list(
            "pk", flat=True
        )
    )
    found |= {("track", track) for track in tracks}
    found |= {("school", school) for school in schools_of_tracks(tracks).values() if school}
    return found


def register():
    scopes.register_kind(
        "cohort",
        _("One cohort"),
        lambda: Cohort.objects.select_related("track").order_by("-start_date", "name"),
        lambda ids: dict(Cohort.objects.filter(pk__in=ids).values_list("pk", "track")),
        parent_kind="track",
        target_label=_("Cohort"),
    )
    scopes.register_members(members)
    scopes.register_panel(panel)
