from django.urls import path

from academy.growth import views

urlpatterns = [
    path("", views.my_growth, name="my_growth"),
    path("assess/", views.assess, name="growth_assess"),
    path("sharing/", views.sharing, name="growth_sharing"),
    path("sharing/page/", views.page_sharing, name="growth_page_sharing"),
    path("people/<id:pk>/", views.person_growth, name="growth_person"),
]
