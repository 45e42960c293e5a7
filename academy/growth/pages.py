"""What the My growth page shows, gathered in a fixed number of queries however many
assessments a person has made."""

from django.utils.translation import get_language_bidi

from academy.growth.assessments import submitted_assessments
from academy.growth.charts import build_charts
from academy.growth.cycle import next_due
from academy.growth.framework import grouped, skills_with_levels
from academy.growth.models import AssessmentStatus, Rating, Skill
from academy.pages.models import TrackPage, WorkshopPage


def growth_overview(person, cycle):
    assessments = list(submitted_assessments(person))
    rows = list(
        Rating.objects.filter(
            assessment__person=person, assessment__status=AssessmentStatus.SUBMITTED
        ).values_list("assessment_id", "skill_id", "level", "evidence", "focus")
    )
    skills = skills_with_levels()
    charts = build_charts(skills, assessments, [row[:4] for row in rows], rtl=get_language_bidi())
    by_skill = {chart.skill.pk: chart for chart in charts}
    areas = []
    for group in grouped(skills):
        area_charts = [by_skill[skill.pk] for skill in group.skills if skill.pk in by_skill]
        if area_charts:
            areas.append((group.area, area_charts))
    latest = assessments[-1] if assessments else None
    return {
        "assessments": assessments,
        "latest": latest,
        "chart_areas": areas,
        "picks": _picks(latest, rows, skills) if latest else [],
        "next_due": next_due(latest.submitted_at if latest else None, cycle),
        "cycle_months": cycle,
    }


def _picks(latest, rows, skills):
    """The skills the latest assessment chose to grow next, each with the live
    workshops that teach it and their tracks."""
    by_id = {skill.pk: skill for skill in skills}
    chosen = sorted((row[4], row[1]) for row in rows if row[0] == latest.pk and row[4])
    pick_ids = [skill_id for _focus, skill_id in chosen]
    links = list(
        WorkshopPage.skills.through.objects.filter(skill_id__in=pick_ids).values_list(
            "workshoppage_id", "skill_id"
        )
    )
    workshops = {
        page.pk: page
        for page in WorkshopPage.objects.live()
        .public()
        .filter(pk__in={page_id for page_id, _skill in links})
        .order_by("path")
    }
    tracks = {
        track.path: track
        for track in TrackPage.objects.live()
        .public()
        .filter(path__in={page.path[: -TrackPage.steplen] for page in workshops.values()})
    }
    picks = []
    for skill_id in pick_ids:
        teaching = [
            workshops[page_id]
            for page_id, skill in links
            if skill == skill_id and page_id in workshops
        ]
        teaching.sort(key=lambda page: page.path)
        track_list = []
        for page in teaching:
            track = tracks.get(page.path[: -TrackPage.steplen])
            if track is not None and track not in track_list:
                track_list.append(track)
        picks.append(
            {
                "skill": by_id.get(skill_id) or Skill(pk=skill_id),
                "workshops": teaching,
                "tracks": track_list,
            }
        )
    return picks
