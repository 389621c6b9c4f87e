"""Background work: periodic Google sync and triage of new reviews."""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.db.models import Q
from django.tasks import task

from vitrine.web.practices.models import Practice

if TYPE_CHECKING:
    from django.db.models import QuerySet

    from vitrine.web.reviews.models import GbpConnection


def syncable_connections() -> QuerySet[GbpConnection]:
    """Connections Google can be asked about: authorised (a token) and with a location chosen.

    Between consent and the choice of the location there is nothing to sync: asking anyway would
    record ``avis-synchro-echouee`` every five minutes.
    """
    from vitrine.web.reviews.models import GbpConnection

    return GbpConnection.objects.exclude(access_token_enc="", refresh_token_enc="").exclude(
        Q(account_id="") | Q(location_id="")
    )


@task()
def sync_all_practices() -> int:
    """Periodic job: sync every connected practice, then triage what is new everywhere."""
    from vitrine.web.reviews.models import Review

    connected = set(
        syncable_connections()
        .filter(practice__deletion_requested_at__isnull=True)
        .values_list("practice_id", flat=True)
    )
    pending = set(
        Review.objects.filter(triaged_at__isnull=True).values_list("practice_id", flat=True).distinct()
    )
    for practice_id in sorted(connected | pending):
        sync_and_process.call(practice_id)
    return len(connected | pending)


@task()
def sync_and_process(practice_id: int) -> dict[str, int]:
    """Sync one practice from Google (when connected), then triage, preserve and alert."""
    from vitrine.web.reviews.actions import sync_practice
    from vitrine.web.reviews.processing import process_pending

    practice = Practice.objects.get(pk=practice_id)
    counts: dict[str, int] = {}
    if syncable_connections().filter(practice=practice).exists():
        counts.update(sync_practice(practice_id))
    counts.update(process_pending(practice))
    return counts


@task()
def process_practice(practice_id: int) -> dict[str, int]:
    """Triage a practice's new reviews right after an import."""
    from vitrine.web.reviews.processing import process_pending

    return process_pending(Practice.objects.get(pk=practice_id))
