"""A stand-in for a wiki's OAuth 2 endpoints (authorise, access token, profile), so the
sign-in with Wikimedia runs end to end without the network. The browser's visit to the
authorise page and allauth's own `requests` calls both reach these views; any other
outgoing request fails the test."""

import secrets
from urllib.parse import urlencode, urlsplit

import requests
from allauth.socialaccount.providers.mediawiki.views import MediaWikiOAuth2Adapter
from django.http import HttpResponseRedirect, JsonResponse
from django.test import RequestFactory

REST_API = "https://meta.wiki.test/w/rest.php"
CLIENT_ID = "peer-academy-test"
CLIENT_SECRET = "not-a-real-secret"


def profile(sub, username, email, *, confirmed=True):
    """What Meta-Wiki's /oauth2/resource/profile answers, with the email grant."""
    return {
        "sub": sub,
        "username": username,
        "editcount": 1204,
        "confirmed_email": confirmed,
        "blocked": False,
        "registered": "20150107120000",
        "groups": ["*", "user", "autoconfirmed"],
        "rights": ["read", "edit"],
        "grants": ["mwoauth-authonlyprivate"],
        "realname": "",
        "email": email,
    }


class StandInWiki:
    def __init__(self):
        self.signed_in = None  # the profile of the person signed in on the wiki
        self.consents = True
        self.codes = {}  # code -> (profile, redirect_uri)
        self.tokens = {}  # access token -> profile
        self.authorise_requests = []
        self.endpoints = {
            "/oauth2/authorize": self.authorize,
            "/oauth2/access_token": self.access_token,
            "/oauth2/resource/profile": self.profile,
        }

    def authorize(self, request):
        query = request.GET
        self.authorise_requests.append(query.dict())
        assert (query["client_id"], query["response_type"]) == (CLIENT_ID, "code")
        if not self.consents:
            answer = {"error": "access_denied", "state": query["state"]}
        else:
            code = secrets.token_urlsafe()
            self.codes[code] = (self.signed_in, query["redirect_uri"])
            answer = {"code": code, "state": query["state"]}
        return HttpResponseRedirect(f"{query['redirect_uri']}?{urlencode(answer)}")

    def access_token(self, request):
        form = request.POST
        person, redirect_uri = self.codes.pop(form.get("code"), (None, None))
        if (
            person is None
            or form.get("grant_type") != "authorization_code"
            or (form.get("client_id"), form.get("client_secret")) != (CLIENT_ID, CLIENT_SECRET)
            or form.get("redirect_uri") != redirect_uri
        ):
            return JsonResponse({"error": "invalid_grant"}, status=400)
        token = secrets.token_urlsafe()
        self.tokens[token] = person
        return JsonResponse({"token_type": "Bearer", "expires_in": 14400, "access_token": token})

    def profile(self, request):
        scheme, _, token = request.headers.get("Authorization", "").partition(" ")
        if scheme != "Bearer" or token not in self.tokens:
            return JsonResponse({"error": "invalid_token"}, status=401)
        return JsonResponse(self.tokens[token])

    def answer(self, method, url, data=None, headers=None):
        """The stand-in's response to a request for `url`, as a Django response."""
        parts = urlsplit(url)
        assert url.startswith(REST_API + "/"), f"no network in tests: {url}"
        factory = RequestFactory(headers=headers or {})
        if method.upper() == "POST":
            request = factory.post(parts.path, data=data or {})
        else:
            request = factory.get(f"{parts.path}?{parts.query}")
        return self.endpoints[parts.path.removeprefix(urlsplit(REST_API).path)](request)

    def visit(self, url):
        """The browser at the wiki's authorise page: where the wiki sends it back."""
        response = self.answer("GET", url)
        assert response.status_code == 302
        return response["Location"]


def install(monkeypatch, settings):
    """Switch sign-in with Wikimedia on, pointing its REST API setting at the stand-in.
    allauth's adapter builds its three URLs when it is imported, so they are set again."""
    wiki = StandInWiki()
    settings.SOCIALACCOUNT_PROVIDERS = {
        "mediawiki": {
            "APPS": [{"client_id": CLIENT_ID, "secret": CLIENT_SECRET, "key": ""}],
            "REST_API": REST_API,
            "USER_AGENT": "PeerAcademy/test",
        }
    }
    rest_api = settings.SOCIALACCOUNT_PROVIDERS["mediawiki"]["REST_API"]
    monkeypatch.setattr(MediaWikiOAuth2Adapter, "authorize_url", f"{rest_api}/oauth2/authorize")
    monkeypatch.setattr(
        MediaWikiOAuth2Adapter, "access_token_url", f"{rest_api}/oauth2/access_token"
    )
    monkeypatch.setattr(
        MediaWikiOAuth2Adapter, "profile_url", f"{rest_api}/oauth2/resource/profile"
    )

    def request(session, method, url, data=None, headers=None, **kwargs):
        answer = wiki.answer(method, url, data=data, headers=headers)
        response = requests.Response()
        response.status_code = answer.status_code
        response._content = answer.content
        response.headers.update(answer.headers)
        response.url = url
        response.encoding = "utf-8"
        return response

    monkeypatch.setattr(requests.Session, "request", request)
    return wiki
