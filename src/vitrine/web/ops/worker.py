"""``vitrine worker``: django-tasks-db's worker plus heartbeat and periodic jobs in a side thread."""

from __future__ import annotations

import logging
import os
import socket
import threading
import uuid
from datetime import datetime

from django.core.management import call_command
from django.db import close_old_connections
from django.utils import timezone

from vitrine.web.ops.models import WorkerHeartbeat
from vitrine.web.ops.periodic import enqueue_due_jobs

logger = logging.getLogger(__name__)


def beat(worker_id: str, started_at: datetime) -> None:
    """Record that this worker is alive (read by ``/sante``)."""
    WorkerHeartbeat.objects.update_or_create(
        worker_id=worker_id,
        defaults={
            "hostname": socket.gethostname()[:255],
            "pid": os.getpid(),
            "started_at": started_at,
            "last_seen_at": timezone.now(),
        },
    )


def _side_loop(worker_id: str, stop: threading.Event, every: float) -> None:
    started_at = timezone.now()
    while not stop.is_set():
        try:
            close_old_connections()
            beat(worker_id, started_at)
            enqueue_due_jobs()
        except Exception:  # a failing beat must not kill the worker; it is logged and retried
            logger.exception("heartbeat or periodic scheduling failed")
        stop.wait(every)


def run_worker(
    *, batch: bool = False, max_tasks: int | None = None, interval: float = 1.0, beat_every: float = 15.0
) -> None:
    """Run tasks until stopped (or, with ``batch``, until the queues are empty)."""
    worker_id = uuid.uuid4().hex
    stop = threading.Event()
    side = threading.Thread(
        target=_side_loop, args=(worker_id, stop, beat_every), daemon=True, name="vitrine-beat"
    )
    side.start()
    options: dict[str, object] = {
        "queue_name": "*",
        "interval": interval,
        "worker_id": worker_id[:32],
        "reload": False,
        "startup_delay": False,
        "verbosity": 1,
    }
    if batch:
        options["batch"] = True
    if max_tasks is not None:
        options["max_tasks"] = max_tasks
    try:
        call_command("db_worker", **options)
    finally:
        stop.set()
        side.join(timeout=5)
