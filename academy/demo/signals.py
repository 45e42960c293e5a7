from django.dispatch import Signal

# Sent at the end of `manage.py demo` with `people` ({"learner": user, …}) and `log` (a
# function that prints a line), so higher apps (cohorts, mentoring) add their own demo
# data without academy importing them.
demo_loaded = Signal()
