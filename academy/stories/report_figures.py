"""The report's table of stories, whose facts the stories room owns: per domain of
change, the people who wrote a story in the period and the people whose story the
panel selected in the period. Withdrawn stories count nowhere. Registered from
`academy.stories.setup`."""

from django.db.models import Count, Q
from django.utils.translation import gettext_lazy as _

from academy.reports.registry import figures
from academy.stories.models import Domain, Story


def stories_in(filters):
    stories = Story.objects.filter(withdrawn_at__isnull=True).filter(
        filters.in_region("author"), filters.in_pages("track")
    )
    return stories.filter(language=filters.language) if filters.language else stories


def by_domain(filters):
    """Rows of (domain name, [people who wrote, people selected]), in the domains'
    order; domains with neither are left out."""
    counts = {
        row["domain"]: row
        for row in stories_in(filters)
        .values("domain")
        .annotate(
            wrote=Count(
                "author",
                distinct=True,
                filter=Q(created_at__gte=filters.since, created_at__lt=filters.until),
            ),
            selected=Count(
                "author",
                distinct=True,
                filter=Q(
                    selections__decided_at__gte=filters.since,
                    selections__decided_at__lt=filters.until,
                ),
            ),
        )
        .order_by()
    }
    rows = []
    for domain in Domain.objects.filter(pk__in=counts):
        row = counts[domain.pk]
        if row["wrote"] or row["selected"]:
            rows.append((domain.name, [row["wrote"], row["selected"]]))
    return rows


def register():
    figures.register_table(
        "stories.by_domain",
        _("Stories of change by domain"),
        _("Domain of change"),
        (_("People who wrote a story"), _("People whose story was selected")),
        by_domain,
        narrowed_by=("school", "track", "language", "region"),
        position=80,
        meaning=_(
            "Stories written in the period, and stories the panel selected in the period, "
            "by the domain they are in now; a withdrawn story counts nowhere. A story counts "
            "under a school or a track only if its author named the track it grew from, "
            "and under a language if it is written in that language."
        ),
        total_label=_("All domains"),
        empty=_("No stories were written or selected in this period."),
    )
