"""WSGI entry point used by ``vitrine serve`` (gunicorn)."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "vitrine.web.settings")
application = get_wsgi_application()
