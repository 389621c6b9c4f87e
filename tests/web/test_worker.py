"""Background work: two workers never run the same task twice; periodic jobs are enqueued once."""

from __future__ import annotations

import os
import subprocess
import sys
from collections import Counter
from datetime import timedelta
from pathlib import Path

import pytest
from django.db import connection
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from tests.web.worker_tasks import append_token
from vitrine.web.modules import CORE_PERIODIC_JOBS
from vitrine.web.ops.models import ScheduledJob, WorkerHeartbeat
from vitrine.web.ops.periodic import enqueue_due_jobs

ROOT = Path(__file__).resolve().parents[2]


def _database_url() -> str:
    s = connection.settings_dict
    auth = s["USER"] + (f":{s['PASSWORD']}" if s["PASSWORD"] else "")
    return f"postgresql://{auth}@{s['HOST'] or '127.0.0.1'}:{s['PORT'] or 5432}/{s['NAME']}"


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_two_workers_on_postgresql_run_each_of_200_tasks_exactly_once(tmp_path: Path) -> None:
    out = tmp_path / "runs.txt"
    for token in range(200):
        append_token.enqueue(str(out), token)
    env = {
        **os.environ,
        "DATABASE_URL": _database_url(),
        "PYTHONPATH": f"{ROOT}{os.pathsep}{os.environ.get('PYTHONPATH', '')}",
        "VITRINE_SECRET_KEY": "test-worker-key",
        "VITRINE_DATA_DIR": str(tmp_path),
    }
    command = [sys.executable, "-m", "vitrine.cli.main", "worker", "--batch", "--interval", "0.1"]
    workers = [
        subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        for _ in range(2)
    ]
    for worker in workers:
        _, err = worker.communicate(timeout=300)
        assert worker.returncode == 0, err.decode()[-2000:]
    lines = out.read_text().split()
    tokens = Counter(int(t) for t in lines[0::2])
    pids = Counter(lines[1::2])
    assert sorted(tokens) == list(range(200))
    assert set(tokens.values()) == {1}, "a task ran more than once"
    assert len(pids) == 2, f"both workers should have taken tasks: {pids}"
    assert (
        DBTaskResult.objects.filter(task_path__endswith=".append_token", status="SUCCESSFUL").count() == 200
    )
    assert WorkerHeartbeat.objects.count() == 2


@pytest.mark.django_db
def test_a_periodic_job_is_enqueued_once_per_period() -> None:
    now = timezone.now()
    job = CORE_PERIODIC_JOBS[0]
    assert job.name in enqueue_due_jobs(now)
    assert job.name not in enqueue_due_jobs(now)
    assert job.name not in enqueue_due_jobs(now + job.every / 2)
    assert job.name in enqueue_due_jobs(now + job.every + timedelta(seconds=1))
    assert DBTaskResult.objects.filter(task_path=job.task).count() == 2
    assert ScheduledJob.objects.get(name=job.name).last_enqueued_at == now + job.every + timedelta(seconds=1)
