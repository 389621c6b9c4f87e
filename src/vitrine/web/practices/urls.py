from django.urls import path

from vitrine.web.practices import views

app_name = "practices"

urlpatterns = [
    path("cabinets/", views.choose, name="choose"),
    path("cabinets/choisir/", views.switch, name="switch"),
    path("equipe/", views.team, name="team"),
    path("equipe/ajouter/", views.member_add, name="member_add"),
    path("equipe/<int:pk>/role/", views.member_role, name="member_role"),
    path("equipe/<int:pk>/retirer/", views.member_remove, name="member_remove"),
    path("parametres/", views.settings_page, name="settings"),
    path("parametres/praticiens/ajouter/", views.practitioner_add, name="practitioner_add"),
    path("parametres/export/", views.export, name="export"),
    path("parametres/supprimer/", views.request_deletion, name="request_deletion"),
]
