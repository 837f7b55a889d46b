"""HTML pages: the article's main text and metadata, extracted with trafilatura.

The text is the title, a blank line, then the body, so that events told in the headline are seen.
Menus, footers and comments are left out by the extractor; captions and credit lines that it
keeps are marked by the later ``clean`` stage, not removed here.
"""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING

from eventwire.model import Article, article_id
from eventwire.readers.decode import decode_bytes, normalize_newlines
from eventwire.readers.errors import ReadError

if TYPE_CHECKING:
    from trafilatura.settings import Document

#: Main text shorter than this is a menu, a teaser or an error page, not an article.
MIN_BODY_CHARS = 100
#: Where an encoding declaration may be: ``<meta charset>`` belongs in the first 1024 bytes.
DECLARATION_WINDOW = 4096

_DECLARED_CHARSET = re.compile(
    rb"""<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)|<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""",
    re.IGNORECASE,
)


def declared_charset(data: bytes) -> str | None:
    """The encoding a page declares in a ``<meta charset>``, ``http-equiv`` or XML declaration."""
    found = _DECLARED_CHARSET.search(data[:DECLARATION_WINDOW])
    if not found:
        return None
    return (found.group(1) or found.group(2)).decode("ascii")


def read_html(data: bytes, *, ref: str, stem: str | None, lang: str | None) -> Article:
    """One article from the bytes of an HTML page (``stem``: its file name without extension)."""
    if not data.strip():
        raise ReadError("empty", f"{ref} is empty: there is no page to read")
    markup = decode_bytes(data, ref, declared=declared_charset(data))
    document = extract(markup, ref)
    title = " ".join((document.title or "").split()) or None
    body = _body_without_title(normalize_newlines(document.text or "").strip(), title)
    if len(body) < MIN_BODY_CHARS:
        raise ReadError(
            "no-article",
            f"no article text found in page {ref} ({len(body)} characters of main text, fewer than "
            f"{MIN_BODY_CHARS}); it looks like an index, menu or error page",
        )
    text = f"{title}\n\n{body}" if title else body
    url = document.url or None
    return Article(
        id=stem or article_id(url, text),
        text=text,
        url=url,
        outlet=document.sitename or document.hostname or None,
        title=title,
        published=_parse_date(document.date),
        lang=lang,
        raw_ref=ref,
    )


def extract(markup: str, ref: str) -> Document:
    """trafilatura's main text and metadata for ``markup``; ReadError when it finds nothing.

    Dates come from the page's markup and URL only (no extensive search of the text): a date picked
    from the body, such as a caption's, would become a wrong reference date for the whole article.
    """
    import trafilatura  # heavy (lxml, justext, htmldate): loaded only when a page is read

    params = {"extensive_search": False, "original_date": True, "max_date": date.today().isoformat()}
    try:
        document = trafilatura.bare_extraction(
            markup, with_metadata=True, include_comments=False, date_extraction_params=params
        )
    except Exception as exc:  # a third-party parser on untrusted input: report, never stop the run
        raise ReadError(
            "no-article",
            f"no article text found in page {ref}: the extractor failed ({type(exc).__name__}: {exc})",
        ) from exc
    if document is None:
        raise ReadError(
            "no-article", f"no article text found in page {ref}; it looks like an index, menu or error page"
        )
    return document


def _body_without_title(body: str, title: str | None) -> str:
    """The body without a first line repeating the title (the page's ``<h1>``): the text has it already."""
    if title:
        first, _, rest = body.partition("\n")
        if " ".join(first.split()) == title:
            return rest.lstrip("\n")
    return body


def _parse_date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None
