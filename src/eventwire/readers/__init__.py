"""Readers: files, folders, globs and stdin to Articles, or to Rejections that say what is wrong.

A bad input never stops the run: it comes out as a ``Rejection`` (stage ``read``) naming the
input, the problem and the fix, in the same stream as the Articles. Everything is a generator, so
a huge folder or JSON Lines file is read in constant memory.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator, Sequence
from datetime import date
from typing import BinaryIO

from eventwire.model import Article, Rejection
from eventwire.readers.dispatch import read_source
from eventwire.readers.formats import FORMATS
from eventwire.readers.options import check_format, check_lang
from eventwire.readers.plain import read_text as _read_text
from eventwire.readers.sources import expand_inputs

__all__ = ["FORMATS", "read_inputs", "read_text"]


def read_inputs(
    inputs: Sequence[str],
    *,
    lang: str | None = None,
    fmt: str | None = None,
    stdin: BinaryIO | None = None,
) -> Iterator[Article | Rejection]:
    """Articles (and Rejections) from files, folders, glob patterns and ``-`` (``stdin``, bytes).

    ``fmt`` forces a reader (``text``, ``jsonl``, ``html``) instead of detecting each input's;
    ``lang`` is set on every article, overriding what the input says. Options are checked now
    (ValueError); inputs are read lazily, as the result is iterated.
    """
    if isinstance(inputs, str | bytes | os.PathLike):
        raise TypeError(f"inputs must be a sequence of paths, not a single path; pass [{inputs!r}]")
    return _read_all(list(inputs), fmt=check_format(fmt), lang=check_lang(lang), stdin=stdin)


def read_text(
    text: str,
    *,
    id: str | None = None,
    lang: str | None = None,
    published: date | None = None,
    title: str | None = None,
    url: str | None = None,
) -> Article:
    """An Article from text in memory; newlines are normalised and a missing ``id`` is made from the text."""
    return _read_text(text, id=id, lang=check_lang(lang), published=published, title=title, url=url)


def _read_all(
    inputs: list[str], *, fmt: str | None, lang: str | None, stdin: BinaryIO | None
) -> Iterator[Article | Rejection]:
    stream = stdin if stdin is not None else getattr(sys.stdin, "buffer", None)
    for source in expand_inputs(inputs, stream):
        if isinstance(source, Rejection):
            yield source
        else:
            yield from read_source(source, fmt=fmt, lang=lang)
