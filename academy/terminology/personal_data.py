"""Role words: a person's proposals, votes and changes stay with the community (the
tallies and the history depend on them) in the name of a former member, without the
words the person wrote to explain them; their comments go."""

from academy.privacy import labels
from academy.privacy.registry import Rule, personal_data
from academy.terminology.models import ProposalComment, ProposalVote, TermProposal, TermRevision


def register():
    personal_data.register(
        TermProposal,
        "proposer",
        Rule.ANONYMISE,
        scrub={"rationale": ""},
        export=(
            ("role", labels.ROLE),
            "locale",
            "forms",
            "rationale",
            ("status", labels.STATUS),
            ("created_at", labels.CREATED),
        ),
        title=labels.PROPOSALS,
    )
    personal_data.register(TermProposal, "decided_by", Rule.PLACEHOLDER)
    personal_data.register(
        ProposalVote,
        "voter",
        Rule.PLACEHOLDER,
        export=(
            ("proposal", labels.PROPOSAL),
            ("choice", labels.CHOICE),
            ("updated_at", labels.UPDATED),
        ),
        title=labels.VOTES,
    )
    personal_data.register(
        ProposalComment,
        "author",
        Rule.REMOVE,
        export=(("proposal", labels.PROPOSAL), "body", ("created_at", labels.CREATED)),
        title=labels.COMMENTS,
    )
    personal_data.register(
        TermRevision,
        "author",
        Rule.ANONYMISE,
        scrub={"reason": ""},
        export=(
            ("role", labels.ROLE),
            ("locale", labels.LANGUAGE),
            ("old_forms", labels.WORDS_BEFORE),
            ("new_forms", labels.WORDS_AFTER),
            "reason",
            ("created_at", labels.CREATED),
        ),
        title=labels.REVISIONS,
    )
