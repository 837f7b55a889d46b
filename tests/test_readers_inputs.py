"""read_inputs: folders, globs, stdin, format detection, options, and inputs that cannot be read."""

from __future__ import annotations

import io
import json
import os
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

from eventwire.model import Article, Rejection
from eventwire.readers import read_inputs

FR_TEXT = "Retrait russe du Kazakhstan\n\nLes forces armées russes ont achevé mercredi leur retrait.\n"
EN_TEXT = "Dozens killed in Almaty\n\nPolice in Kazakhstan said dozens of rioters had been killed.\n"
FR_HTML = (
    "<!doctype html><html><head><title>Fin de l'état d'urgence</title></head><body><article>"
    "<p>Le Kazakhstan a mis fin mercredi à l'état d'urgence instauré dans la foulée de manifestations "
    "contre une augmentation des prix de l'énergie qui ont dégénéré en émeutes.</p></article></body></html>"
)
PNG_HEAD = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10"


def jsonl(*texts: str) -> str:
    return "".join(json.dumps({"text": text}, ensure_ascii=False) + "\n" for text in texts)


def summary(results: list[Article | Rejection], root: Path) -> list[tuple[str, str]]:
    """(kind, ref relative to root) per result: articles as their id, rejections as their code."""
    rows = []
    for result in results:
        ref = (result.raw_ref if isinstance(result, Article) else result.input_ref).replace(f"{root}{os.sep}", "")
        rows.append((result.id if isinstance(result, Article) else result.code, ref))
    return rows


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """A folder like a user's: articles in several formats, sub-folders, junk, hidden files."""
    root = tmp_path / "corpus"
    (root / "fr").mkdir(parents=True)
    (root / "en").mkdir()
    (root / ".git").mkdir()
    (root / "fr" / "retrait.txt").write_text(FR_TEXT, encoding="utf-8")
    (root / "fr" / "urgence.html").write_text(FR_HTML, encoding="utf-8")
    (root / "en" / "almaty.txt").write_text(EN_TEXT, encoding="utf-8")
    (root / "en" / "wire.dat").write_text(jsonl("Troops left Kazakhstan.", "Protests in Almaty."), "utf-8")
    (root / "en" / "page").write_text(FR_HTML, encoding="utf-8")
    (root / "notes.md").write_text("Notes sur le Kazakhstan\n\nÀ relire.\n", encoding="utf-8")
    (root / "photo.png").write_bytes(PNG_HEAD)
    (root / "rapport.pdf").write_bytes(b"%PDF-1.7\n")
    (root / ".hidden.txt").write_text(FR_TEXT, encoding="utf-8")
    (root / ".git" / "HEAD").write_text("ref: refs/heads/main\n", encoding="utf-8")
    return root


def test_readers_inputs_walks_a_folder_in_sorted_order_and_sniffs_formats(corpus: Path) -> None:
    results = list(read_inputs([str(corpus)]))
    assert summary(results, corpus) == [
        ("almaty", "en/almaty.txt"),
        ("page", "en/page"),
        (results[2].id, "en/wire.dat:1"),
        (results[3].id, "en/wire.dat:2"),
        ("retrait", "fr/retrait.txt"),
        ("urgence", "fr/urgence.html"),
        ("notes", "notes.md"),
        ("binary", "photo.png"),
        ("unsupported-format", "rapport.pdf"),
    ]
    page = results[1]
    assert page.title == "Fin de l'état d'urgence"
    assert page.text.startswith("Fin de l'état d'urgence\n\nLe Kazakhstan a mis fin mercredi")
    assert results[2].text == "Troops left Kazakhstan."
    binary = results[7]
    assert str(corpus / "photo.png") in binary.message
    assert "PDF" in results[8].message


def test_readers_inputs_expands_globs_sorted_and_recursive(corpus: Path) -> None:
    refs = [a.raw_ref for a in read_inputs([str(corpus / "*" / "*.txt")])]
    assert refs == [str(corpus / "en" / "almaty.txt"), str(corpus / "fr" / "retrait.txt")]
    refs = [a.raw_ref for a in read_inputs([str(corpus / "**" / "*.t?t")])]
    assert refs == [str(corpus / "en" / "almaty.txt"), str(corpus / "fr" / "retrait.txt")]


def test_readers_inputs_reads_each_file_of_a_glob_once(corpus: Path) -> None:
    refs = [r.raw_ref for r in read_inputs([str(corpus / "**")]) if isinstance(r, Article)]
    assert len(refs) == len(set(refs)) == 7
    walked = [r.raw_ref for r in read_inputs([str(corpus)]) if isinstance(r, Article)]
    assert sorted(refs) == sorted(walked)


def test_readers_inputs_walks_folders_a_glob_matches(corpus: Path) -> None:
    refs = [a.raw_ref for a in read_inputs([str(corpus / "f[r]")])]
    assert refs == [str(corpus / "fr" / "retrait.txt"), str(corpus / "fr" / "urgence.html")]


def test_readers_inputs_rejects_a_glob_without_match(tmp_path: Path) -> None:
    pattern = str(tmp_path / "*.jsonl")
    (rejection,) = read_inputs([pattern])
    assert (rejection.stage, rejection.code, rejection.input_ref) == ("read", "no-match", pattern)
    assert pattern in rejection.message


def test_readers_inputs_rejects_a_missing_path_and_goes_on(tmp_path: Path) -> None:
    good = tmp_path / "a.txt"
    good.write_text(FR_TEXT, encoding="utf-8")
    missing = str(tmp_path / "absent.txt")
    first, rejection, last = read_inputs([str(good), missing, str(good)])
    assert isinstance(first, Article)
    assert isinstance(last, Article)
    assert (rejection.code, rejection.input_ref) == ("not-found", missing)
    assert f"{missing} does not exist" in rejection.message


def test_readers_inputs_rejects_a_path_through_a_file(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(FR_TEXT, encoding="utf-8")
    ref = str(tmp_path / "a.txt" / "b.txt")
    (rejection,) = read_inputs([ref])
    assert (rejection.code, rejection.input_ref) == ("not-found", ref)


def test_readers_inputs_rejects_a_broken_link(tmp_path: Path) -> None:
    link = tmp_path / "link.txt"
    link.symlink_to(tmp_path / "gone.txt")
    (rejection,) = read_inputs([str(link)])
    assert rejection.code == "not-found"
    assert "broken symbolic link" in rejection.message
    (rejection,) = read_inputs([str(tmp_path)])
    assert (rejection.code, rejection.input_ref) == ("not-found", str(link))


def test_readers_inputs_does_not_loop_on_a_link_to_a_parent_folder(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_text(FR_TEXT, encoding="utf-8")
    (tmp_path / "sub" / "loop").symlink_to(tmp_path, target_is_directory=True)
    refs = [r.raw_ref for r in read_inputs([str(tmp_path)])]
    assert refs == [str(tmp_path / "sub" / "a.txt")]


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root reads files whatever their mode")
def test_readers_inputs_rejects_an_unreadable_file(tmp_path: Path) -> None:
    path = tmp_path / "secret.txt"
    path.write_text(FR_TEXT, encoding="utf-8")
    path.chmod(0)
    try:
        (rejection,) = read_inputs([str(path)])
    finally:
        path.chmod(0o644)
    assert (rejection.code, rejection.input_ref) == ("unreadable", str(path))
    assert "permission denied" in rejection.message


def test_readers_inputs_rejects_a_file_it_may_not_open(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text(FR_TEXT, encoding="utf-8")
    other = tmp_path / "other.txt"
    other.write_text(EN_TEXT, encoding="utf-8")
    real_open = Path.open

    def guarded_open(self: Path, *args: object, **kwargs: object) -> object:
        if self.name == "secret.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Path, "open", guarded_open)
    article, rejection = read_inputs([str(tmp_path)])  # sorted: other.txt, then secret.txt
    assert (rejection.code, rejection.input_ref) == ("unreadable", str(secret))
    assert f"cannot read {secret}: permission denied" in rejection.message
    assert article.raw_ref == str(other)


def test_readers_inputs_rejects_a_folder_it_may_not_list(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "locked").mkdir()
    (tmp_path / "open.txt").write_text(FR_TEXT, encoding="utf-8")
    real_scandir = os.scandir

    def guarded_scandir(path: object) -> object:
        if str(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "scandir", guarded_scandir)
    rejection, article = read_inputs([str(tmp_path)])
    assert (rejection.code, rejection.input_ref) == ("unreadable", str(tmp_path / "locked"))
    assert article.raw_ref == str(tmp_path / "open.txt")


def test_readers_inputs_rejects_a_read_error_in_the_middle(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "a.txt"
    path.write_text(FR_TEXT, encoding="utf-8")

    class FailingStream(io.BytesIO):
        def read(self, size: int | None = -1) -> bytes:
            raise OSError(5, "Input/output error")

    monkeypatch.setattr(Path, "open", lambda self, *args, **kwargs: FailingStream())
    (rejection,) = read_inputs([str(path)])
    assert (rejection.code, rejection.input_ref) == ("unreadable", str(path))
    assert "Input/output error" in rejection.message


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (FR_TEXT.encode(), "text"),
        (jsonl(FR_TEXT, EN_TEXT).encode(), "jsonl"),
        (FR_HTML.encode(), "html"),
        (b"\n  " + FR_HTML.encode(), "html"),
    ],
)
def test_readers_inputs_reads_stdin_and_sniffs_its_format(data: bytes, kind: str) -> None:
    results = list(read_inputs(["-"], stdin=io.BytesIO(data)))
    assert all(isinstance(r, Article) for r in results)
    if kind == "jsonl":
        assert [r.raw_ref for r in results] == ["<stdin>:1", "<stdin>:2"]
        assert results[1].text == EN_TEXT
    else:
        (article,) = results
        assert article.raw_ref == "<stdin>"
        assert article.id.startswith("a-")
    if kind == "text":
        assert results[0].text == FR_TEXT
        assert results[0].title == "Retrait russe du Kazakhstan"
    if kind == "html":
        assert results[0].title == "Fin de l'état d'urgence"


def test_readers_inputs_reads_sys_stdin_by_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", SimpleNamespace(buffer=io.BytesIO(EN_TEXT.encode())))
    (article,) = read_inputs(["-"])
    assert article.text == EN_TEXT


def test_readers_inputs_rejects_empty_stdin() -> None:
    (rejection,) = read_inputs(["-"], stdin=io.BytesIO(b""))
    assert (rejection.code, rejection.input_ref) == ("empty", "<stdin>")
    assert "<stdin>" in rejection.message


def test_readers_inputs_forced_format_overrides_extension_and_content(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(FR_HTML, encoding="utf-8")
    (article,) = read_inputs([str(page)], fmt="text")
    assert article.text == FR_HTML
    lines = tmp_path / "lines.txt"
    lines.write_text(jsonl("Un.", "Deux."), encoding="utf-8")
    assert [a.text for a in read_inputs([str(lines)], fmt="JSONL")] == ["Un.", "Deux."]


def test_readers_inputs_forces_the_language_on_every_article(corpus: Path) -> None:
    articles = [r for r in read_inputs([str(corpus)], lang="fr") if isinstance(r, Article)]
    assert {a.lang for a in articles} == {"fr"}


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b'[{"text": "Un."}]', "JSON array"),
        (b'<?xml version="1.0"?><rss><channel></channel></rss>', "XML"),
    ],
)
def test_readers_inputs_rejects_sniffed_unsupported_formats(tmp_path: Path, content: bytes, words: str) -> None:
    path = tmp_path / "feed"
    path.write_bytes(content)
    (rejection,) = read_inputs([str(path)])
    assert (rejection.code, rejection.input_ref) == ("unsupported-format", str(path))
    assert words in rejection.message


def test_readers_inputs_rejects_a_binary_file_named_as_text(tmp_path: Path) -> None:
    path = tmp_path / "article.txt"
    path.write_bytes(b"Retrait\x00\x00\x01\x02 du Kazakhstan")
    (rejection,) = read_inputs([str(path)])
    assert (rejection.code, rejection.input_ref) == ("binary", str(path))


def test_readers_inputs_is_lazy(tmp_path: Path) -> None:
    results = read_inputs([str(tmp_path / "absent.txt")])
    assert next(results).code == "not-found"


@pytest.mark.parametrize(
    ("inputs", "options", "error", "words"),
    [
        (["a.txt"], {"fmt": "pdf"}, ValueError, "unknown input format 'pdf'"),
        (["a.txt"], {"lang": "français"}, ValueError, "invalid language code"),
        ("a.txt", {}, TypeError, "not a single path"),
    ],
)
def test_readers_inputs_refuses_bad_options_at_once(
    inputs: object, options: dict[str, str], error: type[Exception], words: str
) -> None:
    with pytest.raises(error, match=words):
        read_inputs(inputs, **options)  # type: ignore[arg-type]


def test_readers_inputs_rejects_an_empty_path() -> None:
    (rejection,) = read_inputs([""])
    assert rejection.code == "not-found"
    assert "empty path" in rejection.message
