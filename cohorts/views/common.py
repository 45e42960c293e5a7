from django.contrib import messages
from django.shortcuts import redirect
from django.utils.http import url_has_allowed_host_and_scheme

from cohorts.services.errors import Refused, SeatsBusy


def back(request, fallback):
    """Return to the page the form was on, if it is ours."""
    target = request.POST.get("next") or request.GET.get("next")
    if target and url_has_allowed_host_and_scheme(
        target, {request.get_host()}, request.is_secure()
    ):
        return redirect(target)
    return redirect(fallback)


def run(request, action, success_message=None):
    """Run a service call and turn the rules' refusals into messages, not errors."""
    try:
        result = action()
    except Refused as refusal:
        for message in refusal.messages:
            messages.error(request, message)
        return None
    except SeatsBusy:
        messages.warning(request, SeatsBusy.message)
        return None
    if success_message:
        messages.success(request, success_message)
    return result
