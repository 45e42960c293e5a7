from django.urls import path

from academy.terminology import views

urlpatterns = [
    path("", views.words_index, name="words_index"),
    path("proposals/<id:pk>/", views.proposal_detail, name="proposal_detail"),
    path("proposals/<id:pk>/vote/", views.vote, name="proposal_vote"),
    path("proposals/<id:pk>/comment/", views.comment, name="proposal_comment"),
    path("proposals/<id:pk>/decide/", views.decide, name="proposal_decide"),
    path("revisions/<id:pk>/", views.revision_detail, name="revision_detail"),
    path("revisions/<id:pk>/revert/", views.revert, name="revision_revert"),
    path("<str:locale>/", views.words_page, name="words_page"),
    path("<str:locale>/propose/", views.propose, name="term_propose"),
    path("<str:locale>/<slug:role_key>/edit/", views.edit_term, name="term_edit"),
    path("<str:locale>/<slug:role_key>/history/", views.term_history, name="term_history"),
]
