"""Routing kept per process, checked by one content-version read per request.

Finding the Site for a host and port, the site root paths, and walking the tree to a
page (with its trail and view restrictions) cost a workshop page half its queries,
and every answer is the same until the content changes. Each process keeps them,
keyed by the content version (and, for a route, language, host and path), so they
are worked out once per process after each edit. Saving a Site, a page or a view
restriction moves the content version (`academy.pages.signals`), which retires every
entry at once; old entries fall out of the bounded store as new ones come in.

`RoutingMiddleware` hands the Site and root paths to Wagtail on the request (the
attributes Wagtail itself caches them in), and `serve` replaces Wagtail's serve view
with one that looks the route up first and then runs Wagtail's own hooks."""

from django.conf import settings
from django.core.cache import cache
from django.http import Http404, HttpResponse
from django.urls import path, re_path
from django.utils.translation import get_language
from wagtail import hooks
from wagtail import views as wagtail_views
from wagtail.models import Page
from wagtail.urls import serve_pattern

from academy.pages.cache import Kept, content_version

ROUTES_KEPT = 1000  # per process: every page in every language, with room to spare


_sites = Kept(64)
_root_paths = Kept(64)
_routes = Kept(ROUTES_KEPT)
_NOT_FOUND = object()


def forget_root_paths(**_kwargs):
    """wagtail-modeltranslation keeps the root paths for an hour in the shared cache
    under its own keys, which a Site change does not clear."""
    cache.delete_many([f"wagtail_site_root_paths_{code}" for code, _name in settings.LANGUAGES])


class RoutingMiddleware:
    """Hands Wagtail the Site and the root paths this process already knows for the
    content version (on the request attributes Wagtail keeps them in); when it knows
    them not yet, Wagtail works them out as it always does, if the request needs them,
    and the process keeps what it found."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        version, language = content_version(), get_language()
        site_key = (version, request._get_raw_host(), request.get_port())
        paths_key = (version, language)
        site, paths = _sites.get(site_key), _root_paths.get(paths_key)
        if site is not None:
            request._wagtail_site = None if site is _NOT_FOUND else site
        if paths is not None:
            request._wagtail_cached_site_root_paths_language = language
            request._wagtail_cached_site_root_paths = paths
        response = self.get_response(request)
        if site is None and hasattr(request, "_wagtail_site"):
            _sites.put(site_key, request._wagtail_site or _NOT_FOUND)
        if (
            paths is None
            and getattr(request, "_wagtail_cached_site_root_paths_language", None) == language
        ):
            _root_paths.put(paths_key, request._wagtail_cached_site_root_paths)
        return response


def route(request, path):
    """(page, args, kwargs) or None, from this process's store when it can."""
    key = (content_version(), get_language(), request._get_raw_host(), request.get_port(), path)
    found = _routes.get(key)
    if found is None:
        found = Page.route_for_request(request, path) or _NOT_FOUND
        if found is not _NOT_FOUND:
            page = found[0]
            page.kept_view_restrictions = list(page.get_view_restrictions())
        _routes.put(key, found)
    return None if found is _NOT_FOUND else found


def serve(request, path):
    """Wagtail's serve view, with the route from this process's store."""
    found = route(request, path)
    if found is None:
        raise Http404
    page, args, kwargs = found
    request._wagtail_route_for_request = found
    # What a restricted page shows depends on what the session has passed (a password):
    # no page cache keeps it for a person.
    request.page_is_restricted = bool(page.get_view_restrictions())
    on_serve_chain = wagtail_views.serve_chain
    for fn in reversed(hooks.get_hooks("on_serve_page")):
        on_serve_chain = fn(on_serve_chain)
    for fn in hooks.get_hooks("before_serve_page"):
        result = fn(page, request, args, kwargs)
        if isinstance(result, HttpResponse):
            return result
    return on_serve_chain(page, request, args, kwargs)


# Wagtail's own front-end patterns, with this serve view (the name stays wagtail_serve)
urlpatterns = [
    path(
        "_util/authenticate_with_password/<int:page_view_restriction_id>/<int:page_id>/",
        wagtail_views.authenticate_with_password,
        name="wagtailcore_authenticate_with_password",
    ),
    re_path(serve_pattern, serve, name="wagtail_serve"),
]
