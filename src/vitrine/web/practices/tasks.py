"""Background tasks of the practices module."""

from __future__ import annotations

from django.tasks import task

from vitrine.web.practices.actions import purge_due_practices


@task(queue_name="periodic")
def purge_deleted_practices() -> list[str]:
    """Delete practices whose deletion grace period is over (RGPD)."""
    return purge_due_practices()
