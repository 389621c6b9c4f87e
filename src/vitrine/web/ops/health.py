"""``/sante``: is the database reachable, and how old is the newest worker heartbeat?"""

from __future__ import annotations

from django.conf import settings
from django.db import connection
from django.http import HttpRequest, JsonResponse
from django.utils import timezone
from django.views.decorators.cache import never_cache

from vitrine.web.ops.models import WorkerHeartbeat


@never_cache
def sante(request: HttpRequest) -> JsonResponse:
    body: dict[str, object] = {}
    status = 200
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
        body["base_de_donnees"] = "ok"
    except Exception:
        return JsonResponse({"statut": "erreur", "base_de_donnees": "injoignable"}, status=503)
    newest = WorkerHeartbeat.objects.order_by("-last_seen_at").first()
    if newest is None:
        body["worker"] = {"statut": "absent", "age_secondes": None}
        status = 503
    else:
        age = (timezone.now() - newest.last_seen_at).total_seconds()
        stale = age > settings.WORKER_STALE_SECONDS
        body["worker"] = {"statut": "en retard" if stale else "ok", "age_secondes": round(age, 1)}
        status = 503 if stale else 200
    body["statut"] = "ok" if status == 200 else "degrade"
    return JsonResponse(body, status=status)
