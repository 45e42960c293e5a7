from django.urls import path

from mentoring.views import asking, dashboards, objectives, pairings, profiles, review

urlpatterns = [
    path("mentoring/", pairings.my_pairings, name="my_pairings"),
    path("mentoring/find/", asking.find_mentor, name="find_mentor"),
    path("mentoring/find/ask-for-help/", asking.ask_coordinators, name="ask_coordinators"),
    path("mentoring/ask/<id:person_id>/", asking.propose, name="pairing_propose"),
    path("mentoring/pairings/<id:pk>/", pairings.pairing_detail, name="pairing_detail"),
    path("mentoring/pairings/<id:pk>/answer/", pairings.answer, name="pairing_answer"),
    path("mentoring/pairings/<id:pk>/end/", pairings.end, name="pairing_end"),
    path("mentoring/pairings/<id:pk>/complete/", pairings.complete, name="pairing_complete"),
    path("mentoring/pairings/<id:pk>/star/", dashboards.star, name="pairing_star"),
    path(
        "mentoring/pairings/<id:pk>/check-ins/<id:check_in_id>/",
        pairings.record_check_in,
        name="check_in_record",
    ),
    path(
        "mentoring/pairings/<id:pk>/check-ins/<id:check_in_id>/move/",
        pairings.move_check_in,
        name="check_in_move",
    ),
    path("mentoring/people/", profiles.mentor_list, name="mentor_list"),
    path("mentoring/profile/", profiles.my_profile, name="my_mentor_profile"),
    path("mentoring/offer/", profiles.apply, name="mentor_apply"),
    path("mentoring/dashboard/", dashboards.mentor_dashboard, name="mentor_dashboard"),
    path("mentoring/objectives/", objectives.my_objectives, name="my_objectives"),
    path("mentoring/objectives/<id:pk>/close/", objectives.close, name="objective_close"),
    path("mentoring/overview/", dashboards.overview, name="mentoring_overview"),
    path("mentoring/overview/offers/", review.application_queue, name="mentor_applications"),
    path("mentoring/overview/offers/<id:pk>/", review.decide, name="mentor_application_decide"),
    path(
        "mentoring/overview/requests/<id:pk>/", dashboards.support_request, name="support_request"
    ),
    path(
        "mentoring/overview/requests/<id:pk>/propose/<id:mentor_id>/",
        dashboards.propose_for,
        name="support_request_propose",
    ),
    path("people/<id:pk>/", profiles.person_page, name="person_page"),
]
