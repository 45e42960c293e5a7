"""The network figures of the report: ties across communities and across languages,
newcomers who arrived through a peer, and ties per person by language. Counted over
the ties made in the period; suppression is the report's own."""

from django.utils.translation import gettext_lazy as _

from academy.engagement import network
from academy.languages import language_name
from academy.pages.cache import request_memo
from academy.reports.registry import Value, figures


def _network(filters):
    """Built once per request for the period: three figures and a table read it."""
    memo = request_memo()
    if memo is None:  # outside a request (a task, a test): built each time
        memo = {}
    key = ("engagement.network", filters.since, filters.until)
    if key not in memo:
        memo[key] = network.build(since=filters.since, until=filters.until)
    return memo[key]


def _people_on(net, condition):
    people = set()
    count = 0
    for a, b in net.graph.edges:
        if condition(net.people[a], net.people[b]):
            count += 1
            people |= {a, b}
    return Value(count, len(people))


def across_communities(filters):
    return _people_on(
        _network(filters),
        lambda a, b: a.community_key and b.community_key and a.community_key != b.community_key,
    )


def across_languages(filters):
    return _people_on(_network(filters), lambda a, b: a.language != b.language)


def newcomers_through_peers(filters):
    count = _network(filters).facts["newcomers_through_peers"]
    return Value(count, count)


def ties_per_person(filters):
    """By the person's language: people with a tie, and the people each is tied to."""
    net = _network(filters)
    rows = {}
    for pk in net.graph.nodes:
        language = net.people[pk].language
        people, ties = rows.get(language, (0, 0))
        rows[language] = (people + 1, ties + net.graph.degree(pk))
    return [
        (language_name(language), [people, ties / people])
        for language, (people, ties) in sorted(rows.items())
    ]


def register():
    figures.register(
        "engagement.across_communities",
        _("Ties across communities"),
        _(
            "Pairs of people from two different communities who became tied in the "
            "period: through a session, peer support, an invitation, a circle or a word."
        ),
        across_communities,
        position=90,
    )
    figures.register(
        "engagement.across_languages",
        _("Ties across languages"),
        _("Pairs of people who use the academy in different languages and became tied."),
        across_languages,
        position=91,
    )
    figures.register(
        "engagement.newcomers_through_peers",
        _("Newcomers who arrived through a peer"),
        _("People who signed up in the period through a member's invitation link."),
        newcomers_through_peers,
        position=92,
    )
    figures.register_table(
        "engagement.ties_per_person",
        _("Ties per person"),
        _("Language"),
        (_("People with a tie"), _("Average number of people each is tied to")),
        ties_per_person,
        position=90,
        people_column=0,
        signed=False,
        meaning=_("Ties made in the period, by the language the person uses the academy in."),
    )
