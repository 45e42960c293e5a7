from django.urls import path

from academy.stories import views

urlpatterns = [
    path("", views.public_list, name="stories"),
    path("<id:pk>/", views.public_story, name="story"),
    path("mine/", views.my_stories, name="stories_mine"),
    path("<id:pk>/consent/", views.change_consent, name="story_consent"),
    path("<id:pk>/withdraw/", views.withdraw, name="story_withdraw"),
    path("<id:pk>/move/", views.move, name="story_move"),
    path("<id:pk>/select/", views.select, name="story_select"),
    path("rounds/", views.rounds, name="stories_rounds"),
    path("rounds/<id:pk>/write/", views.write, name="stories_write"),
    path("rounds/<id:pk>/panel/", views.panel, name="stories_panel"),
]
