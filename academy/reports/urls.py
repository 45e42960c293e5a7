from django.urls import path

from academy.reports import views

urlpatterns = [
    path("", views.report_page, name="report"),
    path("report.csv", views.report_csv, name="report_csv"),
]
