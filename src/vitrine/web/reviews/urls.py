from django.urls import path

from vitrine.web.reviews import views, views_google, views_llm

app_name = "reviews"

urlpatterns = [
    path("avis/", views.inbox, name="inbox"),
    path("avis/importer/", views.import_reviews, name="import"),
    path("avis/<int:pk>/", views.review_detail, name="review"),
    path("avis/<int:pk>/preuve/", views.evidence_create, name="evidence_create"),
    path("avis/<int:pk>/preuves.zip", views.evidence_zip, name="evidence_zip"),
    path("avis/<int:pk>/reponse/", views.reply_draft, name="reply_draft"),
    path("avis/<int:pk>/reponse-ia/", views_llm.reply_llm_draft, name="reply_llm_draft"),
    path("avis/reponses/<int:pk>/modifier/", views.reply_edit, name="reply_edit"),
    path("avis/reponses/<int:pk>/approuver/", views.reply_approve, name="reply_approve"),
    path("avis/reponses/<int:pk>/publier/", views.reply_publish, name="reply_publish"),
    path("avis/reponses/<int:pk>/copiee/", views.reply_copy, name="reply_copy"),
    path("avis/preuves/", views.evidence_list, name="evidence"),
    path("avis/preuves/<int:pk>/<str:kind>/", views.evidence_file, name="evidence_file"),
    path("avis/alertes/<int:pk>/clore/", views.alert_close, name="alert_close"),
    path("avis/crise/", views.crisis, name="crisis"),
    path("avis/statistiques/", views.analytics_page, name="analytics"),
    path("avis/qr-code/", views.qr_page, name="qr"),
    path("avis/qr-code.svg", views.qr_svg, name="qr_svg"),
    path("avis/google/", views.gbp_settings, name="gbp"),
    path("avis/google/connecter/", views_google.gbp_connect, name="gbp_connect"),
    path("avis/google/retour/", views_google.gbp_callback, name="gbp_callback"),
    path("avis/google/etablissement/", views_google.gbp_location, name="gbp_location"),
    path("avis/google/deconnecter/", views_google.gbp_disconnect, name="gbp_disconnect"),
    path("avis/ia/", views_llm.llm_settings, name="llm"),
]
