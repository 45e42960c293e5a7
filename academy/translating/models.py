"""What each translation was made from."""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


class TranslatedFrom(models.Model):
    """The source text of one field at the moment it was translated into a language.

    "Out of date" is then exact: the source has changed since, and the diff shows
    how. A translation of a page waits in a revision for approval; its row points to
    that revision until the revision is published (see `signals`), so the live
    state never counts a translation that readers cannot see yet."""

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE)
    object_id = models.CharField(max_length=64)
    field = models.CharField(max_length=64)
    language = models.CharField(max_length=12)
    source = models.TextField(_("source text"), blank=True)
    translated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("translated by"),
    )
    translated_at = models.DateTimeField(_("translated at"), auto_now=True)
    revision = models.ForeignKey(
        "wagtailcore.Revision",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="+",
        help_text=_("Set while the translation waits for approval."),
    )

    class Meta:
        verbose_name = _("translation source")
        verbose_name_plural = _("translation sources")
        constraints = [
            models.UniqueConstraint(
                fields=["content_type", "object_id", "field", "language"],
                condition=Q(revision__isnull=True),
                name="one_live_source_per_field",
            )
        ]
        indexes = [models.Index(fields=["content_type", "language"])]

    def __str__(self):
        return f"{self.content_type_id}:{self.object_id}.{self.field}_{self.language}"
