"""Bytes to text: UTF-8 first, a byte-order mark when there is one, a guess only when it is safe.

A wrong guess is worse than a rejection: mojibake ("arrętés ŕ Almaty") silently breaks every later
stage, while a rejection tells the user to convert the file. So a guess is accepted only when
charset-normalizer finds the text coherent and its equally good candidates agree on the result.
"""

from __future__ import annotations

import codecs

import charset_normalizer

from eventwire.readers.errors import ReadError

#: Byte-order marks, longest first: the UTF-32-LE mark begins with the UTF-16-LE one.
BYTE_ORDER_MARKS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

#: ASCII control bytes that never occur in text (tab, newlines, vertical tab and form feed do).
CONTROL_BYTES: bytes = bytes([*range(0, 9), *range(14, 32), 127])

#: Share of control bytes above which a file is taken for binary data.
MAX_CONTROL_SHARE = 0.1

#: charset-normalizer's "mess" ratio above which a guess is not trusted.
MAX_CHAOS = 0.1
#: Candidates whose mess ratio is within this of the best one count as equally good.
CHAOS_TIE = 0.01
#: Minimal language coherence of the best guess: below it the text is too short or not language.
MIN_COHERENCE = 0.2

#: When equally good candidates disagree, the first of these that fits wins. Western European
#: encodings first (eventwire reads French and English first, and windows-1252 is the most common
#: legacy encoding of the web), then Central European and Cyrillic.
PREFERRED_ENCODINGS: tuple[str, ...] = ("cp1252", "iso8859_15", "latin_1", "cp1250", "cp1251")

#: HTML encoding labels that browsers read as windows-1252 (WHATWG Encoding Standard).
WINDOWS_1252_LABELS: frozenset[str] = frozenset(
    {"ascii", "us-ascii", "iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "cp819", "windows-1252"}
)


def bom_encoding(data: bytes) -> str | None:
    """The codec named by the byte-order mark ``data`` starts with, if any."""
    for mark, encoding in BYTE_ORDER_MARKS:
        if data.startswith(mark):
            return encoding
    return None


def looks_binary(head: bytes) -> bool:
    """True when ``head`` (the first bytes of a file) is not text: a NUL byte or many control bytes."""
    if not head or bom_encoding(head) in ("utf-16", "utf-32"):
        return False
    if b"\x00" in head:
        return True
    controls = len(head) - len(head.translate(None, CONTROL_BYTES))
    return controls / len(head) > MAX_CONTROL_SHARE


def sniff_text(head: bytes) -> str:
    """A lenient decoding of a file's first bytes, good enough to recognise its format."""
    return head.decode(bom_encoding(head) or "utf-8", errors="replace")


def normalize_newlines(text: str) -> str:
    """CRLF and CR to LF: every offset refers to the normalised text, whatever the source platform."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def decode_utf8(data: bytes, ref: str) -> str:
    """Strict UTF-8 (a leading BOM is dropped), for formats that must be UTF-8 such as JSON Lines."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ReadError(
            "unknown-encoding",
            f"could not decode {ref}: not UTF-8 ({exc.reason} at byte {exc.start}); "
            "JSON Lines must be UTF-8, convert it (e.g. iconv -f latin1 -t utf-8)",
        ) from None


def decode_bytes(data: bytes, ref: str, *, declared: str | None = None) -> str:
    """Decode ``data`` read from ``ref``; raise ReadError(``unknown-encoding``) rather than guess badly.

    Order: byte-order mark, UTF-8, the encoding the document ``declared`` (an HTML meta charset),
    then charset-normalizer when its guess is confident.
    """
    marked = bom_encoding(data)
    if marked:
        try:
            return data.decode(marked)
        except UnicodeDecodeError as exc:
            raise ReadError(
                "unknown-encoding",
                f"could not decode {ref}: it starts with a {marked.upper()} byte-order mark but is not "
                f"valid {marked.upper()} ({exc.reason} at byte {exc.start}); convert it to UTF-8",
            ) from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        utf8_error = f"{exc.reason} at byte {exc.start}"
    if declared:
        text = _decode_declared(data, declared)
        if text is not None:
            return text
    text = confident_guess(data)
    if text is None:
        raise ReadError(
            "unknown-encoding",
            f"could not decode {ref}: not UTF-8 ({utf8_error}) and no confident guess of its encoding; "
            "convert it to UTF-8",
        )
    return text


def confident_guess(data: bytes) -> str | None:
    """charset-normalizer's reading of ``data`` when it is coherent and unambiguous, else None."""
    matches = charset_normalizer.from_bytes(data)
    best = matches.best()
    if best is None or best.chaos > MAX_CHAOS or best.coherence < MIN_COHERENCE:
        return None
    tied = [match for match in matches if match.chaos <= best.chaos + CHAOS_TIE]
    readings = {_decode_or_none(data, match.encoding) for match in tied}
    readings.discard(None)
    if len(readings) == 1:
        return readings.pop()
    for preferred in PREFERRED_ENCODINGS:
        if any(preferred in match.could_be_from_charset for match in tied):
            text = _decode_or_none(data, preferred)
            if text is not None:
                return text
    return None


def _decode_declared(data: bytes, declared: str) -> str | None:
    label = declared.strip().lower()
    encoding = "cp1252" if label in WINDOWS_1252_LABELS else label
    text = _decode_or_none(data, encoding)
    if text is None and encoding == "cp1252":
        # windows-1252 leaves five bytes undefined; ISO-8859-1 maps every byte.
        text = _decode_or_none(data, "latin_1")
    return text


def _decode_or_none(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except (LookupError, UnicodeDecodeError):
        return None
