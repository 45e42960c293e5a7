"""allauth hooks: after login, send people to the site in their own language."""

from allauth.account.adapter import DefaultAccountAdapter
from django.urls import translate_url


class AccountAdapter(DefaultAccountAdapter):
    def get_login_redirect_url(self, request):
        url = super().get_login_redirect_url(request)
        return translate_url(url, request.user.preferred_language)
