"""The network of who helped whom, drawn from what happened (the registered kinds of
tie), with each person's consent applied before anything is shown:

- a tie someone hid never appears, to anyone;
- beyond the coordinators, a tie appears only when both people chose to show theirs;
- a deleted account leaves no named node: the placeholder that stands for former
  members, and every tie to it, is left out.

Read in a bounded number of queries (one per kind of tie, one for the people and one for
the hidden ties), then computed with networkx."""

from collections import Counter, defaultdict
from dataclasses import dataclass, field

import networkx as nx
from django.db.models import Q

from academy.accounts.models import User
from academy.engagement.models import HiddenTie, TieChoice
from academy.engagement.registry import engagement
from academy.languages import language_name, reading_key

INVITATION = "invitation"


@dataclass(frozen=True)
class Tie:
    helper: int
    helped: int
    kind: str
    when: object = None


def _pair(a, b):
    return (a, b) if a < b else (b, a)


def hidden_pairs(people=None):
    """{(lower id, higher id, kind)} of every hidden tie (of `people`, when given)."""
    rows = HiddenTie.objects.all()
    if people is not None:
        rows = rows.filter(Q(person__in=people) | Q(other__in=people))
    return {(*_pair(a, b), kind) for a, b, kind in rows.values_list("person", "other", "kind")}


def shown_people(people):
    """Those of `people` (ids) who chose to show their ties beyond the coordinators."""
    if not people:
        return set()
    rows = TieChoice.objects.filter(shown=True, person__in=people)
    return set(rows.values_list("person", flat=True))


def all_ties(people=None):
    """Every tie of the registered kinds (touching `people`, a list of ids, when given),
    one query per kind, without a person's tie to themselves."""
    found = []
    for kind in engagement.tie_kinds():
        for helper, helped, when in kind.pairs(people):
            if helper and helped and helper != helped:
                found.append(Tie(helper, helped, kind.key, when))
    return found


def visible(ties, *, hidden):
    """The ties that may be shown: none that either person hid. Beyond the coordinators,
    the people named must also show their ties (`shown_people`)."""
    return [tie for tie in ties if (*_pair(tie.helper, tie.helped), tie.kind) not in hidden]


def ties_of(person_id):
    """One person's ties that no one hid, whichever side they are on."""
    return visible(all_ties([person_id]), hidden=hidden_pairs([person_id]))


def spelled(text):
    return " ".join((text or "").split())


def community_key(text):
    """Communities are typed by people: "German Wikipedia " and "german wikipedia" are
    one community."""
    return spelled(text).casefold()


@dataclass
class Person:
    pk: int
    name: str
    community: str  # as its first member spelled it
    community_key: str
    language: str


def people_by_id(ids):
    """The named people among `ids`: active, not the former members' placeholder. Read
    as plain values: a network holds thousands of people, and a person without a name
    is "member since" a month that many share, worded once per month."""
    found = {}
    since = {}
    rows = User.objects.filter(pk__in=ids, is_active=True, is_former_member=False).values_list(
        "pk",
        "display_name",
        "first_name",
        "last_name",
        "date_joined",
        "home_community",
        "preferred_language",
    )
    for pk, display, first, last, joined, community, language in rows:
        name = display or f"{first} {last}".strip()
        if not name:
            month = (joined.year, joined.month)
            if month not in since:
                since[month] = User(date_joined=joined).public_name
            name = since[month]
        found[pk] = Person(pk, name, spelled(community), community_key(community), language)
    return found


@dataclass
class Network:
    people: dict  # id -> Person, everyone with a tie that may be shown
    ties: list  # the ties that may be shown, between named people
    graph: object = None  # networkx.Graph of the people, one edge per pair
    facts: dict = field(default_factory=dict)


def build(scope=None, *, since=None, until=None):
    """The coordinators' network: every tie not hidden between named people, with at
    least one end in `scope` (a set of ids, None for the whole academy), and with its
    moment in [since, until) when those are given."""
    ties = all_ties()
    if scope is not None:
        ties = [t for t in ties if t.helper in scope or t.helped in scope]
    if since is not None:
        ties = [t for t in ties if t.when is not None and since <= t.when < until]
    ties = visible(ties, hidden=hidden_pairs())
    people = people_by_id({t.helper for t in ties} | {t.helped for t in ties})
    ties = [t for t in ties if t.helper in people and t.helped in people]
    graph = nx.Graph()
    for tie in ties:
        if graph.has_edge(tie.helper, tie.helped):
            graph[tie.helper][tie.helped]["kinds"].add(tie.kind)
        else:
            graph.add_edge(tie.helper, tie.helped, kinds={tie.kind})
    network = Network({pk: people[pk] for pk in graph.nodes}, ties, graph)
    network.facts = facts(network)
    return network


def _reach(graph, people):
    within = across_communities = across_languages = unknown = 0
    for a, b in graph.edges:
        one, other = people[a], people[b]
        if not one.community_key or not other.community_key:
            unknown += 1
        elif one.community_key == other.community_key:
            within += 1
        else:
            across_communities += 1
        if one.language != other.language:
            across_languages += 1
    return within, across_communities, across_languages, unknown


def facts(network):
    graph, people = network.graph, network.people
    within, across_communities, across_languages, unknown = _reach(graph, people)
    components = sorted((len(c) for c in nx.connected_components(graph)), reverse=True)
    pairs = graph.number_of_edges()
    return {
        "people": graph.number_of_nodes(),
        "pairs": pairs,
        "within_community": within,
        "across_communities": across_communities,
        "across_languages": across_languages,
        "community_unknown": unknown,
        "communities": len({p.community_key for p in people.values() if p.community_key}),
        "languages": len({p.language for p in people.values()}),
        "groups": len(components),
        "largest_group": components[0] if components else 0,
        "newcomers_through_peers": len({t.helped for t in network.ties if t.kind == INVITATION}),
    }


def ties_per_person(network):
    """The mean number of people each person is tied to."""
    nodes = network.graph.number_of_nodes()
    return 2 * network.graph.number_of_edges() / nodes if nodes else 0.0


@dataclass
class Group:
    key: str
    label: str  # a community as spelled, or a language code
    people: int = 0
    ties_within: int = 0
    ties_out: int = 0


def groups(network, by="community"):
    """Communities (or languages) with their people and their ties inside and out, and
    the bridges between them: [(group a, group b, ties)], most ties first."""
    found = {}
    for person in network.people.values():
        key = _group_key(person, by)
        if key not in found:
            label = person.community if by == "community" else language_name(person.language)
            found[key] = Group(key, label)
        found[key].people += 1
    bridges = Counter()
    for a, b in network.graph.edges:
        ka, kb = (_group_key(network.people[x], by) for x in (a, b))
        if ka == kb:
            found[ka].ties_within += 1
        else:
            found[ka].ties_out += 1
            found[kb].ties_out += 1
            bridges[tuple(sorted((ka, kb)))] += 1
    ordered = sorted(found.values(), key=lambda g: (-g.people, reading_key(g.label)))
    bridge_rows = [
        (found[a], found[b], count)
        for (a, b), count in sorted(bridges.items(), key=lambda item: (-item[1], item[0]))
    ]
    return ordered, bridge_rows


def _group_key(person, by):
    return person.community_key if by == "community" else person.language


def bridging_people(network, by="community", limit=10):
    """People whose ties reach into two or more communities (or languages) besides
    their own, the most first: through them the academy crosses its borders."""
    rows = []
    for pk in network.graph.nodes:
        person = network.people[pk]
        own = _group_key(person, by)
        reached = {_group_key(network.people[n], by) for n in network.graph.neighbors(pk)}
        reached.discard(own)
        reached.discard("")
        if len(reached) >= 2:
            rows.append((person, len(reached)))
    rows.sort(key=lambda row: (-row[1], reading_key(row[0].name)))
    return rows[:limit]


def welcomers(network, limit=10):
    """The people through whom most newcomers arrived, with how many."""
    arrived = defaultdict(set)
    for tie in network.ties:
        if tie.kind == INVITATION:
            arrived[tie.helper].add(tie.helped)
    rows = [(network.people[pk], len(newcomers)) for pk, newcomers in arrived.items()]
    rows.sort(key=lambda row: (-row[1], reading_key(row[0].name)))
    return rows[:limit]
