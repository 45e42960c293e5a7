from django.urls import path

from academy.engagement import views

urlpatterns = [
    path("", views.my_engagement, name="my_engagement"),
    path("invitation/renew/", views.renew_invitation, name="invitation_renew"),
    path("ties/choice/", views.choose, name="ties_choice"),
    path("ties/hide/", views.hide_tie, name="tie_hide"),
    path("ties/show/", views.show_tie, name="tie_show"),
    path("spread/", views.spread, name="engagement_spread"),
    path("network/", views.network_view, name="engagement_network"),
]
