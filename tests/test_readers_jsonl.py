"""JSON Lines: the gold-data shape, line references, and bad lines that never stop the file."""

from __future__ import annotations

import io
import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from eventwire.model import Article, Rejection, article_id
from eventwire.readers import read_inputs

FR_RECORD = {
    "id": "kz-2022-01-19",
    "lang": "fr",
    "published": "2022-01-19",
    "title": "Les forces russes ont quitté le Kazakhstan",
    "source": "Euronews avec AFP",
    "text": "Les forces russes ont quitté le Kazakhstan\n\nLes forces armées russes ont achevé mercredi leur retrait.",
    "events": [{"event": "RETREAT", "mode": "withdraw"}],
}
EN_RECORD = {
    "lang": "en",
    "date": "2022-01-07T09:30:00+06:00",
    "url": "https://example.org/almaty",
    "outlet": "Example News",
    "text": "Police in Kazakhstan said 26 armed criminals had been killed in Almaty.",
}


def write_jsonl(path: Path, lines: list[Any]) -> Path:
    """Write each item as one line: dicts as JSON, strings as they are."""
    rendered = [line if isinstance(line, str) else json.dumps(line, ensure_ascii=False) for line in lines]
    path.write_text("\n".join(rendered) + "\n", encoding="utf-8")
    return path


def test_readers_jsonl_reads_the_gold_shape(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "gold.jsonl", [FR_RECORD, EN_RECORD])
    fr, en = read_inputs([str(path)])
    assert isinstance(fr, Article)
    assert isinstance(en, Article)
    assert fr.id == "kz-2022-01-19"
    assert fr.text == FR_RECORD["text"]
    assert (fr.lang, fr.published, fr.title, fr.outlet) == (
        "fr",
        date(2022, 1, 19),
        FR_RECORD["title"],
        "Euronews avec AFP",
    )
    assert fr.raw_ref == f"{path}:1"
    assert en.id == article_id("https://example.org/almaty", EN_RECORD["text"])
    assert (en.lang, en.url, en.outlet) == ("en", "https://example.org/almaty", "Example News")
    assert en.published == date(2022, 1, 7), "the date part of the datetime, as written"
    assert en.raw_ref == f"{path}:2"


def test_readers_jsonl_prefers_published_to_date_and_outlet_to_source(tmp_path: Path) -> None:
    record = {"text": "Texte.", "published": "2022-01-19", "date": "2021-01-01", "outlet": "A", "source": "B"}
    (article,) = read_inputs([str(write_jsonl(tmp_path / "a.ndjson", [record]))])
    assert (article.published, article.outlet) == (date(2022, 1, 19), "A")
    record = {"text": "Texte.", "published": None, "date": "2021-01-01"}
    (article,) = read_inputs([str(write_jsonl(tmp_path / "b.jsonl", [record]))])
    assert article.published == date(2021, 1, 1)


def test_readers_jsonl_skips_blank_lines_but_counts_them(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "a.jsonl", ["", FR_RECORD, "   ", "", EN_RECORD])
    refs = [article.raw_ref for article in read_inputs([str(path)])]
    assert refs == [f"{path}:2", f"{path}:5"]


def test_readers_jsonl_keeps_going_after_an_invalid_line(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "mixed.jsonl", [FR_RECORD, '{"text": "cassé",', EN_RECORD])
    first, bad, last = read_inputs([str(path)])
    assert isinstance(first, Article)
    assert isinstance(last, Article)
    assert last.raw_ref == f"{path}:3"
    assert isinstance(bad, Rejection)
    assert (bad.stage, bad.code, bad.input_ref) == ("read", "invalid-json", f"{path}:2")
    assert f"{path}:2 is not valid JSON" in bad.message


@pytest.mark.parametrize(
    ("record", "code", "words"),
    [
        ({"id": "x", "title": "sans texte"}, "missing-field", '"text"'),
        ({"text": None}, "missing-field", '"text"'),
        ({"text": 42}, "bad-field", '"text" must be a string'),
        ({"text": "  \n "}, "bad-field", '"text" is empty'),
        ({"text": "Texte.", "published": "19/01/2022"}, "bad-field", '"published" is "19/01/2022"'),
        ({"text": "Texte.", "published": "2022-13-45"}, "bad-field", '"published" is "2022-13-45"'),
        ({"text": "Texte.", "published": 20220119}, "bad-field", '"published" is 20220119'),
        ({"text": "Texte.", "date": "hier"}, "bad-field", '"date" is "hier"'),
        ({"text": "Texte.", "id": ""}, "bad-field", '"id" is ""'),
        ({"text": "Texte.", "id": ["a"]}, "bad-field", '"id" is ["a"]'),
        ({"text": "Texte.", "url": 3}, "bad-field", '"url" must be a string or null'),
        ({"text": "Texte.", "source": {"name": "AFP"}}, "bad-field", '"source" must be a string or null'),
        (["text", "Texte."], "bad-field", "is a JSON array, not an object"),
        ("Texte.", "bad-field", "is a JSON string, not an object"),
    ],
)
def test_readers_jsonl_rejects_a_bad_record_and_names_the_line(
    tmp_path: Path, record: Any, code: str, words: str
) -> None:
    path = write_jsonl(tmp_path / "bad.jsonl", [FR_RECORD, json.dumps(record, ensure_ascii=False)])
    good, bad = read_inputs([str(path)])
    assert isinstance(good, Article)
    assert isinstance(bad, Rejection)
    assert (bad.code, bad.input_ref) == (code, f"{path}:2")
    assert f"{path}:2" in bad.message
    assert words in bad.message


def test_readers_jsonl_accepts_whole_number_ids_and_datetimes(tmp_path: Path) -> None:
    record = {"id": 7, "text": "Texte.", "published": "2022-01-19 23:59:00"}
    (article,) = read_inputs([str(write_jsonl(tmp_path / "a.jsonl", [record]))])
    assert (article.id, article.published) == ("7", date(2022, 1, 19))


def test_readers_jsonl_normalises_newlines_in_text(tmp_path: Path) -> None:
    record = {"text": "Titre\r\n\r\nCorps\rfin", "title": "Titre\r\nsuite"}
    (article,) = read_inputs([str(write_jsonl(tmp_path / "a.jsonl", [record]))])
    assert article.text == "Titre\n\nCorps\nfin"
    assert article.title == "Titre\nsuite"


def test_readers_jsonl_forced_language_overrides_the_record(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "a.jsonl", [FR_RECORD, {"text": "Texte.", "lang": 5}])
    assert [a.lang for a in read_inputs([str(path)], lang="en")] == ["en", "en"]


def test_readers_jsonl_accepts_a_byte_order_mark_and_crlf(tmp_path: Path) -> None:
    path = tmp_path / "bom.jsonl"
    lines = [json.dumps(FR_RECORD, ensure_ascii=False), json.dumps(EN_RECORD)]
    path.write_bytes(b"\xef\xbb\xbf" + "\r\n".join(lines).encode("utf-8") + b"\r\n")
    articles = list(read_inputs([str(path)]))
    assert [a.id for a in articles] == ["kz-2022-01-19", article_id(EN_RECORD["url"], EN_RECORD["text"])]


@pytest.mark.parametrize("encoding", ["latin-1", "utf-16"])
def test_readers_jsonl_rejects_a_file_that_is_not_utf8(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "legacy.jsonl"
    lines = [json.dumps({"text": "ascii only"}), json.dumps(FR_RECORD, ensure_ascii=False)]
    path.write_bytes("\n".join(lines).encode(encoding))
    (rejection,) = read_inputs([str(path)])
    assert isinstance(rejection, Rejection)
    assert (rejection.code, rejection.input_ref) == ("unknown-encoding", str(path))
    assert "JSON Lines must be UTF-8" in rejection.message
    assert str(path) in rejection.message


class OneWayStream(io.RawIOBase):
    """A pipe-like stream: it cannot seek, and it counts what was read from it."""

    def __init__(self, data: bytes) -> None:
        self.data = data
        self.position = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        chunk = self.data[self.position : self.position + min(len(buffer), 4096)]
        buffer[: len(chunk)] = chunk
        self.position += len(chunk)
        return len(chunk)


def test_readers_jsonl_rejects_non_utf8_lines_of_a_stream_one_by_one() -> None:
    data = b'{"text": "ascii only"}\n{"text": "arr\xeat\xe9"}\n{"text": "encore"}\n'
    results = list(read_inputs(["-"], stdin=io.BufferedReader(OneWayStream(data))))
    assert [type(r).__name__ for r in results] == ["Article", "Rejection", "Article"]
    assert (results[1].code, results[1].input_ref) == ("unknown-encoding", "<stdin>:2")


def test_readers_jsonl_reads_lazily_in_constant_memory() -> None:
    line = json.dumps({"text": "Les forces russes ont quitté le Kazakhstan. " * 40}, ensure_ascii=False) + "\n"
    data = line.encode("utf-8") * 5_000  # about 9 MB, 1.8 kB a line
    stream = OneWayStream(data)
    articles = read_inputs(["-"], stdin=io.BufferedReader(stream))
    first = [next(articles) for _ in range(100)]  # well past the sniffed head
    assert all(isinstance(a, Article) for a in first)
    assert stream.position < len(data) / 20, "the stream was read ahead instead of line by line"


def test_readers_jsonl_rejects_an_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "vide.jsonl"
    path.write_text("\n  \n", encoding="utf-8")
    (rejection,) = read_inputs([str(path)])
    assert (rejection.code, rejection.input_ref) == ("empty", str(path))


def test_readers_jsonl_hints_at_a_pretty_printed_document(tmp_path: Path) -> None:
    path = tmp_path / "pretty.jsonl"
    path.write_text(json.dumps({"text": "Texte."}, indent=2), encoding="utf-8")
    first = next(iter(read_inputs([str(path)])))
    assert first.code == "invalid-json"
    assert "one article per line" in first.message
