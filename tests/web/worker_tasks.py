"""Tasks used by the worker tests: each run appends one line to a file."""

from __future__ import annotations

import os
import time

from django.tasks import task


@task()
def append_token(path: str, token: int) -> None:
    time.sleep(0.02)  # long enough for two workers to overlap
    fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
    try:
        os.write(fd, f"{token} {os.getpid()}\n".encode())
    finally:
        os.close(fd)
