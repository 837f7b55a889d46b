"""Who did it and to whom: the actors and recipients linked to a trigger, chosen among the sentence's actors.

The actor is the nearest actor before the trigger in its clause (the subject), passing over a place that only
says where ("Security forces in Guinea have tortured") and an apposition ("Pakistan, a key U.S. ally, has
refused"); a passive or an event noun names it after ("tués par la police", "le retrait des troupes russes"), and
an actor inside the trigger's own words is its agent ("the deployment of NATO troops", "Palestinian suicide
bombers"), as is one its words begin with ("Rebels attacked", "police brutality"). The recipient is the first actor
after the trigger that is not where the event happens. Actors joined by commas and conjunctions come as a list ("les
forces russes et leurs alliés"), and a compound actor brings its members ("le contingent … comprenait des troupes
russes, bélarusses…"). A verb coordinated with an earlier one and without a subject of its own shares that verb's
subject ("Russia massed troops near the border and demanded…"). The first object of a verb of giving receives ("gave
the Ivory Coast 5.1 million dollars of aid"), and a noun of fighting after "after" has the clause it adjoins as one
side ("Burmese troops have captured part of a stronghold after five days of fighting").
"""

from __future__ import annotations

from eventwire.actor_lexicon import actor_lexicon
from eventwire.eventlex import EventLexicon
from eventwire.model import ActorRef, Mention, Token
from eventwire.sentence_view import SentenceView

_MAX_ACTOR_DISTANCE = 25  # tokens between a subject and its verb, beyond which the link is a guess
_MAX_GAP = 3  # tokens between two coordinated actors ("X, Y", "X et leurs Y", "X as well as Y")
_PASSIVE_REACH = 12  # tokens between a participle and the "by" of its agent, past its object, a date, a weapon
_AGENT_REACH = 4  # tokens between that "by" and the agent ("por un millar de indígenas")
_COUNT_TO_PARTICIPLE = 3  # tokens between a count and the participle of its passive ("dos personas fueron muertas")
_PARTICIPLE_TO_TRIGGER = 5  # tokens between a passive and the event noun after it ("muertas de varios impactos de")
_NOUN_TO_PASSIVE = 8  # tokens between an event noun and the passive naming its agent ("attack on the base was led")
_PASSIVE_TO_BY = 4  # tokens between that passive and its "by", past a date ("engagée le 12 septembre par")
_MUTUAL_REACH = 6  # tokens between the first side of "between X and Y" and the second, past X's complement
_COORDINATED_GAP = 3  # words between "and" and a verb that shares the subject before it ("and has also demanded")
_TEMPORAL_TO_NOUN = 4  # tokens between "after" and the event noun it governs ("after five days of fighting")
_GIFT_REACH = 6  # tokens between who receives and the noun of what is given ("the Ivory Coast 5.1 million dollars of")
_CROWD_TO_TRIGGER = 3  # words between a count of people and the verb it is the subject of ("ont", "have been")
_SHARED_SUBJECT_REACH = 40  # tokens between that subject and the coordinated verb

Located = tuple[int, int, Mention]
#: What may close an actor's name before the comma of its apposition: "(OTSC),".
_CLOSING_BRACKETS = frozenset(")]")


def coordinated(view: SentenceView, chosen: Located, actors: list[Located]) -> list[Located]:
    """The chosen actor and those joined to it by commas and conjunctions ("X, Y et Z", "X et leurs alliés")."""
    lex = actor_lexicon(view.doc.lang or "en")
    joiners = lex.list_words
    group = [chosen]
    ordered = sorted(actors, key=_position)
    position = ordered.index(chosen)
    for step in (-1, 1):
        k = position
        while 0 <= k + step < len(ordered):
            a, b = (ordered[k + step], ordered[k]) if step == -1 else (ordered[k], ordered[k + step])
            gap = [t.lower for t in view.tokens[a[1] : b[0]]]
            one_word = a[1] > b[0]  # the parts of "russo-américain"
            joined = one_word or (
                any(w in joiners for w in gap) and all(w in joiners or w in lex.definite for w in gap)
            )
            if not joined or len(gap) > _MAX_GAP:
                break
            k += step
            group.append(ordered[k])
    return sorted(group, key=_position)


def _position(actor: Located) -> tuple[int, int]:
    """Where an actor stands: its first token, then its first character (the parts of "russo-américain")."""
    return actor[0], actor[2].start


def link_actors(
    view: SentenceView, lex: EventLexicon, first: int, last: int, *, undergone: bool = False, given: bool = False
) -> tuple[list[Mention], list[Mention]]:
    """(actors, recipients) for a trigger spanning tokens [first, last); ``undergone``: the event is done to someone
    (an attack, an arrest), so the subject of its passive is its recipient ("three soldiers were killed");
    ``given``: the trigger names what is given, so an agent noun that only qualifies it says what ("military aid",
    "Egypt military aid"), not who gives it; troops that are the aid are the giver's ("NATO peacekeeping troops")."""
    actors = view.of_kind("actor")
    clause_start, clause_end = view.clause(first)
    before = [a for a in actors if a[1] <= first and a[0] >= clause_start and first - a[1] <= _MAX_ACTOR_DISTANCE]
    # the trigger is the head of an actor phrase: "Palestinian suicide bombers" killed
    inside = (a for a in actors if a[0] < first < a[1] or (a[0] <= first and a[1] >= last))
    agent = next((a for a in inside if not (given and _qualifies_the_gift(a, first, last))), None)
    after = [a for a in actors if first <= a[0] < clause_end and a is not agent]  # inside the trigger's gap too
    if given:  # "military aid": what the trigger begins with says what is given, neither who gives nor who receives
        after = [a for a in after if not _qualifies_the_gift(a, first, last)]
    tokens = view.tokens
    nominal = _is_event_noun(view, lex, first)
    qualifier_follows = actor_lexicon(view.doc.lang or "en").nationality_follows_noun
    for candidate in [] if agent else after:
        if nominal and qualifier_follows and candidate[0] == last:
            agent = candidate  # the event noun's qualifier: "l'offensive russe", "las protestas estudiantiles"
            break
        gap = [t.lower for t in tokens[(last if candidate[0] >= last else first + 1) : candidate[0]]]
        by_after = gap and gap[0] in lex.agent_markers and len(gap) <= 3
        by_within = tokens[last - 1].lower in lex.agent_markers and len(gap) <= 2  # the trigger "interdit par"
        if candidate[0] >= last and (by_after or by_within):
            if _names_the_nouns_author(view, lex, first, last, before):
                continue  # "Berlin rejected calls by Belarus": Belarus made the calls, Berlin rejected them
            agent = candidate  # passive: "tués par la police", "killed by gunmen"
            break
        if nominal and gap and gap[0] in lex.of_markers and len(gap) <= 3 and not before:
            if _undergoer(view, candidate):
                break  # "la libération des otages français": the hostages undergo it
            agent = candidate  # event noun: "le retrait des troupes russes", "the deployment of NATO troops"
            break
    if agent is None:
        agent = (
            (None if given else _leading_agent(view, lex, first, last, after))
            or _distant_passive_agent(view, lex, first, last, after)
            or (_performer_of_noun(view, lex, last, after) if nominal else None)
        )
    mutual = None if agent else _mutual_pair(view, lex, (first, last), after, actors)
    if mutual:  # "enfrentamientos entre policías y delincuentes": both sides are actors (PLOVER, two-sided events)
        return [a[2] for a in mutual], []
    if nominal and _is_adjunct(view, lex, first):  # "X killed 4 Iraqis in an attack on Y": X did the attack
        before = [a for a in actors if a[1] <= first and a[0] >= clause_start][:1] or before
    elif not before:  # "Burmese troops have captured part of a stronghold after five days of fighting"
        before = _side_in_the_adjoined_clause(view, lex, first, last, actors)
    subject = _subject(view, lex, before)
    receiver = None
    verb = _giving_verb_before(view, lex, subject, first) if subject is not None else None
    if verb is not None:  # "The European Community gave the Ivory Coast … aid": the Ivory Coast receives it
        receiver, subject = subject, _subject(view, lex, [a for a in before if a[1] <= verb])
    if agent is None and not nominal and subject is not None:
        subject = shared_subject(view, lex, first, subject, actors) or subject
    recipients_pool = [
        a
        for a in after
        if a is not agent and not _is_location_slot(view, lex, a) and not _agent_of_a_passive(view, lex, last, a, after)
    ]
    if agent is not None:
        actor_group = _listed_with(view, lex, agent, actors)
        if agent[0] == first and agent[1] < last:  # the agent the trigger begins with: "Rebels attacked soldiers"
            recipient_group = _listed_with(view, lex, recipients_pool[0], actors) if recipients_pool else []
        else:
            recipient_group = _listed_with(view, lex, subject, actors) if subject and agent[0] >= last else []
    elif undergone and subject is not None and _undergoes(view, lex, subject, first, nominal=nominal):
        actor_group = []  # "three soldiers were killed": the subject undergoes the event, its agent is unnamed
        recipient_group = _listed_with(view, lex, subject, actors)
    else:
        actor_group = _listed_with(view, lex, subject, actors) if subject else []
        received = receiver or (recipients_pool[0] if recipients_pool else None)
        recipient_group = _listed_with(view, lex, received, actors) if received else []
    actor_group = _with_members(view, actor_group, actors)
    actor_ids = {id(a[2]) for a in actor_group}
    recipient_group = [r for r in _with_members(view, recipient_group, actors) if id(r[2]) not in actor_ids]
    return [a[2] for a in actor_group], [r[2] for r in recipient_group]


def _listed_with(view: SentenceView, lex: EventLexicon, chosen: Located, actors: list[Located]) -> list[Located]:
    """The chosen actor with those listed with it, but not a place that says where ("En el norte de España, los
    pescadores protestaron": Spain is no second protester)."""
    joinable = [a for a in actors if a is chosen or not _is_location_slot(view, lex, a)]
    return coordinated(view, chosen, joinable)


def named_by_their_protest(view: SentenceView, lex: EventLexicon, recipients: list[Mention]) -> bool:
    """Recipients that are all people named by their protest ("une manifestation pacifique, où environ 400 manifestants
    demandaient…"): the protest's own actors, found after its noun, not whom it targets — unless a preposition of
    the target stands before them ("a counter-protest against the strikers")."""
    words = actor_lexicon(view.doc.lang or "en").protesters
    located = [a for a in view.of_kind("actor") if any(a[2] is r for r in recipients)]
    if not words or not located or len(located) != len(recipients):
        return False
    heads = [_head(view, a) for a in located]
    return all({h.lower, h.lemma.lower()} & words for h in heads) and not any(_is_object(view, lex, a) for a in located)


def counted_crowd(view: SentenceView, lex: EventLexicon, first: int) -> Located | None:
    """A count of people that is the subject of the trigger at token ``first``: "Hundreds of thousands of people
    blocked streets", "des milliers de personnes ont manifesté", "Thousands protested" (the count with no noun of
    its own); only lowercase words (an auxiliary, an adverb, an elided pronoun) stand between them."""
    clause_start, _ = view.clause(first)
    before = [q for q in view.of_kind("quantity") if clause_start <= q[0] < first and q[2].value.category is None]
    if not before:
        return None
    count = max(before, key=lambda q: q[1])
    if count[1] > first:
        return count  # "Thousands protested": what it counts is the trigger
    head = view.tokens[count[1] - 1]
    gap = view.tokens[count[1] : first]
    if not {head.lower, head.lemma.lower()} & lex.people_nouns or len(gap) > _CROWD_TO_TRIGGER:
        return None
    return count if all(t.text.rstrip("'’").isalpha() and t.text.islower() for t in gap) else None  # "s'étaient"


def _agent_of_a_passive(
    view: SentenceView, lex: EventLexicon, last: int, actor: Located, actors: list[Located]
) -> bool:
    """An actor after "by" past a form of "be" after the trigger is the agent of another verb's passive, never the
    event's recipient ("las protestas estudiantiles eran reprimidas por agentes policiales"), nor is the actor that
    completes it ("fue muerta por guerrilleros de las FARC")."""
    tokens = view.tokens
    k = actor[0] - 1
    while k > last and (tokens[k].lower in lex.determiners or tokens[k].lower in lex.of_markers):
        head = next((a for a in actors if a[1] == k), None) if tokens[k].lower in lex.of_markers else None
        if head is not None:
            return _agent_of_a_passive(view, lex, last, head, actors)
        k -= 1
    if k <= last or tokens[k].lower not in lex.agent_markers:
        return False
    be = _forms_of_be(lex)
    return any(t.lower in be for t in tokens[last:k])


def _forms_of_be(lex: EventLexicon) -> frozenset[str]:
    """Every auxiliary, for a passive of a verb that is never conjugated with "be" in the active ("seraient mis en
    place par", "eran reprimidas por")."""
    return lex.passive_auxiliaries | lex.auxiliaries


def _undergoes(view: SentenceView, lex: EventLexicon, subject: Located, first: int, *, nominal: bool) -> bool:
    """The subject undergoes an event its passive verb names ("three soldiers were killed"), or one named by an
    event noun after such a verb ("were killed by a roadside bomb", "were wounded in an airstrike")."""
    if not nominal:
        return _is_passive(view, lex, first)
    endings = lex.participle_endings + lex.attributive_suffixes
    if not endings:
        return False
    return any(view.tokens[k].lower.endswith(endings) and _is_passive(view, lex, k) for k in range(subject[1], first))


def _is_passive(view: SentenceView, lex: EventLexicon, first: int) -> bool:
    """A participle after a form of "be", past one adverb: "were killed", "was reportedly arrested", "ont été tués";
    right after it, a participle of any form ("were set on fire", "was hit")."""
    word = view.tokens[first].lower
    endings = lex.participle_endings + lex.attributive_suffixes
    if lex.progressive_suffixes and word.endswith(lex.progressive_suffixes):
        return False  # "is suing"
    if first > view.first and view.tokens[first - 1].lower in lex.passive_auxiliaries:
        return bool(endings)
    if not endings or not word.endswith(endings):
        return False
    return _after_passive_auxiliary(view, lex, first)


def _names_the_nouns_author(
    view: SentenceView, lex: EventLexicon, first: int, last: int, before: list[Located]
) -> bool:
    """ "by X" after a trigger of several words that ends on a noun ("rejected recent calls by X", "dismissed an appeal
    by X") names who made what the noun says, not the event's agent: the verb is active, with a subject before it and
    no "be" before it ("troops were pulled out by the UN" is passive)."""
    if last - first < 2 or not before:
        return False
    return not _after_passive_auxiliary(view, lex, first)


def _after_passive_auxiliary(view: SentenceView, lex: EventLexicon, first: int) -> bool:
    """A form of "be" within the two words before the trigger ("were killed", "was reportedly arrested"), not
    followed by a progressive verb ("is investigating alleged crimes")."""
    tokens = view.tokens
    progressive = lex.progressive_suffixes
    return any(
        tokens[k].lower in lex.passive_auxiliaries
        and not (progressive and any(t.lower.endswith(progressive) for t in tokens[k + 1 : first]))
        for k in range(max(view.first, first - 2), first)
    )


def coordinator_before(
    view: SentenceView, lex: EventLexicon, first: int, floor: int, reach: int = _COORDINATED_GAP
) -> int | None:
    """The verb coordinator ("and") that the verb at ``first`` follows, past at most ``reach`` lowercase words that
    are no determiners (an auxiliary, an adverb: "and has also demanded"), not before token ``floor``."""
    tokens = view.tokens
    k = first - 1
    while k >= floor and tokens[k].lower not in lex.verb_coordinators:
        word = tokens[k].text
        if first - k > reach or not (word.isalpha() and word.islower()) or word in lex.determiners:
            return None
        k -= 1
    return k if k >= floor else None


def shared_subject(
    view: SentenceView, lex: EventLexicon, first: int, nearest: Located, actors: list[Located]
) -> Located | None:
    """The subject of the verb a trigger is coordinated with: "Russia has massed troops near the border and is
    demanding guarantees" — the trigger follows "and" past at most a few lowercase words (an auxiliary, an adverb),
    and the nearest actor before it stands before that "and", in the first verb's phrase. The subject is then the
    first actor that can be one in the stretch the two verbs share: from the clause's start, or from the last
    complementizer, reporting verb or relative marker ("officials said that …", "…, where protesters …")."""
    tokens = view.tokens
    k = coordinator_before(view, lex, first, nearest[1])
    if k is None:
        return None  # no "and" between the nearest actor and the trigger: that actor is the trigger's own subject
    clause_start, _ = view.clause(first)
    start = max(clause_start, first - _SHARED_SUBJECT_REACH)
    for i in range(start, k):
        if tokens[i].lower in lex.complementizers or tokens[i].lower in lex.relative_adverbs:
            start = i + 1
    for match in [*lex.report_verbs.find(tokens, start, k), *lex.relative_markers.find(tokens, start, k)]:
        start = max(start, match.last)
    shared = [
        a
        for a in actors
        if start <= a[0]
        and a[1] <= k
        and not _is_location_slot(view, lex, a)
        and not _is_complement(view, lex, a)
        and not _is_object(view, lex, a)
    ]
    return shared[0] if shared and shared[0] is not nearest else None


def _qualifies_the_gift(actor: Located, first: int, last: int) -> bool:
    """An agent noun that ends on the first word of a trigger of giving, which goes on past it: "military" in
    "(Egypt) military aid" says what is given; "Bangladeshi peacekeeping troops arrived" are the troops given."""
    return actor[1] - 1 == first and actor[1] < last


def _giving_verb_before(view: SentenceView, lex: EventLexicon, actor: Located, first: int) -> int | None:
    """The verb of giving whose first object the actor is ("gave the Ivory Coast", "sent Pakistan"), past its
    determiners, when the trigger at token ``first`` is what it gives ("… 5.1 million dollars of aid"), not a verb
    further on ("would give Moscow written answers …, and that both sides had agreed"): the verb's token index."""
    between = view.tokens[actor[1] : first]
    if len(between) > _GIFT_REACH or any(t.text == "," or t.lower in lex.complementizers for t in between):
        return None
    k = _past_determiners(view, lex, actor[0])
    return k if k >= view.first and view.tokens[k].lower in lex.giving_verbs else None


def _leading_agent(
    view: SentenceView, lex: EventLexicon, first: int, last: int, after: list[Located]
) -> Located | None:
    """An actor the trigger's words begin with, followed by a verb or a noun of the event, is its agent ("Rebels
    attacked", "protesters marched", "police brutality", "rebel attack"), unless events happen to such people
    ("hostage release"), the phrase is passive ("des policiers ont été déployés") or the next word links a complement
    ("víctima de", "desplazados por … combates")."""
    leading = next((a for a in after if a[0] == first and a[1] < last), None)
    if leading is None or _after_passive_auxiliary(view, lex, first):
        return None
    if _undergoer(view, leading):
        return None  # "hostage release", "otages … libérés"
    rest = {t.lower for t in view.tokens[leading[1] : last]}
    if view.tokens[leading[1]].lower in lex.function_words or rest & lex.passive_auxiliaries:
        return None
    return leading


def _undergoer(view: SentenceView, actor: Located) -> bool:
    """The actor's head noun names people events happen to: "hostages", "otages français" (not "preneurs d'otages")."""
    head = _head(view, actor)
    return bool({head.lower, head.lemma.lower()} & actor_lexicon(view.doc.lang or "en").undergoers)


def _head(view: SentenceView, actor: Located) -> Token:
    """An actor's head noun: its first word where qualifiers follow the noun ("manifestants afghans"), else its last
    ("Afghan protesters")."""
    lex = actor_lexicon(view.doc.lang or "en")
    return view.tokens[actor[0] if lex.nationality_follows_noun else actor[1] - 1]


def _distant_passive_agent(
    view: SentenceView, lex: EventLexicon, first: int, last: int, after: list[Located]
) -> Located | None:
    """The agent of a participle trigger named after its object or a date ("fue saqueada una tienda por jóvenes",
    "secuestradas el miércoles por un millar de indígenas"), or of a trigger just after a passive ("fueron muertas de
    varios impactos de arma de fuego, por miembros de un grupo armado"): the actor just after the first "by" of the
    clause, when no actor stands between the participle and it."""
    if not lex.participle_endings:
        return None
    if not view.tokens[last - 1].lower.endswith(lex.participle_endings) and not any(
        _passive_participle(view, lex, k) for k in range(max(view.first, first - _PARTICIPLE_TO_TRIGGER), first)
    ):
        return None
    _, clause_end = view.clause(last - 1)
    return _agent_after_by(view, lex, last, min(clause_end, last + _PASSIVE_REACH), after)


def _agent_after_by(
    view: SentenceView, lex: EventLexicon, start: int, stop: int, after: list[Located]
) -> Located | None:
    """The actor just after the first "by" in tokens [start, stop), when no actor stands before that "by"."""
    for k in range(start, stop):
        if any(a[0] <= k < a[1] for a in after):
            return None
        if view.tokens[k].lower in lex.agent_markers:
            return next((a for a in after if k < a[0] <= k + _AGENT_REACH), None)
    return None


def _performer_of_noun(view: SentenceView, lex: EventLexicon, last: int, after: list[Located]) -> Located | None:
    """The agent an event noun's passive verb of doing names: "the attack was carried out by Islamic State militants",
    "la grève, lancée par les syndicats", "la marcha, convocada por los sindicatos". The verb follows the noun (past
    a comma) or a form of "be" after it; its "by" comes within a few words, past a date and no actor."""
    if lex.performing_verbs is None:
        return None
    tokens = view.tokens
    end = min(view.last, last + _NOUN_TO_PASSIVE)
    be = _forms_of_be(lex)
    for verb in lex.performing_verbs.find(tokens, last, end):
        gap = [t.text for t in tokens[last : verb.first]]
        passive = any(t.lower in be for t in tokens[max(last, verb.first - 2) : verb.first])
        if passive or gap in ([], [","]):
            return _agent_after_by(view, lex, verb.last, min(view.last, verb.last + _PASSIVE_TO_BY), after)
    return None


def agents_of_counted_passive(view: SentenceView, lex: EventLexicon, last: int) -> list[Mention]:
    """The agent of the passive a count is the subject of, when no trigger names the event: "Una persona fue muerta
    de un impacto de fusil, por guerrilleros del ELN" (the count ends at token ``last``; its participle follows a
    form of "be")."""
    if not lex.participle_endings:
        return []
    _, clause_end = view.clause(last - 1)
    for k in range(last, min(clause_end, last + _COUNT_TO_PARTICIPLE)):
        if _passive_participle(view, lex, k):
            actors, _ = link_actors(view, lex, k, k + 1, undergone=True)
            return actors
    return []


def _passive_participle(view: SentenceView, lex: EventLexicon, k: int) -> bool:
    """Token k is a past participle after a form of "be": "fue muerta", "fueron secuestrados"."""
    return view.tokens[k].lower.endswith(lex.participle_endings) and _after_passive_auxiliary(view, lex, k)


def _mutual_pair(
    view: SentenceView, lex: EventLexicon, span: tuple[int, int], after: list[Located], actors: list[Located]
) -> list[Located] | None:
    """The two sides of "un tiroteo entre policías y delincuentes", when "between", in the trigger or right after it,
    is followed by a list of at least two actors."""
    first, last = span
    reach = range(first, min(last + 1, view.last))
    marker = next((k for k in reach if view.tokens[k].lower in lex.mutual_markers), None)
    if marker is None:
        return None
    side = next((a for a in after if marker < a[0] <= marker + 3), None)
    if side is None:
        return None
    group = coordinated(view, side, actors)
    if len(group) < 2:  # the first side has its own complement: "entre guerrilleros de las FARC y tropas del Ejército"
        other = next((a for a in after if side[1] < a[0] <= side[1] + _MUTUAL_REACH and _joined_before(view, a)), None)
        group = (
            sorted({id(a[2]): a for a in group + coordinated(view, other, actors)}.values(), key=lambda a: a[0])
            if other
            else group
        )
    return group if len(group) >= 2 else None


def _joined_before(view: SentenceView, actor: Located) -> bool:
    """A conjunction just before the actor, past its determiners ("… y las tropas")."""
    lex = actor_lexicon(view.doc.lang or "en")
    k = actor[0] - 1
    while k > view.first and view.tokens[k].lower in lex.definite:
        k -= 1
    return k >= view.first and view.tokens[k].lower in lex.list_words and view.tokens[k].text != ","


def _subject(view: SentenceView, lex: EventLexicon, before: list[Located]) -> Located | None:
    """The nearest actor before the trigger, passing over a place that says where, the complement of a noun ("the
    Turkish and Greek sides of Cyprus have agreed") and an apposition."""
    candidates = [
        a
        for a in before
        if not _is_location_slot(view, lex, a) and not _is_complement(view, lex, a) and not _is_object(view, lex, a)
    ]
    candidates = candidates or [a for a in before if not _is_location_slot(view, lex, a)]
    if not candidates:
        return None
    nearest = candidates[-1]
    for earlier in reversed(candidates[:-1]):
        if _in_apposition(view, earlier, nearest):
            return earlier
    return nearest


def _in_apposition(view: SentenceView, head: Located, inner: Located) -> bool:
    """ "Pakistan, a key U.S. ally in the war, has refused": ``inner`` sits in a comma-fenced phrase right after
    ``head`` (past the bracket that closes it: "l'Organisation du traité de sécurité collective (OTSC), alliance
    conduite par la Russie, a…") that does not list actors (a list would be "Pakistan, India and China")."""
    tokens = view.tokens
    comma = head[1]
    while comma < view.last and tokens[comma].text in _CLOSING_BRACKETS:
        comma += 1
    if comma >= view.last or tokens[comma].text != ",":
        return False
    words = [t.lower for t in tokens[comma + 1 : inner[0]]]
    closing = any(t.text == "," for t in tokens[inner[1] : view.last])
    return closing and bool(words) and not set(words) & actor_lexicon(view.doc.lang or "en").list_words


def _with_members(view: SentenceView, group: list[Located], actors: list[Located]) -> list[Located]:
    """A compound actor brings the members a cue lists after it ("le contingent … comprenait X, Y et Z"): the
    nearest collective (an agent or an organisation, not a person) before the cue owns them."""
    lex = actor_lexicon(view.doc.lang or "en")
    collective = [a for a in group if a[2].value.kind in {"agent", "organization"}]
    if not collective:
        return group
    members: list[Located] = []
    for cue in lex.members.find(view.tokens, view.first, view.last):
        owners = [a for a in actors if a[1] <= cue.first and a[2].value.kind in {"agent", "organization"}]
        following = [a for a in actors if cue.last <= a[0] <= cue.last + 3]
        if owners and following and owners[-1] in collective:
            members += coordinated(view, following[0], actors)
    known = {id(a[2]) for a in group}
    added = {id(m[2]): m for m in members if id(m[2]) not in known}
    return group + list(added.values())


def _is_event_noun(view: SentenceView, lex: EventLexicon, first: int) -> bool:
    """A determiner before the trigger, possibly past one adjective: "leur retrait", "the first deployment"."""
    return any(view.tokens[k].lower in lex.determiners for k in range(max(view.first, first - 2), first))


def _is_adjunct(view: SentenceView, lex: EventLexicon, first: int) -> bool:
    """An event noun in a prepositional phrase ("in an attack", "lors d'une attaque") adds to the clause's verb."""
    k = _past_determiners(view, lex, first)
    return k < first - 1 and view.tokens[k].lower in lex.location_prepositions


def _side_in_the_adjoined_clause(
    view: SentenceView, lex: EventLexicon, first: int, last: int, actors: list[Located]
) -> list[Located]:
    """The first actor of the clause a noun of two-sided fighting is an adjunct of, when a temporal preposition
    stands a few words before the noun with no actor between ("after five days of fighting", "tras cinco días de
    combates"): that clause is the one "after" ends, where "after" opens a clause of its own. Not after "après
    que", which opens a clause of the noun's own ("après que des manifestations eurent dégénéré")."""
    head = view.tokens[last - 1]
    if lex.temporal_prepositions is None or not {head.lower, head.lemma.lower()} & lex.fighting_nouns:
        return []
    start = max(view.first, first - _TEMPORAL_TO_NOUN)
    opening = [m for m in lex.temporal_prepositions.find(view.tokens, start, first) if m.last <= first]
    if not opening or any(opening[-1].last <= a[0] < first for a in actors):
        return []
    if view.tokens[opening[-1].last].lower in lex.complementizers:
        return []  # "après que …": a clause with a subject of its own
    k = opening[-1].first
    clause_start, _ = view.clause(k - 1 if k > view.first else k)
    return [a for a in actors if clause_start <= a[0] and a[1] <= k][:1]


def _is_complement(view: SentenceView, lex: EventLexicon, actor: Located) -> bool:
    """A country or nationality after of/de completes a noun ("the sides of Cyprus"), it is not the subject."""
    ref: ActorRef = actor[2].value
    return ref.kind in {"country", "demonym"} and _preposition_before(view, lex, actor[0]) in lex.of_markers


def _is_object(view: SentenceView, lex: EventLexicon, actor: Located) -> bool:
    """An actor after a preposition that never introduces a subject ("una protesta ante el gobierno español",
    "talks with Iran"), past its determiners."""
    k = _past_determiners(view, lex, actor[0])
    return k >= view.first and view.tokens[k].lower in lex.object_prepositions


def _past_determiners(view: SentenceView, lex: EventLexicon, i: int) -> int:
    """The token before token i past its determiners ("ante el", "gave the"), the sentence's first at most."""
    k = i - 1
    while k > view.first and view.tokens[k].lower in lex.determiners:
        k -= 1
    return k


def _is_location_slot(view: SentenceView, lex: EventLexicon, actor: Located) -> bool:
    """A country or capital after 'en', 'dans', 'from'… is where the event happens, not who undergoes it, as is one
    that completes a noun of place after such a word ("en el norte de España", "in the south of Lebanon")."""
    ref: ActorRef = actor[2].value
    if ref.kind not in {"country", "metonym"}:
        return False
    k = _preposition_index_before(view, lex, actor[0])
    if k is not None and view.tokens[k].lower in lex.of_markers:
        k = _preposition_index_before(view, lex, k)
    return k is not None and view.tokens[k].lower in lex.location_prepositions


def _preposition_before(view: SentenceView, lex: EventLexicon, i: int) -> str:
    """The preposition before token i, past up to three lowercase words ("in south Serbia", "of the divided
    island of Cyprus" finds the nearer "of"); "" when there is none."""
    k = _preposition_index_before(view, lex, i)
    return "" if k is None else view.tokens[k].lower


def _preposition_index_before(view: SentenceView, lex: EventLexicon, i: int) -> int | None:
    """Where the preposition ``_preposition_before`` reads stands."""
    prepositions = lex.of_markers | lex.location_prepositions
    for k in range(i - 1, max(view.first, i - 4) - 1, -1):
        word = view.tokens[k]
        if word.lower in prepositions:
            return k
        if not word.text[:1].islower():
            break
    return None
