"""Where a badge lives: the public page of each award (HTML for people, the credential
by content negotiation), the badge's own page, "My badges", the coordinators' award and
revoke, and the issuer's profile and public keys for anyone verifying offline."""

import json

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from academy.accounts.rules import is_coordinator
from academy.growth.badges import credentials, services
from academy.growth.badges.forms import AwardForm, RevokeForm, ShownForm
from academy.growth.badges.keys import jwks
from academy.growth.badges.models import Award, Badge
from academy.web import run

JSON_TYPES = ("application/ld+json", "application/json")
OFFERED = ("text/html", credentials.JWT_MEDIA_TYPE, *JSON_TYPES)


def _award(uuid):
    return get_object_or_404(
        Award.objects.select_related("badge__image", "person").prefetch_related("badge__skills"),
        uuid=uuid,
    )


def _signed(award):
    document = credentials.credential(award)
    return document, credentials.sign(document)


def _json(document, status=200, content_type="application/ld+json", filename=None):
    response = HttpResponse(
        json.dumps(document, ensure_ascii=False, indent=2),
        content_type=f"{content_type}; charset=utf-8",
        status=status,
    )
    if filename:
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@require_GET
def award_page(request, uuid):
    """People get the page; programs asking for `application/vc+jwt` get the compact
    VC-JWT, and those asking for JSON the credential with the JWT as its proof. A revoked
    award answers 410 and carries no credential."""
    award = _award(uuid)
    wanted = request.get_preferred_type(OFFERED) or "text/html"
    if award.revoked:
        response = render(request, "growth/badges/award.html", {"award": award}, status=410)
    elif wanted == credentials.JWT_MEDIA_TYPE:
        response = HttpResponse(_signed(award)[1], content_type=credentials.JWT_MEDIA_TYPE)
    elif wanted in JSON_TYPES:
        response = _json(credentials.with_proof(*_signed(award)), content_type=wanted)
    else:
        context = {
            "award": award,
            "skills": list(award.badge.skills.all()),
            "is_holder": award.person_id == request.user.pk,
            "can_revoke": is_coordinator(request.user),
            "revoke_form": RevokeForm(),
        }
        response = render(request, "growth/badges/award.html", context)
    response["Vary"] = "Accept, Cookie"
    response["X-Robots-Tag"] = "noindex"
    return response


@require_GET
def award_download(request, uuid):
    """The credential as a file: JSON with its proof, or `?as=jwt` the VC-JWT alone."""
    award = _award(uuid)
    if award.revoked:
        return render(request, "growth/badges/award.html", {"award": award}, status=410)
    document, token = _signed(award)
    if request.GET.get("as") == "jwt":
        response = HttpResponse(token, content_type=credentials.JWT_MEDIA_TYPE)
        response["Content-Disposition"] = f'attachment; filename="badge-{award.uuid}.jwt"'
        return response
    return _json(credentials.with_proof(document, token), filename=f"badge-{award.uuid}.json")


@require_GET
def badge_detail(request, key):
    badge = get_object_or_404(Badge.objects.select_related("image"), key=key)
    return render(
        request,
        "growth/badges/badge.html",
        {"badge": badge, "skills": list(badge.skills.all())},
    )


@login_required
def my_badges(request):
    awards = list(Award.objects.valid().filter(person=request.user).select_related("badge__image"))
    form = ShownForm(
        request.POST if request.method == "POST" else None,  # unticking all sends nothing
        awards=awards,
        initial={"shown": [str(award.uuid) for award in awards if award.shown]},
    )
    if request.method == "POST" and form.is_valid():
        services.choose_shown(request.user, form.cleaned_data["shown"])
        messages.success(request, _("Your page now shows the badges you chose."))
        return redirect("my_badges")
    return render(request, "growth/badges/my_badges.html", {"awards": awards, "form": form})


@login_required
def award_new(request):
    if not is_coordinator(request.user):
        raise PermissionDenied
    form = AwardForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        award = run(
            request,
            lambda: services.award_by_hand(
                actor=request.user, badge=data["badge"], person=data["email"], reason=data["reason"]
            ),
            _("The badge is awarded."),
        )
        if award is not None:
            return redirect("badge_award", award.uuid)
    return render(request, "growth/badges/award_form.html", {"form": form})


@login_required
@require_POST
def award_revoke(request, uuid):
    award = _award(uuid)
    if not is_coordinator(request.user):
        raise PermissionDenied
    form = RevokeForm(request.POST)
    if form.is_valid():
        run(
            request,
            lambda: services.revoke(
                actor=request.user, award=award, reason=form.cleaned_data["reason"]
            ),
            _("The badge is revoked."),
        )
    else:
        messages.error(request, _("Say in a few words why."))
    return redirect("badge_award", award.uuid)


@require_GET
def jwks_view(request):
    response = JsonResponse(jwks())
    response["Access-Control-Allow-Origin"] = "*"
    return response


@require_GET
def issuer_view(request):
    response = _json(
        {"@context": credentials.CONTEXT, **credentials.issuer_profile()},
        content_type="application/ld+json",
    )
    response["Access-Control-Allow-Origin"] = "*"
    return response
