from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AcademyConfig(AppConfig):
    name = "academy"
    verbose_name = _("Academy")

    def ready(self):
        # Signal modules import models, which exist only once the registry is ready.
        from academy.accounts import home_sections, touching
        from academy.accounts import personal_data as account_data
        from academy.circles import setup as circles
        from academy.engagement import setup as engagement
        from academy.growth import personal_data as growth_data
        from academy.growth.alumni import personal_data as alumni_data
        from academy.growth.badges import setup as badges
        from academy.pages import personal_data as page_data
        from academy.pages import signals as page_signals
        from academy.pages.models import AcademyPage
        from academy.stories import setup as stories
        from academy.terminology import personal_data as term_data
        from academy.terminology import signals as term_signals
        from academy.translating import kinds as translatable_kinds
        from academy.translating import personal_data as translation_data
        from academy.translating import signals as translation_signals

        page_signals.connect(self)
        term_signals.connect()
        translation_signals.connect()
        translatable_kinds.register()
        badges.register()
        home_sections.register()
        touching.register()
        for room in (
            account_data,
            growth_data,
            page_data,
            term_data,
            translation_data,
            alumni_data,
            stories,
            engagement,
            circles,
        ):
            room.register()
        # wagtail-modeltranslation replaces route() on every translated page model
        # with one that loads all children; put back our one-query-per-level routing.
        for model in AcademyPage.__subclasses__():
            model.route = AcademyPage.route
