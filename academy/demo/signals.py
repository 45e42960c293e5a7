from django.dispatch import Signal

# Sent at the end of `manage.py demo` with `people` ({"learner": user, …}), so higher
# apps (cohorts, mentoring) add their own demo data without academy importing them.
demo_loaded = Signal()
