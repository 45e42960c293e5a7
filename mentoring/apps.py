from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MentoringConfig(AppConfig):
    name = "mentoring"
    verbose_name = _("Peer support")

    def ready(self):
        # Imported here: the modules below need the app registry to be ready.
        from academy.demo.signals import demo_loaded
        from mentoring import badge_rules, engagement, home, personal_data, report_figures, touching
        from mentoring.demo.loader import load_mentoring

        personal_data.register()
        self.tell_growth_who_mentors()
        badge_rules.register()
        report_figures.register()
        home.register()
        touching.register()
        engagement.register()
        demo_loaded.connect(load_mentoring, dispatch_uid="mentoring-demo")
        self.offer_translations()

    def tell_growth_who_mentors(self):
        """Self-assessments shared with "my mentors" mean those in active pairings."""
        from academy.growth.mentors import mentor_sources
        from mentoring.models import Pairing, PairingStatus

        def active_mentor_ids(person):
            return Pairing.objects.filter(mentee=person, status=PairingStatus.ACTIVE).values_list(
                "mentor_id", flat=True
            )

        mentor_sources.register(active_mentor_ids)

    def offer_translations(self):
        """Programme names appear in the translation workspace."""
        from academy.translating.registry import translatables
        from mentoring.models import ProgrammeTemplate

        translatables.register("programme", ProgrammeTemplate, ("name",), label=_("Programmes"))
