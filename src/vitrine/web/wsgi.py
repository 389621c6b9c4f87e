"""WSGI entry point used by ``vitrine serve`` (gunicorn)."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "vitrine.web.settings")
application = get_wsgi_application()

if os.environ.get("VITRINE_WARMUP") == "1":
    # Loaded once in gunicorn's master (--preload) and shared by the forked workers, so the
    # first check of the day does not wait for spaCy and Presidio to load.
    from vitrine.compliance import check

    check("Résultat garanti ! Appelez le 06 12 34 56 78.", channel="instagram")
