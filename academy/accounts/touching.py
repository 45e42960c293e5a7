"""Which of the ground floor's records touch whom: each write below moves the
versions of the people whose own pages show it (`academy.accounts.versions`), and the
role-work version where people in roles see it (translation work, pages in
moderation, story panels). Registered from AcademyConfig.ready()."""

from django.contrib.auth.models import Group
from django.db.models import Exists, OuterRef
from django.db.models.signals import m2m_changed
from wagtail.models import GroupPagePermission, Page, TaskState, WorkflowState

from academy.accounts.versions import move_people, roles, touches


def _members(group_ids):
    from academy.models import User  # the user model, loaded once the registry is ready

    return User.objects.filter(groups__in=group_ids).values_list("pk", flat=True)


def group_permissions_changed(instance, action, pk_set, **kwargs):
    """A group's permissions are kept with each member's cached account."""
    if action not in ("post_add", "post_remove", "pre_clear"):
        return
    group_ids = [instance.pk] if isinstance(instance, Group) else list(pk_set or ())
    if action == "pre_clear" and not isinstance(instance, Group):
        group_ids = list(instance.group_set.values_list("pk", flat=True))
    move_people(list(_members(group_ids)), role_work=True)


def register():
    from academy.growth.alumni.models import AlumniReport, AlumniStatus, ReportRequest
    from academy.growth.badges.models import Award
    from academy.growth.models import Assessment, AssessmentReminder, GrowthSharing, Rating
    from academy.models import User
    from academy.pages.models import AcademyPage
    from academy.stories.models import Story, Vote
    from academy.terminology.models import (
        ProposalComment,
        ProposalVote,
        TermProposal,
        TermRevision,
    )
    from academy.translating.models import TranslatedFrom

    touches.register(User, lambda user: [user.pk])
    touches.register_m2m(
        User.groups.through,
        person_side="academy.user",
        other=lambda group: group.user_set.values_list("pk", flat=True),
    )
    touches.register_m2m(User.user_permissions.through, person_side="academy.user")
    m2m_changed.connect(
        group_permissions_changed,
        sender=Group.permissions.through,
        dispatch_uid="versions-group-permissions",
    )
    touches.register(GroupPagePermission, lambda row: _members([row.group_id]), role_work=True)
    for model in (Assessment, AssessmentReminder, GrowthSharing, Award, AlumniStatus):
        touches.register(model, lambda row: [row.person_id])
    for model in (AlumniReport, ReportRequest):
        touches.register(model, lambda row: [row.person_id], role_work=True)
    touches.register(Rating, lambda rating: [rating.assessment.person_id])
    touches.register(Story, lambda story: [story.author_id], role_work=True)
    touches.register(Vote, lambda vote: [vote.voter_id], role_work=True)
    touches.register(TermProposal, lambda proposal: [proposal.proposer_id], role_work=True)
    touches.register(ProposalVote, lambda vote: [vote.voter_id], role_work=True)
    touches.register(ProposalComment, lambda comment: [comment.author_id], role_work=True)
    touches.register(TermRevision, lambda revision: [revision.author_id], role_work=True)
    touches.register(TranslatedFrom, lambda row: [], role_work=True)
    touches.register(WorkflowState, lambda state: [state.requested_by_id], role_work=True)
    touches.register(TaskState, lambda state: [], role_work=True)
    for model in AcademyPage.__subclasses__():  # a page's owner runs its sessions
        touches.register(model, lambda page: [page.owner_id])
    roles.register(lambda: Exists(Page.objects.filter(owner=OuterRef("pk"))))
