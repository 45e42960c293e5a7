"""The engagement pages: my web, my invitation link and ties, the page an invitation
link opens, and for coordinators the spread of engagement across a group and the
network of who helped whom."""

from collections import defaultdict

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import get_language_bidi
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from academy.accounts.rules import require_coordinator
from academy.emails import absolute
from academy.engagement import consent, invitations, network
from academy.engagement.acknowledge import acknowledge
from academy.engagement.charts import groups_chart
from academy.engagement.forms import GroupForm, NetworkForm, TieChoiceForm, TieForm
from academy.engagement.pages import web_context
from academy.engagement.registry import engagement
from academy.engagement.web import distribution
from academy.formats import format_number
from academy.languages import language_name, reading_key
from academy.reports.report import minimum as report_minimum
from academy.reports.report import show
from academy.reports.suppression import cell, suppress_line
from academy.terminology import term

TIES_PER_PAGE = 50
PEOPLE_PER_PAGE = 50


def _tie_rows(person, ties, people):
    """One row per other person: their name and the kinds of tie."""
    others = defaultdict(list)
    for tie in ties:
        others[tie.helped if tie.helper == person.pk else tie.helper].append(tie.kind)
    rows = [
        (people[pk], [(kind, _tie_label(kind)) for kind in dict.fromkeys(kinds)])
        for pk, kinds in others.items()
        if pk in people
    ]
    rows.sort(key=lambda row: reading_key(row[0].name))
    return rows


def _tie_label(kind):
    return engagement.tie_kind(kind).label_text()


@login_required
def my_engagement(request):
    person = request.user
    ties = network.ties_of(person.pk)
    hidden = [
        (other, kind) for other, kind in consent.hidden_by(person) if engagement.tie_kind(kind)
    ]
    people = network.people_by_id(
        {t.helper for t in ties} | {t.helped for t in ties} | {other for other, _k in hidden}
    )
    rows = _tie_rows(person, ties, people)
    context = web_context(person)
    invitation = invitations.link_of(person)
    context.update(
        {
            "person": person,
            "invitation_url": absolute(reverse("invitation", args=[invitation.code])),
            "welcomed": len(
                {t.helped for t in ties if t.kind == network.INVITATION and t.helper == person.pk}
            ),
            "acknowledgement": acknowledge(person, ties=ties),
            "tie_choice_form": TieChoiceForm(initial={"shown": consent.shows_ties(person)}),
            "page_obj": Paginator(rows, TIES_PER_PAGE).get_page(request.GET.get("page")),
            "hidden": [
                (people[other], kind, _tie_label(kind)) for other, kind in hidden if other in people
            ],
        }
    )
    return render(request, "engagement/mine.html", context)


@login_required
@require_POST
def renew_invitation(request):
    invitations.renew(request.user)
    messages.success(request, _("Your new invitation link is ready. The old one no longer works."))
    return redirect(reverse("my_engagement") + "#invite")


@login_required
@require_POST
def choose(request):
    form = TieChoiceForm(request.POST)
    if form.is_valid():
        consent.choose(request.user, form.cleaned_data["shown"])
        messages.success(request, _("Your choice has been saved."))
    return redirect(reverse("my_engagement") + "#ties")


def _change_tie(request, change, done, failed=None):
    """Hide a tie or show it again: one of the person's own, of a kind that exists."""
    form = TieForm(request.POST)
    if form.is_valid():
        change(request.user, form.cleaned_data["other"], form.cleaned_data["kind"])
        messages.success(request, done)
    elif failed:
        messages.error(request, failed)
    return redirect(reverse("my_engagement") + "#ties")


@login_required
@require_POST
def hide_tie(request):
    done = _("This tie is hidden. No one will see it, not even the %(people)s.") % {
        "people": term("coordinator", plural=True)
    }
    return _change_tie(request, consent.hide, done, _("This tie could not be hidden."))


@login_required
@require_POST
def show_tie(request):
    return _change_tie(request, consent.show_again, _("This tie is shown again."))


def invitation(request, code):
    found = invitations.find(code)
    if found is None:
        return render(request, "engagement/invitation_unknown.html", status=404)
    if not request.user.is_authenticated:
        invitations.remember(request, found)
    return render(request, "engagement/invitation.html", {"invitation": found})


def _suppressed_distribution(spread, minimum):
    cells, total = suppress_line(spread.by_number, spread.people, minimum)
    labels = [
        _("In none yet"),
        _("In one"),
        _("In two"),
        _("In three or more"),
    ]
    return {
        "lines": [(label, show(c, minimum)) for label, c in zip(labels, cells, strict=True)],
        "total": show(total, minimum),
        "dimensions": [
            (dimension, show(cell(people, minimum), minimum))
            for dimension, people in spread.by_dimension
        ],
    }


@login_required
def spread(request):
    require_coordinator(request.user)
    form = GroupForm(request.GET)
    if not form.is_valid():
        return render(request, "engagement/spread.html", {"form": form}, status=400)
    minimum = report_minimum()
    context = {"form": form, "minimum": minimum}
    context.update(_suppressed_distribution(distribution(form.people()), minimum))
    return render(request, "engagement/spread.html", context)


@login_required
def network_view(request):
    require_coordinator(request.user)
    form = NetworkForm(request.GET)
    if not form.is_valid():
        return render(request, "engagement/network.html", {"form": form}, status=400)
    by = form.cleaned_data["by"]
    net = network.build(form.people())
    group_rows, bridges = network.groups(net, by)
    listing = request.GET.get("view") == "list"
    context = {
        "form": form,
        "by": by,
        "listing": listing,
        "facts": net.facts,
        "ties_per_person": format_number(round(network.ties_per_person(net), 1)),
        "groups": group_rows,
        "bridges": bridges[:20],
        "bridging": network.bridging_people(net, by),
        "welcomers": network.welcomers(net),
        "chart": groups_chart(group_rows, bridges, rtl=get_language_bidi()),
    }
    if listing:
        people = sorted(
            net.people.values(), key=lambda p: (-net.graph.degree(p.pk), reading_key(p.name))
        )
        page = Paginator(people, PEOPLE_PER_PAGE).get_page(request.GET.get("page"))
        page.object_list = [
            (p, language_name(p.language), net.graph.degree(p.pk)) for p in page.object_list
        ]
        context["page_obj"] = page
    query = request.GET.copy()
    query.pop("page", None)
    query.pop("view", None)
    context["filter_params"] = query.urlencode()
    return render(request, "engagement/network.html", context)
