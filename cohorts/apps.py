from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CohortsConfig(AppConfig):
    name = "cohorts"
    verbose_name = _("Cohorts and enrolment")

    def ready(self):
        from academy.demo.signals import demo_loaded
        from cohorts.demo import load_cohorts

        demo_loaded.connect(load_cohorts, dispatch_uid="cohorts-demo")
