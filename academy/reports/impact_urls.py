from django.urls import path

from academy.reports import views

urlpatterns = [path("", views.impact_page, name="impact")]
