"""Per-person session state for CMS pages, in one query per page."""

from django import template

from cohorts.models import Cohort, Registration, RegistrationStatus

register = template.Library()


@register.simple_tag(takes_context=True)
def my_registrations(context, sessions):
    """{session id: registration} for the signed-in person; no query for visitors."""
    user = context["request"].user
    if not user.is_authenticated or not sessions:
        return {}
    found = Registration.objects.filter(person=user, session__in=[s.pk for s in sessions]).exclude(
        status=RegistrationStatus.CANCELLED
    )
    return {registration.session_id: registration for registration in found}


@register.filter
def get_item(mapping, key):
    return mapping.get(key)


@register.simple_tag
def track_cohorts(track):
    return list(Cohort.objects.filter(track=track).order_by("start_date", "pk"))
