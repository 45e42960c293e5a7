"""The CMS tree: HomePage → SchoolPage → TrackPage → WorkshopPage."""

from django import forms
from django.db import models
from django.db.models import Prefetch, Q
from django.http import Http404
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page, PageViewRestriction
from wagtail.search import index
from wagtail.url_routing import RouteResult

from academy.pages.blocks import BodyBlock
from academy.pages.forms import SourceLanguagePageForm
from academy.pages.panels import SessionsPanel
from academy.pages.sessions import WorkshopSession


class Later:
    """A context value built only when a template asks for it, once: the page's
    fragments are cached, and a hit needs none of what they list."""

    def __init__(self, build):
        self._build = build
        self._value = self

    def __call__(self):
        if self._value is self:
            self._value = self._build()
        return self._value


def _slug_matches(slug: str) -> Q:
    """Match a URL slug in the active language, falling back to the English slug
    where the page has no slug of its own in that language."""
    language = get_language() or "en"
    if language == "en":
        return Q(slug_en=slug)
    own = f"slug_{language}"
    return Q(**{own: slug}) | (Q(**{f"{own}__isnull": True}) | Q(**{own: ""})) & Q(slug_en=slug)


class AcademyPage(Page):
    """Shared behaviour: one query per URL segment while routing, and a breadcrumb
    trail that routing fills in, so rendering needs no ancestor queries."""

    intro = models.TextField(_("introduction"), blank=True, max_length=600)
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))

    child_model = None  # the one page type that lives below this one
    base_form_class = SourceLanguagePageForm

    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]

    class Meta:
        abstract = True

    def route(self, request, path_components):
        if not path_components:
            if self.live:
                return RouteResult(self)
            raise Http404
        if self.child_model is None:  # nothing lives below this page
            raise Http404
        children = (
            self.child_model.objects.child_of(self).live().filter(_slug_matches(path_components[0]))
        )
        if len(path_components) > 1:  # only passing through: its bodies are not needed
            children = children.defer_streamfields()
        child = children.first()
        if child is None:
            raise Http404
        child.route_trail = [*self.trail, self]
        return child.route(request, path_components[1:])

    @property
    def trail(self):
        """Ancestors below the root, outermost first."""
        if not hasattr(self, "route_trail"):
            ancestors = self.get_ancestors().filter(depth__gt=1) if self.depth > 2 else []
            self.route_trail = list(ancestors)
        return self.route_trail

    def get_view_restrictions(self):
        """Restrictions on this page or an ancestor, in one query when routing has
        already loaded the ancestors (Wagtail's own version walks them again); no
        query at all when the route comes from this process's store
        (`academy.pages.routing` keeps them with it)."""
        kept = getattr(self, "kept_view_restrictions", None)
        if kept is not None:
            return kept
        trail = getattr(self, "route_trail", None)
        if trail is None or self.alias_of_id or any(page.alias_of_id for page in trail):
            return super().get_view_restrictions()
        step = self.steplen
        paths = [self.path[:end] for end in range(step, len(self.path) + 1, step)]
        return PageViewRestriction.objects.filter(page__path__in=paths)


class WorkshopPage(AcademyPage):
    duration_hint = models.CharField(
        _("time commitment"),
        max_length=80,
        blank=True,
        help_text=_("For example: 2 hours, plus 30 minutes of reading."),
    )
    skills = ParentalManyToManyField(
        "academy.Skill",
        blank=True,
        related_name="workshops",
        verbose_name=_("skills it teaches"),
    )

    parent_page_types = ["academy.TrackPage"]
    subpage_types = []
    template = "academy/workshop_page.html"

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("duration_hint"),
        FieldPanel("skills", widget=forms.CheckboxSelectMultiple),
        FieldPanel("body"),
        SessionsPanel("sessions", label=_("Session"), heading=_("Sessions")),
    ]

    class Meta:
        verbose_name = _("workshop")
        verbose_name_plural = _("workshops")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["terminology_track"] = self.trail[-1] if self.trail else None
        sessions = Later(lambda: list(self.sessions.all()))
        context["upcoming_sessions"] = Later(
            lambda: [s for s in sessions() if s.end >= timezone.now()]
        )
        context["past_sessions"] = Later(
            lambda: [s for s in sessions() if s.end < timezone.now()][::-1]
        )
        return context


class TrackLevel(models.TextChoices):
    FIRST_STEPS = "first_steps", _("First steps")
    GROWING = "growing", _("Growing")
    EXPERIENCED = "experienced", _("Experienced")


class TrackPage(AcademyPage):
    level = models.CharField(
        _("level"), max_length=16, choices=TrackLevel.choices, default=TrackLevel.FIRST_STEPS
    )
    featured = models.BooleanField(
        _("feature on the home page"),
        default=False,
        help_text=_("Featured tracks open the home page."),
    )

    parent_page_types = ["academy.SchoolPage"]
    subpage_types = ["academy.WorkshopPage"]
    child_model = WorkshopPage
    template = "academy/track_page.html"

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        MultiFieldPanel([FieldPanel("level"), FieldPanel("featured")], heading=_("Listing")),
        FieldPanel("body"),
    ]

    class Meta:
        verbose_name = _("track")
        verbose_name_plural = _("tracks")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["terminology_track"] = self
        context["workshops"] = Later(self.workshops_with_sessions)
        return context

    def workshops_with_sessions(self):
        upcoming = WorkshopSession.objects.filter(start__gte=timezone.now()).order_by("start")
        return list(
            WorkshopPage.objects.child_of(self)
            .live()
            .defer_streamfields()
            .prefetch_related(Prefetch("sessions", queryset=upcoming, to_attr="upcoming"))
        )


class SchoolPage(AcademyPage):
    accent = models.CharField(
        _("accent colour"),
        max_length=16,
        choices=[("teal", _("Teal")), ("amber", _("Amber")), ("plum", _("Plum"))],
        default="teal",
    )

    parent_page_types = ["academy.HomePage"]
    subpage_types = ["academy.TrackPage"]
    child_model = TrackPage
    template = "academy/school_page.html"

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("accent"),
        FieldPanel("body"),
    ]

    class Meta:
        verbose_name = _("school")
        verbose_name_plural = _("schools")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["tracks"] = Later(
            lambda: list(TrackPage.objects.child_of(self).live().defer_streamfields())
        )
        return context


class HomePage(AcademyPage):
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["academy.SchoolPage"]
    child_model = SchoolPage
    max_count = 1
    template = "academy/home_page.html"

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["schools"] = Later(
            lambda: list(SchoolPage.objects.child_of(self).live().defer_streamfields())
        )
        context["featured_tracks"] = Later(self.featured_tracks)
        context["upcoming_sessions"] = Later(self.upcoming_sessions)
        return context

    def featured_tracks(self):
        return list(
            TrackPage.objects.descendant_of(self)
            .live()
            .filter(featured=True)
            .defer_streamfields()[:6]
        )

    def upcoming_sessions(self):
        return list(
            WorkshopSession.objects.filter(start__gte=timezone.now(), workshop__live=True)
            .select_related("workshop")
            .defer(*(f"workshop__{name}" for name in WorkshopPage.get_streamfield_names()))
            .order_by("start")[:6]
        )
