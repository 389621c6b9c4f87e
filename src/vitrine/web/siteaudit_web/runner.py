"""Running one requested audit: the core crawl and checks, reports on disk, changes and alerts.

Called by the ``run_site_audit`` task in the worker. The audit's own row carries its state
(en attente → en cours → terminé / échec), so the pages can show progress and history.
"""

from __future__ import annotations

import ipaddress
import logging
import os
import socket
import tempfile
import threading
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from django.conf import settings
from django.core.mail import send_mail
from django.db import DatabaseError, connection, transaction
from django.utils import timezone

from vitrine.siteaudit import AuditError, AuditOptions, AuditResult, run_audit
from vitrine.siteaudit.report import to_html, to_pdf
from vitrine.web.audit.actions import record
from vitrine.web.practices.roles import Cap
from vitrine.web.siteaudit_web.models import Alert, SiteAudit
from vitrine.web.siteaudit_web.results import alert_problems, changes

logger = logging.getLogger(__name__)


def web_settings() -> dict[str, Any]:
    """``SITEAUDIT_WEB`` from the Django settings (tests and deployments may tune it).

    Keys: ``options`` (``AuditOptions`` fields, e.g. ``{"max_pages": 100}``), ``pdf`` (write the
    PDF report, default True), ``allow_private_hosts`` (audit addresses of the local network,
    default False: the server must not be turned into a scanner of its own network).
    """
    configured: dict[str, Any] = getattr(settings, "SITEAUDIT_WEB", {})
    return {"options": {}, "pdf": True, "allow_private_hosts": False, **configured}


def audit_options(audit: SiteAudit) -> AuditOptions:
    """Bounds of an audit: the core's defaults, the deployment's overrides, the practice's details."""
    practice = audit.practice
    own = [practice.name, practice.phone, practice.email, *practice.address.splitlines()]
    own += [str(p) for p in practice.practitioners.all()]
    overrides = dict(web_settings()["options"])
    contact = os.environ.get("VITRINE_AUDIT_CONTACT", "")
    return AuditOptions(
        **{
            "render": audit.render,
            "own_details": tuple(v for v in own if v.strip()),
            "contact": contact,
            **overrides,
        }
    )


def check_public_host(url: str) -> None:
    """Refuse an address on loopback or a private network (unless the deployment allows it)."""
    if web_settings()["allow_private_hosts"]:
        return
    host = urlsplit(url if "://" in url else "https://" + url).hostname or ""
    try:
        infos = socket.getaddrinfo(host, None)
    except OSError as exc:
        raise AuditError(f"Le nom de domaine « {host} » est introuvable.") from exc
    for info in infos:
        address = ipaddress.ip_address(info[4][0])
        if not address.is_global:
            raise AuditError(f"L'adresse « {host} » désigne un réseau privé : audit refusé.")


def _write(path: Path, data: bytes) -> None:
    """Write to a temporary file in the same folder, then rename (never a half-written report)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=path.suffix)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def report_path(audit: SiteAudit, extension: str) -> str:
    """Where a report lives, relative to MEDIA_ROOT: one folder per practice."""
    return f"{audit.practice_id}/site-web/audit-{audit.pk}.{extension}"


def stored_report(relative: str) -> Path | None:
    """The report file at ``relative`` under MEDIA_ROOT, if it exists and stays inside it."""
    if not relative:
        return None
    root = Path(settings.MEDIA_ROOT).resolve()
    path = (root / relative).resolve()
    return path if path.is_file() and path.is_relative_to(root) else None


def remove_reports(audit: SiteAudit) -> None:
    """Delete an audit's report files (the audit row is gone: practice deleted, RGPD)."""
    for relative in (audit.report_html, audit.report_pdf):
        path = stored_report(relative)
        if path is not None:
            path.unlink(missing_ok=True)


def write_reports(audit: SiteAudit, result: AuditResult, pdf: bool) -> tuple[str, str]:
    """Write the HTML (and PDF) reports; return their paths relative to MEDIA_ROOT."""
    root = Path(settings.MEDIA_ROOT)
    html_path = report_path(audit, "html")
    _write(root / html_path, to_html(result).encode("utf-8"))
    pdf_path = ""
    if pdf:
        try:
            _write(root / report_path(audit, "pdf"), to_pdf(result))
            pdf_path = report_path(audit, "pdf")
        except Exception:  # the HTML report stands alone; a missing PDF must not fail the audit
            logger.exception("PDF report failed", extra={"audit": audit.pk})
    return html_path, pdf_path


def _claim(audit_id: int) -> SiteAudit | None:
    with transaction.atomic():
        audit = SiteAudit.objects.select_for_update().select_related("practice").filter(pk=audit_id).first()
        if audit is None or audit.status != SiteAudit.Status.PENDING:
            return None  # already run (a task retried) or deleted with its practice
        audit.status = SiteAudit.Status.RUNNING
        audit.started_at = timezone.now()
        audit.save(update_fields=["status", "started_at"])
    return audit


def _fail(audit: SiteAudit, message: str) -> None:
    with transaction.atomic():
        audit.status = SiteAudit.Status.FAILED
        audit.error = message
        audit.finished_at = timezone.now()
        audit.save(update_fields=["status", "error", "finished_at"])
        record(
            actor=None,
            action="audit-site-echoue",
            obj=audit,
            practice=audit.practice,
            summary={"declencheur": audit.trigger},
        )


def previous_audit(audit: SiteAudit) -> SiteAudit | None:
    """The last finished audit of the same site for the same practice, before this one."""
    return (
        SiteAudit.objects.filter(
            practice_id=audit.practice_id, url=audit.url, status=SiteAudit.Status.DONE, pk__lt=audit.pk
        )
        .order_by("-pk")
        .first()
    )


class ProgressWriter:
    """Carries the audit's progress to its row every few seconds, for the page that polls it.

    ``run_audit`` calls back from inside its event loop, where Django forbids database queries,
    so the callback only keeps the numbers and a small thread writes them.
    """

    def __init__(self, audit_id: int, every: float = 2.0) -> None:
        self.audit_id, self.every = audit_id, every
        self.state: tuple[str, int, int] = ("", 0, 0)
        self._written = self.state
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, daemon=True, name=f"audit-{audit_id}-progress")

    def __call__(self, done: int, known: int, label: str) -> None:
        step = SiteAudit.Step.CONTENT if label.startswith("déontologie") else SiteAudit.Step.CRAWL
        self.state = (step, done, known)

    def _flush(self) -> None:
        state = self.state
        if state == self._written:
            return
        step, done, known = state
        SiteAudit.objects.filter(pk=self.audit_id, status=SiteAudit.Status.RUNNING).update(
            progress_step=step, progress_done=done, progress_total=known
        )
        self._written = state

    def _loop(self) -> None:
        try:
            while not self._stop.wait(self.every):
                try:
                    self._flush()
                except DatabaseError:  # progress is a courtesy: a busy database skips a beat
                    logger.debug("progress not saved", exc_info=True)
        finally:
            connection.close()

    def __enter__(self) -> ProgressWriter:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join(timeout=10)


def execute_audit(audit_id: int) -> str:
    """Run a pending audit to completion; return its final status."""
    audit = _claim(audit_id)
    if audit is None:
        return "ignore"
    config = web_settings()
    try:
        check_public_host(audit.url)
        with ProgressWriter(audit.pk) as progress:
            result = run_audit(audit.url, audit_options(audit), progress)
    except AuditError as exc:
        _fail(audit, str(exc))
        return SiteAudit.Status.FAILED
    except Exception:
        logger.exception("site audit failed", extra={"audit": audit.pk})
        _fail(audit, "Erreur inattendue pendant l'audit ; elle a été consignée pour l'équipe technique.")
        return SiteAudit.Status.FAILED
    data = result.to_dict()
    html_path, pdf_path = write_reports(audit, result, pdf=bool(config["pdf"]))
    previous = previous_audit(audit)
    delta = changes(previous.result, data) if previous else None
    alert = None
    with transaction.atomic():
        audit.status = SiteAudit.Status.DONE
        audit.finished_at = timezone.now()
        audit.result = data
        audit.score = result.score
        audit.report_html, audit.report_pdf = html_path, pdf_path
        audit.previous = previous
        audit.new_problems = len(delta.new) if delta else 0
        audit.fixed_problems = len(delta.fixed) if delta else 0
        audit.save()
        if delta and delta.new:
            alert = Alert.objects.create(
                practice=audit.practice,
                audit=audit,
                count=len(delta.new),
                problems=alert_problems(delta.new),
            )
        record(
            actor=None,
            action="audit-site-termine",
            obj=audit,
            practice=audit.practice,
            summary={
                "score": result.score,
                "pages": audit.page_count,
                "nouveaux_problemes": audit.new_problems,
                "problemes_corriges": audit.fixed_problems,
            },
        )
    if alert is not None:
        notify(alert)
    return SiteAudit.Status.DONE


def notify(alert: Alert) -> int:
    """E-mail the members who follow the website (praticien, webmaster); return how many."""
    members = alert.practice.memberships.filter(active=True).select_related("user")
    recipients = sorted({m.user.email for m in members if m.can(Cap.SITE_AUDIT) and m.user.email})
    if not recipients:
        return 0
    lines = [
        "Bonjour,",
        "",
        f"Le dernier audit du site {alert.audit.url} a trouvé {alert.count} nouveau(x) problème(s) "
        "par rapport à l'audit précédent :",
        "",
    ]
    lines += [f"- {p['title']} ({p['page']})" for p in alert.problems[:20]]
    if alert.count > 20:
        lines.append(f"- … et {alert.count - 20} autre(s)")
    lines += [
        "",
        "Le détail et la façon de corriger chaque point sont dans Vitrine, rubrique « Site web ».",
        "",
        "— Vitrine",
    ]
    try:
        send_mail(
            f"Site web : {alert.count} nouveau(x) problème(s) détecté(s)",
            "\n".join(lines),
            None,
            recipients,
        )
    except Exception:  # the in-app alert stands even when the mail server is down
        logger.exception("alert e-mail failed", extra={"alert": alert.pk})
        return 0
    Alert.objects.filter(pk=alert.pk).update(emailed_to=len(recipients))
    return len(recipients)
