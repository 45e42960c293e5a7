"""The ground floor's dashboard sections and header tools: a translator's languages
with their progress and open word proposals; the pages waiting for moderation, for
those who moderate, and a person's own pages in moderation; the story rounds a person
can write in and the panels they sit on. Registered from AcademyConfig.ready()."""

from datetime import timedelta

from django.conf import settings
from django.core.cache import cache
from django.db.models import Count
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.models import WorkflowState

from academy.accounts.home import home, on_sign_in
from academy.accounts.rules import is_coordinator, is_moderator
from academy.languages import language_name
from academy.pages.cache import content_version

SHOWN = 10
PANEL_DAYS = 90  # a round's panel stays on the dashboard this long after it ends


def translating(request):
    from academy.terminology.models import ProposalStatus, TermProposal
    from academy.translating.rules import languages_for
    from academy.translating.states import State, progress

    mine = languages_for(request.user)
    if not mine or request.user.is_superuser:  # the superuser translates nothing here
        return None
    counts = progress(mine)
    proposals = dict(
        TermProposal.objects.filter(locale__in=mine, status=ProposalStatus.OPEN)
        .values_list("locale")
        .annotate(n=Count("pk"))
    )
    rows = []
    for code in mine:
        total = counts[code]["total"]
        rows.append(
            {
                "code": code,
                "name": language_name(code),
                "to_do": counts[code][State.MISSING] + counts[code][State.OUT_OF_DATE],
                "current": counts[code][State.CURRENT],
                "total": total,
                "proposals": proposals.get(code, 0),
            }
        )
    return {"languages": rows}


def moderation(request):
    """Pages in moderation: all of them for people who may publish, and the person's
    own otherwise."""
    user = request.user
    states = WorkflowState.objects.filter(status=WorkflowState.STATUS_IN_PROGRESS)
    moderates = is_moderator(user)
    if not moderates:
        states = states.filter(requested_by=user)
    states = list(states.select_related("current_task_state__task").order_by("created_at")[:SHOWN])
    if not states:
        return None
    pages = {page.pk: page for page in _pages([state.object_id for state in states])}
    for state in states:
        state.page = pages.get(int(state.object_id))
    return {"states": [s for s in states if s.page], "moderates": moderates}


def _pages(ids):
    from wagtail.models import Page

    return Page.objects.filter(pk__in=[int(pk) for pk in ids]).specific().defer_streamfields()


def stories(request):
    from academy.stories import services
    from academy.stories.models import Round
    from academy.stories.scopes import describe, on_panel

    user = request.user
    today = timezone.localdate()
    recent = cache.get_or_set(  # the same for everyone until a round changes
        f"academy:recent-rounds:{content_version()}:{today.isoformat()}",
        lambda: list(
            Round.objects.filter(starts_on__lte=today, ends_on__gte=today - timedelta(PANEL_DAYS))
        ),
        settings.ACADEMY_FRAGMENT_CACHE_SECONDS,
    )
    if not recent:
        return None
    writing = [r for r in services.rounds_for(user, recent) if r.is_open]
    panels = [r for r in recent if on_panel(user, r)][:SHOWN]
    describe(writing + panels)
    if not writing and not panels:
        return None
    return {"writing": writing, "panels": panels}


def _sits(user):
    from academy.stories.scopes import scopes

    panels = scopes.panels_of(user)
    return panels is None or bool(panels)


def register():
    from django.contrib.auth.signals import user_logged_in

    home.register(
        "academy.translating", "home/translating.html", translating, position=60, for_roles=True
    )
    home.register(
        "academy.moderation", "home/moderation.html", moderation, position=70, for_roles=True
    )
    home.register("academy.stories", "home/stories.html", stories, position=80)
    home.register_link("academy.report", _("Report"), "report", is_coordinator, position=10)
    home.register_link("academy.rounds", _("Story rounds"), "stories_rounds", _sits, position=30)
    home.register_link(
        "academy.translations",
        _("Translations"),
        "translation_workspace",
        _translates,
        position=40,
    )
    home.register_link(
        "academy.admin",
        _("Admin"),
        "wagtailadmin_home",
        lambda user: user.has_perm("wagtailadmin.access_admin"),
        position=90,
    )
    user_logged_in.connect(on_sign_in, dispatch_uid="academy-home-links")


def _translates(user):
    from academy.translating.views import may_view

    return may_view(user)
