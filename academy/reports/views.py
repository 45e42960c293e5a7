"""The funder report for coordinators, the same figures and tables as a CSV file, and
the public "Our impact" page with the headline figures and the published stories."""

import csv
import io

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.core.cache import cache
from django.http import HttpResponse
from django.shortcuts import render
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from academy.accounts.rules import require_coordinator
from academy.formats import format_date_range
from academy.reports import report
from academy.reports.filters import default_filters
from academy.reports.forms import FiltersForm
from academy.stories import services as stories

# The figures the public page leads with, all about many people at once.
HEADLINES = (
    "cohorts.enrolled",
    "cohorts.took_part",
    "cohorts.sessions_held",
    "cohorts.graduates",
    "mentoring.graduates_supporting",
    "academy.badges_awarded",
)
PUBLIC_STORIES = 12


@login_required
def report_page(request):
    require_coordinator(request.user)
    form = FiltersForm(request.GET)  # every field is optional: no filters, the defaults
    printing = request.GET.get("print") == "1"
    if not form.is_valid():
        return render(request, "reports/report.html", {"form": form}, status=400)
    filters = form.filters()
    minimum = report.minimum()
    query = request.GET.copy()
    query.pop("print", None)
    context = {
        "form": form,
        "filters": filters,
        "minimum": minimum,
        "figures": report.figure_rows(filters, minimum),
        "tables": report.breakdowns(filters, minimum),
        "query": query.urlencode(),
        "period": format_date_range(filters.start, filters.end),
        "printing": printing,
    }
    return render(request, "reports/report.html", context)


@login_required
def report_csv(request):
    require_coordinator(request.user)
    form = FiltersForm(request.GET)
    if not form.is_valid():
        return HttpResponse(
            _("The filters are not valid."), status=400, content_type="text/plain; charset=utf-8"
        )
    filters = form.filters()
    minimum = report.minimum()
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([_("Period"), filters.start.isoformat(), filters.end.isoformat()])
    writer.writerow([])
    writer.writerow([_("Figure"), _("Value"), _("Out of"), _("Percentage")])
    for row in report.figure_rows(filters, minimum):
        writer.writerow([row.label, *row.csv])
    for table in report.breakdowns(filters, minimum, plain=True):
        writer.writerow([])
        writer.writerow([table.title])
        writer.writerow(table.header)
        for label, cells in table.rows:
            writer.writerow([label, *cells])
        if table.total is not None:
            writer.writerow([table.total_label, *table.total])
    response = HttpResponse(
        ("\ufeff" + out.getvalue()).encode(), content_type="text/csv; charset=utf-8"
    )
    response["Content-Disposition"] = 'attachment; filename="report.csv"'
    return response


def headline_figures():
    """The headline figures for the default period, in the reader's language, computed at
    most once per language and day within the fragment cache's lifetime: the figures'
    data does not bump the content version, so the page itself is not cached whole."""
    filters = default_filters()
    key = f"reports:impact:{get_language()}:{filters.end.isoformat()}"
    rows = cache.get_or_set(
        key,
        lambda: report.figure_rows(filters, report.minimum(), keys=HEADLINES),
        settings.ACADEMY_FRAGMENT_CACHE_SECONDS,
    )
    return filters, rows


def impact_page(request):
    filters, rows = headline_figures()
    published = stories.published().select_related("author", "domain")[:PUBLIC_STORIES]
    context = {
        "figures": rows,
        "stories": published,
        "minimum": report.minimum(),
        "period": format_date_range(filters.start, filters.end),
    }
    return render(request, "reports/impact.html", context)
