"""A home for each role: the dashboard shows, beside a person's own learning, the tools
of the roles they hold. Each room registers its sections from its `ready()`, so the
dashboard (in cohorts) never imports upward:

    from academy.accounts.home import home

    home.register("cohorts.facilitating", "home/facilitating.html", facilitating, position=20)

`build(request)` returns the context of the section for this person, or None when it
has nothing for them (they do not hold the role, or there is nothing to do); the
template is included with that context as `section`. A section registered with
`for_roles=True` is not even asked for people who hold no role at all (no group, no
cohort or session they run, no workshop they wrote, no mentoring: the fact kept with
their cached account, `academy.accounts.versions.roles`), which is most learners.

Rooms also register the tools a role opens (`register_link`), shown in the header's
Tools menu. Which links a person has is worked out when they sign in (and on the
dashboard, for a session from before this existed) and kept in their session, so the
header costs no query; a role given later shows its tools from the next sign-in."""

from collections.abc import Callable
from dataclasses import dataclass

from django.urls import reverse

from academy.accounts.versions import roles

SESSION_KEY = "academy_home_links"


@dataclass(frozen=True)
class Section:
    key: str
    template: str
    build: Callable
    position: int = 100
    for_roles: bool = False


@dataclass(frozen=True)
class Link:
    key: str
    label: object  # a lazy string, or a callable returning one (for role words)
    url_name: str
    holds: Callable  # (user) -> bool
    position: int = 100

    def label_text(self):
        return str(self.label()) if callable(self.label) else str(self.label)


@dataclass(frozen=True)
class Shown:
    template: str
    data: dict


class Home:
    def __init__(self):
        self._sections: dict[str, Section] = {}
        self._links: dict[str, Link] = {}

    def register(self, key, template, build, *, position=100, for_roles=False):
        self._sections[key] = Section(key, template, build, position, for_roles)

    def register_link(self, key, label, url_name, holds, *, position=100):
        self._links[key] = Link(key, label, url_name, holds, position)

    def sections(self):
        return sorted(self._sections.values(), key=lambda s: (s.position, s.key))

    def shown(self, request) -> list[Shown]:
        """The sections that have something for the person, in order."""
        found = []
        holds_role = roles.holds_role(request.user)
        for section in self.sections():
            if section.for_roles and not holds_role:
                continue
            data = section.build(request)
            if data is not None:
                found.append(Shown(section.template, data))
        return found

    def link_keys(self, user) -> list[str]:
        links = sorted(self._links.values(), key=lambda link: (link.position, link.key))
        return [link.key for link in links if link.holds(user)]

    def links(self, keys) -> list[tuple[str, str]]:
        """(label, path) in the active language for the remembered keys still known."""
        return [
            (self._links[key].label_text(), reverse(self._links[key].url_name))
            for key in keys
            if key in self._links
        ]


home = Home()


def remember_links(request, user=None, *, again=True):
    """Work out the person's tools and keep them in their session; with `again=False`,
    only when the session holds none yet."""
    if not again and SESSION_KEY in request.session:
        return
    keys = home.link_keys(user or request.user)
    if request.session.get(SESSION_KEY) != keys:
        request.session[SESSION_KEY] = keys


def on_sign_in(sender, request, user, **kwargs):
    if request is not None and hasattr(request, "session"):
        remember_links(request, user)


def tools(request):
    """Context processor: `tools`, the header's links for the signed-in person."""
    user = getattr(request, "user", None)
    session = getattr(request, "session", None)
    if user is None or session is None or not user.is_authenticated:
        return {"tools": []}
    return {"tools": home.links(session.get(SESSION_KEY, []))}
