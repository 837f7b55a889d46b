"""One source to Articles: open it, tell its format, hand it to the right reader, report any failure."""

from __future__ import annotations

from collections.abc import Iterator

from eventwire.model import Article, Rejection
from eventwire.readers.decode import looks_binary, sniff_text
from eventwire.readers.errors import ReadError
from eventwire.readers.formats import HTML, JSONL, format_for_suffix, sniff_format
from eventwire.readers.html import read_html
from eventwire.readers.jsonl import check_utf8, read_jsonl
from eventwire.readers.plain import read_plain
from eventwire.readers.sources import OpenedSource, Source, open_source, os_error_rejection


def read_source(source: Source, *, fmt: str | None, lang: str | None) -> Iterator[Article | Rejection]:
    """Articles from ``source`` (one, or one per JSON line); a Rejection instead of any exception.

    ``fmt`` forces a reader; None detects it from the extension, then from the content.
    """
    try:
        chosen = fmt or format_for_suffix(source.suffix, source.ref)
        opened = open_source(source)
    except ReadError as exc:
        yield exc.rejection(source.ref)
        return
    except OSError as exc:
        yield os_error_rejection(source.ref, exc)
        return
    try:
        yield from _read_opened(opened, chosen, lang)
    except ReadError as exc:
        yield exc.rejection(source.ref)
    except OSError as exc:
        yield os_error_rejection(source.ref, exc)
    finally:
        opened.close()


def _read_opened(opened: OpenedSource, fmt: str | None, lang: str | None) -> Iterator[Article | Rejection]:
    source = opened.source
    _refuse_binary(opened.head, source.ref)
    fmt = fmt or sniff_format(sniff_text(opened.head), source.ref)
    if fmt == JSONL:
        if opened.stream.seekable():
            check_utf8(opened.lines(), source.ref)
            opened.rewind()
        yield from read_jsonl(opened.lines(), ref=source.ref, lang=lang)
        return
    data = opened.read_all()
    _refuse_binary(data, source.ref)
    reader = read_html if fmt == HTML else read_plain
    yield reader(data, ref=source.ref, stem=source.stem, lang=lang)


def _refuse_binary(data: bytes, ref: str) -> None:
    if looks_binary(data):
        raise ReadError(
            "binary",
            f"{ref} looks like a binary file, not text (NUL or control bytes); eventwire reads plain "
            "text, HTML and JSON Lines; if it is UTF-16 or UTF-32 text without a byte-order mark, "
            "convert it to UTF-8",
        )
