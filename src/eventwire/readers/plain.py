"""Plain text: one article per file, and text handed over in memory."""

from __future__ import annotations

from datetime import date, datetime

from eventwire.model import Article, article_id
from eventwire.readers.decode import decode_bytes, normalize_newlines
from eventwire.readers.errors import ReadError

#: A first line at least this long is a paragraph, not a headline.
MAX_TITLE_LENGTH = 200
SENTENCE_ENDINGS = (".", "!", "?")


def guess_title(text: str) -> str | None:
    """The first non-blank line when it reads like a headline: short and not ending a sentence."""
    for line in text.split("\n"):
        line = line.strip()
        if line:
            if len(line) < MAX_TITLE_LENGTH and not line.endswith(SENTENCE_ENDINGS):
                return line
            return None
    return None


def read_plain(data: bytes, *, ref: str, stem: str | None, lang: str | None) -> Article:
    """One article from the bytes of a text file (``stem`` is its name without extension; None for stdin)."""
    text = normalize_newlines(decode_bytes(data, ref))
    if not text.strip():
        raise ReadError("empty", f"{ref} is empty: there is no text to read")
    return Article(
        id=stem or article_id(None, text),
        text=text,
        title=guess_title(text),
        lang=lang,
        raw_ref=ref,
    )


def read_text(
    text: str,
    *,
    id: str | None = None,
    lang: str | None = None,
    published: date | None = None,
    title: str | None = None,
    url: str | None = None,
) -> Article:
    """An Article from text already in memory (the Python API); raises on bad arguments.

    Newlines are normalised first, so the id hash and every offset refer to the same text.
    """
    if not isinstance(text, str):
        raise TypeError(f"read_text needs the article text as str, not {type(text).__name__}")
    if not text.strip():
        raise ValueError("read_text was given an empty text: there is no article to read")
    if published is not None and not isinstance(published, date):
        raise TypeError(
            f"published must be a datetime.date or None, not {type(published).__name__} "
            f"({published!r}); parse it first, e.g. date.fromisoformat('2022-01-19')"
        )
    if isinstance(published, datetime):
        published = published.date()
    for name, value in (("id", id), ("lang", lang), ("title", title), ("url", url)):
        if value is not None and not isinstance(value, str):
            raise TypeError(f"{name} must be a str or None, not {type(value).__name__} ({value!r})")
    if id is not None and not id.strip():
        raise ValueError("id must not be blank; leave it out to have one made from the text")
    text = normalize_newlines(text)
    return Article(
        id=id or article_id(url, text),
        text=text,
        url=url,
        title=normalize_newlines(title) if title is not None else None,
        published=published,
        lang=lang,
    )
