"""Agents and nationals: generic nouns for groups coded with the country that qualifies them, and demonyms.

"Les forces armées russes" → RUS MIL; "troupes russes, bélarusses et kirghizes" → three actors; "U.S. and Russian
negotiators" → two; "NATO troops" → IGO MIL; "Taliban fighters" → the group's own sector; "the army of Mali",
"security forces in Guinea"; nouns that are actors only with an owner ("Israeli intelligence"); definite collective
nouns that refer back to a named actor ("le contingent", "the group"), resolved later. A demonym alone names the
country; in the plural, as a noun, its people ("Nigerians" → NGA CVL); after an ethnic marker, an ethnic group living
where the text says ("ethnic Albanians in southern Serbia" → CVL, country from the place or the article's focus).
"""

from __future__ import annotations

from eventwire.actor_context import AGENT, DEMONYM, QUALIFIED, ActorContext, Found, Qualifier
from eventwire.lexical import PhraseMatch, unaccented
from eventwire.model import ActorRef, Mention

#: Sectors of armed people: qualified by an armed group, they take the group's sector ("Hamas fighters" → REB).
_ARMED = frozenset({"MIL", "UAF", "REB", "PRM"})
_ARMED_GROUPS = frozenset({"REB", "UAF", "PRM", "CRM"})


def find_agents(ctx: ActorContext, first: int, last: int) -> list[Found]:
    """Agent nouns of tokens [first, last) with their qualifiers; anaphoric nouns as unresolved mentions."""
    tokens = ctx.tokens
    matches = [(m, False) for m in ctx.lex.agents.find(tokens, first, last)]
    matches += [(m, True) for m in ctx.lex.owned_agents.find(tokens, first, last)]
    matches = _with_communities(ctx, _with_role_compounds(ctx, matches), first)
    found: list[Found] = []
    taken: set[int] = set()
    for match, owned in sorted(matches, key=lambda item: (item[0].first, -(item[0].last - item[0].first))):
        if match.first in taken:
            continue
        made = _agent(ctx, match, owned, first, last)
        if made:
            taken.update(range(match.first, match.last))
            found.extend(made)
    for match in ctx.lex.anaphors.find(tokens, first, last):
        definite = match.first > first and tokens[match.first - 1].lower in ctx.lex.definite
        if definite and not taken.intersection(range(match.first, match.last)):
            ref = ActorRef(None, None, None, None, "anaphor")
            found.append(Found(Mention(tokens[match.first].start, tokens[match.last - 1].end, "actor", ref), AGENT))
    return found


def _with_role_compounds(ctx: ActorContext, matches: list[tuple[PhraseMatch, bool]]) -> list[tuple[PhraseMatch, bool]]:
    """An agent noun right before a role noun names the body its people belong to: "army officials" are one actor,
    of the army's sector (MIL), as "rebel leaders" are rebels (REB); read apart, the body and its officials were
    two actors, and the officials the government's."""
    if not ctx.lex.role_heads:
        return matches
    by_first = {m.first: (m, owned) for m, owned in matches}
    merged = []
    for body, owned in matches:
        head = by_first.get(body.last)
        words = " ".join(t.lower for t in ctx.tokens[body.last : head[0].last]) if head else ""
        if head and words in ctx.lex.role_heads:
            merged.append((PhraseMatch(body.first, head[0].last, body.payload), owned and head[1]))
    return merged + matches  # the longer compound is taken first at its start, its head then skipped as taken


def _with_communities(
    ctx: ActorContext, matches: list[tuple[PhraseMatch, bool]], first: int
) -> list[tuple[PhraseMatch, bool]]:
    """A community word ("kurdos", "juifs") right after another agent noun, where nationalities follow their noun,
    qualifies it as a nationality would: "los milicianos kurdos" are militiamen, "des colons juifs" settlers. On its
    own it is an actor only as a noun ("les Kurdes", "des milliers de musulmans"), not as the adjective of some
    other noun ("les pays musulmans")."""
    communities = ctx.lex.communities
    if not communities:
        return matches
    tokens = ctx.tokens
    by_first = {
        m.first: m
        for m, _owned in matches
        if " ".join(unaccented(t.lower) for t in tokens[m.first : m.last]) in communities
    }

    def community(match: PhraseMatch) -> bool:
        return by_first.get(match.first) is match

    merged = []
    if ctx.lex.nationality_follows_noun:
        for body, _owned in matches:
            head = by_first.get(body.last)
            if head is not None and not community(body):  # the community owns a noun that needs an owner
                merged.append((PhraseMatch(body.first, head.last, body.payload), False))
    alone = [(m, owned) for m, owned in matches if not community(m) or _as_a_noun(ctx, m.first, first)]
    return merged + alone  # the qualified noun is taken first at its start, the community word then skipped


def _as_a_noun(ctx: ActorContext, k: int, first: int) -> bool:
    """A word used as a noun: capitalised or after a determiner (``_noun``), or after a coordinator, a plural
    determiner or a number ("chrétiens et musulmans", "plusieurs chiites", "300 musulmans")."""
    if _noun(ctx, k, first):
        return True
    if k == first:
        return False
    before = ctx.tokens[k - 1]
    lex = ctx.lex
    return before.lower in lex.coordinators or before.lower in lex.plural_determiners or before.text[:1].isdigit()


def _agent(ctx: ActorContext, match: PhraseMatch, owned: bool, first: int, last: int) -> list[Found]:
    tokens = ctx.tokens
    sector: str = match.payload
    after = ctx.after(match.last, last)
    if after:  # "troupes russes, bélarusses et kirghizes": the first actor carries the noun
        return [
            _found(ctx, tokens[match.first if n == 0 else q.first].start, tokens[q.last - 1].end, sector, q)
            for n, q in enumerate(after)
        ]
    before = ctx.before(match.first, first)
    start = tokens[before[0].first if before else match.first].start
    before = [q for q in before if not q.ethnic]
    if before:  # "Russian, Belarusian and Armenian troops": the last actor carries the noun
        end = tokens[match.last - 1].end
        return [
            _found(ctx, tokens[q.first].start, end if n == len(before) - 1 else tokens[q.last - 1].end, sector, q)
            for n, q in enumerate(before)
        ]
    owner = ctx.of_owner(match.last, last) or ctx.located(match.last, last)
    if owned and owner is None:
        return []
    end = tokens[match.last - 1].end
    if owner is None:
        return [Found(Mention(start, end, "actor", ActorRef(None, sector, None, None, "agent")), AGENT)]
    return [_found(ctx, start, end, sector, owner, rank=AGENT)]


def _found(ctx: ActorContext, start: int, end: int, sector: str, q: Qualifier, rank: int | None = None) -> Found:
    if q.owner is not None and q.owner.sector in _ARMED_GROUPS and sector in _ARMED:
        sector = q.owner.sector
    ref = ActorRef(q.country, sector, None, None, "agent")
    return Found(Mention(start, end, "actor", ref), QUALIFIED if rank is None else rank)


def find_nationals(ctx: ActorContext, first: int, last: int) -> list[Found]:
    """Demonyms on their own: the country, its people (a plural noun), or an ethnic group."""
    tokens = ctx.tokens
    demonyms = ctx.lex.demonyms
    found: list[Found] = []
    k = first
    while k < last:
        hit = demonyms.at(tokens, k, last)
        if hit is None:
            k += 1
            continue
        country, end = hit
        if beside_a_territory(ctx, k, end, first, last) or _qualifies_a_place(ctx, k, end):
            k = end
            continue  # "Syrian territory", "le territoire syrien", "País Vasco español": a place, not an actor
        start = tokens[k].start
        if k > first and tokens[k - 1].lower in demonyms.ethnic:  # "ethnic Albanians": where they live, not ALB
            start = tokens[k - 1].start
            place = ctx.located(end, last) or ctx.of_owner(end, last)
            ref = ActorRef(place.country if place else None, "CVL", None, None, "agent")
        elif _plural_noun(ctx, k, end, first):
            place = ctx.of_owner(end, last)  # "the Albanians of southern Serbia" live in Serbia
            ref = ActorRef(place.country if place else country, "CVL", None, None, "demonym")
        else:
            ref = ActorRef(country, None, None, None, "demonym")
        found.append(Found(Mention(start, tokens[end - 1].end, "actor", ref), DEMONYM))
        k = end
    return found


def beside_a_territory(ctx: ActorContext, k: int, end: int, first: int, last: int) -> bool:
    """A territory noun right after the demonym ("Syrian territory") or right before it ("le territoire syrien")."""
    nouns = ctx.lex.territory_nouns
    if end < last and any(m.first == end for m in nouns.find(ctx.tokens, end, min(last, end + 2))):
        return True
    return any(m.last == k for m in nouns.find(ctx.tokens, max(first, k - 2), k))


def _qualifies_a_place(ctx: ActorContext, k: int, end: int) -> bool:
    """A nationality that says whose a named place is, in the place of a qualifier: after the place where
    nationalities follow their noun ("el País Vasco español", "le Kurdistan irakien"), before it elsewhere ("the
    Spanish Basque Country", "Iraqi Kurdistan")."""
    if ctx.in_a_place(k):
        return True  # "Kurdistan irakien", "Iraqi Kurdistan" are names of one place
    if ctx.lex.nationality_follows_noun:
        return ctx.place_ending_at(k)
    return ctx.place_starting_at(end)


def _plural_noun(ctx: ActorContext, k: int, end: int, first: int) -> bool:
    """A demonym used as a plural noun, by its form ("Nigerians", "los colombianos") or, for one whose plural is its
    singular, by its determiner ("les Français", "des Libanais")."""
    if ctx.lex.demonyms.plural(ctx.tokens[k:end]):
        return _noun(ctx, k, first)
    return k > first and ctx.tokens[k - 1].lower in ctx.lex.plural_determiners


def _noun(ctx: ActorContext, k: int, first: int) -> bool:
    """A demonym used as a noun: capitalised ("Nigerians", "les Russes") or after a determiner ("los colombianos")."""
    token = ctx.tokens[k]
    return token.text[:1].isupper() or (k > first and ctx.tokens[k - 1].lower in ctx.lex.determiners)
