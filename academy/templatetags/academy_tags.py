"""Template helpers for the site chrome: language links; dates, times and numbers in the
reader's language and time zone; names and typed text isolated from their surroundings."""

import functools

from django import forms, template
from django.conf import settings
from django.urls import reverse, translate_url
from django.utils import translation
from django.utils.translation import get_language, get_language_info
from wagtail.models import Page, Site

from academy import formats
from academy.pages.cache import content_version
from academy.pages.routing import ROUTES_KEPT, Kept

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


def _swapped(request, language):
    """A view outside the page tree has the same path in every language but for its
    prefix: swap it (Django's translate_url resolves and reverses the path again)."""
    path = request.get_full_path()
    prefix = f"/{get_language()}/"
    if path.startswith(prefix):
        return f"/{language}/{path[len(prefix) :]}"
    return translate_url(path, language)


def _page_links(page, site):
    """{language: URL} of a page, kept per process until the content changes."""
    key = (content_version(), site.pk, page.pk)
    links = _kept_page_links.get(key)
    if links is None:
        links = {code: _page_url_in(page, site, code) for code, _name in settings.LANGUAGES}
        _kept_page_links.put(key, links)
    return links


_kept_page_links = Kept(ROUTES_KEPT)


@register.simple_tag(takes_context=True)
def language_links(context):
    """One entry per site language, each pointing at this same page in that language."""
    request = context.get("request")
    page = context.get("page")
    site = Site.find_for_request(request) if request is not None else None
    is_page = isinstance(page, Page) and page.pk and site is not None
    page_links = _page_links(page, site) if is_page else {}
    current = get_language()
    links = []
    for code, _name in settings.LANGUAGES:
        info = get_language_info(code)
        url = page_links.get(code)
        if url is None:
            url = _swapped(request, code) if request else f"/{code}/"
        links.append(
            {"code": code, "name": info["name_local"], "url": url, "current": code == current}
        )
    return links


def _quietly(format_value):
    """Like Django's `date` filter, a value that is not a date (or not a number) shows
    nothing rather than breaking the page."""

    @functools.wraps(format_value)
    def wrapped(value, *args):
        try:
            return format_value(value, *args)
        except (TypeError, ValueError, AttributeError):
            return ""

    return wrapped


@register.filter
@_quietly
def local_date(value, style="long"):
    """`{{ day|local_date }}`, `{{ start|local_date:"MMMEd" }}`: see academy.formats."""
    return formats.format_date(value, style)


@register.filter
@_quietly
def local_time(value):
    return formats.format_time(value)


@register.filter
@_quietly
def local_datetime(value, style="long"):
    return formats.format_datetime(value, style)


@register.simple_tag
def local_date_range(start, end, style="yMMMd"):
    return formats.format_date_range(start, end, style)


@register.filter
@_quietly
def local_zone(value):
    return formats.format_zone(value)


@register.filter
@_quietly
def local_number(value):
    return formats.format_number(value)


@register.filter
@_quietly
def local_percent(value):
    return formats.format_percent(value)


@register.filter
def bdi(value):
    """A name or typed text passed into a translated sentence, isolated there:
    `{% blocktranslate with name=person.public_name|bdi %}`, so the msgid has no markup."""
    return formats.isolate(value)


TYPED_TEXT_WIDGETS = (forms.TextInput, forms.Textarea)


@register.filter
def dir_auto(field):
    """A form field whose people type free text, rendered with dir="auto" so what they
    type runs in its own direction; other widgets are rendered unchanged."""
    if type(field.field.widget) not in TYPED_TEXT_WIDGETS:
        return field
    html = field.as_widget(attrs={"dir": "auto"})
    if field.field.show_hidden_initial:
        html += field.as_hidden(only_initial=True)
    return html
