from django.urls import path

from academy.growth.alumni import views

urlpatterns = [
    path("", views.alumni_list, name="alumni_list"),
    path("moved-on/", views.moved_on, name="alumni_moved_on"),
    path("moved-on/back/", views.come_back, name="alumni_come_back"),
    path("report-back/", views.report_back, name="alumni_report_back"),
    path("stop/<str:token>/", views.stop_requests, name="alumni_stop_requests"),
]
