"""Invitations, who welcomed whom, and each person's choices about their ties."""

import secrets

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


def new_invitation_code():
    return secrets.token_urlsafe(18)


class Invitation(models.Model):
    """The link a member shares. Its code is a random secret: no one can make a link
    that records a person they did not invite, and a new link ends the old one."""

    person = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="invitation"
    )
    code = models.CharField(max_length=32, unique=True, default=new_invitation_code)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("invitation link")
        verbose_name_plural = _("invitation links")

    def __str__(self):
        return f"invitation of {self.person_id}"


class Welcome(models.Model):
    """A newcomer who signed up through a member's link: recorded once, at sign-up."""

    newcomer = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="welcomed_by"
    )
    inviter = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="welcomes"
    )
    joined_at = models.DateTimeField(default=timezone.now, db_index=True)

    class Meta:
        verbose_name = _("newcomer welcomed")
        verbose_name_plural = _("newcomers welcomed")
        constraints = [
            models.CheckConstraint(
                condition=~Q(newcomer=models.F("inviter")), name="welcome_two_people"
            )
        ]

    def __str__(self):
        return f"{self.inviter_id} welcomed {self.newcomer_id}"


class TieChoice(models.Model):
    """Whether a person's ties appear beyond the coordinators. Without a row, they do not."""

    person = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="tie_choice"
    )
    shown = models.BooleanField(_("show my ties to other members"), default=False)
    updated_at = models.DateTimeField(auto_now=True)

    def __str__(self):
        return f"ties of {self.person_id}: {'shown' if self.shown else 'kept'}"


class HiddenTie(models.Model):
    """One tie a person hid: it never appears again, to anyone, until they show it."""

    person = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="hidden_ties"
    )
    other = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    kind = models.CharField(max_length=24)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["person", "other", "kind"], name="hide_a_tie_once")
        ]

    def __str__(self):
        return f"{self.person_id} hides {self.kind} with {self.other_id}"
