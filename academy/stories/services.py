"""The rules of a collection round: who may open one and write in it, what a story's
consent lets others see, how the panel votes and selects, how selections go up a
level, and the feedback the authors are sent once."""

from django.core.exceptions import PermissionDenied
from django.db import IntegrityError, transaction
from django.db.models import Prefetch, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from academy.accounts.rules import require_coordinator
from academy.errors import Refused
from academy.stories.models import PUBLISHABLE, SHARED, Round, Selection, Story, Vote
from academy.stories.scopes import ACADEMY, on_panel, scopes


def open_round(user, *, starts_on, ends_on, scope, scope_id=None, question):
    require_coordinator(user)
    return Round.objects.create(
        starts_on=starts_on,
        ends_on=ends_on,
        scope=scope,
        scope_id=None if scope == ACADEMY[0] else scope_id,
        question=question,
    )


def rounds_for(user, rounds):
    """The rounds among `rounds` whose scope the person belongs to."""
    theirs = scopes.of(user)
    return [round_ for round_ in rounds if round_.scope_key in theirs]


def may_write(user, round_) -> bool:
    return round_.scope_key in scopes.of(user)


def write_story(author, round_, **fields):
    if not round_.is_open:
        raise Refused(_("This round is not open for stories."))
    if not may_write(author, round_):
        raise Refused(_("This round asks other people for their stories."))
    return Story.objects.create(round=round_, author=author, **fields)


def edit_story(author, story, **fields):
    if story.author_id != author.pk or story.withdrawn_at:
        raise Refused(_("Only the person who wrote a story may change it."))
    if not story.round.is_open:
        raise Refused(_("The round is closed: the story can no longer be changed."))
    for name, value in fields.items():
        setattr(story, name, value)
    story.save()
    return story


def _forget_panel_work(story, *, keep_selections):
    story.votes.all().delete()
    if not keep_selections:
        story.selections.all().delete()


@transaction.atomic
def change_consent(author, story, consent):
    if story.author_id != author.pk:
        raise Refused(_("Only the person who wrote a story decides who may read it."))
    story.consent = consent
    story.save(update_fields=["consent", "updated_at"])
    if consent not in SHARED:  # the panel no longer sees it: its votes and choices go
        _forget_panel_work(story, keep_selections=False)
    return story


@transaction.atomic
def withdraw(author, story):
    if story.author_id != author.pk:
        raise Refused(_("Only the person who wrote a story may withdraw it."))
    story.withdrawn_at = timezone.now()
    story.save(update_fields=["withdrawn_at", "updated_at"])
    _forget_panel_work(story, keep_selections=False)
    return story


def shared_with_panel():
    return Story.objects.filter(consent__in=SHARED, withdrawn_at__isnull=True)


def published():
    """Stories selected in some round whose authors agreed to publication."""
    return (
        Story.objects.filter(consent__in=PUBLISHABLE, withdrawn_at__isnull=True)
        .filter(selections__isnull=False)
        .distinct()
        .order_by("domain__position", "domain__key", "-created_at", "-pk")
    )


SEARCH_LIMIT = 5  # stories shown beside the page results


def search_published(words, limit=SEARCH_LIMIT):
    """Published stories holding every word in their headline or text, in any language."""
    stories = published()
    for word in words:
        stories = stories.filter(
            Q(headline__icontains=word)
            | Q(what_happened__icontains=word)
            | Q(why_it_matters__icontains=word)
        )
    return list(stories.select_related("domain")[:limit]) if words else []


def with_reasons(stories):
    """Prefetch each story's selections (with their rounds) and votes: the reasons."""
    return stories.prefetch_related(
        Prefetch("selections", queryset=Selection.objects.select_related("round")),
        Prefetch("votes", queryset=Vote.objects.order_by("created_at", "pk")),
    )


def rounds_below(round_):
    """The rounds one level down whose period meets this round's: their selections
    come up to this round's panel."""
    kinds = scopes.child_kinds(round_.scope)
    found = []
    for kind in kinds:
        candidates = list(
            Round.objects.filter(scope=kind.key)
            .filter(starts_on__lte=round_.ends_on, ends_on__gte=round_.starts_on)
            .exclude(pk=round_.pk)
        )
        parents = kind.parents({other.scope_id for other in candidates}) if candidates else {}
        found += [other for other in candidates if parents.get(other.scope_id) == round_.scope_id]
    return found


def panel_stories(round_):
    """What the panel reads: the stories shared in this round, and the stories selected
    in the rounds one level down."""
    below = rounds_below(round_)
    own = shared_with_panel().filter(round=round_)
    if below:
        lifted = shared_with_panel().filter(selections__round__in=below)
        return (own | lifted).distinct()
    return own


def require_panel(user, round_):
    if not on_panel(user, round_):
        raise PermissionDenied


def move(user, round_, story, domain):
    require_panel(user, round_)
    if story.round_id != round_.pk:
        raise Refused(_("Only the round a story was written in can move it."))
    if story.selections.exists():
        raise Refused(_("The story is selected. Take the selection back before moving it."))
    with transaction.atomic():
        story.domain = domain
        story.save(update_fields=["domain", "updated_at"])
        taken_back = Vote.objects.filter(story=story).delete()[0]
    return taken_back


def vote(user, round_, story, reason):
    """Record the person's vote in the story's domain; a second vote in the same domain
    replaces the first."""
    require_panel(user, round_)
    with transaction.atomic():
        Vote.objects.filter(round=round_, domain=story.domain, voter=user).delete()
        return Vote.objects.create(
            round=round_, story=story, domain=story.domain, voter=user, reason=reason
        )


def take_back_vote(user, round_, story):
    require_panel(user, round_)
    return Vote.objects.filter(round=round_, story=story, voter=user).delete()[0]


def select(user, round_, story, reason):
    require_panel(user, round_)
    try:
        with transaction.atomic():
            return Selection.objects.create(
                round=round_, story=story, domain=story.domain, reason=reason, decided_by=user
            )
    except IntegrityError:
        raise Refused(
            _("A story is already selected in this domain. Take it back to choose another.")
        ) from None


def unselect(user, round_, story):
    require_panel(user, round_)
    selection = Selection.objects.filter(round=round_, story=story).first()
    if selection is None:
        return 0
    if selection.author_told_at:
        raise Refused(_("The author has been told of this selection; it stays."))
    selection.delete()
    return 1


def tell_authors(user, round_):
    """Email each author whose story was selected in the round and not yet told; each
    selection is marked before its email is queued, so no author is told twice."""
    from academy.stories.tasks import send_selection_feedback

    require_panel(user, round_)
    told = 0
    for pk in Selection.objects.filter(round=round_, author_told_at__isnull=True).values_list(
        "pk", flat=True
    ):
        with transaction.atomic():
            marked = Selection.objects.filter(pk=pk, author_told_at__isnull=True).update(
                author_told_at=timezone.now()
            )
        if marked:
            transaction.on_commit(lambda pk=pk: send_selection_feedback.enqueue(pk))
            told += 1
    return told
