from django.urls import path

from academy.views import term_edit, words

urlpatterns = [
    path("", words.words_index, name="words_index"),
    path("proposals/<int:pk>/", words.proposal_detail, name="proposal_detail"),
    path("proposals/<int:pk>/vote/", words.vote, name="proposal_vote"),
    path("proposals/<int:pk>/comment/", words.comment, name="proposal_comment"),
    path("proposals/<int:pk>/decide/", words.decide, name="proposal_decide"),
    path("revisions/<int:pk>/", term_edit.revision_detail, name="revision_detail"),
    path("revisions/<int:pk>/revert/", term_edit.revert, name="revision_revert"),
    path("<str:locale>/", words.words_page, name="words_page"),
    path("<str:locale>/propose/", words.propose, name="term_propose"),
    path("<str:locale>/<slug:role_key>/edit/", term_edit.edit_term, name="term_edit"),
    path("<str:locale>/<slug:role_key>/history/", term_edit.term_history, name="term_history"),
]
