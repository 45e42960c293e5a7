from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MentoringConfig(AppConfig):
    name = "mentoring"
    verbose_name = _("Peer support")

    def ready(self):
        # Imported here: the modules below need the app registry to be ready.
        from academy.demo.signals import demo_loaded
        from mentoring import personal_data
        from mentoring.demo.loader import load_mentoring

        personal_data.register()
        demo_loaded.connect(load_mentoring, dispatch_uid="mentoring-demo")
