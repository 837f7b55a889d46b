"""HTML pages: the article text (title, blank line, body), its metadata, and pages with no article."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from eventwire.model import Article, Rejection
from eventwire.readers import read_inputs

FR_PARAGRAPHS = (
    "Les forces armées russes et leurs alliés ont achevé mercredi leur retrait du Kazakhstan, "
    "après leur déploiement visant à épauler le pouvoir dans ce pays autoritaire d'Asie centrale.",
    "« L'opération de maintien de la paix est achevée », a déclaré le général Andreï Serdioukov, "
    "à la tête de cette mission de l'Organisation du traité de sécurité collective.",
)
EN_PARAGRAPHS = (
    "Police in Kazakhstan said on Thursday that dozens of rioters had been killed in Almaty, "
    "the country's largest city, after protesters stormed government buildings.",
    "More than 2,000 people were detained, the interior ministry said in a statement.",
)
NAV = '<nav><ul><li><a href="/">Accueil</a></li><li><a href="/monde">Monde</a></li></ul></nav>'


def page(title: str, paragraphs: tuple[str, ...], *, head: str = "", h1: bool = True) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    heading = f"<h1>{title}</h1>" if h1 else ""
    return (
        f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title>{head}</head>'
        f"<body>{NAV}<article>{heading}{body}</article><footer>© Example 2024 – mentions légales</footer>"
        "</body></html>"
    )


def read_one(path: Path, **options: str) -> Article | Rejection:
    results = list(read_inputs([str(path)], **options))
    assert len(results) == 1, results
    return results[0]


def test_readers_html_reads_a_french_article_with_its_metadata(tmp_path: Path) -> None:
    head = (
        '<meta property="og:site_name" content="Euronews">'
        '<meta property="article:published_time" content="2022-01-19T10:12:00+01:00">'
        '<link rel="canonical" href="https://fr.euronews.com/2022/01/19/retrait">'
    )
    path = tmp_path / "retrait-kazakhstan.html"
    path.write_text(page("Les forces russes ont quitté le Kazakhstan", FR_PARAGRAPHS, head=head), encoding="utf-8")
    article = read_one(path)
    assert isinstance(article, Article)
    assert article.id == "retrait-kazakhstan"
    assert article.title == "Les forces russes ont quitté le Kazakhstan"
    assert article.text == "Les forces russes ont quitté le Kazakhstan\n\n" + "\n".join(FR_PARAGRAPHS)
    assert article.published == date(2022, 1, 19)
    assert article.outlet == "Euronews"
    assert article.url == "https://fr.euronews.com/2022/01/19/retrait"
    assert article.raw_ref == str(path)


def test_readers_html_reads_an_english_article_without_metadata(tmp_path: Path) -> None:
    path = tmp_path / "almaty.htm"
    path.write_text(page("Dozens killed in Almaty", EN_PARAGRAPHS, h1=False), encoding="utf-8")
    article = read_one(path, lang="en")
    assert article.text.startswith("Dozens killed in Almaty\n\nPolice in Kazakhstan said on Thursday")
    assert "Accueil" not in article.text
    assert "mentions légales" not in article.text
    assert (article.published, article.outlet, article.url, article.lang) == (None, None, None, "en")


def test_readers_html_takes_no_published_date_from_the_body(tmp_path: Path) -> None:
    paragraphs = (*FR_PARAGRAPHS, "Les premiers soldats étaient arrivés le 14 janvier 2022 à Ivanovo.")
    path = tmp_path / "sans-date.html"
    path.write_text(page("Retrait", paragraphs), encoding="utf-8")
    assert read_one(path).published is None


def test_readers_html_decodes_the_declared_charset(tmp_path: Path) -> None:
    markup = page("Retrait russe", FR_PARAGRAPHS).replace('charset="utf-8"', 'charset="iso-8859-1"')
    markup = markup.replace("« ", '"').replace(" »", '"').replace("©", "(c)").replace("–", "-")
    path = tmp_path / "latin.html"
    path.write_bytes(markup.encode("latin-1"))
    article = read_one(path)
    assert isinstance(article, Article)
    assert "ont achevé mercredi leur retrait" in article.text


@pytest.mark.parametrize(
    "markup",
    [
        f"<html><body>{NAV}<footer>© Euronews</footer></body></html>",
        "<html><head><title>Kazakhstan</title></head><body><p>Retrait achevé.</p></body></html>",
    ],
    ids=["menu-only", "teaser"],
)
def test_readers_html_rejects_a_page_without_article(tmp_path: Path, markup: str) -> None:
    path = tmp_path / "index.html"
    path.write_text(markup, encoding="utf-8")
    rejection = read_one(path)
    assert isinstance(rejection, Rejection)
    assert (rejection.stage, rejection.code, rejection.input_ref) == ("read", "no-article", str(path))
    assert f"no article text found in page {path}" in rejection.message


def test_readers_html_rejects_an_empty_page(tmp_path: Path) -> None:
    path = tmp_path / "vide.html"
    path.write_text("  \n", encoding="utf-8")
    assert read_one(path).code == "empty"


def test_readers_html_reports_an_extractor_failure_and_goes_on(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import trafilatura

    def explode(*args: object, **kwargs: object) -> None:
        raise RuntimeError("parser exploded")

    monkeypatch.setattr(trafilatura, "bare_extraction", explode)
    broken = tmp_path / "a.html"
    broken.write_text(page("Retrait", FR_PARAGRAPHS), encoding="utf-8")
    text = tmp_path / "b.txt"
    text.write_text("Texte.", encoding="utf-8")
    rejection, article = read_inputs([str(broken), str(text)])
    assert rejection.code == "no-article"
    assert "parser exploded" in rejection.message
    assert article.text == "Texte."
