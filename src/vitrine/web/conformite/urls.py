from django.urls import path

from vitrine.web.conformite import views

app_name = "conformite"

urlpatterns = [
    path("conformite/", views.check_page, name="check"),
    path("conformite/appliquer/", views.apply, name="apply"),
    path("conformite/enregistrer/", views.save, name="save"),
    path("conformite/canal-par-defaut/", views.default_channel, name="default_channel"),
    path("conformite/enregistrees/<int:pk>/", views.saved_detail, name="saved_detail"),
    path("conformite/enregistrees/<int:pk>/supprimer/", views.saved_delete, name="saved_delete"),
    path("api/conformite/verifier", views.api_verify, name="api_verify"),
    path("api/schema.json", views.api_schema, name="api_schema"),
]
