"""The site-wide information checks recognise the usual ways practices write things."""

from __future__ import annotations

import pytest

from vitrine.siteaudit.checks_site import check_information, check_legal_pages
from vitrine.siteaudit.crawl import CrawledPage, _sitemap_locs
from vitrine.siteaudit.models import Fetch
from vitrine.siteaudit.parse import parse_page


def site(*bodies: str) -> list[CrawledPage]:
    pages = []
    for number, body in enumerate(bodies):
        url = f"https://dr-exemple.fr/page-{number}.html"
        head = f'<!doctype html><html lang="fr"><head><title>Page {number}</title></head>'
        html = f"{head}<body>{body}</body></html>"
        fetch = Fetch(url, url, 200, (), 10.0, len(html), "text/html; charset=utf-8")
        pages.append(CrawledPage(fetch, 0, parse_page(url, html), html))
    return pages


def missing(*bodies: str) -> set[str]:
    return {f.check for f in check_information(site(*bodies))}


@pytest.mark.parametrize(
    ("body", "check"),
    [
        ("<p>N° RPPS : 10 00 12 34 567</p>", "info-rpps"),
        ("<p>Inscrit au Conseil de l'Ordre des médecins de Paris sous le n° 75/12345</p>", "info-rpps"),
        ("<p>Numéro d'inscription à l'Ordre : 69/4567</p>", "info-rpps"),
        ("<li>DES de chirurgie plastique, Paris, 2010</li>", "info-diplomes"),
        (
            "<h2>Formation</h2><p>Diplôme de docteur en médecine</p><p>Faculté de Lille — 2004</p>",
            "info-diplomes",
        ),
        ("<p>Médecin conventionné secteur 2, adhérent OPTAM</p>", "info-secteur"),
        ("<p>Non conventionné</p>", "info-secteur"),
        ("<h2>Tarifs</h2><p>Consultation : 80 euros</p>", "info-honoraires"),
        ("<p>Honoraires de 2 500 à 4 000 € selon l'intervention</p>", "info-honoraires"),
        ("<p>Règlement par CB, chèque ou espèces</p>", "info-paiement"),
        ("<h2>Moyens de paiement</h2><ul><li>Carte bancaire</li><li>Virement</li></ul>", "info-paiement"),
        ("<address>12, rue de la Paix<br>75002 Paris</address>", "info-adresse"),
        ("<p>Horaires : lundi – vendredi, 9h-18h</p>", "info-horaires"),
        ('<p><a href="https://www.doctolib.fr/chirurgien/lyon/dr-x">Prendre rendez-vous</a></p>', "info-rdv"),
        ('<p><a href="tel:+33478000000">Prendre rendez-vous</a></p>', "info-rdv"),
        ("<p>Rendez-vous au 04 78 00 00 00</p>", "info-rdv"),
        ("<p>Cabinet accessible PMR, ascenseur</p>", "info-accessibilite"),
        ("<p>Accès handicapés par l'entrée principale</p>", "info-accessibilite"),
    ],
)
def test_a_usual_phrasing_satisfies_the_information_check(body: str, check: str) -> None:
    assert check in missing("<p>Bienvenue</p>")
    assert check not in missing(body)


@pytest.mark.parametrize(
    ("body", "check"),
    [
        ("<p>Honoraires : sur devis</p>", "info-honoraires"),
        ("<p>Le RPPS est le répertoire des professionnels de santé.</p>", "info-rpps"),
        ("<p>Prenez rendez-vous.</p>", "info-rdv"),
        ("<p>Diplôme de docteur en médecine</p>", "info-diplomes"),
    ],
)
def test_an_incomplete_statement_does_not_satisfy_the_information_check(body: str, check: str) -> None:
    assert check in missing(body)


def test_a_legal_notice_at_the_bottom_of_a_page_counts() -> None:
    pages = site(
        "<h1>Accueil</h1><h3>Mentions légales</h3><p>Hébergeur : OVH, 2 rue Kellermann, 59100 Roubaix</p>"
    )
    assert "mentions-legales" not in {f.check for f in check_legal_pages(pages)}


def test_a_cookie_banner_with_a_j_accepte_button_is_a_consent_mechanism() -> None:
    page = site(
        '<div class="cookie-banner"><p>Nous utilisons des cookies.</p><button>J\'accepte</button></div>'
    )[0]
    assert page.data is not None and page.data.consent_ui


def test_a_cookie_policy_text_without_buttons_is_not_a_consent_mechanism() -> None:
    page = site('<section id="cookies"><p>En poursuivant, vous acceptez les cookies.</p></section>')[0]
    assert page.data is not None and not page.data.consent_ui


def test_image_locations_in_a_sitemap_are_not_pages() -> None:
    xml = (
        b'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
        b'xmlns:image="http://www.google.com/schemas/sitemap-image/1.1"><url><loc>https://x.fr/</loc>'
        b"<image:image><image:loc>https://x.fr/photo.jpg</image:loc></image:image></url></urlset>"
    )
    assert _sitemap_locs(xml) == (["https://x.fr/"], [])


@pytest.mark.parametrize(
    "link",
    [
        "https://www.dr-exemple.fr/?utm_source=google&utm_medium=cpc&utm_campaign=rhino",
        "https://www.googleadservices.com/pagead/aclk?sa=L&ai=abc",
    ],
)
def test_links_of_paid_campaigns_are_paid_promotion(link: str) -> None:
    from vitrine.siteaudit.checks_privacy import check_paid_promotion

    page = site(f'<p><a href="{link}">Rhinoplastie</a></p>')[0]
    assert [f.check for f in check_paid_promotion(page)] == ["referencement-payant"]


def test_an_ordinary_tagged_link_is_not_paid_promotion() -> None:
    from vitrine.siteaudit.checks_privacy import check_paid_promotion

    page = site('<p><a href="https://www.has-sante.fr/?utm_source=newsletter&utm_medium=email">HAS</a></p>')[
        0
    ]
    assert check_paid_promotion(page) == []
