"""Which reader reads a source: the format the user forced, else the file extension, else the content."""

from __future__ import annotations

import re
from collections.abc import Mapping
from types import MappingProxyType

from eventwire.readers.errors import ReadError

TEXT, JSONL, HTML = "text", "jsonl", "html"
FORMATS: tuple[str, ...] = (TEXT, JSONL, HTML)

FORMAT_BY_SUFFIX: Mapping[str, str] = MappingProxyType(
    {
        ".txt": TEXT,
        ".text": TEXT,
        ".jsonl": JSONL,
        ".ndjson": JSONL,
        ".html": HTML,
        ".htm": HTML,
        ".xhtml": HTML,
    }
)

#: Extensions of formats no reader handles, named so the user learns what the file is.
UNSUPPORTED_SUFFIXES: Mapping[str, str] = MappingProxyType(
    {
        ".pdf": "PDF",
        ".doc": "Word",
        ".docx": "Word",
        ".odt": "OpenDocument",
        ".rtf": "RTF",
        ".epub": "EPUB",
        ".xls": "Excel",
        ".xlsx": "Excel",
        ".zip": "zip archive",
        ".gz": "gzip archive",
        ".bz2": "bzip2 archive",
        ".xz": "xz archive",
        ".zst": "zstd archive",
        ".7z": "7-Zip archive",
        ".tar": "tar archive",
        ".warc": "WARC",
        ".rss": "RSS",
        ".atom": "Atom",
        ".xml": "XML",
    }
)

_HTML_START = re.compile(r"<(?:!doctype\s+html|html\b|!--|[a-z][a-z0-9]*[\s/>])", re.IGNORECASE)
_JSON_ARRAY_START = re.compile(r"\[\s*[{\]]")
_XML_DECLARATION = "<?xml"


def format_for_suffix(suffix: str, ref: str) -> str | None:
    """The format an extension names; None when the extension says nothing; ReadError when unsupported."""
    suffix = suffix.lower()
    if suffix in UNSUPPORTED_SUFFIXES:
        raise ReadError(
            "unsupported-format",
            f"cannot read {ref}: eventwire does not read {UNSUPPORTED_SUFFIXES[suffix]} files ({suffix}); "
            f"convert it to plain text, HTML or JSON Lines, or force a format if the extension is wrong",
        )
    return FORMAT_BY_SUFFIX.get(suffix)


def sniff_format(head: str, ref: str) -> str:
    """The format of content whose extension said nothing, from its first characters."""
    start = head.lstrip("\ufeff \t\r\n\f\v")
    if start.startswith("{"):
        return JSONL
    if _JSON_ARRAY_START.match(start):
        raise ReadError(
            "unsupported-format",
            f"cannot read {ref}: it is a JSON array; eventwire reads JSON Lines, one article object per line "
            "(convert it, e.g. jq -c '.[]')",
        )
    if start[: len(_XML_DECLARATION)].lower() == _XML_DECLARATION:
        if "<html" in start[:4096].lower():
            return HTML
        raise ReadError(
            "unsupported-format",
            f"cannot read {ref}: it is XML (RSS, Atom?), which eventwire does not read yet; "
            "give it the articles as HTML, plain text or JSON Lines",
        )
    if _HTML_START.match(start):
        return HTML
    return TEXT
