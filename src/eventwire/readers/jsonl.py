"""JSON Lines: one article object per line, in the shape of the gold data (FORMAT.md).

Read line by line, so a file of any size runs in constant memory, and a bad line is rejected on
its own: the lines around it still come out.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from datetime import date, datetime
from typing import Any

from eventwire.model import Article, Rejection, article_id
from eventwire.readers.decode import decode_utf8, normalize_newlines
from eventwire.readers.errors import ReadError, rejection

#: Keys that may hold the outlet, and the publication date, best first.
OUTLET_KEYS: tuple[str, ...] = ("outlet", "source")
PUBLISHED_KEYS: tuple[str, ...] = ("published", "date")

_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_ISO_DATETIME = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt ]")


def check_utf8(lines: Iterable[bytes], ref: str) -> None:
    """Raise ReadError(``unknown-encoding``) naming the first line of ``ref`` that is not UTF-8.

    JSON Lines must be UTF-8 (RFC 8259); a file in another encoding is rejected whole rather than
    line by line, because the fix (converting it) is one for the whole file.
    """
    for number, raw in enumerate(lines, start=1):
        try:
            raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise ReadError(
                "unknown-encoding",
                f"could not decode {ref}: line {number} is not UTF-8 ({exc.reason} at byte {exc.start}); "
                "JSON Lines must be UTF-8, convert the file (e.g. iconv -f latin1 -t utf-8)",
            ) from None


def read_jsonl(lines: Iterable[bytes], *, ref: str, lang: str | None) -> Iterator[Article | Rejection]:
    """An Article or a Rejection for every non-blank line; ``ref:N`` names line N."""
    found_any = False
    for number, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        found_any = True
        line_ref = f"{ref}:{number}"
        try:
            yield parse_line(raw, ref=line_ref, lang=lang)
        except ReadError as exc:
            yield exc.rejection(line_ref)
    if not found_any:
        yield rejection(ref, "empty", f"{ref} is empty: it has no JSON lines")


def parse_line(raw: bytes, *, ref: str, lang: str | None) -> Article:
    line = decode_utf8(raw, ref)
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        hint = ""
        if line.strip() in ("{", "["):
            hint = "; is it one JSON document spread over lines? JSON Lines needs one article per line"
        raise ReadError("invalid-json", f"{ref} is not valid JSON: {exc.msg} at column {exc.colno}{hint}") from None
    except RecursionError:
        raise ReadError("invalid-json", f"{ref} is not usable JSON: it is nested too deeply") from None
    return article_from_record(record, ref=ref, lang=lang)


def article_from_record(record: Any, *, ref: str, lang: str | None) -> Article:
    """An Article from one decoded JSON value; ``lang``, when given, overrides the record's own."""
    if not isinstance(record, dict):
        raise ReadError(
            "bad-field",
            f"{ref} is a JSON {_json_type(record)}, not an object; each line must be one article "
            'like {"id": "…", "text": "…"}',
        )
    text = record.get("text")
    if text is None:
        raise ReadError("missing-field", f'{ref} has no "text": every article needs its text')
    if not isinstance(text, str):
        raise ReadError("bad-field", f'{ref}: "text" must be a string, not a JSON {_json_type(text)}')
    if not text.strip():
        raise ReadError("bad-field", f'{ref}: "text" is empty; there is no article to read')
    text = normalize_newlines(text)
    url = _optional_str(record, "url", ref)
    title = _optional_str(record, "title", ref)
    return Article(
        id=_article_id(record, url, text, ref),
        text=text,
        url=url,
        outlet=_outlet(record, ref),
        title=normalize_newlines(title) if title else None,
        published=_published(record, ref),
        lang=lang if lang is not None else _optional_str(record, "lang", ref),
        raw_ref=ref,
    )


def parse_iso_date(value: Any, *, key: str, ref: str) -> date:
    """``YYYY-MM-DD``, or an ISO datetime whose date part (as written, not converted) is kept."""
    text = value.strip() if isinstance(value, str) else None
    try:
        if text is not None and _ISO_DATE.fullmatch(text):
            return date.fromisoformat(text)
        if text is not None and _ISO_DATETIME.match(text):
            return datetime.fromisoformat(text).date()
    except ValueError:
        pass
    raise ReadError(
        "bad-field",
        f'{ref}: "{key}" is {json.dumps(value, ensure_ascii=False)}, not an ISO date (YYYY-MM-DD) '
        "or datetime; correct it or set it to null",
    )


def _outlet(record: dict[str, Any], ref: str) -> str | None:
    for key in OUTLET_KEYS:
        value = _optional_str(record, key, ref)
        if value:
            return value
    return None


def _published(record: dict[str, Any], ref: str) -> date | None:
    for key in PUBLISHED_KEYS:
        value = record.get(key)
        if value is not None:
            return parse_iso_date(value, key=key, ref=ref)
    return None


def _article_id(record: dict[str, Any], url: str | None, text: str, ref: str) -> str:
    value = record.get("id")
    if value is None:
        return article_id(url, text)
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    if isinstance(value, str) and value.strip():
        return value.strip()
    raise ReadError(
        "bad-field",
        f'{ref}: "id" is {json.dumps(value, ensure_ascii=False)}; it must be a non-empty string '
        "(or leave it out to have one made)",
    )


def _optional_str(record: dict[str, Any], key: str, ref: str) -> str | None:
    value = record.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        raise ReadError("bad-field", f'{ref}: "{key}" must be a string or null, not a JSON {_json_type(value)}')
    return value.strip() or None


def _json_type(value: Any) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, dict):
        return "object"
    if isinstance(value, list):
        return "array"
    if isinstance(value, str):
        return "string"
    if value is None:
        return "null"
    return "number"
