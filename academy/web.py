"""What the views of every room share: the refusal helper, ids in paths and query
strings, the error pages and the health check."""

from django.contrib import messages
from django.db import DatabaseError, connection
from django.http import (
    Http404,
    HttpResponse,
    HttpResponseServerError,
    JsonResponse,
)
from django.shortcuts import redirect, render
from django.template import loader
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import requires_csrf_token
from django.views.decorators.http import require_GET

from academy.errors import Refused, TryAgain

ID_DIGITS = 18  # every such number fits the database's signed 64-bit integers


class DatabaseId:
    """`<id:pk>` in URL patterns: ASCII digits only, and at most 18 of them, so every
    value fits the database's 64-bit integers; anything else is a 404."""

    regex = f"[0-9]{{1,{ID_DIGITS}}}"

    def to_python(self, value):
        return int(value)

    def to_url(self, value):
        return str(value)


def query_id(request, name):
    """An id from the query string or the form: None when absent, 404 when it is not a
    decimal number the database can hold."""
    value = request.GET.get(name) or request.POST.get(name)
    if not value:
        return None
    if not (value.isascii() and value.isdecimal() and len(value) <= ID_DIGITS):
        raise Http404
    return int(value)


def back(request, fallback):
    """Return to the page the form was on, if it is ours."""
    target = request.POST.get("next") or request.GET.get("next")
    if target and url_has_allowed_host_and_scheme(
        target, {request.get_host()}, request.is_secure()
    ):
        return redirect(target)
    return redirect(fallback)


def run(request, action, success_message=None):
    """Run a service call and turn the rules' refusals into messages, not errors.
    Returns the call's result, or None when it was refused."""
    try:
        result = action()
    except Refused as refusal:
        for message in refusal.messages:
            messages.error(request, message)
        return None
    except TryAgain as busy:
        messages.warning(request, busy.message)
        return None
    if success_message:
        messages.success(request, success_message)
    return result


def form_errors(request, form):
    """A short POST view that redirects back: the form's errors become messages."""
    for errors in form.errors.values():
        for error in errors:
            messages.error(request, error)


def bad_request(request, exception=None):
    return render(request, "400.html", status=400)


def permission_denied(request, exception=None):
    return render(request, "403.html", status=403)


def page_not_found(request, exception):
    return render(request, "404.html", status=404)


@requires_csrf_token
def server_error(request):
    """Rendered without a request context: the database may be what failed."""
    return HttpResponseServerError(loader.get_template("500.html").render())


def database_answers() -> bool:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            return cursor.fetchone() == (1,)
    except DatabaseError:
        return False


@never_cache
@require_GET
def healthz(request):
    """For load balancers: 200 when this process can reach its database, else 503."""
    if database_answers():
        return JsonResponse({"status": "ok", "database": "ok"})
    return JsonResponse({"status": "unavailable", "database": "unreachable"}, status=503)


def trivial(request):
    """The benchmark's yardstick: no database, no template, same middleware."""
    return HttpResponse("ok", content_type="text/plain")
