from django.urls import path

from academy.stories import views

urlpatterns = [
    path("", views.public_list, name="stories"),
    path("feed/", views.public_feed, name="stories_feed"),
    path("<id:pk>/", views.public_story, name="story"),
    path("mine/", views.my_stories, name="stories_mine"),
    path("<id:pk>/edit/", views.edit, name="story_edit"),
    path("<id:pk>/consent/", views.change_consent, name="story_consent"),
    path("<id:pk>/withdraw/", views.withdraw, name="story_withdraw"),
    path("rounds/", views.rounds, name="stories_rounds"),
    path("rounds/<id:pk>/write/", views.write, name="stories_write"),
    path("rounds/<id:pk>/panel/", views.panel, name="stories_panel"),
    path("rounds/<id:pk>/tell-authors/", views.tell_authors, name="stories_tell_authors"),
    path("rounds/<id:round_pk>/stories/<id:pk>/move/", views.move, name="story_move"),
    path("rounds/<id:round_pk>/stories/<id:pk>/vote/", views.vote, name="story_vote"),
    path(
        "rounds/<id:round_pk>/stories/<id:pk>/take-back-vote/",
        views.take_back_vote,
        name="story_take_back_vote",
    ),
    path("rounds/<id:round_pk>/stories/<id:pk>/select/", views.select, name="story_select"),
    path("rounds/<id:round_pk>/stories/<id:pk>/unselect/", views.unselect, name="story_unselect"),
]
