from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AcademyConfig(AppConfig):
    name = "academy"
    verbose_name = _("Academy")

    def ready(self):
        from academy import signals
        from academy.models import AcademyPage

        signals.connect(self)
        # wagtail-modeltranslation replaces route() on every translated page model
        # with one that loads all children; put back our one-query-per-level routing.
        for model in AcademyPage.__subclasses__():
            model.route = AcademyPage.route
