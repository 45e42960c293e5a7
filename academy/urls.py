from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.conf.urls.static import static
from django.urls import include, path, re_path, register_converter
from django.views.generic import RedirectView
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from academy.accounts.views import profile
from academy.engagement import views as engagement_views
from academy.growth.badges.urls import well_known as badge_keys
from academy.pages.views import search, track_authors_view
from academy.web import DatabaseId, healthz, trivial

register_converter(DatabaseId, "id")


def to_allauth(name):
    return RedirectView.as_view(pattern_name=name, query_string=True)


urlpatterns = [
    path("healthz", healthz, name="healthz"),
    # Every way in and out goes through allauth: its rate limits, its mandatory email
    # verification and its translated emails. Wagtail's own views are never reached.
    path("admin/login/", to_allauth("account_login"), name="admin_login_redirect"),
    path("admin/logout/", to_allauth("account_logout")),
    path("admin/password_reset/", to_allauth("account_reset_password")),
    re_path(r"^admin/password_reset/.+$", to_allauth("account_reset_password")),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("", include("cohorts.feed_urls")),
    *badge_keys,
]

localized = [
    path("accounts/profile/", profile, name="profile"),
    path("", include("academy.privacy.urls")),
    path("accounts/", include("allauth.urls")),
    path("search/", search, name="search"),
    path("badges/", include("academy.growth.badges.urls")),
    path("words/", include("academy.terminology.urls")),
    path("translate/", include("academy.translating.urls")),
    path("alumni/", include("academy.growth.alumni.urls")),
    path("growth/", include("academy.growth.urls")),
    path("reports/", include("academy.reports.urls")),
    path("impact/", include("academy.reports.impact_urls")),
    path("stories/", include("academy.stories.urls")),
    path("engagement/", include("academy.engagement.urls")),
    path("invite/<str:code>/", engagement_views.invitation, name="invitation"),
    path("circles/", include("academy.circles.urls")),
    path("tracks/<id:pk>/authors/", track_authors_view, name="track_authors"),
    path("", include("cohorts.urls")),
    path("", include("mentoring.urls")),
]
if settings.ACADEMY_BENCH_VIEWS:  # the benchmark's yardstick, behind the same middleware
    localized.append(path("bench/trivial/", trivial))
localized.append(  # restricted pages send visitors here (Wagtail reverses this name)
    path("_util/login/", to_allauth("account_login"), name="wagtailcore_login")
)
localized.append(path("", include("academy.pages.routing")))  # the page tree: the rest

urlpatterns += i18n_patterns(*localized, prefix_default_language=True)

if settings.DEBUG:
    urlpatterns = static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT) + urlpatterns

handler400 = "academy.web.bad_request"
handler403 = "academy.web.permission_denied"
handler404 = "academy.web.page_not_found"
handler500 = "academy.web.server_error"
