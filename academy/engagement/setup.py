"""What the engagement room registers when the app is ready: the dimensions and the
ground floor's facts, the report's network figures, the personal data it holds, and
the sign-up that records an invitation."""

from allauth.account.signals import user_signed_up
from django.utils.translation import gettext_lazy as _

from academy.accounts.home import home
from academy.accounts.rules import is_coordinator
from academy.engagement import ground, invitations, report_figures
from academy.engagement.models import HiddenTie, Invitation, TieChoice, Welcome
from academy.privacy import labels
from academy.privacy.registry import Rule, personal_data


def register():
    ground.register()
    report_figures.register()
    home.register_link(
        "engagement.network", _("Network"), "engagement_network", is_coordinator, position=12
    )
    home.register_link(
        "engagement.spread",
        _("Engagement across a group"),
        "engagement_spread",
        is_coordinator,
        position=14,
    )
    user_signed_up.connect(invitations.on_signed_up, dispatch_uid="engagement-invitation")
    personal_data.register(
        Invitation, "person", Rule.REMOVE, export=(("created_at", labels.CREATED),)
    )
    personal_data.register(
        Welcome,
        "newcomer",
        Rule.REMOVE,
        export=("inviter", "joined_at"),
        title=_("Who invited me"),
    )
    personal_data.register(
        Welcome,
        "inviter",
        Rule.PLACEHOLDER,
        export=("newcomer", "joined_at"),
        title=_("People I invited"),
    )
    personal_data.register(TieChoice, "person", Rule.REMOVE, export=("shown",))
    personal_data.register(
        HiddenTie, "person", Rule.REMOVE, export=("other", "kind"), title=_("Ties I hid")
    )
    personal_data.register(HiddenTie, "other", Rule.REMOVE)
