"""Settings shared by every environment. No secret and no DEBUG live here."""

from pathlib import Path

from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy, pgettext_lazy

from .env import env_bool, env_database, env_int, env_str

BASE_DIR = Path(__file__).resolve().parent.parent.parent

INSTALLED_APPS = [
    # Must come first: overrides migrate/makemigrations so Wagtail's Page gets its
    # per-language columns (title_de, slug_de, url_path_de, ...).
    "wagtail_modeltranslation",
    "wagtail_modeltranslation.makemigrations",
    "wagtail_modeltranslation.migrate",
    "modeltranslation",
    "academy",
    "cohorts",
    "mentoring",
    "wagtail.contrib.forms",
    "wagtail.contrib.settings",
    "wagtail.contrib.redirects",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_tasks",
    "django_tasks_db",
    "allauth",
    "allauth.account",
    "allauth.socialaccount",
    "allauth.socialaccount.providers.mediawiki",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "academy.pages.cache.RequestVersions",
    "academy.security.SecurityHeadersMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "academy.pages.routing.RoutingMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "academy.accounts.backends.KeepAccountMiddleware",
    "academy.accounts.middleware.UserPreferencesMiddleware",
    "academy.accounts.middleware.AdminAccessMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "academy.security.BadInputMiddleware",
    "academy.pages.cache.AnonymousPageCacheMiddleware",
    "academy.accounts.person_cache.PersonPageCacheMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "academy.urls"
WSGI_APPLICATION = "academy.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.template.context_processors.tz",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "academy.pages.context_processors.site_chrome",
                "academy.accounts.home.tools",
            ],
        },
    },
]

DATABASES = {"default": env_database(default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}")}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_USER_MODEL = "academy.User"
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
# Django's and allauth's, reading the signed-in account from the cache by its version
AUTHENTICATION_BACKENDS = [
    "academy.accounts.backends.CachedModelBackend",
    "academy.accounts.backends.CachedAllauthBackend",
]

# --- Languages -----------------------------------------------------------------
LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", _("English")),
    ("de", _("German")),
    ("es", _("Spanish")),
    ("fr", _("French")),
    ("pl", _("Polish")),
    ("ar", _("Arabic")),
]
LOCALE_PATHS = [BASE_DIR / "locale"]  # ours win over every app's catalogue
# Django's Arabic catalogue for django.contrib.auth was last refreshed in 2021: it still has
# the password-length message under an older msgid ("%(min_length)d") than the one
# MinimumLengthValidator now asks for ("%d"), so Arabic sign-up showed it in English.
# Naming the current msgid here keeps it in our catalogue, where it is translated.
ACADEMY_UPSTREAM_CATALOGUE_GAPS = (
    ngettext_lazy(
        "This password is too short. It must contain at least %d character.",
        "This password is too short. It must contain at least %d characters.",
    ),
)
USE_I18N = True
USE_TZ = True
TIME_ZONE = "UTC"
# The zone shown to visitors who are not signed in; the pages say which zone it is.
ACADEMY_DEFAULT_TIME_ZONE = env_str("ACADEMY_DEFAULT_TIME_ZONE", "UTC")

MODELTRANSLATION_DEFAULT_LANGUAGE = "en"
MODELTRANSLATION_LANGUAGES = tuple(code for code, _name in LANGUAGES)
MODELTRANSLATION_FALLBACK_LANGUAGES = {"default": ("en",)}
WAGTAILMODELTRANSLATION_LOCALE_PICKER = True

# --- Static and media ----------------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "static"
MEDIA_URL = "/media/"
MEDIA_ROOT = BASE_DIR / "media"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# --- Wagtail -------------------------------------------------------------------
# The brand, in the reader's language: pages (academy.pages.context_processors), emails
# (academy.emails) and the Wagtail admin's delete confirmations all read this one string.
ACADEMY_SITE_NAME = pgettext_lazy("site name", "Peer Academy")
WAGTAIL_SITE_NAME = ACADEMY_SITE_NAME
WAGTAILADMIN_BASE_URL = env_str("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILADMIN_LOGIN_URL = "account_login"
WAGTAIL_FRONTEND_LOGIN_URL = "account_login"
WAGTAIL_PASSWORD_RESET_ENABLED = False  # allauth resets passwords, rate-limited and translated
WAGTAIL_GRAVATAR_PROVIDER_URL = None  # no third-party origin, and no email hashes sent away
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAIL_I18N_ENABLED = False  # one page per object; django-modeltranslation holds the languages
WAGTAILADMIN_PERMITTED_LANGUAGES = [
    ("en", "English"),
    ("de", "Deutsch"),
    ("es", "Español"),
    ("fr", "Français"),
    ("pl", "Polski"),
    ("ar", "العربية"),
]
WAGTAILEMBEDS_RESPONSIVE_HTML = True
WAGTAILDOCS_EXTENSIONS = ["pdf", "odt", "docx", "txt"]

# --- Accounts (django-allauth) -------------------------------------------------
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "dashboard"
ACCOUNT_ADAPTER = "academy.accounts.adapters.AccountAdapter"
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_EMAIL_VERIFICATION = env_str("ACCOUNT_EMAIL_VERIFICATION", "mandatory")
ACCOUNT_CONFIRM_EMAIL_ON_GET = False
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_LOGOUT_REDIRECT_URL = "/"
ACCOUNT_SIGNUP_FORM_CLASS = "academy.accounts.forms.SignupExtrasForm"
ACCOUNT_EMAIL_SUBJECT_PREFIX = format_lazy("[{}] ", ACADEMY_SITE_NAME)
ACCOUNT_EMAIL_NOTIFICATIONS = True  # a changed password or address is told to its owner
ACCOUNT_USER_DISPLAY = "academy.accounts.adapters.user_display"
ACCOUNT_RATE_LIMITS = {
    "login_failed": "10/m/ip,5/5m/key",
    "signup": "20/m/ip",
    "reset_password": "20/m/ip,5/m/key",
    "confirm_email": "1/3m/key",
}
SOCIALACCOUNT_ADAPTER = "academy.accounts.adapters.SocialAccountAdapter"
SOCIALACCOUNT_EMAIL_AUTHENTICATION = False
SOCIALACCOUNT_PROVIDERS = {}
_wikimedia_id = env_str("WIKIMEDIA_CLIENT_ID", None)
_wikimedia_secret = env_str("WIKIMEDIA_CLIENT_SECRET", None)
if _wikimedia_id and _wikimedia_secret:
    SOCIALACCOUNT_PROVIDERS["mediawiki"] = {
        "APPS": [{"client_id": _wikimedia_id, "secret": _wikimedia_secret, "key": ""}],
        "REST_API": env_str("WIKIMEDIA_REST_API", "https://meta.wikimedia.org/w/rest.php"),
        "USER_AGENT": "PeerAcademy/0.1 (+https://github.com/peer-academy)",
    }

# --- Email ---------------------------------------------------------------------
EMAIL_BACKEND = env_str("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
EMAIL_HOST = env_str("EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("EMAIL_PORT", 25)
EMAIL_HOST_USER = env_str("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
# A bare address: academy.emails.sender() names it with ACADEMY_SITE_NAME in the reader's
# language. A display name given here is used as it is.
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "academy@localhost")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
# Wagtail's moderation emails take a fixed sender: the site's name, as academy.emails does
WAGTAILADMIN_NOTIFICATION_FROM_EMAIL = (
    DEFAULT_FROM_EMAIL
    if "<" in DEFAULT_FROM_EMAIL
    else format_lazy("{} <{}>", ACADEMY_SITE_NAME, DEFAULT_FROM_EMAIL)
)

# --- Background tasks (django-tasks, as shipped with Wagtail) -------------------
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}

# --- Security defaults that hold everywhere --------------------------------------
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"  # Wagtail marks its own preview views SAMEORIGIN
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = False
LANGUAGE_COOKIE_SAMESITE = "Lax"
LANGUAGE_COOKIE_AGE = 60 * 60 * 24 * 365

# --- Caching -------------------------------------------------------------------
# Fragment caches that hold rendered navigation and listings, in seconds.
ACADEMY_FRAGMENT_CACHE_SECONDS = env_int("ACADEMY_FRAGMENT_CACHE_SECONDS", 300)
# Pages built around one person, and their account, kept by person version this long.
ACADEMY_PERSON_CACHE_SECONDS = env_int("ACADEMY_PERSON_CACHE_SECONDS", 300)
ACADEMY_PERSON_PAGES = env_bool("ACADEMY_PERSON_PAGES", True)  # off: `make bench` measures misses

# --- Reports -------------------------------------------------------------------
# No figure or cell describing fewer people than this is shown (academy.reports).
ACADEMY_REPORT_MINIMUM = env_int("ACADEMY_REPORT_MINIMUM", 5, minimum=2)  # 1 would show anyone

# Only the benchmark settings switch on its trivial comparison view.
ACADEMY_BENCH_VIEWS = False
# Empty: a development key is generated and kept in the database (production requires one).
ACADEMY_BADGE_SIGNING_KEY = ""
