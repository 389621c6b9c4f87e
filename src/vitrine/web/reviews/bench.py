"""``vitrine bench avis-web``: agency-scale import and page latency on PostgreSQL.

Creates a throw-away database next to ``DATABASE_URL`` (dropped at the end), N practices x M
reviews (``VITRINE_BENCH_PRACTICES``, ``VITRINE_BENCH_REVIEWS``; 1,000 x 1,000 by default), and
measures: import throughput (parsing Google JSON + bulk upsert, the path of an upload or a
sync), then the p95 latency of the inbox (with filters and deep pages) and of the analytics page
for practices of that database. Triage (language model) runs in the worker and is not part of
the import: the bench fills triage columns from the stars in one statement, as triage would.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import urlparse, urlunparse

TEXTS = (
    "Accueil chaleureux, explications claires, je recommande.",
    "Attente beaucoup trop longue et secrétariat injoignable.",
    "Cabinet propre, équipe à l'écoute, rendez-vous rapide.",
    "Tarifs élevés mais consultation sérieuse.",
    "Très déçue de l'organisation, personne ne rappelle.",
)
STARS = ("ONE", "TWO", "THREE", "FOUR", "FIVE")


def _page_json(rng: random.Random, practice_index: int, count: int, start: datetime) -> bytes:
    reviews = []
    for i in range(count):
        created = start + timedelta(hours=i * 13 + rng.randint(0, 12))
        record: dict[str, Any] = {
            "name": f"accounts/1/locations/{practice_index}/reviews/r{i}",
            "reviewId": f"r{i}",
            "reviewer": {"displayName": f"Auteur {i}", "isAnonymous": False},
            "starRating": STARS[min(4, int(rng.random() ** 0.5 * 5))],
            "comment": rng.choice(TEXTS),
            "createTime": created.isoformat().replace("+00:00", "Z"),
            "updateTime": created.isoformat().replace("+00:00", "Z"),
        }
        if rng.random() < 0.6:
            record["reviewReply"] = {
                "comment": "Merci pour votre message.",
                "updateTime": (created + timedelta(hours=rng.randint(2, 96)))
                .isoformat()
                .replace("+00:00", "Z"),
            }
        reviews.append(record)
    return json.dumps({"reviews": reviews}).encode()


def _p95(samples: list[float]) -> float:
    return statistics.quantiles(samples, n=20)[-1] if len(samples) >= 2 else samples[0]


def _ok(response: Any, url: str) -> None:
    if response.status_code != 200:
        raise RuntimeError(f"{url} a répondu {response.status_code}")


def _setup(database_url: str) -> tuple[str, Any]:
    import psycopg

    name = f"vitrine_bench_{os.getpid()}"
    admin = psycopg.connect(database_url, autocommit=True)
    admin.execute(f'CREATE DATABASE "{name}"')
    parts = urlparse(database_url)
    os.environ["DATABASE_URL"] = urlunparse(parts._replace(path=f"/{name}"))
    os.environ.setdefault("VITRINE_SECRET_KEY", "bench-only-" + os.urandom(8).hex())
    os.environ.setdefault("VITRINE_DATA_DIR", tempfile.mkdtemp(prefix=name))
    os.environ["DJANGO_SETTINGS_MODULE"] = "vitrine.web.settings"
    return name, admin


def run(args: argparse.Namespace) -> int:
    """Run the benchmark; prints text or JSON; exit 1 when a target is missed."""
    database_url = os.environ.get("DATABASE_URL", "")
    if not database_url.startswith(("postgres://", "postgresql://")):
        print("vitrine bench avis-web : DATABASE_URL doit désigner un serveur PostgreSQL.", file=sys.stderr)
        return 2
    practices_n = int(os.environ.get("VITRINE_BENCH_PRACTICES", "1000"))
    reviews_n = int(os.environ.get("VITRINE_BENCH_REVIEWS", "1000"))
    name, admin = _setup(database_url)
    try:
        result = _measure(practices_n, reviews_n)
    finally:
        from django.db import connections

        connections.close_all()
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.close()
    if getattr(args, "format", "text") == "json":
        print(json.dumps(result, indent=2))
    else:
        print(
            f"avis-web : {result['practices']} cabinets x {result['reviews_per_practice']} avis "
            f"= {result['reviews']} avis\n"
            f"  import (JSON Google + upsert) : {result['import_per_second']:.0f} avis/s "
            f"({result['import_seconds']:.1f} s)\n"
            f"  boîte de réception p95 : {result['inbox_p95_ms']:.0f} ms ; statistiques p95 : "
            f"{result['analytics_p95_ms']:.0f} ms (tableau de bord, pour comparaison : "
            f"{result['dashboard_p95_ms']:.0f} ms)"
        )
    ok = (
        result["import_per_second"] >= 5000
        and result["inbox_p95_ms"] < 300
        and result["analytics_p95_ms"] < 300
    )
    return 0 if ok else 1


def _measure(practices_n: int, reviews_n: int) -> dict[str, Any]:
    import django

    django.setup()
    from django.conf import settings

    # Pages are rendered without collectstatic: plain static URLs instead of the manifest.
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client

    from vitrine.reputation.importers import parse_gbp_json
    from vitrine.web.accounts.models import User
    from vitrine.web.practices.models import Membership, Organisation, Practice
    from vitrine.web.reviews.importing import upsert_reviews

    call_command("migrate", verbosity=0)
    org = Organisation.objects.create(name="Agence bench")
    practices = Practice.objects.bulk_create(
        [Practice(organisation=org, name=f"Cabinet {i:04d}") for i in range(practices_n)]
    )
    rng = random.Random(5)  # noqa: S311 - synthetic data
    start = datetime(2024, 1, 1, tzinfo=UTC)
    import_seconds = 0.0
    for index, practice in enumerate(practices):
        data = _page_json(rng, index, reviews_n, start)  # generating is not importing
        began = time.perf_counter()
        upsert_reviews(practice, parse_gbp_json(data, filename="bench.json"), json.loads(data)["reviews"])
        import_seconds += time.perf_counter() - began
    total = practices_n * reviews_n
    with connection.cursor() as cursor:  # what the triage task would write
        cursor.execute(
            "UPDATE reviews_review SET triaged_at = now(), sentiment = CASE WHEN stars <= 2 THEN 'negatif' "
            "WHEN stars = 3 THEN 'neutre' ELSE 'positif' END, priority = CASE WHEN stars <= 2 THEN 'haute' "
            "ELSE 'basse' END, reportable = (stars = 1 AND id % 7 = 0), topics = '[\"attente\"]'::jsonb"
        )
        cursor.execute("ANALYZE reviews_review")
    user = User.objects.create_user(email="bench@vitrine.test", password=None, full_name="Bench")
    sample = rng.sample(practices, min(10, len(practices)))
    for practice in sample:
        Membership.objects.create(user=user, practice=practice, role="community-manager")
    headers: dict[str, Any] = {
        "wsgi.url_scheme": "https",
        "HTTP_X_FORWARDED_PROTO": "https",
        "HTTP_HOST": "localhost",
    }
    client = Client(**headers)
    client.force_login(user)
    inbox_urls = (
        "/avis/",
        "/avis/?sentiment=negatif",
        "/avis/?unanswered=on",
        "/avis/?reportable=on",
        "/avis/?page=30",
    )
    inbox: list[float] = []
    stats: list[float] = []
    floor: list[float] = []
    for practice in sample:
        session = client.session
        session["vitrine_practice_id"] = practice.pk
        session.save()
        for url in inbox_urls:
            began = time.perf_counter()
            _ok(client.get(url), url)
            inbox.append((time.perf_counter() - began) * 1000)
        for _ in range(3):
            began = time.perf_counter()
            _ok(client.get("/avis/statistiques/"), "/avis/statistiques/")
            stats.append((time.perf_counter() - began) * 1000)
        for _ in range(3):  # the foundation's own page: the floor of any page (session, membership)
            began = time.perf_counter()
            _ok(client.get("/tableau-de-bord/"), "/tableau-de-bord/")
            floor.append((time.perf_counter() - began) * 1000)
    return {
        "practices": practices_n,
        "reviews_per_practice": reviews_n,
        "reviews": total,
        "import_seconds": round(import_seconds, 2),
        "import_per_second": round(total / import_seconds, 1),
        "inbox_p95_ms": round(_p95(inbox), 1),
        "inbox_median_ms": round(statistics.median(inbox), 1),
        "analytics_p95_ms": round(_p95(stats), 1),
        "analytics_median_ms": round(statistics.median(stats), 1),
        "dashboard_p95_ms": round(_p95(floor), 1),
        "requests": {"inbox": len(inbox), "analytics": len(stats), "dashboard": len(floor)},
    }
