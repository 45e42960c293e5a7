"""Editor panels of the page models."""

from wagtail.admin.panels import InlinePanel


class SessionsPanel(InlinePanel):
    """The sessions of a workshop, with the form above and clear labels."""

    def get_form_options(self):
        options = super().get_form_options()
        from academy.pages.session_form import SessionForm  # a model form: after loading

        options["formsets"][self.relation_name]["form"] = SessionForm
        return options

    class BoundPanel(InlinePanel.BoundPanel):
        template_name = "academy/admin/sessions_panel.html"
