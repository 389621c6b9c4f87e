from django.urls import path

from vitrine.web.audit import views

app_name = "audit"

urlpatterns = [
    path("journal/", views.journal, name="journal"),
    path("journal/export.csv", views.journal_csv, name="journal_csv"),
]
