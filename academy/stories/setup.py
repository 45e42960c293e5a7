"""What the stories room registers when the app is ready: the kinds of scope it knows,
the personal data it holds, and that a change to a story, a domain, a vote or a
selection is a change to the cached public pages."""

from django.db.models.signals import post_delete, post_save

from academy.pages.cache import bump_content_version
from academy.privacy import labels
from academy.privacy.registry import Rule, personal_data
from academy.stories import report_figures
from academy.stories.models import Domain, Round, Selection, Story, Vote
from academy.stories.scopes import register_ground_floor


def register():
    register_ground_floor()
    report_figures.register()
    personal_data.register(
        Story,
        "author",
        Rule.REMOVE,
        export=(
            "round",
            "domain",
            "headline",
            "what_happened",
            "why_it_matters",
            "language",
            "track",
            "consent",
            "withdrawn_at",
            ("created_at", labels.CREATED),
        ),
    )
    personal_data.register(
        Vote,
        "voter",
        Rule.CLEAR,
        export=("round", "story", "domain", "reason", ("created_at", labels.CREATED)),
    )
    personal_data.register(Selection, "decided_by", Rule.CLEAR, export=("round", "reason"))
    # a round opened or changed shows on every member's dashboard at once
    for model in (Round, Story, Domain, Selection, Vote):
        name = model._meta.model_name
        post_save.connect(bump_content_version, sender=model, dispatch_uid=f"stories-bump-{name}")
        post_delete.connect(
            bump_content_version, sender=model, dispatch_uid=f"stories-bump-{name}-gone"
        )
