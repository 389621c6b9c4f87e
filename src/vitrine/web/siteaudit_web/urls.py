from django.urls import path

from vitrine.web.siteaudit_web import views

app_name = "siteweb"

urlpatterns = [
    path("site-web/", views.index, name="index"),
    path("site-web/lancer/", views.launch, name="launch"),
    path("site-web/planification/", views.schedule, name="schedule"),
    path("site-web/alertes/<int:pk>/lue/", views.alert_read, name="alert_read"),
    path("site-web/audits/<int:pk>/", views.detail, name="detail"),
    path("site-web/audits/<int:pk>/etat/", views.status, name="status"),
    path("site-web/audits/<int:pk>/rapport.html", views.report_html, name="report_html"),
    path("site-web/audits/<int:pk>/rapport.pdf", views.report_pdf, name="report_pdf"),
]
