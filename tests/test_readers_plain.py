"""Plain-text files and ``read_text``: ids, titles, newlines, encodings, bad input."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

import pytest

from eventwire.model import Article, Rejection, article_id
from eventwire.readers import read_inputs, read_text

FR_TEXT = (
    "Les forces russes ont officiellement quitté le Kazakhstan\n"
    "\n"
    "Les forces armées russes et leurs alliés ont achevé mercredi leur retrait du Kazakhstan.\n"
    "« L'opération est achevée », a déclaré le général Andreï Serdioukov.\n"
)
EN_TEXT = (
    "Police arrest dozens after protests in Almaty\n"
    "\n"
    "Police in Kazakhstan said on Thursday that 26 armed criminals had been killed.\n"
)
SHARED_EXAMPLE = Path("/work/shared/examples/kazakhstan-2022-fr")


def read_one(path: Path, **options: str) -> Article | Rejection:
    results = list(read_inputs([str(path)], **options))
    assert len(results) == 1, results
    return results[0]


@pytest.mark.parametrize(
    ("name", "text", "title"),
    [
        ("kazakhstan-2022-fr.txt", FR_TEXT, "Les forces russes ont officiellement quitté le Kazakhstan"),
        ("almaty-2022-en.text", EN_TEXT, "Police arrest dozens after protests in Almaty"),
    ],
)
def test_readers_plain_reads_one_article_per_file(tmp_path: Path, name: str, text: str, title: str) -> None:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    article = read_one(path)
    assert isinstance(article, Article)
    assert article.id == Path(name).stem
    assert article.text == text
    assert article.title == title
    assert article.raw_ref == str(path)
    assert article.lang is None
    assert article.published is None


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Le Kazakhstan a levé l'état d'urgence.\nSuite.", None),
        ("Who ordered the troops to fire?\nBody.", None),
        ("Enough!\nBody.", None),
        ("\n\n   \n  Retrait russe du Kazakhstan  \nCorps.", "Retrait russe du Kazakhstan"),
        ("x" * 199 + "\nBody", "x" * 199),
        ("x" * 200 + "\nBody", None),
    ],
)
def test_readers_plain_title_is_a_short_first_line_that_ends_no_sentence(
    tmp_path: Path, text: str, title: str | None
) -> None:
    path = tmp_path / "a.txt"
    path.write_text(text, encoding="utf-8")
    assert read_one(path).title == title


def test_readers_plain_normalises_newlines_and_changes_nothing_else(tmp_path: Path) -> None:
    path = tmp_path / "crlf.txt"
    path.write_bytes(b"Titre\r\n\r\nPar Euronews  avec AFP  \rTous droits r\xc3\xa9serv\xc3\xa9s\r\n\tfin ")
    article = read_one(path)
    assert article.text == "Titre\n\nPar Euronews  avec AFP  \nTous droits réservés\n\tfin "


@pytest.mark.parametrize("content", [b"", b"   \n\t\r\n  "])
def test_readers_plain_rejects_an_empty_file(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "vide.txt"
    path.write_bytes(content)
    rejection = read_one(path)
    assert isinstance(rejection, Rejection)
    assert (rejection.stage, rejection.code) == ("read", "empty")
    assert str(path) in rejection.message
    assert rejection.input_ref == str(path)


def test_readers_plain_decodes_latin1_french(tmp_path: Path) -> None:
    text = (
        "Les manifestants ont été arrêtés à Almaty, a déclaré la police. "
        "Le général a précisé que l'opération était achevée.\n"
    )
    path = tmp_path / "latin1.txt"
    path.write_bytes(text.encode("latin-1"))
    article = read_one(path)
    assert isinstance(article, Article)
    assert article.text == text


def test_readers_plain_decodes_windows_1252_english(tmp_path: Path) -> None:
    text = "The police said “dozens” of protesters were arrested – a café owner told reporters on Thursday.\n"
    path = tmp_path / "cp1252.txt"
    path.write_bytes(text.encode("cp1252"))
    assert read_one(path).text == text


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32"])
def test_readers_plain_honours_byte_order_marks(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "bom.txt"
    data = FR_TEXT.encode(encoding)
    if encoding in ("utf-16-le", "utf-16-be"):
        data = "\ufeff".encode(encoding) + data
    path.write_bytes(data)
    article = read_one(path)
    assert isinstance(article, Article)
    assert article.text == FR_TEXT


def test_readers_plain_rejects_an_undecodable_encoding(tmp_path: Path) -> None:
    path = tmp_path / "mystery.txt"
    path.write_bytes(bytes(range(0x80, 0x100)) * 4)
    rejection = read_one(path)
    assert isinstance(rejection, Rejection)
    assert rejection.code == "unknown-encoding"
    assert f"could not decode {path}" in rejection.message
    assert "convert it to UTF-8" in rejection.message


def test_readers_plain_rejects_a_short_ambiguous_legacy_file_rather_than_guess(tmp_path: Path) -> None:
    # Too short for a coherent guess: windows-1250 would give "Arręté ŕ Almaty".
    path = tmp_path / "court.txt"
    path.write_bytes("Arrêté à Almaty.".encode("latin-1"))
    assert read_one(path).code == "unknown-encoding"


def test_readers_plain_forces_the_language(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(FR_TEXT, encoding="utf-8")
    assert read_one(path, lang="fr").lang == "fr"


@pytest.mark.skipif(not SHARED_EXAMPLE.with_suffix(".txt").exists(), reason="development data not present")
def test_readers_plain_reads_the_shared_example_as_its_gold_text() -> None:
    article = read_one(SHARED_EXAMPLE.with_suffix(".txt"))
    with SHARED_EXAMPLE.with_suffix(".gold.jsonl").open(encoding="utf-8") as gold_file:
        gold = json.loads(gold_file.readline())
    assert article.id == gold["id"]
    assert article.title == gold["title"]
    assert article.text == gold["text"]


# --- read_text ------------------------------------------------------------------------------------


def test_readers_read_text_makes_an_article_with_a_stable_id() -> None:
    article = read_text("Le Kazakhstan a levé l'état d'urgence.\r\nFin.", lang="fr", url="https://ex.org/a")
    assert article.text == "Le Kazakhstan a levé l'état d'urgence.\nFin."
    assert article.id == article_id("https://ex.org/a", article.text)
    assert article.lang == "fr"
    assert article.url == "https://ex.org/a"
    assert article.raw_ref == "<memory>"
    assert read_text("Le Kazakhstan a levé l'état d'urgence.\nFin.", url="https://ex.org/a").id == article.id


def test_readers_read_text_keeps_the_given_fields() -> None:
    article = read_text(
        EN_TEXT, id="kz-1", published=date(2022, 1, 19), title="Police arrest dozens", url=None, lang="en"
    )
    assert (article.id, article.published, article.title, article.lang) == (
        "kz-1",
        date(2022, 1, 19),
        "Police arrest dozens",
        "en",
    )


def test_readers_read_text_keeps_the_date_of_a_datetime() -> None:
    assert read_text(EN_TEXT, published=datetime(2022, 1, 19, 23, 59)).published == date(2022, 1, 19)


@pytest.mark.parametrize(
    ("text", "options", "error", "words"),
    [
        (b"bytes", {}, TypeError, "str, not bytes"),
        ("   \n", {}, ValueError, "empty text"),
        (EN_TEXT, {"published": "2022-01-19"}, TypeError, "published must be a datetime.date"),
        (EN_TEXT, {"lang": "French!"}, ValueError, "invalid language code"),
        (EN_TEXT, {"id": 12}, TypeError, "id must be a str"),
        (EN_TEXT, {"id": "  "}, ValueError, "id must not be blank"),
    ],
)
def test_readers_read_text_rejects_bad_arguments_clearly(
    text: object, options: dict[str, object], error: type[Exception], words: str
) -> None:
    with pytest.raises(error, match=words):
        read_text(text, **options)  # type: ignore[arg-type]
