"""What the user named (paths, folders, globs, ``-``) to a stream of byte sources, lazily.

Nothing here reads a whole folder listing or file into memory at once: folders are walked one
directory at a time and files are opened only when their turn comes.
"""

from __future__ import annotations

import glob
import os
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from eventwire.model import Rejection
from eventwire.readers.errors import ReadError, rejection

STDIN = "-"
STDIN_REF = "<stdin>"
GLOB_CHARS = frozenset("*?[")
#: Enough of a file to recognise its format and tell text from binary.
HEAD_SIZE = 64 * 1024


@dataclass(frozen=True, slots=True)
class Source:
    """One input to read: a file (``path``) or standard input (``stream``); ``ref`` names it in messages."""

    ref: str
    path: Path | None = None
    stream: BinaryIO | None = None

    @property
    def suffix(self) -> str:
        return self.path.suffix.lower() if self.path else ""

    @property
    def stem(self) -> str | None:
        """The file name without its extension: the id of a one-article file."""
        return self.path.stem if self.path else None


def expand_inputs(inputs: Iterable[str | os.PathLike[str]], stdin: BinaryIO | None) -> Iterator[Source | Rejection]:
    """Each input in turn: a file, every file of a folder, every match of a glob, or ``-`` for stdin."""
    for item in inputs:
        name = os.fspath(item)
        if name == STDIN:
            yield Source(STDIN_REF, stream=stdin)
        elif not name.strip():
            yield rejection(repr(name), "not-found", f"an empty path {name!r} was given; name a file or folder")
        elif GLOB_CHARS & set(name) and not os.path.lexists(name):
            yield from expand_glob(name)
        else:
            yield from expand_path(Path(name), name)


def expand_path(path: Path, ref: str) -> Iterator[Source | Rejection]:
    """A file as one source, a folder as all the files below it."""
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        if path.is_symlink():
            yield rejection(ref, "not-found", f"{ref} is a broken symbolic link; fix or remove the link")
        else:
            yield rejection(ref, "not-found", f"{ref} does not exist; check the path")
        return
    except OSError as exc:
        yield os_error_rejection(ref, exc)
        return
    if stat.S_ISDIR(mode):
        yield from walk_folder(path)
    else:
        yield Source(ref, path=path)


def expand_glob(pattern: str) -> Iterator[Source | Rejection]:
    """Matches in sorted order; a matched folder is walked, and nothing is read twice."""
    matches = sorted(glob.glob(pattern, recursive=True))
    if not matches:
        yield rejection(
            pattern,
            "no-match",
            f"no file matches the pattern {pattern}; check it (and quote it so the shell passes it as is)",
        )
        return
    walked: set[Path] = set()
    for match in matches:
        path = Path(match)
        if any(parent in walked for parent in path.parents):
            continue
        if path.is_dir():
            walked.add(path)
            yield from walk_folder(path)
        else:
            yield from expand_path(path, match)


def walk_folder(folder: Path, ancestors: frozenset[str] = frozenset()) -> Iterator[Source | Rejection]:
    """Every file below ``folder``, sorted by name, skipping hidden files and folders.

    Symbolic links to folders are followed, except back into a folder being walked (a loop).
    """
    real = os.path.realpath(folder)
    if real in ancestors:
        return
    try:
        with os.scandir(folder) as scan:
            entries = sorted(scan, key=lambda entry: entry.name)
    except OSError as exc:
        yield os_error_rejection(str(folder), exc)
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        try:
            if entry.is_dir():
                yield from walk_folder(Path(entry.path), ancestors | {real})
            elif entry.is_file():
                yield Source(entry.path, path=Path(entry.path))
            elif entry.is_symlink():
                yield rejection(
                    entry.path, "not-found", f"{entry.path} is a broken symbolic link; fix or remove the link"
                )
            # Sockets, pipes and devices met in a walk are not documents: reading them could block.
        except OSError as exc:
            yield os_error_rejection(entry.path, exc)


def os_error_rejection(ref: str, exc: OSError) -> Rejection:
    """An operating-system error on ``ref`` as a Rejection a user can act on."""
    if isinstance(exc, FileNotFoundError):
        return rejection(ref, "not-found", f"{ref} does not exist; check the path")
    if isinstance(exc, NotADirectoryError):
        return rejection(ref, "not-found", f"{ref} does not exist: part of the path is a file, not a folder")
    if isinstance(exc, PermissionError):
        return rejection(
            ref, "unreadable", f"cannot read {ref}: permission denied; check its permissions (ls -l {ref})"
        )
    return rejection(ref, "unreadable", f"cannot read {ref}: {exc.strerror or exc}")


class OpenedSource:
    """An open source whose first bytes (``head``) are already read, for sniffing, and still readable."""

    def __init__(self, source: Source, stream: BinaryIO, *, owned: bool) -> None:
        self.source = source
        self.stream = stream
        self.owned = owned
        self.head = stream.read(HEAD_SIZE)

    def read_all(self) -> bytes:
        return self.head + self.stream.read()

    def lines(self) -> Iterator[bytes]:
        """The lines of the whole source, head included, one at a time (constant memory)."""
        *complete, partial = self.head.split(b"\n")
        for line in complete:
            yield line + b"\n"
        if partial:
            yield partial + self.stream.readline()
        yield from self.stream

    def rewind(self) -> bool:
        """Start again from the first byte, when the stream allows it (files do, pipes do not)."""
        if not self.stream.seekable():
            return False
        self.stream.seek(0)
        self.head = self.stream.read(HEAD_SIZE)
        return True

    def close(self) -> None:
        if self.owned:
            self.stream.close()


def open_source(source: Source) -> OpenedSource:
    """Open ``source`` and read its head; OSError (or ReadError for a missing stdin) when that fails."""
    if source.path is None:
        if source.stream is None:
            raise ReadError("unreadable", f"cannot read {source.ref}: there is no standard input")
        return OpenedSource(source, source.stream, owned=False)
    stream = source.path.open("rb")
    try:
        return OpenedSource(source, stream, owned=True)
    except BaseException:
        stream.close()
        raise
