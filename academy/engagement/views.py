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

from academy.accounts.models import User
from academy.accounts.rules import require_coordinator
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


def _tie_rows(person, ties):
    """One row per other person: their name and the kinds of tie, named from this
    person's side."""
    others = defaultdict(list)
    for tie in ties:
        other = tie.helped if tie.helper == person.pk else tie.helper
        others[other].append(tie.kind)
    people = network.people_by_id(others)
    rows = [
        (
            people[pk],
            [(kind, engagement.tie_kind(kind).label_text()) for kind in dict.fromkeys(kinds)],
        )
        for pk, kinds in others.items()
        if pk in people
    ]
    rows.sort(key=lambda row: reading_key(row[0].name))
    return rows


@login_required
def my_engagement(request):
    person = request.user
    ties, _ids = network.ties_of(person.pk)
    page = Paginator(_tie_rows(person, ties), TIES_PER_PAGE).get_page(request.GET.get("page"))
    hidden = consent.hidden_by(person)
    hidden_people = network.people_by_id({other for other, _kind in hidden})
    context = web_context(person)
    invitation = invitations.link_of(person)
    context.update(
        {
            "person": person,
            "invitation_url": request.build_absolute_uri(
                reverse("invitation", args=[invitation.code])
            ),
            "welcomed": person.welcomes.count(),
            "acknowledgement": acknowledge(person, ties=ties),
            "tie_choice_form": TieChoiceForm(initial={"shown": consent.shows_ties(person)}),
            "page_obj": page,
            "hidden": [
                (hidden_people[other], kind, engagement.tie_kind(kind).label_text())
                for other, kind in hidden
                if other in hidden_people and engagement.tie_kind(kind)
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
    people = form.people()
    if people is None:
        people = User.objects.filter(is_active=True, is_former_member=False).values_list(
            "pk", flat=True
        )
    minimum = report_minimum()
    context = {"form": form, "minimum": minimum}
    context.update(_suppressed_distribution(distribution(people), minimum))
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
        rows = [(p, language_name(p.language), net.graph.degree(p.pk)) for p in people]
        context["page_obj"] = Paginator(rows, PEOPLE_PER_PAGE).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    query.pop("view", None)
    context["filter_params"] = query.urlencode()
    return render(request, "engagement/network.html", context)
