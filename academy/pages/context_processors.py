from django.conf import settings
from wagtail.models import Site

from academy.models import SchoolPage
from academy.pages.cache import content_version, seat_version


def site_chrome(request):
    """What the base layout needs on every page. Values are callables, so templates
    only run them when a cached fragment has to be rebuilt."""

    def nav_schools():
        site = Site.find_for_request(request)
        if site is None:
            return SchoolPage.objects.none()
        return SchoolPage.objects.live().child_of(site.root_page).defer_streamfields()

    return {
        "content_version": content_version,
        "seat_version": seat_version,
        "default_time_zone": settings.ACADEMY_DEFAULT_TIME_ZONE,
        "nav_schools": nav_schools,
        "site_name": settings.ACADEMY_SITE_NAME,  # lazy: rendered in the page's language
    }
