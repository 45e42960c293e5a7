from django.urls import path

from mentoring.views import pairings

urlpatterns = [
    path("mentoring/", pairings.my_pairings, name="my_pairings"),
    path("mentoring/find/", pairings.find_mentor, name="find_mentor"),
    path("mentoring/ask/<int:person_id>/", pairings.propose, name="pairing_propose"),
    path("mentoring/pairings/<int:pk>/", pairings.pairing_detail, name="pairing_detail"),
    path("mentoring/pairings/<int:pk>/answer/", pairings.answer, name="pairing_answer"),
    path(
        "mentoring/pairings/<int:pk>/check-ins/<int:check_in_id>/",
        pairings.record_check_in,
        name="check_in_record",
    ),
]
