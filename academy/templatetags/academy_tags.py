"""Template helpers for the site chrome: language links and session times."""

from django import template
from django.conf import settings
from django.urls import reverse, translate_url
from django.utils import translation
from django.utils.translation import get_language, get_language_info
from wagtail.models import Page, Site

register = template.Library()


def _page_url_in(page, site, language):
    """The page's URL in another language, built from its stored per-language
    url_path, so switching languages costs no query."""
    root = site.root_page
    page_path = getattr(page, f"url_path_{language}", None) or page.url_path
    root_path = getattr(root, f"url_path_{language}", None) or root.url_path
    if not page_path.startswith(root_path):
        return None
    with translation.override(language):
        return reverse("wagtail_serve", args=(page_path[len(root_path) :],))


@register.simple_tag(takes_context=True)
def language_links(context):
    """One entry per site language, each pointing at this same page in that language."""
    request = context.get("request")
    page = context.get("page")
    site = Site.find_for_request(request) if request is not None else None
    is_page = isinstance(page, Page) and page.pk and site is not None
    current = get_language()
    links = []
    for code, _name in settings.LANGUAGES:
        info = get_language_info(code)
        url = _page_url_in(page, site, code) if is_page else None
        if url is None:
            url = translate_url(request.get_full_path(), code) if request else f"/{code}/"
        links.append(
            {"code": code, "name": info["name_local"], "url": url, "current": code == current}
        )
    return links
