"""URL map. Every page of a practice goes through ``practices.tenancy.practice_view``."""

from django.urls import include, path

from vitrine.web.dashboard import views as dashboard
from vitrine.web.ops.health import sante

urlpatterns = [
    path("", dashboard.home, name="home"),
    path("tableau-de-bord/", dashboard.dashboard, name="dashboard"),
    path("mes-donnees/", dashboard.my_data, name="my_data"),
    path("mes-donnees/export/", dashboard.my_data_export, name="my_data_export"),
    path("sante", sante, name="sante"),
    path("compte/", include("allauth.urls")),
    path("i18n/", include("django.conf.urls.i18n")),
    path("", include("vitrine.web.practices.urls")),
    path("", include("vitrine.web.audit.urls")),
    path("", include("vitrine.web.conformite.urls")),
    path("", include("vitrine.web.reviews.urls")),
    path("", include("vitrine.web.siteaudit_web.urls")),
    path("", include("vitrine.web.publications.urls")),
]
