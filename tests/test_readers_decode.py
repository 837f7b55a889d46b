"""Bytes to text and format sniffing: what counts as binary, what a confident guess is."""

from __future__ import annotations

import pytest

from eventwire.readers.decode import decode_bytes, looks_binary, normalize_newlines, sniff_text
from eventwire.readers.errors import ReadError
from eventwire.readers.formats import HTML, JSONL, TEXT, format_for_suffix, sniff_format


@pytest.mark.parametrize(
    ("head", "binary"),
    [
        (b"", False),
        ("Les forces russes ont quitté le Kazakhstan.\n\tFin\f".encode(), False),
        ("Retrait russe".encode("utf-16"), False),
        ("Retrait russe".encode("utf-32"), False),
        (b"Retrait\x00russe", True),
        (b"Page 1\x0c\x0bPage 2", False),  # form feeds and vertical tabs occur in text
        (b"\x1b\x01\x02\x03\x04 ab", True),
        (b"\x07" * 9 + b"x" * 91, False),
        (b"\x07" * 11 + b"x" * 89, True),
    ],
)
def test_readers_decode_tells_binary_from_text(head: bytes, binary: bool) -> None:
    assert looks_binary(head) is binary


def test_readers_decode_normalises_only_newlines() -> None:
    assert normalize_newlines("a\r\nb\rc\n\u2028d\x85e  ") == "a\nb\nc\n\u2028d\x85e  "


@pytest.mark.parametrize(
    ("data", "declared", "text"),
    [
        ("Arrêté à Almaty".encode(), None, "Arrêté à Almaty"),
        ("\ufeffArrêté à Almaty".encode(), None, "Arrêté à Almaty"),
        ("Arrêté à Almaty".encode("utf-16"), None, "Arrêté à Almaty"),
        ("Arrêté à Almaty".encode("latin-1"), "ISO-8859-1", "Arrêté à Almaty"),
        ("“Arrêté” à Almaty".encode("cp1252"), "latin1", "“Arrêté” à Almaty"),
        ("Арестован в Алматы".encode("koi8_r"), "koi8-r", "Арестован в Алматы"),
    ],
)
def test_readers_decode_uses_marks_utf8_and_declarations(data: bytes, declared: str | None, text: str) -> None:
    assert decode_bytes(data, "x.html", declared=declared) == text


def test_readers_decode_ignores_an_unknown_declared_encoding() -> None:
    with pytest.raises(ReadError) as error:
        decode_bytes("Arrêté".encode("latin-1"), "x.html", declared="no-such-codec")
    assert error.value.code == "unknown-encoding"


def test_readers_decode_rejects_a_broken_byte_order_mark() -> None:
    with pytest.raises(ReadError) as error:
        decode_bytes(b"\xef\xbb\xbfArr\xeat\xe9", "x.txt")
    assert error.value.code == "unknown-encoding"
    assert "byte-order mark" in error.value.message


def test_readers_decode_sniffs_utf16_content() -> None:
    assert sniff_format(sniff_text('{"text": "Un."}'.encode("utf-16")), "x") == JSONL


@pytest.mark.parametrize(
    ("head", "fmt"),
    [
        ('{"text": "Un."}', JSONL),
        ('\ufeff  \n {"text": "Un."}', JSONL),
        ("<!DOCTYPE html><html>", HTML),
        ("<HTML lang='fr'>", HTML),
        ("<!-- saved page -->\n<html>", HTML),
        ("<div class='article'><p>Texte</p></div>", HTML),
        ('<?xml version="1.0"?>\n<!DOCTYPE html><html xmlns="http://www.w3.org/1999/xhtml">', HTML),
        ("Les forces russes ont quitté le Kazakhstan", TEXT),
        ("[Vidéo] Les forces russes ont quitté le Kazakhstan", TEXT),
        ("<< Retour", TEXT),
        ("", TEXT),
    ],
)
def test_readers_decode_sniffs_the_format_of_content(head: str, fmt: str) -> None:
    assert sniff_format(head, "x") == fmt


@pytest.mark.parametrize(
    ("suffix", "fmt"),
    [
        (".TXT", TEXT),
        (".text", TEXT),
        (".jsonl", JSONL),
        (".NDJSON", JSONL),
        (".htm", HTML),
        (".xhtml", HTML),
    ],
)
def test_readers_decode_knows_formats_by_extension(suffix: str, fmt: str) -> None:
    assert format_for_suffix(suffix, "x") == fmt


@pytest.mark.parametrize("suffix", [".md", ".dat", ""])
def test_readers_decode_leaves_other_extensions_to_sniffing(suffix: str) -> None:
    assert format_for_suffix(suffix, "x") is None
