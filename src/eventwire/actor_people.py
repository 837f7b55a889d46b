"""People: a title with its qualifiers and a name, and the office holders eventwire knows by name.

"Russian President Boris Yeltsin", "le président kazakh Kassym-Jomart Tokaïev", "the Secretary-General of NATO",
"Norway's foreign minister", "son président Kassym-Jomart Tokaïev", or a known name on its own ("Putin said"). A
title's qualifier gives the country; a known name gives the role its bearer held on the article's date (a title
says who a person is when the article is written, so the reference date is the one that counts); a title with a
qualifier but no name is an office ("the Russian foreign minister" → RUS GOV).
"""

from __future__ import annotations

from datetime import date

from eventwire.actor_context import PERSON, QUALIFIED, ActorContext, Found, Qualifier
from eventwire.lexical import PhraseMatch
from eventwire.model import ActorRef, Mention
from eventwire.office_holders import Holder, office_holders, resolve
from eventwire.place_rules import common_word


def find_people(ctx: ActorContext, first: int, last: int, day: date | None) -> list[Found]:
    """Person mentions in tokens [first, last); one whose span holds its named owner outranks that owner."""
    found: list[Found] = []
    covered_until = first
    for match in _longest_first(ctx.lex.titles.find(ctx.tokens, first, last)):
        if match.first < covered_until:
            continue
        made = _titled(ctx, match, first, last, day)
        if made is not None:
            found.append(made)
            covered_until = ctx.span(made.mention)[1]
    taken = [ctx.span(f.mention) for f in found]
    sentence_span = (ctx.tokens[first].start, ctx.tokens[last - 1].end) if last > first else (0, 0)
    taken += [  # a word inside a date is no name ("Jan. 21" is not Mr Jan)
        ctx.span(m) for m in ctx.doc.mentions_of("date") if sentence_span[0] <= m.start < sentence_span[1]
    ]
    known = office_holders()
    k = first
    while k < last:
        token = ctx.tokens[k]
        maybe_name = token.text[:1].isupper() or token.lower in known.lowercase_starts
        free = maybe_name and not any(a <= k < b for a, b in taken)
        hit = known.named_at(ctx.tokens, k, last) if free else None
        if hit is None and free and day is not None and _lone_surname(ctx, k, first, last):
            sitting = known.sitting(token.text, day)
            hit = (sitting, k + 1) if sitting else None
        ref = resolve(hit[0], day, None) if hit else None
        if hit is None or ref is None:
            k += 1
            continue
        found.append(Found(Mention(ctx.tokens[k].start, ctx.tokens[hit[1] - 1].end, "actor", ref), PERSON))
        k = hit[1]
    return found


def _lone_surname(ctx: ActorContext, k: int, first: int, last: int) -> bool:
    """A capitalised word standing alone as a name: no other capitalised word joined to it (which would make it
    part of someone else's name), and not a common word of the language written at the start of a sentence."""
    token = ctx.tokens[k]
    if not (token.text.isalpha() and token.text.istitle() and len(token.text) > 2):
        return False
    if k > first and ctx.tokens[k - 1].lower in ctx.lex.locative and ctx.in_a_place(k):
        return False  # "in Paris" is the city, not Hernando Paris
    lang = ctx.doc.lang or "en"
    joined = [j for j in (k - 1, k + 1) if first <= j < last and ctx.tokens[j].text[:1].isupper()]
    if any(ctx.tokens[j].text.isalpha() and not (j == first and common_word(ctx.tokens[j].text, lang)) for j in joined):
        return False  # "Juan Samper", "Samper Pizano"; but "Ayer Menem" opens a sentence with a common word
    return not common_word(token.text, lang)


def _longest_first(matches: list[PhraseMatch]) -> list[PhraseMatch]:
    return sorted(matches, key=lambda m: (m.first, -(m.last - m.first)))


def _titled(ctx: ActorContext, match: PhraseMatch, first: int, last: int, day: date | None) -> Found | None:
    tokens = ctx.tokens
    title_sector: str = match.payload
    if any(tokens[j].lower in ctx.lex.former for j in range(max(first, match.first - 2), match.first)):
        title_sector = "ELI"  # "Former Socialist prime minister Andreas Papandreou"
    before = [q for q in ctx.before(match.first, first) if not q.ethnic]
    start = before[0].first if before else match.first
    if not before and match.first > first and tokens[match.first - 1].lower in ctx.lex.possessives:
        start = match.first - 1  # "son président": the focus country's, decided later
    k = match.last
    after = ctx.after(k, last)
    qualifier: Qualifier | None = (before or after or [None])[0]
    if after:
        k = after[-1].last
    else:
        owner = ctx.of_owner(k, last)  # "the President of Armenia", "le secrétaire général de l'ONU"
        if owner is not None:
            qualifier = qualifier or owner
            k = owner.last + (owner.last < last and tokens[owner.last].text == ",")
    rank = QUALIFIED if qualifier else PERSON
    shouting = tokens[match.first].text.isupper() and len(tokens[match.first].text) > 1
    name_end = k if shouting else _name_end(ctx, k, last)  # an all-capitals headline has no telling names
    if name_end == k:
        if qualifier is None:
            return None  # a bare title ("the president") is not an actor by itself
        ref = ActorRef(qualifier.country, title_sector, None, None, "person")
        return Found(Mention(tokens[start].start, tokens[k - 1].end, "actor", ref), rank)
    name = ctx.doc.text[tokens[k].start : tokens[name_end - 1].end]
    holder = _holder(ctx, k, name_end, qualifier, day, title_sector)
    if holder is not None and (qualifier is None or holder.country == qualifier.country):
        ref = ActorRef(holder.country, holder.sector, holder.name, holder.wikidata, "person")
    else:
        country = qualifier.country if qualifier else None
        ref = ActorRef(country, title_sector, name, None, "person")
    return Found(Mention(tokens[start].start, tokens[name_end - 1].end, "actor", ref), rank)


def _name_end(ctx: ActorContext, k: int, last: int) -> int:
    """The end of the capitalised name starting at token k ("Kassym-Jomart Tokaïev", "George W. Bush", "Ahmed Ben
    Bella", "Charles de Gaulle"); k itself when there is none."""
    tokens = ctx.tokens
    j = k
    while j < last:
        token = tokens[j]
        initial = token.text == "." and j > k and len(tokens[j - 1].text) <= 2 and tokens[j - 1].text[:1].isupper()
        particle = j > k and token.lower in ctx.lex.name_particles
        if not ((token.text[:1].isupper() and token.text[:1].isalpha()) or initial or particle):
            break
        j += 1
    while j > k and (tokens[j - 1].lower in ctx.lex.name_particles or tokens[j - 1].text == "."):
        j -= 1
    return j


def _holder(
    ctx: ActorContext, k: int, end: int, qualifier: Qualifier | None, day: date | None, title_sector: str
) -> ActorRef | None:
    """The known office holder a titled name names: the whole name, else by its surname ("President Mugabe"). A
    surname alone names someone out of office on the day only if the article names their country: "le président
    Barrow" in a report on the Gambia is not Dean Barrow, Belize's prime minister until 2020."""
    known = office_holders()
    hit = known.named_at(ctx.tokens, k, end, titled=True)
    if hit is not None and hit[1] == end:
        holders: list[Holder] = hit[0]
    else:
        holders = known.by_surname([t for t in ctx.tokens[k:end] if t.text[:1].isalpha()])
        if day is not None and not any(h.surely_in_office(day) for h in holders):
            holders = [h for h in holders if any(r.country in ctx.countries for r in h.roles)]
    if qualifier is not None:
        holders = [h for h in holders if any(r.country == qualifier.country for r in h.roles)]
    return resolve(holders, day, title_sector) if holders else None
