"""What accounts hold about a person: email addresses, the Wikimedia account, and the
Wagtail admin's per-user rows. The profile itself is exported from the user row."""

from allauth.account.models import EmailAddress
from allauth.socialaccount.models import SocialAccount
from wagtail.admin.models import EditingSession, FormState
from wagtail.models import APIToken, UploadedFile
from wagtail.users.models import UserProfile

from academy.privacy import labels
from academy.privacy.models import DataExport, DeletionRecord
from academy.privacy.registry import Rule, personal_data


def register():
    personal_data.register(
        EmailAddress, "user", Rule.REMOVE, export=("email", "verified", "primary")
    )
    personal_data.register(
        SocialAccount,
        "user",
        Rule.REMOVE,
        export=("provider", ("uid", labels.ACCOUNT), "date_joined", "last_login"),
        title=labels.CONNECTED_ACCOUNTS,
    )
    personal_data.register(
        UserProfile, "user", Rule.REMOVE, export=("preferred_language", "current_time_zone")
    )
    personal_data.register(EditingSession, "user", Rule.REMOVE)
    personal_data.register(FormState, "user", Rule.REMOVE)
    personal_data.register(APIToken, "user", Rule.REMOVE)
    personal_data.register(UploadedFile, "uploaded_by_user", Rule.REMOVE)
    personal_data.register(DataExport, "person", Rule.REMOVE)
    personal_data.register(DeletionRecord, "requested_by", Rule.PLACEHOLDER)
