"""Periodic jobs on top of django.tasks.

Django's task framework has no scheduler, so each worker also runs ``enqueue_due_jobs`` every
few seconds. Due rows are claimed with ``SELECT … FOR UPDATE SKIP LOCKED`` (on SQLite writes are
serialised anyway), so with any number of workers a job is enqueued once per period. Modules
declare their jobs in ``vitrine.web.modules`` (review sync, re-audits, scheduled posts).
"""

from __future__ import annotations

import logging
from datetime import datetime

from django.db import connection, transaction
from django.utils import timezone
from django.utils.module_loading import import_string

from vitrine.web.modules import periodic_jobs
from vitrine.web.ops.models import ScheduledJob

logger = logging.getLogger(__name__)


def enqueue_due_jobs(now: datetime | None = None) -> list[str]:
    """Enqueue every job whose time has come; return their names."""
    now = now or timezone.now()
    jobs = {job.name: job for job in periodic_jobs()}
    for job in jobs.values():
        ScheduledJob.objects.get_or_create(name=job.name, defaults={"next_run_at": now})
    enqueued: list[str] = []
    with transaction.atomic():
        due = ScheduledJob.objects.filter(next_run_at__lte=now, name__in=jobs)
        if connection.features.has_select_for_update_skip_locked:
            due = due.select_for_update(skip_locked=True)
        for row in due:
            job = jobs[row.name]
            import_string(job.task).enqueue()
            row.last_enqueued_at = now
            row.next_run_at = now + job.every
            row.save(update_fields=["last_enqueued_at", "next_run_at"])
            enqueued.append(job.name)
            logger.info("periodic job enqueued", extra={"job": job.name})
    return enqueued
