"""Building a person's export in the background, so a large one never holds a request."""

from django.utils import timezone
from django_tasks import task

from academy.privacy.export import export_json
from academy.privacy.models import DataExport


@task()
def build_export(export_id):
    export = DataExport.objects.select_related("person").filter(pk=export_id).first()
    if export is None or export.expired:
        return
    stamp = timezone.now().strftime("%Y%m%d-%H%M")
    DataExport.objects.filter(pk=export.pk).update(
        content=export_json(export.person),
        filename=f"peer-academy-data-{stamp}.json",
        content_type="application/json",
        ready_at=timezone.now(),
    )
