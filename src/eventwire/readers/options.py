"""The caller's options, checked before anything is read: a wrong option is a usage error, not bad input."""

from __future__ import annotations

import re

from eventwire.readers.formats import FORMATS

_LANGUAGE_CODE = re.compile(r"[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*")


def check_format(fmt: str | None) -> str | None:
    """``fmt`` as one of FORMATS (case and spaces forgiven), or None to detect each input's format."""
    if fmt is None:
        return None
    if not isinstance(fmt, str) or fmt.strip().lower() not in FORMATS:
        raise ValueError(f"unknown input format {fmt!r}: use one of {', '.join(FORMATS)}, or None to detect it")
    return fmt.strip().lower()


def check_lang(lang: str | None) -> str | None:
    """``lang`` when it looks like a language code (``fr``, ``en``, ``pt-BR``), else ValueError."""
    if lang is None:
        return None
    if not isinstance(lang, str) or not _LANGUAGE_CODE.fullmatch(lang.strip()):
        raise ValueError(f"invalid language code {lang!r}: use an ISO 639 code such as 'fr' or 'en'")
    return lang.strip()
