from django.urls import path

from academy.circles import views

urlpatterns = [
    path("", views.circle_list, name="circle_list"),
    path("new/", views.circle_new, name="circle_new"),
    path("<id:pk>/", views.circle_detail, name="circle_detail"),
    path("<id:pk>/invite/", views.invite, name="circle_invite"),
    path("<id:pk>/plan/", views.plan, name="circle_plan"),
    path("<id:pk>/leave/", views.leave, name="circle_leave"),
    path("meetings/<id:pk>/notes/", views.notes, name="meeting_notes"),
    path("meetings/<id:pk>/story-round/", views.story_round, name="meeting_story_round"),
]
