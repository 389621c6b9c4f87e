"""What each product module plugs into the shell: navigation, periodic jobs, demo data.

A module's ``AppConfig.ready()`` calls ``register_module(...)``; the layout, the worker and
``vitrine demo`` read these registries, so adding a module never edits the foundation.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import timedelta
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from vitrine.web.practices.models import Membership, Practice

DemoLoader = Callable[["Practice", dict[str, "Membership"]], None]


@dataclass(frozen=True)
class PeriodicJob:
    name: str
    task: str  # dotted path of a django.tasks Task taking no argument
    every: timedelta


@dataclass(frozen=True)
class Module:
    label: str  # French, shown in the navigation
    url_name: str  # entry page
    capability: str  # a Cap value needed to see the entry
    order: int  # position in the navigation (Tableau de bord is 0)
    periodic_jobs: tuple[PeriodicJob, ...] = ()
    demo_loader: DemoLoader | None = None
    active_app_names: tuple[str, ...] = field(default=())  # URL namespaces that light the entry


MODULES: list[Module] = []
CORE_PERIODIC_JOBS: list[PeriodicJob] = [
    PeriodicJob("purge-practices", "vitrine.web.practices.tasks.purge_deleted_practices", timedelta(hours=6)),
]


def register_module(module: Module) -> None:
    """Add a module once (``ready()`` may run more than once in tests)."""
    if all(existing.url_name != module.url_name for existing in MODULES):
        MODULES.append(module)
        MODULES.sort(key=lambda m: m.order)


def periodic_jobs() -> list[PeriodicJob]:
    return [*CORE_PERIODIC_JOBS, *(job for module in MODULES for job in module.periodic_jobs)]


def demo_loaders() -> list[DemoLoader]:
    return [module.demo_loader for module in MODULES if module.demo_loader is not None]
