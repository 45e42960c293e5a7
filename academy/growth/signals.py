"""What growth tells other rooms (badges, reports) about.

`assessment_submitted` is sent once the transaction that submitted a self-assessment has
committed, with `person` and `assessment` (a submitted `Assessment`)."""

from django.dispatch import Signal

assessment_submitted = Signal()
