from django.urls import path

from academy.growth.badges import views

urlpatterns = [
    path("", views.my_badges, name="my_badges"),
    path("award/", views.award_new, name="badge_award_new"),
    path("about/<slug:key>/", views.badge_detail, name="badge_detail"),
    path("awards/<uuid:uuid>/", views.award_page, name="badge_award"),
    path("awards/<uuid:uuid>/download/", views.award_download, name="badge_download"),
    path("awards/<uuid:uuid>/revoke/", views.award_revoke, name="badge_revoke"),
]

# Outside the language prefix: the same for everyone who verifies.
well_known = [
    path(".well-known/jwks.json", views.jwks_view, name="badge_jwks"),
    path("badges/issuer.json", views.issuer_view, name="badge_issuer"),
]
