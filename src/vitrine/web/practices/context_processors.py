from __future__ import annotations

from typing import Any

from django.http import HttpRequest

from vitrine.web.modules import MODULES
from vitrine.web.practices.roles import Cap


def current_practice(request: HttpRequest) -> dict[str, Any]:
    membership = getattr(request, "membership", None)
    if membership is None or not request.user.is_authenticated:
        return {"membership": None, "practice": None, "caps": set()}
    caps = {cap.value for cap in Cap if membership.can(cap)}
    modules = [m for m in MODULES if m.capability in caps]
    other = request.user.memberships.filter(active=True).count() > 1
    return {
        "membership": membership,
        "practice": membership.practice,
        "caps": caps,
        "several_practices": other,
        "modules": modules,
    }
