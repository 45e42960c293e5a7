"""Your data: download it, or leave; and a coordinator deleting an account for a
person who asked by email."""

from allauth.account.decorators import reauthentication_required
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from academy.accounts.models import User
from academy.accounts.rules import require_coordinator
from academy.privacy.deletion import delete_account
from academy.privacy.forms import DeleteAccountForm, DeleteOnRequestForm
from academy.privacy.models import DataExport
from academy.privacy.tasks import build_export
from academy.ratelimit import limited
from academy.web import run

EXPORTS_PER_HOUR = 5


@login_required
def my_data(request):
    # Expired ones are purged by `manage.py purge_expired_exports`; here they are hidden.
    exports = list(
        request.user.data_exports.filter(expires_at__gt=timezone.now()).defer("content")[:5]
    )
    return render(request, "privacy/my_data.html", {"exports": exports})


@require_POST
@login_required
@limited("data-export", EXPORTS_PER_HOUR)
def request_export(request):
    export = DataExport.objects.create(person=request.user)
    build_export.enqueue(export.pk)
    messages.success(request, _("Your data is being gathered. The download appears below."))
    return redirect("my_data")


@login_required
def download_export(request, token):
    export = get_object_or_404(DataExport, token=token, person=request.user)
    if export.expired or export.ready_at is None:
        raise Http404
    response = HttpResponse(bytes(export.content), content_type=export.content_type)
    response["Content-Disposition"] = f'attachment; filename="{export.filename}"'
    response["Cache-Control"] = "private, no-store"
    return response


def _signs_in_without_password(request):
    return not request.user.has_usable_password()


@login_required
@reauthentication_required(enabled=_signs_in_without_password)  # asks Wikimedia again
def delete_own_account(request):
    person = request.user
    form = DeleteAccountForm(request.POST or None, person=person)
    if request.method == "POST" and form.is_valid():
        delete_account(person)
        logout(request)
        return redirect("account_deleted")
    return render(request, "privacy/delete_account.html", {"form": form})


def account_deleted(request):
    return render(request, "privacy/deleted.html")


@login_required
def delete_on_request(request, pk):
    """A coordinator deletes the account of a person who asked by email."""
    require_coordinator(request.user)
    person = get_object_or_404(User, pk=pk, is_former_member=False)
    form = DeleteOnRequestForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        done = run(
            request,
            lambda: delete_account(
                person, requested_by=request.user, reason=form.cleaned_data["reason"]
            ),
            _("The account has been deleted."),
        )
        if done is not None:
            return redirect("mentoring_overview")
    return render(request, "privacy/delete_on_request.html", {"form": form, "person": person})
