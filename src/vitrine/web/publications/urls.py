from django.urls import path

from vitrine.web.publications import views

app_name = "publications"

urlpatterns = [
    path("publications/", views.publication_list, name="list"),
    path("publications/nouvelle/", views.publication_create, name="create"),
    path("publications/<int:pk>/", views.publication_edit, name="edit"),
    path("publications/<int:pk>/supprimer/", views.publication_delete, name="delete"),
    path("publications/<int:pk>/photos/", views.photo_add, name="photo_add"),
    path("publications/photos/<int:pk>/", views.photo_file, name="photo_file"),
    path("publications/photos/<int:pk>/supprimer/", views.photo_delete, name="photo_delete"),
]
