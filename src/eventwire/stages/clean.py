"""clean — mark what on a scraped page is not the article: furniture, bylines, captions, credit lines.

Nothing is deleted: the stage records zones (offsets into ``Article.text``) and later stages decide what to read.
Captions and datelines stay readable (they carry dates and places); furniture, bylines and credits do not.
Scraped pages mix languages (an English "Access to the comments" on a French page), so the cues of every supported
language are used together, before the language is known.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from eventwire.knowledge import lang_data, supported_languages
from eventwire.model import Doc, Zone

_SEPARATORS = " \t|•·-–—:/>»›,"
_SENTENCE_END = (".", "!", "?", "…", '."', ".»", "!»", "?»", '?"', '!"')
#: A credit runs to the end of its line when that is no longer than this many words ("Photo: John Smith/Reuters"),
#: and its caption is the line before it when that is no longer than this many characters. Beyond either, the line
#: holds article text too, as when a page is scraped into one paragraph ("… The ship anchors off Limassol. Photo: AP
#: The US military said…"): the caption is then the sentence before the cue, and the credit, when the line goes on,
#: the cue and the word after it.
_CREDIT_WORDS, _CAPTION_CHARS = 6, 250
_WORD = re.compile(r"\S+")
_LAST_SENTENCE_START = re.compile(r"(?:.*[.!?…][\"”»’]?\s+)?", re.S)
_CAPS_PLACE = re.compile(r"^[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’ .\-]+(?:\s*\([^)\n]{1,30}\))?,")
_INLINE_DATELINE = re.compile(
    r"^(?P<dateline>[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’ .\-]{1,40}(?:\s*\([^)\n]{1,30}\))?,[^\n—–]{3,40}?\s[—–-]{1,2})\s+"
)


@dataclass(frozen=True, slots=True)
class _Cues:
    furniture: tuple[str, ...]  # lowercase, longest first
    links: tuple[str, ...]  # lowercase: a line opening with one is a link to another article
    credit: tuple[str, ...]  # lowercase
    byline: tuple[str, ...]
    agencies: frozenset[str]
    byline_max_words: int
    months: frozenset[str]
    patterns: tuple[re.Pattern[str], ...]


def _load_cues(languages: tuple[str, ...]) -> _Cues:
    furniture: set[str] = set()
    links: set[str] = set()
    credit: set[str] = set()
    byline: set[str] = set()
    agencies: set[str] = set()
    months: set[str] = set()
    patterns: list[re.Pattern[str]] = []
    max_words = 12
    for lang in languages:
        data = lang_data(lang, "boilerplate")
        furniture.update(p.lower() for p in data["furniture"])
        links.update(p.lower() for p in data.get("link_cues") or [])
        credit.update(p.lower() for p in data.get("credit_cues", []))
        byline.update(data.get("byline_cues", []))
        agencies.update(data.get("agencies", []))
        max_words = max(max_words, int(data.get("byline_max_words", max_words)))
        patterns.extend(re.compile(p["regex"]) for p in data.get("patterns", []) or [])
        months.update(m.lower().rstrip(".") for m in lang_data(lang, "time")["months"])
    return _Cues(
        furniture=tuple(sorted(furniture, key=len, reverse=True)),
        links=tuple(sorted(links, key=len, reverse=True)),
        credit=tuple(sorted(credit, key=len, reverse=True)),
        byline=tuple(sorted(byline, key=len, reverse=True)),
        agencies=frozenset(agencies),
        byline_max_words=max_words,
        months=frozenset(months),
        patterns=tuple(patterns),
    )


def _lines(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each non-blank line, with surrounding whitespace trimmed."""
    pos = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            lead = _past_spaces(line, 0, len(line))
            yield pos + lead, pos + lead + len(stripped)
        pos += len(line) + 1


class CleanStage:
    """Marks title, dateline, body, caption, credit, byline and furniture zones."""

    name = "clean"
    requires = ("article",)
    assigns = ("zones",)

    def __init__(self, languages: tuple[str, ...] | None = None) -> None:
        self.languages = languages
        self._cues: _Cues | None = None

    def __getstate__(self) -> dict:
        return {"languages": self.languages, "_cues": None}

    def __setstate__(self, state: dict) -> None:
        self.languages = state["languages"]
        self._cues = None

    @property
    def cues(self) -> _Cues:
        if self._cues is None:
            self._cues = _load_cues(self.languages or supported_languages())
        return self._cues

    def __call__(self, doc: Doc) -> Doc:
        text = doc.text
        cues = self.cues
        lines = list(_lines(text))
        zones: list[Zone] = []
        captions: set[str] = set()
        credits: dict[int, tuple[int, int, int]] = {}  # line start → caption start, credit start and end
        for start, end in lines:
            found = self._credit_span(text[start:end], cues)
            if found is not None:
                credits[start] = (start + found[0], start + found[1], start + found[2])
                caption = _trim(text[start + found[0] : start + found[1]])
                if caption:
                    captions.add(_normalise(caption))
        seen_title = False
        for start, end in lines:
            line = text[start:end]
            if start in credits:
                caption_start, cut, credit_end = credits[start]
                if caption_start > start:
                    zones.append(Zone(start, caption_start, "body"))
                caption_end = caption_start + len(_trim(text[caption_start:cut]))
                if caption_end > caption_start:
                    zones.append(Zone(caption_start, caption_end, "caption"))
                credit_start = _past_spaces(text, cut, end)
                zones.append(Zone(credit_start, credit_end, "credit"))
                rest = _past_spaces(text, credit_end, end)
                if rest < end:
                    zones.append(Zone(rest, end, "body"))
                continue
            kind = self._classify(line, cues, captions, first=not seen_title, title=doc.article.title)
            if kind == "title":
                seen_title = True
            if kind == "body" and not seen_title:
                seen_title = True  # an article without a headline line: the first body line is not a title
            if kind == "body":
                match = _INLINE_DATELINE.match(line)
                if match and self._is_dateline(match.group("dateline"), cues):
                    cut = start + match.end("dateline")
                    zones.append(Zone(start, cut, "dateline"))
                    zones.append(Zone(start + match.end(), end, "body"))
                    continue
            zones.append(Zone(start, end, kind))
        doc.zones = zones
        return doc

    def _classify(self, line: str, cues: _Cues, captions: set[str], *, first: bool, title: str | None) -> str:
        if self._is_furniture(line, cues):
            return "furniture"
        if _normalise(line) in captions:
            return "caption"
        if self._is_byline(line, cues):
            return "byline"
        if self._is_dateline(line, cues):
            return "dateline"
        ends_sentence = line.rstrip().endswith(_SENTENCE_END)
        if first and (line.strip() == (title or "").strip() or (len(line) < 200 and not ends_sentence)):
            return "title"
        return "body"

    @staticmethod
    def _credit_span(line: str, cues: _Cues) -> tuple[int, int, int] | None:
        """Where, in a line with a credit cue, the caption starts and the credit starts and ends."""
        lowered = line.lower()
        found = [(p, len(cue)) for cue in cues.credit if (p := lowered.find(cue)) >= 0]
        if not found:
            return None
        cut, cue_length = min(found)
        words = list(_WORD.finditer(line, cut + cue_length))
        head = line[:cut].rstrip()
        if len(words) <= _CREDIT_WORDS and len(head) <= _CAPTION_CHARS:
            return 0, cut, len(line)
        credit_end = len(line) if len(words) <= _CREDIT_WORDS else words[0].end()
        head = head[:-1] if head.endswith(_SENTENCE_END) else head
        return _LAST_SENTENCE_START.match(head).end(), cut, credit_end

    @staticmethod
    def _is_furniture(line: str, cues: _Cues) -> bool:
        """A line made only of furniture phrases ("Access to the comments Discussion"), or a link line."""
        if any(p.fullmatch(line) for p in cues.patterns):
            return True
        rest = line.lower().strip(_SEPARATORS)
        if any(rest.startswith(link) and not rest[len(link) : len(link) + 1].isalnum() for link in cues.links):
            return True
        matched = False
        while rest:
            for phrase in cues.furniture:
                if rest.startswith(phrase) and (len(rest) == len(phrase) or not rest[len(phrase)].isalnum()):
                    rest = rest[len(phrase) :].strip(_SEPARATORS)
                    matched = True
                    break
            else:
                return False
        return matched

    @staticmethod
    def _is_byline(line: str, cues: _Cues) -> bool:
        words = line.split()
        if not words or len(words) > cues.byline_max_words or line.rstrip().endswith((".", "!", "?")):
            return False
        for cue in cues.byline:
            cue_words = cue.split()
            if words[: len(cue_words)] != cue_words or len(words) == len(cue_words):
                continue
            rest = words[len(cue_words) :]
            names = [w for w in rest if w[:1].isupper() or w in cues.agencies]
            return len(names) >= max(1, len(rest) // 2)
        return False

    @staticmethod
    def _is_dateline(line: str, cues: _Cues) -> bool:
        if len(line) > 80 or not any(ch.isdigit() for ch in line) or line.rstrip().endswith("."):
            return False
        words = re.findall(r"[^\W\d_]+", line.lower())
        if not any(w in cues.months for w in words) or len(words) > 6:
            return False
        return line[:1].isdigit() or words[0] in cues.months or bool(_CAPS_PLACE.match(line))


def _past_spaces(text: str, start: int, end: int) -> int:
    """The offset of the first character of ``text[start:end]`` that is not a space (``end`` if none is)."""
    piece = text[start:end]
    return start + len(piece) - len(piece.lstrip())


def _trim(text: str) -> str:
    """Without the spaces (any kind) and separators a caption is glued to its credit with."""
    end = len(text)
    while end and (text[end - 1].isspace() or text[end - 1] in _SEPARATORS):
        end -= 1
    return text[:end]


def _normalise(text: str) -> str:
    return " ".join(text.split()).lower()
