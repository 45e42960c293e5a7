"""The demo's peer support: several languages and zones, an away mentor, active pairings
with past and upcoming check-ins, objectives, and things waiting for coordinators."""

from datetime import timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone

from academy.models import Skill
from cohorts.models import Enrolment, EnrolmentStatus
from mentoring.models import (
    CheckIn,
    Feedback,
    LearningObjective,
    MentorApplication,
    MentorProfile,
    ObjectiveStatus,
    Pairing,
    PairingStatus,
    ProgrammeTemplate,
    SupportRequest,
)
from mentoring.services.matching import suggest
from mentoring.services.pathway import pathway

LANGUAGES = ["en", "de", "es", "fr", "pl", "ar"]


@pytest.mark.django_db
def test_demo_peer_support(capsys):
    call_command("demo")
    assert (
        "Peer support: 15 skills, 3 programmes, 5 people offering support, 5 pairings."
        in capsys.readouterr().out
    )
    call_command("demo")  # a second run adds nothing
    assert "Peer support" not in capsys.readouterr().out
    now = timezone.now()
    profiles = list(MentorProfile.objects.select_related("person"))
    assert len(profiles) == 5
    assert len({p.person.time_zone for p in profiles}) == 5
    assert len({p.person.preferred_language for p in profiles}) == 5
    assert [p.person.email for p in profiles if p.is_away()] == ["rania@demo.peer-academy.org"]
    assert sorted(Pairing.objects.values_list("status", flat=True)) == [
        "active",
        "active",
        "active",
        "completed",
        "proposed",
    ]
    active = CheckIn.objects.filter(pairing__status="active")
    assert active.filter(met_at__isnull=False).count() == 1
    assert active.filter(met_at__isnull=True, due_at__lt=now).count() == 1  # overdue
    assert active.filter(due_at__gt=now).count() >= 3
    assert LearningObjective.objects.filter(status="active").count() == 2
    assert SupportRequest.objects.filter(closed_at__isnull=True).count() == 1
    assert MentorApplication.objects.filter(status="pending").count() == 1
    for model, field in ((Skill, "name"), (ProgrammeTemplate, "name")):
        for item in model.objects.all():
            values = [getattr(item, f"{field}_{code}") for code in LANGUAGES]
            assert all(values), item
            assert len(set(values)) >= 5, item  # translated, not copied
    kasia = next(p.person for p in profiles if p.person.email.startswith("kasia"))
    assert [step.reached for step in pathway(kasia)] == [True, True, True]
    learner = next(p.person for p in profiles if p.person.email.startswith("mentor@"))
    assert suggest(learner, Skill.objects.filter(key="conflict"), ["de"])[
        0
    ].profile.person.email == ("anna@demo.peer-academy.org")
    assert list(Pairing.objects.filter(starred=True).values_list("mentor__email", flat=True)) == [
        "anna@demo.peer-academy.org"
    ]
    met = CheckIn.objects.get(pairing__status=PairingStatus.ACTIVE, met_at__isnull=False)
    assert sorted(Feedback.objects.filter(check_in=met).values_list("rating", flat=True)) == [4, 5]
    assert Enrolment.objects.get(person=kasia).status == EnrolmentStatus.COMPLETED
    quiet = Pairing.objects.get(mentee__email="tomasz@demo.peer-academy.org")
    objective = LearningObjective.objects.get(person=quiet.mentee)
    assert objective.status == ObjectiveStatus.ACTIVE
    assert objective.supporter == quiet.mentor
    assert round((objective.created_at - quiet.started_at) / timedelta(days=1)) == 5
    assert Pairing.objects.get(status=PairingStatus.PROPOSED).events.get().message == (
        "أودّ أن أتعلم كيف أرحّب بالمحررين الجدد في ويكيبيديا العربية."
    )
