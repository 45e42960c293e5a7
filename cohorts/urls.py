from django.urls import path

from cohorts.views import cohorts, dashboard, sessions

urlpatterns = [
    path("dashboard/", dashboard.dashboard, name="dashboard"),
    path("dashboard/calendar/reset/", dashboard.reset_calendar, name="calendar_reset"),
    path("cohorts/<id:pk>/", cohorts.cohort_detail, name="cohort_detail"),
    path("cohorts/<id:pk>/enrol/", cohorts.enrol, name="cohort_enrol"),
    path("cohorts/<id:pk>/apply/", cohorts.apply, name="cohort_apply"),
    path("cohorts/<id:pk>/withdraw/", cohorts.withdraw, name="cohort_withdraw"),
    path("cohorts/<id:pk>/applications/", cohorts.review_queue, name="cohort_review_queue"),
    path("cohorts/applications/<id:pk>/decide/", cohorts.decide, name="cohort_decide"),
    path("completion/<uuid:code>/", cohorts.completion, name="completion"),
    path("sessions/<id:pk>/register/", sessions.register, name="session_register"),
    path("sessions/<id:pk>/cancel/", sessions.cancel, name="session_cancel"),
    path("sessions/<id:pk>/calendar.ics", sessions.session_ics, name="session_ics"),
    path("sessions/<id:pk>/roster/", sessions.roster, name="session_roster"),
    path("sessions/<id:pk>/check-in/", sessions.check_in, name="session_check_in"),
]
