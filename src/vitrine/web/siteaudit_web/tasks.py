"""Background tasks of the website audit (run by ``vitrine worker``)."""

from __future__ import annotations

from django.tasks import task


@task()
def run_site_audit(audit_id: int) -> str:
    """Crawl and check the practice's website for one requested audit."""
    from vitrine.web.siteaudit_web.runner import execute_audit

    return execute_audit(audit_id)


@task(queue_name="periodic")
def enqueue_scheduled_audits() -> list[int]:
    """Periodic job: request the audits of practices whose schedule is due."""
    from vitrine.web.siteaudit_web.actions import enqueue_due_audits

    return enqueue_due_audits()
