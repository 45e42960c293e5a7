"""Claiming rows once: for jobs that overlapping runs (cron, several workers) must not
repeat, such as reminders."""


def claimed(queryset, stamp_field, now, *fields):
    """Yield (pk, *fields) of each row of `queryset` that this call claims: its
    `stamp_field` is set to `now` by a conditional update that only succeeds while the
    field is still empty, so no row is ever claimed twice."""
    model = queryset.model
    for values in list(queryset.values_list("pk", *fields)):
        still_free = model.objects.filter(pk=values[0], **{f"{stamp_field}__isnull": True})
        if still_free.update(**{stamp_field: now}):
            yield values
