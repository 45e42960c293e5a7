from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CohortsConfig(AppConfig):
    name = "cohorts"
    verbose_name = _("Cohorts and enrolment")

    def ready(self):
        # Imported here: the modules below need the app registry to be ready.
        from academy.demo.signals import demo_loaded
        from cohorts import (
            badge_rules,
            engagement,
            home,
            personal_data,
            report_figures,
            story_scopes,
            touching,
        )
        from cohorts.demo import load_cohorts

        personal_data.register()
        badge_rules.register()
        report_figures.register()
        story_scopes.register()
        home.register()
        touching.register()
        engagement.register()
        demo_loaded.connect(load_cohorts, dispatch_uid="cohorts-demo")
        self.bump_pages_on_change()
        self.offer_translations()

    def offer_translations(self):
        """Cohort names and application questions appear in the translation workspace."""
        from academy.translating.registry import translatables
        from cohorts.models import ApplicationQuestion, Cohort

        translatables.register("cohort", Cohort, ("name",), label=_("Cohorts"))
        translatables.register(
            "question", ApplicationQuestion, ("text",), label=_("Application questions")
        )

    def bump_pages_on_change(self):
        """Track pages list cohorts, so a cohort change invalidates cached pages."""
        from django.db.models.signals import post_delete, post_save

        from academy.pages.cache import bump_content_version
        from cohorts.models import Cohort

        post_save.connect(bump_content_version, sender=Cohort, dispatch_uid="cohorts-bump-saved")
        post_delete.connect(bump_content_version, sender=Cohort, dispatch_uid="cohorts-bump-gone")
