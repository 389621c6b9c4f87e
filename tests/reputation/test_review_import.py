"""Importing reviews from Google (API list, Takeout) and CSV: all or nothing, clear errors."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from vitrine.reputation.importers import ReviewImportError, load_file, parse_csv, parse_gbp_json, plan_import
from vitrine.reputation.model import Review

GBP_PAGE = {
    "reviews": [
        {
            "name": "accounts/1/locations/2/reviews/AbC",
            "reviewId": "AbC",
            "reviewer": {
                "displayName": "Camille",
                "profilePhotoUrl": "https://x/p.jpg",
                "isAnonymous": False,
            },
            "starRating": "FOUR",
            "comment": "Accueil agréable, un peu d'attente.",
            "createTime": "2025-03-01T09:15:00.5Z",
            "updateTime": "2025-03-02T10:00:00Z",
            "reviewReply": {"comment": "Merci pour votre retour.", "updateTime": "2025-03-03T08:00:00Z"},
        },
        {
            "name": "accounts/1/locations/2/reviews/DeF",
            "reviewer": {"displayName": "Un utilisateur de Google", "isAnonymous": True},
            "starRating": "STAR_RATING_UNSPECIFIED",
            "createTime": "2025-03-04T09:15:00Z",
        },
    ],
    "averageRating": 4,
    "totalReviewCount": 2,
    "nextPageToken": "xyz",
}


def test_it_reads_a_reviews_list_response_with_every_field() -> None:
    first, second = parse_gbp_json(json.dumps(GBP_PAGE).encode())
    assert first.key == ("google", "AbC")
    assert first.reviewer_name == "Camille" and not first.is_anonymous
    assert first.star_rating == 4
    assert first.comment.startswith("Accueil")
    assert first.create_time == datetime(2025, 3, 1, 9, 15, 0, 500000, tzinfo=UTC)
    assert first.reply is not None and first.reply.update_time == datetime(2025, 3, 3, 8, tzinfo=UTC)
    # reviewId falls back on the resource name; no rating and no comment are allowed
    assert second.review_id == "DeF" and second.is_anonymous
    assert second.star_rating is None and second.comment == ""
    assert second.update_time == second.create_time


def test_a_takeout_file_with_the_same_shape_round_trips_through_the_gbp_serialisation(tmp_path: Path) -> None:
    reviews = parse_gbp_json(json.dumps(GBP_PAGE))
    path = tmp_path / "reviews.json"
    path.write_text(json.dumps({"reviews": [review.to_gbp_dict() for review in reviews]}), encoding="utf-8")
    assert load_file(path) == reviews


@pytest.mark.parametrize(
    ("mutate", "expected"),
    [
        (lambda r: r.update(starRating="SIX"), "enregistrement 2 (reviewId « r2 »), champ « starRating »"),
        (
            lambda r: r.pop("createTime"),
            "enregistrement 2 (reviewId « r2 »), champ « createTime » : date absente",
        ),
        (lambda r: r.update(createTime="hier"), "champ « createTime » : date « hier » invalide"),
        (lambda r: r.update(reviewer={"isAnonymous": "non"}), "champ « reviewer.isAnonymous »"),
        (
            lambda r: r.update(reviewReply={"updateTime": "2025-01-01T00:00:00Z"}),
            "champ « reviewReply.comment »",
        ),
        (lambda r: r.update(comment=12), "champ « comment » : texte attendu"),
        (
            lambda r: r.update(reviewId="r1"),
            "enregistrement 2, champ « reviewId » : avis « r1 » en double (déjà vu en enregistrement 1)",
        ),
    ],
)
def test_a_bad_record_names_the_file_record_and_field_and_imports_nothing(mutate, expected) -> None:  # type: ignore[no-untyped-def]
    records = [
        {"reviewId": "r1", "starRating": "FIVE", "createTime": "2025-01-01T00:00:00Z"},
        {"reviewId": "r2", "starRating": "ONE", "comment": "Bof", "createTime": "2025-01-02T00:00:00Z"},
    ]
    mutate(records[1])
    with pytest.raises(ReviewImportError) as info:
        parse_gbp_json(json.dumps({"reviews": records}), filename="avis.json")
    assert str(info.value).startswith("avis.json, ")
    assert expected in str(info.value)


def test_broken_json_names_the_line_and_column() -> None:
    with pytest.raises(ReviewImportError, match=r"avis\.json, ligne 3, colonne \d+ : JSON invalide"):
        parse_gbp_json(b'{"reviews": [\n {"reviewId": "a",\n  "starRating": }]}', filename="avis.json")


def test_an_empty_reviews_list_page_imports_nothing_without_error() -> None:
    assert parse_gbp_json(b'{"totalReviewCount": 0}') == []


def test_a_file_without_reviews_is_rejected() -> None:
    with pytest.raises(ReviewImportError, match="champ « reviews »"):
        parse_gbp_json(b'{"avis": []}', filename="x.json")


CSV_OK = (
    "source;review_id;reviewer_name;is_anonymous;star_rating;comment;create_time;update_time;reply_comment;reply_update_time\n"
    'doctolib;d-1;Jean;non;2;"Trop d\'attente ; secrétariat injoignable";2025-02-01;;;\n'
    "\n"
    'pagesjaunes;p-9;;oui;;"Texte sur\ndeux lignes";2025-02-03T08:00:00+01:00;'
    "2025-02-04T08:00:00Z;Merci;2025-02-05T00:00:00Z\n"
)


def test_it_reads_a_semicolon_csv_with_the_documented_columns() -> None:
    first, second = parse_csv(CSV_OK.encode("utf-8-sig"))
    assert first.key == ("doctolib", "d-1")
    assert first.star_rating == 2 and not first.is_anonymous
    assert first.comment == "Trop d'attente ; secrétariat injoignable"
    assert first.create_time == datetime(2025, 2, 1, tzinfo=UTC)
    assert second.is_anonymous and second.star_rating is None
    assert second.comment == "Texte sur\ndeux lignes"
    assert second.create_time == datetime(2025, 2, 3, 7, tzinfo=UTC)
    assert second.reply is not None and second.reply.comment == "Merci"


def test_it_reads_a_comma_csv_with_only_the_required_columns() -> None:
    (review,) = parse_csv("source,review_id,create_time\nautre,1,2025-01-01T00:00:00Z\n")
    assert review == Review(
        source="autre",
        review_id="1",
        create_time=datetime(2025, 1, 1, tzinfo=UTC),
        update_time=datetime(2025, 1, 1, tzinfo=UTC),
    )


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("source,review_id,create_time,stars\n", "ligne 1, champ « stars » : colonne inconnue"),
        ("source,create_time\n", "ligne 1, champ « review_id » : colonne obligatoire absente"),
        (
            "source,review_id,create_time,star_rating\na,1,2025-01-01,5\na,2,2025-01-01,6\n",
            "ligne 3, champ « star_rating »",
        ),
        (
            "source,review_id,create_time\na,1,2025-01-01\na,2,01/02/2025\n",
            "ligne 3, champ « create_time » : date « 01/02/2025 » invalide",
        ),
        (
            "source,review_id,create_time\na,1,2025-01-01\na,1,2025-01-02\n",
            "ligne 3, champ « review_id » : avis « 1 » en double (déjà vu en ligne 2)",
        ),
        ("source,review_id,create_time\na,1,2025-01-01,extra\n", "ligne 2 : 4 colonnes au lieu de 3"),
        (
            "source,review_id,create_time,is_anonymous\na,1,2025-01-01,peut-être\n",
            "ligne 2, champ « is_anonymous »",
        ),
        ("source,review_id,create_time\nmon site,1,2025-01-01\n", "ligne 2, champ « source »"),
        ("", "ligne 1 : fichier vide"),
    ],
)
def test_a_bad_csv_names_the_line_and_field_and_imports_nothing(body: str, expected: str) -> None:
    with pytest.raises(ReviewImportError) as info:
        parse_csv(body, filename="export.csv")
    assert str(info.value).startswith("export.csv, ")
    assert expected in str(info.value)


def test_a_csv_that_is_not_utf8_names_the_line() -> None:
    data = b"source,review_id,create_time,comment\na,1,2025-01-01,ok\na,2,2025-01-01," + "très".encode(
        "latin-1"
    )
    with pytest.raises(ReviewImportError, match="ligne 3 : encodage invalide"):
        parse_csv(data, filename="export.csv")


def test_load_file_rejects_an_unknown_extension(tmp_path: Path) -> None:
    path = tmp_path / "avis.txt"
    path.write_text("x", encoding="utf-8")
    with pytest.raises(ReviewImportError, match="extension"):
        load_file(path)


def test_reimporting_updates_changed_reviews_and_never_duplicates() -> None:
    original = parse_gbp_json(json.dumps(GBP_PAGE))
    existing = {review.key: review for review in original}
    changed = json.loads(json.dumps(GBP_PAGE))
    changed["reviews"][1]["comment"] = "Finalement satisfait."
    changed["reviews"].append({"reviewId": "New", "starRating": "TWO", "createTime": "2025-04-01T00:00:00Z"})
    plan = plan_import(existing, parse_gbp_json(json.dumps(changed)))
    assert [r.review_id for r in plan.created] == ["New"]
    assert [r.review_id for r in plan.updated] == ["DeF"]
    assert [r.review_id for r in plan.unchanged] == ["AbC"]
    # the same review id from another platform is a different review
    other = Review(source="doctolib", review_id="AbC")
    assert plan_import(existing, [other]).created == (other,)
