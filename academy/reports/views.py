"""The funder report for coordinators, and the same breakdown as a CSV file."""

import csv
import io

from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext as _

from academy.accounts.rules import require_coordinator
from academy.formats import format_date_range
from academy.reports import report
from academy.reports.forms import FiltersForm


@login_required
def report_page(request):
    require_coordinator(request.user)
    form = FiltersForm(request.GET)  # every field is optional: no filters, the defaults
    if not form.is_valid():
        return render(request, "reports/report.html", {"form": form}, status=400)
    filters = form.filters()
    minimum = report.minimum()
    context = {
        "form": form,
        "filters": filters,
        "minimum": minimum,
        "figures": report.figure_rows(filters, minimum),
        "breakdown": report.breakdown(filters, minimum),
        "query": request.GET.urlencode(),
        "period": format_date_range(filters.start, filters.end),
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
    table = report.breakdown(form.filters(), report.minimum(), plain=True)
    if table is None:  # cohorts is not installed: no breakdown to export
        return HttpResponse(status=404)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(table.header)
    for label, cells in table.rows:
        writer.writerow([label, *cells])
    writer.writerow([_("All tracks"), *table.total])
    response = HttpResponse(
        ("\ufeff" + out.getvalue()).encode(), content_type="text/csv; charset=utf-8"
    )
    response["Content-Disposition"] = 'attachment; filename="report.csv"'
    return response
