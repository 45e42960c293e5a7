"""The skills framework: what people grow in and what mentors offer. Translatable;
six-monthly self-assessments build on it in a later issue."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Skill(models.Model):
    key = models.SlugField(_("key"), max_length=60, unique=True)
    name = models.CharField(_("name"), max_length=120)
    area = models.CharField(_("skill area"), max_length=120, blank=True)
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["position", "key"]
        verbose_name = _("skill")
        verbose_name_plural = _("skills")

    def __str__(self):
        return self.name
