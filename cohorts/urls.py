from django.urls import path

from cohorts.views import cohorts, dashboard, sessions

urlpatterns = [
    path("dashboard/", dashboard.dashboard, name="dashboard"),
    path("dashboard/calendar/reset/", dashboard.reset_calendar, name="calendar_reset"),
    path("cohorts/<int:pk>/", cohorts.cohort_detail, name="cohort_detail"),
    path("cohorts/<int:pk>/enrol/", cohorts.enrol, name="cohort_enrol"),
    path("cohorts/<int:pk>/apply/", cohorts.apply, name="cohort_apply"),
    path("cohorts/<int:pk>/withdraw/", cohorts.withdraw, name="cohort_withdraw"),
    path("cohorts/<int:pk>/applications/", cohorts.review_queue, name="cohort_review_queue"),
    path("cohorts/applications/<int:pk>/decide/", cohorts.decide, name="cohort_decide"),
    path("completion/<uuid:code>/", cohorts.completion, name="completion"),
    path("sessions/<int:pk>/register/", sessions.register, name="session_register"),
    path("sessions/<int:pk>/cancel/", sessions.cancel, name="session_cancel"),
    path("sessions/<int:pk>/calendar.ics", sessions.session_ics, name="session_ics"),
    path("sessions/<int:pk>/roster/", sessions.roster, name="session_roster"),
    path("sessions/<int:pk>/check-in/", sessions.check_in, name="session_check_in"),
]
