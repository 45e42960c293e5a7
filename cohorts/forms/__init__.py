"""Forms of enrolment: applying to a cohort and reviewing applications."""
