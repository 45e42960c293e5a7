"""What the stories room registers when the app is ready: the personal data it holds,
and that a change to a story or a domain is a change to the cached public pages."""

from django.db.models.signals import post_delete, post_save

from academy.pages.cache import bump_content_version
from academy.privacy import labels
from academy.privacy.registry import Rule, personal_data
from academy.stories.models import Domain, Story


def register():
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
            "consent",
            "withdrawn_at",
            "selected",
            ("created_at", labels.CREATED),
        ),
    )
    for model in (Story, Domain):
        name = model._meta.model_name
        post_save.connect(bump_content_version, sender=model, dispatch_uid=f"stories-bump-{name}")
        post_delete.connect(
            bump_content_version, sender=model, dispatch_uid=f"stories-bump-{name}-gone"
        )
