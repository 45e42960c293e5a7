"""What the engagement pages and a person's page show: the web with its table, and the
acknowledgement of the people they welcomed and supported."""

from django.utils.translation import get_language_bidi, pgettext

from academy.accounts.rules import is_coordinator
from academy.engagement import consent
from academy.engagement.acknowledge import acknowledge
from academy.engagement.charts import web_chart
from academy.engagement.web import person_web


def moment_labels():
    return [
        pgettext("the engagement web", "A year ago"),
        pgettext("the engagement web", "Six months ago"),
        pgettext("the engagement web", "Now"),
    ]


def web_context(person, *, suggest=True):
    rows = person_web(person, suggest=suggest)
    labels = moment_labels()
    return {
        "suggestions": [(row.dimension, offer) for row in rows for offer in row.suggestions],
        "web_rows": rows,
        "moment_labels": labels,
        "web": web_chart(rows, labels, rtl=get_language_bidi()),
    }


def on_person_page(viewer, person):
    """For someone else's page: nothing unless the person shows their ties, or the
    reader is a coordinator; then only the people who show theirs are named. A person's
    own web is on their engagement page, which their page links to."""
    if viewer.pk == person.pk:
        return None
    coordinator = is_coordinator(viewer)
    if not (coordinator or consent.shows_ties(person)):
        return None
    context = web_context(person, suggest=False)
    context["acknowledgement"] = acknowledge(person, beyond_coordinators=not coordinator)
    return context
