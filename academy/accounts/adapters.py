"""allauth hooks: after login, send people to the site in their own language; a sign-in
provider whose keys are not configured is a page that does not exist, not an error.
allauth's emails go out like the site's own: in the recipient's language and time zone,
greeting them by name, with links on the site's base URL and the site's signature.
Someone new who signs in with Wikimedia is named by their wiki user name."""

from urllib.parse import urlsplit

from allauth.account.adapter import DefaultAccountAdapter
from allauth.account.utils import user_username
from allauth.socialaccount.adapter import DefaultSocialAccountAdapter
from allauth.socialaccount.models import SocialApp
from django.conf import settings
from django.http import Http404
from django.urls import reverse, translate_url
from django.utils import timezone, translation
from django.utils.translation import get_language

from academy.emails import absolute, email_context, sender, signed
from academy.models import User
from academy.security import DIRECTION_CONTROLS
from academy.timezones import get_zone


def user_display(user) -> str:
    """How allauth names a person (messages, emails): never the username, which sign-up
    makes from the email address."""
    return user.public_name


def wiki_name() -> str:
    """The wiki people sign in through, by its host name. Meta-Wiki's OAuth 2 profile
    names no home wiki, so this is what a new account starts with; people change it on
    their profile."""
    rest_api = settings.SOCIALACCOUNT_PROVIDERS["mediawiki"]["REST_API"]
    return urlsplit(rest_api).hostname or ""


def site_link(url: str, language: str) -> str:
    """`url`, built by allauth from the request's host, on the site's base URL and in
    `language`. Call it in the language the URL was built in: translating resolves it."""
    parts = urlsplit(url)
    path = translate_url(parts.path, language)
    query = f"?{parts.query}" if parts.query else ""
    return absolute(f"{path}{query}")


def recipient(email: str, context: dict):
    """The account an email goes to: the one allauth names, or the one holding the
    address (an "account already exists" email); None for an unknown address."""
    user = context.get("user")
    if user is not None and user.pk is not None:
        return user
    return User.objects.filter(email__iexact=email).first()


class AccountAdapter(DefaultAccountAdapter):
    def get_login_redirect_url(self, request):
        url = super().get_login_redirect_url(request)
        return translate_url(url, request.user.preferred_language)

    def get_from_email(self):
        return sender()

    def send_mail(self, template_prefix, email, context):
        person = recipient(email, context)
        language = person.preferred_language if person else translation.get_language()
        zone = get_zone(person.time_zone if person else settings.ACADEMY_DEFAULT_TIME_ZONE)
        links = {
            key: site_link(value, language)
            for key, value in context.items()
            if key.endswith("_url") and isinstance(value, str)
        }
        with translation.override(language), timezone.override(zone):
            context = email_context(person, {**context, **links, "email": email})
            message = self.render_mail(template_prefix, email, context)
            message.body = signed(message.body, context)
        message.send()

    def send_notification_mail(self, template_prefix, user, context=None, email=None):
        """Notices of a change to an account say where to go if it was not them."""
        context = {**(context or {}), "user": user}
        context["password_reset_url"] = reverse("account_reset_password")  # site_link: theirs
        super().send_notification_mail(template_prefix, user, context, email)


class SocialAccountAdapter(DefaultSocialAccountAdapter):
    def get_app(self, request, provider, client_id=None):
        try:
            return super().get_app(request, provider, client_id=client_id)
        except SocialApp.DoesNotExist:
            raise Http404 from None

    def get_signup_form_initial_data(self, sociallogin):
        """When the wiki sends no confirmed address, people are asked for one on a form
        that already holds their wiki user name."""
        initial = super().get_signup_form_initial_data(sociallogin)
        return {**initial, "display_name": sociallogin.user.display_name}

    def populate_user(self, request, sociallogin, data):
        """A wiki user name is the name a Wikimedian is known by; as a username it would
        hold spaces, so allauth makes one from the email address instead."""
        user = super().populate_user(request, sociallogin, data)
        if sociallogin.account.provider != "mediawiki":
            return user
        name_length = User._meta.get_field("display_name").max_length
        community_length = User._meta.get_field("home_community").max_length
        wiki_user_name = DIRECTION_CONTROLS.sub("", data.get("username") or "")
        user.display_name = wiki_user_name[:name_length]
        user.home_community = wiki_name()[:community_length]
        user_username(user, "")
        language = get_language() or settings.LANGUAGE_CODE
        if language in dict(settings.LANGUAGES):
            user.preferred_language = language
        return user
