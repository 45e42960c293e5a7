from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from academy.accounts.forms import ProfileForm
from academy.accounts.middleware import set_language_cookie
from academy.terminology.rules import translator_locales


@login_required
def profile(request):
    """Edit one's own profile. After a change of language, the page reloads in it."""
    form = ProfileForm(request.POST or None, instance=request.user)
    if request.method == "POST" and form.is_valid():
        user = form.save()
        with translation.override(user.preferred_language):
            messages.success(request, _("Your profile has been saved."))
            response = redirect(reverse("profile"))
        set_language_cookie(response, user.preferred_language)
        return response
    context = {"form": form, "translated_locales": sorted(translator_locales(request.user))}
    return render(request, "account/profile.html", context)
