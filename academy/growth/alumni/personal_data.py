"""Where a person went and what they reported are theirs: exported, and deleted with them."""

from academy.growth.alumni.models import AlumniReport, AlumniStatus, ReportRequest
from academy.privacy import labels
from academy.privacy.registry import Rule, personal_data


def register():
    personal_data.register(
        AlumniStatus,
        "person",
        Rule.REMOVE,
        export=(
            "moved_on_on",
            "destination",
            "where",
            "share_with_coordinators",
            "report_requests",
        ),
    )
    personal_data.register(
        AlumniReport,
        "person",
        Rule.REMOVE,
        export=("year", "new_role", "carried", "story_link", ("created_at", labels.CREATED)),
    )
    personal_data.register(ReportRequest, "person", Rule.REMOVE, export=("year", "sent_at"))
