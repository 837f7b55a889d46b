"""events: triggers of every PLOVER type in French and English, modality, aid, counts, dates and arguments."""

from __future__ import annotations

from datetime import date

import pytest

REF = date(2022, 1, 19)


def events(run, text: str, lang: str, published: date = REF):
    return run(text, lang=lang, published=published).events


def types(run, text: str, lang: str) -> set[str]:
    return {e.event for e in events(run, text, lang)}


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("fr", "Les deux pays ont signé un accord de coopération militaire mardi.", {"SUPPORT", "AGREE"}),
        ("fr", "Le ministre russe des Affaires étrangères s'est rendu à Pékin lundi.", {"CONSULT"}),
        ("fr", "Le président a salué le travail des forces de l'ordre.", {"SUPPORT"}),
        ("fr", "Le gouvernement kazakh a levé l'état d'urgence mercredi.", {"CONCEDE"}),
        ("fr", "La France a livré de l'aide humanitaire au Liban.", {"AID"}),
        ("fr", "Les troupes russes se sont retirées de la ville mercredi.", {"RETREAT"}),
        ("fr", "L'opposition a exigé la démission du Premier ministre.", {"REQUEST"}),
        ("fr", "Le gouvernement a accusé l'opposition de fomenter un coup d'État.", {"ACCUSE"}),
        ("fr", "Moscou a rejeté la proposition de négociation de Kiev.", {"REJECT"}),
        ("fr", "Le président a menacé de recourir à la force contre les manifestants.", {"THREATEN"}),
        ("fr", "Des milliers de manifestants ont défilé à Almaty contre la hausse des prix.", {"PROTEST"}),
        ("fr", "L'Union européenne a imposé de nouvelles sanctions à la Russie.", {"SANCTION", "COERCE"}),
        ("fr", "L'armée a déployé des milliers de soldats à la frontière.", {"MOBILIZE"}),
        ("fr", "La police a arrêté trois militants à Paris mardi.", {"COERCE"}),
        ("fr", "Des hommes armés ont attaqué un poste de police à Bamako.", {"ASSAULT"}),
        ("en", "The two countries signed a defence cooperation agreement on Tuesday.", {"SUPPORT", "AGREE"}),
        ("en", "The Russian foreign minister visited Beijing on Monday.", {"CONSULT"}),
        ("en", "Kazakhstan lifted the state of emergency on Wednesday.", {"CONCEDE"}),
        ("en", "Russian troops withdrew from the city on Wednesday.", {"RETREAT"}),
        ("en", "The opposition demanded the resignation of the prime minister.", {"REQUEST"}),
        ("en", "The government accused the opposition of plotting a coup.", {"ACCUSE"}),
        ("en", "Moscow rejected the proposal for talks.", {"REJECT"}),
        ("en", "Thousands of protesters marched in Almaty against fuel prices.", {"PROTEST"}),
        ("en", "The army deployed thousands of troops to the border.", {"MOBILIZE"}),
        ("en", "Police arrested three activists in Paris on Tuesday.", {"COERCE"}),
        ("en", "Gunmen attacked a police station in Bamako.", {"ASSAULT"}),
        ("fr", "Les deux armées ont mené des exercices militaires conjoints.", {"COOPERATE"}),
        ("fr", "Le gouvernement a accepté de négocier avec les rebelles.", {"AGREE"}),
        ("en", "The two armies held joint military exercises.", {"COOPERATE"}),
        ("en", "Iran agreed to resume talks.", {"AGREE"}),
        ("en", "The president praised the work of the security forces.", {"SUPPORT"}),
        ("en", "The United States sent humanitarian aid to Lebanon.", {"AID"}),
        ("en", "The president threatened to impose sanctions on Russia.", {"THREATEN"}),
        ("en", "The European Union imposed new sanctions on Russia.", {"SANCTION", "COERCE"}),
        ("fr", "Le journaliste est l'otage des rebelles depuis lundi.", {"ASSAULT"}),
        ("fr", "Trois véhicules de police ont été brûlés à Lyon dans la nuit.", {"ASSAULT"}),
        ("fr", "Le Mali a rappelé pour consultations son ambassadeur à Paris.", {"SANCTION"}),
        ("fr", "Le ministère a reconnu son erreur mardi.", {"CONCEDE"}),
        ("fr", "L'ancien président a trouvé refuge au Maroc.", {"AID"}),
        ("fr", "La ville a connu trois nuits de violences après la mort d'un jeune homme.", {"PROTEST"}),
        ("fr", "Le Conseil de sécurité a adopté une résolution qui ordonne un cessez-le-feu au Yémen.", {"REQUEST"}),
        ("fr", "Le Parlement a voté en faveur d'une trêve humanitaire.", {"REQUEST"}),
        ("fr", "Un gendarme a fait feu sur le véhicule à Nouméa.", {"ASSAULT"}),
        ("fr", "Pour l'ONG, cette condamnation des militants est inacceptable.", {"ACCUSE"}),
        ("fr", "Les ravisseurs ont laissé partir les deux otages mardi.", {"RETREAT"}),
        ("fr", "L'armée traque les jihadistes dans le massif de l'Adrar.", {"MOBILIZE"}),
        ("fr", "Les jihadistes ont pris des otages dans un hôtel de Bamako.", {"ASSAULT"}),
        ("fr", "Facebook et WhatsApp ont été bloqués mardi dans tout le pays.", {"COERCE"}),
        ("fr", "Le ministre a ordonné sur les réseaux sociaux à l'armée de traquer les rebelles.", {"MOBILIZE"}),
        ("fr", "L'opposition sénégalaise demande des mesures d'urgence contre la vie chère.", {"REQUEST"}),
        (
            "fr",
            "L'opposition prétend que des miliciens armés proches du pouvoir ont attaqué ses bureaux.",
            {"ACCUSE"},
        ),
    ],
)
def test_events_type_from_triggers(run, lang: str, text: str, expected: set[str]) -> None:
    found = types(run, text, lang)
    assert found & expected, f"{text!r}: {found}"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Le Paris Saint-Germain a battu l'Olympique lyonnais 3 à 0 dimanche."),
        ("fr", "Nadal se retire du tournoi de Roland-Garros à cause d'une blessure au poignet."),
        ("fr", "Le chanteur est mort à 69 ans des suites d'une longue maladie."),
        ("fr", "La sonde a lancé son attaque finale vers la comète, selon les chercheurs."),
        ("en", "Manchester United beat Liverpool 2-1 on Sunday."),
        ("en", "The striker scored twice and fired the winning shot as Arsenal beat Chelsea."),
        ("en", "The singer died at 69 after a long illness."),
    ],
)
def test_events_none_in_sport_culture_science(run, lang: str, text: str) -> None:
    assert events(run, text, lang) == []


def test_events_every_plover_type_has_a_test_sentence_in_each_language() -> None:
    from eventwire.plover import EVENT_TYPES

    table = test_events_type_from_triggers.pytestmark[0].args[1]
    for lang in ("fr", "en"):
        covered = set().union(*(expected for code, _text, expected in table if code == lang))
        assert covered >= set(EVENT_TYPES), (lang, set(EVENT_TYPES) - covered)


def test_events_negated_and_future_events(run) -> None:
    assert types(run, "La police n'a pas arrêté les manifestants.", "fr") == set()
    assert types(run, "Police did not arrest the protesters.", "en") == set()
    # PLOVER: an announced withdrawal is a CONCEDE, not a RETREAT
    assert "CONCEDE" in types(run, "Les troupes russes vont se retirer du Kazakhstan.", "fr")
    assert "RETREAT" not in types(run, "Russian troops will withdraw from Kazakhstan.", "en")


def test_events_modal_cues_written_inflected_match_only_that_form(run) -> None:
    """ "pourrait" is a conditional cue, but the noun "le pouvoir" (its lemma) is none; "va" is a future cue, but
    "ils sont allés" is past."""
    text = "Après des semaines de crise, le président a quitté le pouvoir et l'armée a arrêté ses opposants."
    assert {"RETREAT", "COERCE"} <= types(run, text, "fr")
    assert "ASSAULT" in types(run, "Les soldats sont allés attaquer la ville.", "fr")
    assert "ASSAULT" not in types(run, "Les soldats pourraient attaquer la ville.", "fr")


def test_events_all_modalities_keeps_them_marked(pipeline) -> None:
    from eventwire.model import Article
    from eventwire.pipeline import default_pipeline

    doc = default_pipeline(all_modalities=True).process(
        Article("n", "La police n'a pas arrêté les manifestants.", lang="fr", published=REF)
    )
    assert [e.modality for e in doc.events] == ["negated"]


def test_events_deployment_at_invitation_is_aid_and_request(run) -> None:
    found = events(
        run,
        "Le contingent, dépêché le 6 janvier à l'invitation du président Tokaïev, comptait 2.030 troupes russes.",
        "fr",
    )
    by_type = {e.event: e for e in found}
    assert {"AID", "REQUEST"} <= set(by_type)
    assert by_type["AID"].size.troops == 2030
    assert by_type["AID"].date == date(2022, 1, 6) and by_type["REQUEST"].date == date(2022, 1, 6)


def test_events_counts_make_and_size_events(run) -> None:
    found = events(
        run, "Le bilan officiel est de 225 morts et les autorités ont fait état de 12.000 arrestations.", "fr"
    )
    by_type = {e.event: e for e in found}
    assert by_type["ASSAULT"].size.dead == 225
    assert by_type["COERCE"].size.arrested == 12000 and by_type["COERCE"].mode == "arrest"
    assert events(run, "Trois personnes sont mortes dans un accident de la route.", "fr") == []


def test_events_arguments_linked(run) -> None:
    (event,) = [
        e for e in events(run, "Les forces armées russes ont achevé mercredi leur retrait du Kazakhstan.", "fr")
    ]
    assert event.event == "RETREAT" and event.mode == "withdraw"
    assert [(a.country, a.sector) for a in event.actor] == [("RUS", "MIL")]
    assert event.location.country == "KAZ" and event.date == REF and event.date_precision == "day"
    assert event.evidence[0].spans["trigger"]


def test_events_attribution(run) -> None:
    (event,) = [
        e for e in events(run, "Selon les agences russes, les troupes russes ont quitté le Kazakhstan mercredi.", "fr")
    ]
    assert event.attribution.stance == "reported" and "agences russes" in event.attribution.text
    accusation = [e for e in events(run, "Les autorités ont imputé les violences à des terroristes.", "fr")]
    assert accusation[0].event == "ACCUSE" and accusation[0].attribution.stance == "claimed"


def test_events_crosswalks(run) -> None:
    (event,) = events(run, "Police arrested 40 protesters in Almaty on Tuesday.", "en")
    assert (event.event, event.mode, event.quad_code, event.cameo_root) == ("COERCE", "arrest", 4, "17")
    assert event.acled_sub_event_type == "Arrests" and event.intensity == -7.0


def test_events_one_per_happening(run) -> None:
    text = (
        "Les forces russes ont quitté le Kazakhstan\n\n"
        "Les forces armées russes ont achevé mercredi leur retrait du Kazakhstan. "
        "Le retrait des forces russes a été salué par Minsk."
    )
    retreats = [e for e in events(run, text, "fr") if e.event == "RETREAT"]
    assert len(retreats) == 1
    assert retreats[0].date == REF and len(retreats[0].evidence) >= 2


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # the content of a promise, a demand, a refusal or a threat is not a happening of its own
        ("en", "Jordan and Britain have agreed to undertake joint military exercises.", [("AGREE", None)]),
        ("en", "The opposition urged the government to release the prisoners.", [("REQUEST", "yield")]),
        ("en", "The rebels refused to lay down their arms.", [("REJECT", "yield")]),
        ("fr", "L'opposition a exigé la libération des prisonniers politiques.", [("REQUEST", "yield")]),
        # PLOVER: an announced or agreed withdrawal is a CONCEDE; a refused cooperation a REJECT
        ("en", "Syria says it is willing to withdraw its troops from Lebanon.", [("CONCEDE", None)]),
        ("en", "The rebels said they would not meet the government delegation.", [("REJECT", "meet")]),
        # ending a coercion is a concession
        ("en", "Rebels announced a suspension of attacks against government forces.", [("CONCEDE", None)]),
    ],
)
def test_events_subordinate_events_and_plover_recoding(run, lang: str, text: str, expected: list) -> None:
    found = [(e.event, e.mode) for e in events(run, text, lang)]
    assert found == expected, found


def test_events_forces_arriving_home_withdraw_and_abroad_deploy(run) -> None:
    home = events(run, "Les forces russes, le 14 janvier 2022, à leur arrivée à Ivanovo (Russie).", "fr")
    assert [(e.event, e.mode, e.date) for e in home] == [("RETREAT", "withdraw", date(2022, 1, 14))]
    abroad = events(run, "Russian troops arrived in Almaty on Thursday.", "en")
    assert [(e.event, e.location.country) for e in abroad] == [("MOBILIZE", "KAZ")]


def test_events_a_quote_lends_its_source_to_the_claim_before_it(run) -> None:
    text = (
        "Les forces russes ont achevé mercredi leur retrait du Kazakhstan. "
        '"La mission est terminée", a déclaré le général Andreï Serdioukov.'
    )
    (event,) = events(run, text, "fr")
    assert event.attribution.stance == "reported" and "Serdioukov" in event.attribution.text


def test_events_a_reporting_verb_covers_its_complement_only(run) -> None:
    found = {
        e.event: e
        for e in events(run, "Le bilan est de 225 morts et les autorités ont fait état de 12.000 arrestations.", "fr")
    }
    assert found["COERCE"].attribution.text == "autorités"
    assert "autorités" not in (found["ASSAULT"].attribution.text or "")


@pytest.mark.parametrize(
    ("text", "source", "recipients"),
    [
        ("Gunmen killed five villagers near Maiduguri, police said on Sunday.", "police", ["villagers"]),
        ("Protesters stormed the town hall in Almaty, a police spokesman said.", "police", []),
        ("Rebels attacked soldiers near Goma, the army said.", "army", ["soldiers"]),
    ],
)
def test_events_a_speaker_after_a_comma_reports_the_sentence_and_undergoes_nothing(
    run, text: str, source: str, recipients: list[str]
) -> None:
    (event,) = events(run, text, "en")
    assert event.attribution.stance == "reported" and event.attribution.text == source
    assert [r.text for r in event.recipient] == recipients


@pytest.mark.parametrize(
    ("text", "recipients"),
    [
        ("Police and army officials said five people were killed in the attack on Monday.", []),
        ("The ministry said two soldiers were wounded.", ["soldiers"]),
    ],
)
def test_events_a_speaker_before_a_passive_undergoes_nothing(run, text: str, recipients: list[str]) -> None:
    (event,) = events(run, text, "en")
    assert event.actor == [] and [r.text for r in event.recipient] == recipients


def test_events_a_place_after_by_is_the_agent_not_the_location(run) -> None:
    text = (
        "Les troupes de l'OTSC ont achevé leur retrait du Kazakhstan\n"
        "ALMATY, 19 janvier 2022 — Les forces de l'OTSC, alliance militaire conduite par la Russie, ont terminé "
        "mercredi leur retrait, moins de deux semaines après leur arrivée dans ce pays secoué par des émeutes."
    )
    found = run(text, lang="fr", published=REF).events
    assert [e.location.country for e in found if e.location] == ["KAZ"]  # not Russia, the alliance's leader
    assert "PROTEST" not in {e.event for e in found}  # the riots are the background of the withdrawal


def test_events_an_obligation_of_another_is_a_demand(run) -> None:
    """ "X must do Y" is a REQUEST about Y, which has not happened; a guess with "must" is no event."""
    found = [(e.event, e.mode) for e in run("The minister said the rebels must free the hostages.", lang="en").events]
    assert found == [("REQUEST", "yield")]
    assert run("Police said the suspect must have fled.", lang="en").events == []
    [demand] = run("Russia said on Tuesday that Sudan must release the prisoners.", lang="en").events
    assert (demand.event, [a.country for a in demand.actor], [r.country for r in demand.recipient]) == (
        "REQUEST",
        ["RUS"],
        ["SDN"],
    )


def test_events_a_protest_announced_for_later_is_a_threat(run) -> None:
    found = {e.event for e in run("The opposition said it will boycott the elections.", lang="en").events}
    assert "THREATEN" in found and "PROTEST" not in found


def test_events_a_french_synthetic_future_is_an_announcement(run) -> None:
    # modality.yaml future_endings: the infinitive plus an ending; a verb of continuing says it goes on already.
    found = {(e.event, e.mode) for e in run("Les syndicats manifesteront jeudi contre la réforme.", lang="fr").events}
    assert found == {("THREATEN", "relations")}
    assert {e.event for e in run("Le gouvernement retirera ses troupes.", lang="fr").events} == {"CONCEDE"}
    assert {e.event for e in run("Les manifestations continueront jusqu'à dimanche.", lang="fr").events} == {"PROTEST"}


def test_events_a_threat_covers_all_it_announces(run) -> None:
    text = (
        "La présidence française a prévenu que toute attaque contre ses ressortissants, ses diplomates, son armée "
        "ou ses emprises entraînerait une riposte immédiate."
    )
    assert {e.event for e in run(text, lang="fr").events} == {"THREATEN"}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "Irlanda protestó ante el gobierno español y calificó de inaceptable la conducta de los pescadores."),
        ("fr", "L'Irlande, dans une plainte auprès du gouvernement espagnol, a condamné la conduite des pêcheurs."),
    ],
)
def test_events_an_actor_after_an_object_preposition_is_not_the_subject(run, lang: str, text: str) -> None:
    accused = [e for e in events(run, text, lang) if e.event == "ACCUSE"]
    assert accused and [a.country for a in accused[0].actor] == ["IRL"]


def test_events_a_conflict_action_announced_for_a_condition_is_a_threat(run) -> None:
    """PLOVER THREATEN (CAMEO 13): "may impose sanctions if…" announces a sanction as the price of a condition."""
    found = run("The European Union may impose sanctions on Belarus if the crackdown continues.", lang="en").events
    assert [(e.event, e.mode) for e in found] == [("THREATEN", "restrict")]
    unconditional = run("The army attacked the town on Monday, even if the talks continued.", lang="en").events
    assert [e.event for e in unconditional] == ["ASSAULT"]


def test_events_overlapping_triggers_of_two_types_keep_the_governing_verb(run) -> None:
    """ "accepted demands from the rebels": the concession governs the demand it accepts; of one type, the longer
    phrase stays ("amenazado de muerte", a threat of violence, over "fue amenazado")."""
    text = "The government accepted demands from the rebels that it hold new elections."
    assert [e.event for e in run(text, lang="en").events] == ["CONCEDE"]
    threat = run("El periodista fue amenazado de muerte por el grupo armado.", lang="es").events
    assert [(e.event, e.mode) for e in threat] == [("THREATEN", "violence")]


def test_events_a_new_subject_after_a_comma_is_not_a_coordinated_complement(run) -> None:
    """ "…on the cessation of hostilities, the two governments agreed…": the agreement is the sentence's own event,
    not a second complement of the memorandum."""
    text = (
        "With the signing of a memorandum of understanding on the cessation of hostilities, the two governments "
        "agreed to hold talks in Geneva."
    )
    assert [e.event for e in run(text, lang="en").events] == ["AGREE"]


def test_events_a_participle_qualifying_a_noun_refers_to_a_happening_reported_elsewhere(run) -> None:
    reported = "Lundi, l'armée a libéré trois otages à Gao.\n\nLes otages libérés ont été conduits à Bamako."
    assert [e.event for e in events(run, reported, "fr")].count("RETREAT") == 1
    alone = "Les otages libérés ont été conduits à Bamako."
    assert [e.event for e in events(run, alone, "fr")] == ["RETREAT"]


def test_events_a_participle_after_an_auxiliary_reports_a_happening(run) -> None:
    from eventwire.eventlex import event_lexicon
    from eventwire.references import qualifies_a_noun
    from eventwire.sentence_view import sentence_views

    lex = event_lexicon("fr")
    for text, trigger, expected in (
        ("Les otages libérés sont arrivés.", "libérés", True),
        ("Les jeunes manifestants arrêtés ont été relâchés.", "arrêtés", True),
        ("Les otages ont été libérés.", "libérés", False),
        ("L'armée a finalement libéré les otages.", "libéré", False),
        ("Une insurrection armée a éclaté.", "insurrection armée", False),  # a phrase of the lexicon
    ):
        view = sentence_views(run(text, lang="fr"), lex)[0]
        words = trigger.split()
        first = next(i for i in range(view.first, view.last) if view.tokens[i].text == words[0])
        assert qualifies_a_noun(view, lex, first, first + len(words)) is expected, text


def test_events_a_concessive_if_states_a_fact_a_hypothetical_one_does_not(run) -> None:
    fact = "Si la police a arrêté trois militants lundi à Dakar, leur chef court toujours."
    assert "COERCE" in types(run, fact, "fr")
    hypothesis = "Si la police arrête les militants à Dakar, la grève continuera."
    assert "COERCE" not in types(run, hypothesis, "fr")


def test_events_a_past_aim_is_not_a_happening(run) -> None:
    assert "ASSAULT" not in types(run, "L'armée a affirmé avoir voulu frapper un dépôt d'armes des rebelles.", "fr")
    assert "ASSAULT" in types(run, "L'armée a frappé un dépôt d'armes des rebelles.", "fr")


def test_events_places_listed_after_by_are_agents_not_the_location(run) -> None:
    text = (
        "La guerre continue en Libye. "
        "Le Conseil a voté une résolution proposée par la France et le Niger qui ordonne une trêve."
    )
    demands = [e for e in events(run, text, "fr") if e.event == "REQUEST"]
    assert demands and all(e.location.country == "LBY" for e in demands)  # the article's focus, not an agent


def test_events_refusing_to_do_something_is_a_rejection_only_of_an_event(run) -> None:
    assert "REJECT" in types(run, "Le gouvernement malien a refusé de retirer ses troupes de Kidal.", "fr")
    assert "REJECT" not in types(run, "Le gouvernement malien a refusé d'ouvrir les musées le dimanche.", "fr")


def test_events_a_stance_described_is_no_support_a_stance_declared_is(run) -> None:
    described = "La candidate favorable à l'indépendance a remporté l'élection présidentielle au Sénégal."
    assert "SUPPORT" not in types(run, described, "fr")
    declared = "Le président sénégalais s'est déclaré favorable à l'accord de paix."
    assert "SUPPORT" in types(run, declared, "fr")


def test_events_an_imagined_consequence_or_a_hedge_is_no_happening(run) -> None:
    imagined = "Une victoire à Gao permettrait aux rebelles d'évacuer leurs troupes de Kidal."
    assert "RETREAT" not in types(run, imagined, "fr")
    hedge = "Il semble que la police ait arrêté trois militants à Dakar."
    assert "COERCE" not in types(run, hedge, "fr")


def test_events_without_a_place_happen_where_the_paragraph_last_placed_one(run) -> None:
    text = (
        "Vendredi, des milliers de manifestants ont défilé à Lyon. Deux voitures de police ont été brûlées.\n\n"
        "Le gouvernement a imposé un couvre-feu."
    )
    found = {e.event: e.location for e in events(run, text, "fr")}
    assert found["ASSAULT"].text == "Lyon"
    assert found["COERCE"] is None or found["COERCE"].text != "Lyon"  # a new paragraph starts afresh


def test_events_a_lasting_state_referred_to_is_no_new_happening(run) -> None:
    referred = "Cette attaque met en danger la très fragile trêve entre les deux pays."
    assert "RETREAT" not in types(run, referred, "fr")
    reported = "Une trêve est entrée en vigueur mardi entre le Mali et les rebelles."
    assert "RETREAT" in types(run, reported, "fr")
    dated = "Cette attaque met en danger la trêve conclue mardi entre le Mali et les rebelles."
    assert "RETREAT" in types(run, dated, "fr")


def test_events_a_place_named_after_a_place_noun_is_where_it_happened(run) -> None:
    text = "Des hommes armés ont attaqué lundi un poste de police dans la ville de Gao."
    attacks = [e for e in events(run, text, "fr") if e.event == "ASSAULT"]
    assert attacks and attacks[0].location.text == "Gao"


def test_events_the_subject_of_a_passive_verb_undergoes_it(run) -> None:
    """ "ont été tués" without an agent: the subject is the victim (recipient), not the attacker; troops that
    "ont été déployés" are still the mobilising side."""
    [attack] = run("Mardi, trois soldats maliens ont été tués près de Gao.", lang="fr", published=REF).events
    assert (attack.event, [a.country for a in attack.actor], [r.country for r in attack.recipient]) == (
        "ASSAULT",
        [],
        ["MLI"],
    )
    [arrest] = run("Deux militants russes ont été arrêtés mardi à Moscou.", lang="fr", published=REF).events
    assert (arrest.event, arrest.actor, [r.country for r in arrest.recipient]) == ("COERCE", [], ["RUS"])
    [deployment] = run("Des soldats français ont été déployés mardi au Mali.", lang="fr", published=REF).events
    assert (deployment.event, [a.country for a in deployment.actor]) == ("MOBILIZE", ["FRA"])


def test_events_taking_news_of_hostages_is_no_hostage_taking(run) -> None:
    assert types(run, "Le ministre a pris des nouvelles des otages mardi.", "fr") == set()


def test_events_a_statement_that_another_side_attacked_alleges_it(run) -> None:
    """A speaker saying another side attacked accuses it (ACCUSE/allege, the act absorbed); saying its own side
    did, or naming no author, reports the act."""
    said = "Le gouvernement syrien a déclaré mardi que les rebelles ont pris des otages."
    [allegation] = run(said, lang="fr", published=REF).events
    assert (allegation.event, allegation.mode) == ("ACCUSE", "allege")
    assert [(r.country, r.sector) for r in allegation.recipient] == [("SYR", "REB")]
    own = "L'armée malienne a affirmé mardi que ses soldats avaient attaqué un camp jihadiste."
    assert types(run, own, "fr") == {"ASSAULT"}
    unnamed = "Le chef de la police a déclaré mardi que six policiers ont été tués."
    assert types(run, unnamed, "fr") == {"ASSAULT"}


def test_events_unless_phrases_are_matched_whole(run) -> None:
    """A word of the other sense ("poteau") blocks a trigger; an unless phrase blocks only where all its words
    stand in order, not on its first word alone."""
    from eventwire.lexical import make_token, phrase_within, phrase_words, split_rules, token_spans

    assert types(run, "Le joueur a tiré sur le poteau dimanche.", "fr") == set()
    text = "un tir au but en fin de match"
    tokens = [make_token(text, a, b, "fr") for a, b in token_spans(text, 0, len(text), split_rules("fr"))]

    def within(phrase: str) -> bool:
        return phrase_within(tokens, 0, len(tokens), phrase_words(phrase, "fr"))

    assert within("tir au but")
    assert within("tir … match") is False  # further apart than a gap lets words pass
    assert within("tir … but")
    assert not within("but au tir")


def test_events_a_gap_may_cross_a_relative_clause() -> None:
    """A "…" gap passes at most three words, or a whole relative clause that opens there, not past punctuation."""
    from eventwire.lexical import make_token, phrase_within, phrase_words, split_rules, token_spans

    def within(text: str, phrase: str) -> bool:
        tokens = [make_token(text, a, b, "fr") for a, b in token_spans(text, 0, len(text), split_rules("fr"))]
        return phrase_within(tokens, 0, len(tokens), phrase_words(phrase, "fr"), "fr")

    relative = "la trêve qui avait permis depuis lundi à des milliers de civils de partir a été suspendue"
    assert within(relative, "trêve … suspendue")
    assert not within("la trêve signée depuis lundi par les deux camps a été suspendue", "trêve … suspendue")
    assert not within("la trêve qui tenait depuis lundi, selon l'ONU, a été suspendue", "trêve … suspendue")


def test_events_a_gap_may_cross_a_coordinated_noun_phrase() -> None:
    """Past a coordinator and its determiner a gap may run three words more ("des armes et des otages"); a coordinated
    verb ("et ont libéré") is another clause."""
    from eventwire.lexical import make_token, phrase_within, phrase_words, split_rules, token_spans

    def within(text: str, phrase: str) -> bool:
        tokens = [make_token(text, a, b, "fr") for a, b in token_spans(text, 0, len(text), split_rules("fr"))]
        return phrase_within(tokens, 0, len(tokens), phrase_words(phrase, "fr"), "fr")

    assert within("ils ont pris des vivres en grande quantité et des otages", "prendre … otages") is False
    assert within("ils ont pris des vivres et des otages", "prendre … otages")
    assert within("ils ont refusé la proposition et ont libéré les otages", "refuser … libérer") is False


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("La trêve qui permettait l'évacuation des blessés de la ville a été suspendue jeudi par l'armée.", {"REJECT"}),
        ("Les rebelles ont annoncé jeudi qu'ils mettaient fin au cessez-le-feu avec l'armée.", {"REJECT"}),
        ("Le cessez-le-feu entre l'armée et les rebelles est respecté depuis jeudi.", {"RETREAT"}),
    ],
)
def test_events_suspending_a_truce_declines_to_de_escalate(run, text: str, expected: set[str]) -> None:
    """Suspending or ending a truce is REJECT/yield (CAMEO 1246), not the truce itself."""
    found = events(run, text, "fr")
    assert {e.event for e in found} == expected
    if expected == {"REJECT"}:
        assert all(e.mode == "yield" for e in found)


def test_events_armed_groups_agreeing_to_release_concede(run) -> None:
    """Agreeing to let captives go is a concession (PLOVER CONCEDE) whoever agrees, not only the state's side."""
    assert types(run, "Les ravisseurs ont accepté de libérer les deux journalistes mardi.", "fr") == {"CONCEDE"}
    assert types(run, "Le club a accepté de libérer le joueur de son contrat.", "fr") == set()


def test_events_the_toll_of_a_whole_war_is_no_attack(run) -> None:
    """A war's toll over its years describes the war (cues.yaml war_toll); a killing in it is still an attack."""
    assert types(run, "La guerre civile, qui a fait plus de 300 000 morts depuis 2011, continue.", "fr") == set()
    assert types(run, "Un conflit qui a déjà tué environ 300 000 personnes.", "fr") == set()
    assert types(run, "Dans ce conflit, l'armée a tué cinq rebelles mardi.", "fr") == {"ASSAULT"}
    assert types(run, "Au moins douze morts mardi dans une attaque à Gao.", "fr") == {"ASSAULT"}


def test_events_a_platform_blocking_an_account_is_no_censorship(run) -> None:
    assert types(run, "Twitter a bloqué mardi le compte du président.", "fr") == set()


def test_events_security_forces_closing_access_restrict_movement(run) -> None:
    """Closing the way to a place is a restriction; closing access to a site or a network stays censorship."""
    closing = "Mardi, des véhicules de l'armée bloquent les accès aux ministères."
    [closed] = run(closing, lang="fr", published=REF).events
    assert (closed.event, closed.mode) == ("COERCE", "restrict")
    [blocked] = run("Les autorités ont bloqué l'accès à Wikipédia mardi.", lang="fr", published=REF).events
    assert (blocked.event, blocked.mode) == ("COERCE", "censor")


@pytest.mark.parametrize(
    ("lang", "text", "event", "actor"),
    [
        ("en", "Turkey moved tanks near the Syrian soldiers and has also demanded a buffer zone.", "REQUEST", "TUR"),
        ("fr", "Le Mali a fermé sa frontière avec les soldats burkinabè et a exigé leur départ.", "REQUEST", "MLI"),
        (
            "es",
            "Venezuela reunió tropas cerca de la frontera con los soldados colombianos y exigió garantías.",
            "REQUEST",
            "VEN",
        ),
    ],
)
def test_events_a_verb_coordinated_without_its_own_subject_shares_the_first_verbs(
    run, lang: str, text: str, event: str, actor: str
) -> None:
    """ "X moved tanks near Y's soldiers and demanded…": the demand is X's, not that of the first verb's object."""
    found = [e for e in events(run, text, lang) if e.event == event]
    assert found and [a.country for a in found[0].actor] == [actor]


def test_events_a_coordinated_verb_after_a_relative_adverb_keeps_the_relative_clauses_subject(run) -> None:
    text = (
        "La foule a marché vers l'ambassade française, où des manifestants ont forcé l'entrée et mis le feu au portail."
    )
    attacks = [e for e in events(run, text, "fr") if e.event == "ASSAULT"]
    assert attacks and [a.sector for a in attacks[0].actor] == ["CVL"]


def test_events_by_after_an_active_verbs_noun_names_the_nouns_author(run) -> None:
    """ "Canada rejected repeated demands by Mexico": Mexico made the demands, Canada is the one who rejects."""
    rejected = [e for e in events(run, "Canada rejected repeated demands by Mexico on Tuesday.", "en")]
    assert [(e.event, [a.country for a in e.actor], [r.country for r in e.recipient]) for e in rejected] == [
        ("REJECT", ["CAN"], ["MEX"])
    ]
    passive = [e for e in events(run, "The Canadian troops were pulled out by Mexico on Tuesday.", "en")]
    assert passive and [a.country for a in passive[0].actor] == ["MEX"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Canada warned that any Mexican attack on the border would be met with a firm response."),
        ("fr", "Le Canada a prévenu que toute attaque des soldats mexicains entraînerait une riposte."),
    ],
)
def test_events_the_one_who_warns_threatens_the_would_be_attacker(run, lang: str, text: str) -> None:
    threats = [e for e in events(run, text, lang) if e.event == "THREATEN"]
    assert threats and [a.country for a in threats[0].actor] == ["CAN"]
    assert [r.country for r in threats[0].recipient] == ["MEX"]


def test_events_a_one_sided_event_without_a_named_recipient_is_undergone_by_the_country_it_happens_in(run) -> None:
    """PLOVER codes the target country: "Serbia lifted the curfew in Montenegro" is undergone by Montenegro; the
    place of a clash between two countries' forces only says where."""
    text = "Serbia lifted the night curfew in Montenegro on Sunday.\n\nRussian and Turkish troops clashed in Syria."
    found = {e.event: [r.country for r in e.recipient] for e in events(run, text, "en")}
    assert found == {"CONCEDE": ["MNE"], "ASSAULT": []}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Three Canadian soldiers were killed near the border on Monday."),
        ("fr", "Trois soldats canadiens ont été tués lundi près de la frontière."),
        ("en", "Three Canadian soldiers were killed by a roadside bomb near the border."),
        ("en", "Three Canadian soldiers were wounded in an airstrike near the border."),
        ("fr", "Trois soldats canadiens ont été blessés dans une embuscade près de la frontière."),
        ("en", "The Canadian embassy was set on fire on Monday."),
    ],
)
def test_events_the_subject_of_a_passive_attack_is_its_victim(run, lang: str, text: str) -> None:
    attacks = [e for e in events(run, text, lang) if e.event == "ASSAULT"]
    assert attacks and not attacks[0].actor and [r.country for r in attacks[0].recipient] == ["CAN"]


@pytest.mark.parametrize(
    ("lang", "text", "actor", "recipient"),
    [
        ("en", "Rebels attacked soldiers near the border.", "Rebels", "soldiers"),
        ("en", "Police brutality against protesters continued.", "Police", "protesters"),
        ("en", "Soldiers surrendered to the rebels.", "Soldiers", "rebels"),
    ],
)
def test_events_an_actor_the_trigger_begins_with_is_its_agent(
    run, lang: str, text: str, actor: str, recipient: str
) -> None:
    """ "rebel attack" also matches "Rebels attacked": the actor inside the trigger's words does the event."""
    found = events(run, text, lang)
    assert found and [a.text for a in found[0].actor] == [actor]
    assert [r.text for r in found[0].recipient] == [recipient]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The hostage release took place on Monday."),
        ("fr", "Les otages ont été libérés lundi."),
    ],
)
def test_events_people_events_happen_to_stay_recipients_of_a_trigger_they_begin(run, lang: str, text: str) -> None:
    found = events(run, text, lang)
    assert found and not found[0].actor and found[0].recipient


def test_events_the_subject_of_an_adjectival_passive_still_acts(run) -> None:
    """ "Mexico is opposed to…", "is committed to": a participle after "be" that does not undergo an attack."""
    refusals = [e for e in events(run, "Mexico is opposed to Canadian mediation in the talks.", "en")]
    assert refusals and [a.country for a in refusals[0].actor] == ["MEX"]


def test_events_a_country_named_after_the_trigger_is_the_recipient_before_the_meetings_city(run) -> None:
    text = "Réunis en sommet à Dakar, les dirigeants de l'Union africaine ont imposé des sanctions au Mali."
    sanctions = [e for e in events(run, text, "fr") if e.event == "SANCTION"]
    assert sanctions and [r.country for r in sanctions[0].recipient] == ["MLI"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Russian Foreign Minister Sergei Lavrov spoke in Moscow on Monday. He warned that Russia would strike."),
        (
            "fr",
            "Le ministre russe des Affaires étrangères Sergueï Lavrov a parlé lundi. Il a menacé de frapper l'Ukraine.",
        ),
    ],
)
def test_events_a_subject_pronoun_is_the_person_named_before(run, lang: str, text: str) -> None:
    threats = [e for e in events(run, text, lang) if e.event == "THREATEN"]
    assert threats and [(a.country, a.sector) for a in threats[0].actor] == [("RUS", "GOV")]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The Russian government spoke in Moscow on Monday. He warned that Russia would strike."),  # no person
        ("fr", "Sergueï Lavrov a parlé lundi. Il faut frapper l'Ukraine, selon des députés."),  # impersonal
    ],
)
def test_events_a_pronoun_that_follows_no_person_is_no_actor(run, lang: str, text: str) -> None:
    assert all(not e.actor for e in events(run, text, lang) if e.event in {"THREATEN", "ASSAULT"})


@pytest.mark.parametrize(
    "text",
    [
        "Lavrov repeated that the talks had failed in Geneva and said Ukrainian troops shelled Donetsk on Monday.",
        "The minister met Blinken in Geneva and said Ukrainian troops shelled Donetsk on Monday.",
    ],
)
def test_events_a_reporting_verb_after_and_shares_the_subject_of_the_verb_before(run, text: str) -> None:
    speaker = text.split()[1] if text.startswith("The") else text.split()[0]
    shelling = [e for e in events(run, text, "en") if e.event == "ASSAULT"]
    assert shelling and shelling[0].attribution.text == speaker


def test_events_a_report_of_its_own_lends_no_source_to_the_sentence_before(run) -> None:
    text = "Russian troops shelled Kharkiv on Monday. Lavrov repeated that Russia had no plans to attack Ukraine."
    shelling = [e for e in events(run, text, "en") if e.event == "ASSAULT"]
    assert shelling and shelling[0].attribution.stance == "asserted"
    quoted = 'Russian troops shelled Kharkiv on Monday. "We will go on," Lavrov said.'
    assert [e.attribution.text for e in events(run, quoted, "en") if e.event == "ASSAULT"] == ["Lavrov"]


def test_events_that_after_a_prepositional_phrase_opens_the_content_of_the_verb_before(run) -> None:
    """ "after the meeting" recalls the meeting; what follows "that" is what was told, and it is the happening."""
    told = "Blinken told reporters after the meeting that both sides had agreed to a ceasefire."
    assert types(run, told, "en") == {"AGREE"}
    relative = "Police arrested two men in Kabul after the attack that killed six people."
    assert "COERCE" in types(run, relative, "en")


def test_events_an_agent_marker_inside_the_trigger_still_names_the_agent(run) -> None:
    """The trigger "interdit par" ends with the agent marker: what follows is who banned, not who is banned."""
    bans = [e for e in events(run, "Le référendum a été interdit par le gouvernement espagnol.", "fr")]
    assert [(a.country, a.sector) for e in bans for a in e.actor] == [("ESP", "GOV")]
    assert not [r for e in bans for r in e.recipient]


def test_events_an_unless_word_inside_an_organisation_name_does_not_block(run) -> None:
    """ "Organisation du traité de sécurité collective" names an alliance; it is no treaty left."""
    otsc = "Les forces de l'Organisation du traité de sécurité collective ont terminé mercredi leur retrait du Mali."
    assert "RETREAT" in types(run, otsc, "fr")
    assert "RETREAT" not in types(run, "La Russie a annoncé son retrait du traité sur les forces nucléaires.", "fr")


@pytest.mark.parametrize(
    ("lang", "withdrawal", "leaving"),
    [
        (
            "en",
            "NATO troops completed their withdrawal from Afghanistan.",
            "Russia announced its withdrawal from NATO.",
        ),
        (
            "fr",
            "Les troupes de l'OTAN ont achevé leur retrait d'Afghanistan.",
            "Le président a annoncé le retrait de l'OTAN.",
        ),
        (
            "es",
            "Las tropas de la OTAN completaron su retirada de Afganistán.",
            "El país anunció su retirada del tratado.",
        ),
    ],
)
def test_events_an_alliance_withdrawing_is_a_retreat_leaving_one_is_not(run, lang: str, withdrawal: str, leaving: str):
    assert "RETREAT" in types(run, withdrawal, lang)
    assert "RETREAT" not in types(run, leaving, lang)


@pytest.mark.parametrize(
    ("lang", "text", "kind"),
    [
        (
            "fr",
            "Les soldats de la Communauté économique des États de l'Afrique de l'Ouest (CEDEAO), force conduite par le "
            "Nigeria, ont achevé mercredi leur retrait de Gambie.",
            "RETREAT",
        ),
        (
            "en",
            "The North Atlantic Treaty Organization (NATO), an alliance led by the United States, condemned the "
            "missile test on Tuesday.",
            "ACCUSE",
        ),
    ],
)
def test_events_an_apposition_after_an_acronym_in_brackets_is_not_the_subject(
    run, lang: str, text: str, kind: str
) -> None:
    """The apposition fenced by commas still counts when the name closes with its acronym in brackets: the force
    led by Nigeria, the alliance led by the United States, are not the subject."""
    event = next(e for e in events(run, text, lang) if e.event == kind)
    assert [a.country for a in event.actor] == ["IGO"]


@pytest.mark.parametrize(
    ("text", "actors", "recipients"),
    [
        # The subject of a passive accusation is the accused.
        ("The rebels were blamed for the attack on the convoy.", [], ["rebels"]),
        ("The opposition was accused of planning a coup.", [], ["opposition"]),
        # A verb in -ing after "is" is progressive: its subject does it.
        ("A Saudi businessman is suing the United States for damages.", ["Saudi businessman"], ["United States"]),
    ],
)
def test_events_passive_accusations_and_progressives(run, text: str, actors: list, recipients: list) -> None:
    (event,) = [e for e in events(run, text, "en") if e.event == "ACCUSE"]
    assert ([a.text for a in event.actor], [r.text for r in event.recipient]) == (actors, recipients)


@pytest.mark.parametrize(
    ("lang", "text", "kind", "actor"),
    [
        ("en", "The attack was carried out by Islamic State militants.", "ASSAULT", "Islamic State militants"),
        ("en", "The protest was organised by trade unions in Paris.", "PROTEST", "trade unions"),
        ("fr", "L'attaque menée par des jihadistes a fait douze morts.", "ASSAULT", "jihadistes"),
        ("fr", "La loi martiale a été mise en place par l'armée vendredi.", "COERCE", "armée"),
        ("es", "El ataque fue perpetrado por guerrilleros del ELN.", "ASSAULT", "guerrilleros"),
        ("es", "La protesta, protagonizada por estudiantes, terminó en disturbios.", "PROTEST", "estudiantes"),
    ],
)
def test_events_a_verb_of_doing_after_an_event_noun_names_its_agent(
    run, lang: str, text: str, kind: str, actor: str
) -> None:
    """ "The attack was carried out by X": X did the attack, it did not undergo it."""
    event = next(e for e in events(run, text, lang) if e.event == kind)
    assert [a.text for a in event.actor] == [actor]
    assert actor not in [r.text for r in event.recipient]


def test_events_a_verb_of_reacting_after_an_event_noun_names_no_agent(run) -> None:
    text = "Une attaque dirigée contre une base tenue par l'armée a fait deux morts."
    (event,) = [e for e in events(run, text, "fr") if e.event == "ASSAULT"]
    assert not event.actor


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "L'attentat a visé une manifestation pacifique, où environ 400 manifestants demandaient un procès."),
        ("fr", "L'attentat a visé une manifestation pacifique, où des manifestants afghans demandaient un procès."),
        ("en", "A rally was held in Kabul, where hundreds of protesters demanded the release of prisoners."),
        ("es", "Hubo una manifestación pacífica, donde unos 400 manifestantes exigían la destitución del jefe."),
    ],
)
def test_events_protesters_after_a_protest_noun_are_its_actors(run, lang: str, text: str) -> None:
    (protest,) = [e for e in events(run, text, lang) if e.event == "PROTEST"]
    assert [a.sector for a in protest.actor] == ["CVL"]
    assert all(r.sector != "CVL" for r in protest.recipient)


@pytest.mark.parametrize(
    ("lang", "text", "crowd", "country"),
    [
        ("en", "Tens of thousands of people blocked streets in Hong Kong.", "Tens of thousands of people", "HKG"),
        ("en", "Thousands protested in Seoul on Saturday.", "Thousands", "KOR"),
        ("fr", "Des milliers de personnes ont manifesté à Séoul samedi.", "Des milliers de personnes", "KOR"),
        ("fr", "Des milliers de personnes s'étaient rassemblées à Séoul.", "Des milliers de personnes", "KOR"),
        ("es", "Miles de personas protestaron en Seúl el sábado.", "Miles de personas", "KOR"),
    ],
)
def test_events_a_counted_crowd_that_protests_is_its_civilian_actor(
    run, lang: str, text: str, crowd: str, country: str
) -> None:
    (protest,) = events(run, text, lang)
    assert protest.event == "PROTEST"
    assert [(a.text, a.country, a.sector) for a in protest.actor] == [(crowd, country, "CVL")]


@pytest.mark.parametrize(
    ("lang", "text", "crowd", "country"),
    [
        ("fr", "Des manifestations monstres ont eu lieu samedi à Séoul.", "manifestations monstres", "KOR"),
        ("en", "Riots broke out in Lagos on Monday.", "Riots", "NGA"),
        ("es", "Hubo protestas en Caracas el lunes.", "protestas", "VEN"),
    ],
)
def test_events_a_demonstration_that_names_no_one_is_its_crowd_of_civilians(
    run, lang: str, text: str, crowd: str, country: str
) -> None:
    """ACLED's "Protesters (country)": the protest names its crowd, of the country it happens in."""
    (protest,) = events(run, text, lang)
    assert [(a.text, a.country, a.sector) for a in protest.actor] == [(crowd, country, "CVL")]


def test_events_a_strike_that_names_no_one_has_no_actor(run) -> None:
    (strike,) = events(run, "Une grève générale a paralysé Lagos lundi.", "fr")
    assert (strike.event, strike.mode, strike.actor) == ("PROTEST", "strike", [])


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "En el norte de España, los pescadores protestaron contra la pesca ilegal."),
        ("en", "In the south of Lebanon, people protested against the government."),
        ("fr", "Dans le sud du Liban, les habitants ont protesté contre le gouvernement."),
    ],
)
def test_events_a_country_completing_a_noun_of_place_is_where_not_who(run, lang: str, text: str) -> None:
    """The country after "the north of" says where, like one after "in": it is no subject, and a protest it
    would voice does not become a state's accusation."""
    (protest,) = events(run, text, lang)
    assert protest.event == "PROTEST"
    assert all(a.sector for a in protest.actor)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Des affrontements israélo-palestiniens ont fait trois morts."),
        ("en", "Israeli-Palestinian clashes left three dead."),
    ],
)
def test_events_both_sides_a_compound_nationality_names_take_part(run, lang: str, text: str) -> None:
    (clash,) = events(run, text, lang)
    assert [a.country for a in clash.actor] == ["ISR", "PSE"]


@pytest.mark.parametrize(
    "text",
    [
        "The European Union on Monday gave Ukraine 500 million euros in aid.",
        "The European Union gave the Ukraine 500 million euros of aid.",
    ],
)
def test_events_the_first_object_of_a_verb_of_giving_receives(run, text: str) -> None:
    (aid,) = events(run, text, "en")
    assert ([a.country for a in aid.actor], [r.country for r in aid.recipient]) == (["EUR"], ["UKR"])


@pytest.mark.parametrize(
    "text", ["The United States granted military aid to Egypt.", "The United States granted Egypt military aid."]
)
def test_events_a_noun_that_says_what_is_given_is_no_giver(run, text: str) -> None:
    (aid,) = events(run, text, "en")
    assert [(a.text, a.sector) for a in aid.actor] == [("United States", None)]
    assert [r.country for r in aid.recipient] == ["EGY"]


def test_events_troops_that_are_the_aid_are_the_givers(run) -> None:
    (aid,) = events(run, "Bangladeshi peacekeeping troops arrived in Sierra Leone on Tuesday.", "en")
    assert [(a.country, a.sector) for a in aid.actor] == [("BGD", "MIL")]


@pytest.mark.parametrize(
    ("lang", "text", "destination"),
    [
        ("en", "Russia deployed 3,000 troops to Kazakhstan on Thursday.", "KAZ"),
        ("fr", "La Russie a envoyé des troupes au Kazakhstan jeudi.", "KAZ"),
        ("es", "Rusia envió tropas a Kazajistán el jueves.", "KAZ"),
    ],
)
def test_events_a_deployment_happens_where_it_goes_and_its_troops_are_the_senders(
    run, lang: str, text: str, destination: str
) -> None:
    (deployment,) = events(run, text, lang)
    assert deployment.event == "MOBILIZE"
    assert deployment.location.country == destination
    assert [r.country for r in deployment.recipient] == [destination]  # the country, not the troops sent there
    assert [a.country for a in deployment.actor] == ["RUS"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Russia withdrew its troops from Kazakhstan on Thursday."),
        ("fr", "La Russie a retiré ses troupes du Kazakhstan jeudi."),
        ("es", "Rusia retiró sus tropas de Kazajistán el jueves."),
    ],
)
def test_events_a_withdrawal_happens_where_the_force_leaves(run, lang: str, text: str) -> None:
    (withdrawal,) = events(run, text, lang)
    assert (withdrawal.event, withdrawal.location.country) == ("RETREAT", "KAZ")


def test_events_aid_to_an_armed_body_is_received_by_it(run) -> None:
    (aid,) = events(run, "The United States sent aid to the Ukrainian police.", "en")
    assert [(r.country, r.sector) for r in aid.recipient] == [("UKR", "COP")]


@pytest.mark.parametrize(
    ("lang", "text", "actor"),
    [
        ("en", "Burmese troops captured part of a rebel stronghold after five days of fighting.", "Burmese troops"),
        ("fr", "Les troupes maliennes ont repris la ville après cinq jours de combats.", "troupes maliennes"),
        ("es", "Las tropas colombianas retomaron la aldea tras cinco días de combates.", "tropas colombianas"),
    ],
)
def test_events_an_event_noun_after_a_temporal_preposition_is_done_by_the_clauses_subject(
    run, lang: str, text: str, actor: str
) -> None:
    fights = [e for e in events(run, text, lang) if e.event == "ASSAULT"]
    assert fights and [a.text for a in fights[0].actor] == [actor]


@pytest.mark.parametrize(
    ("lang", "text", "not_actor"),
    [
        ("en", "Police arrested ten men after an attack on a police station.", "Police"),  # one-sided: anyone's
        ("en", "The troops were sent after protests against fuel prices turned into riots.", "troops"),
        ("fr", "Les soldats ont été déployés après que des manifestations eurent dégénéré.", "soldats"),
    ],
)
def test_events_only_two_sided_fighting_after_after_is_the_clauses_subjects(
    run, lang: str, text: str, not_actor: str
) -> None:
    adjoined = [e for e in events(run, text, lang) if e.event in {"ASSAULT", "PROTEST"}]
    assert all(not_actor not in [a.text for a in e.actor] for e in adjoined)


def test_events_a_clause_after_after_keeps_its_own_subject(run) -> None:
    text = "Protesters dispersed after police fired tear gas in the capital."
    fired = [e for e in events(run, text, "en") if e.event == "ASSAULT"]
    assert fired and [a.text for a in fired[0].actor] == ["police"]


def test_events_protesters_a_protest_is_against_stay_its_target(run) -> None:
    (protest,) = [e for e in events(run, "Thousands joined a counter-protest against the strikers.", "en")]
    assert [r.text for r in protest.recipient] == ["strikers"]


@pytest.mark.parametrize(
    ("lang", "text", "kind", "actors", "source"),
    [
        # a source set off by a comma reports the event, it does not do it
        ("fr", "Selon l'officier de police, l'attaque aurait été perpétrée par trois hommes.", "ASSAULT", [], "police"),
        ("en", "According to local officials, gunmen killed five villagers.", "ASSAULT", ["gunmen"], "officials"),
        # the subject after the source, and after a comma alone, is no part of it
        ("fr", "Selon les agences russes et kazakhes, les troupes ont quitté Gao.", "RETREAT", ["troupes"], "kazakhes"),
        ("en", "According to reports the UK has demanded the release of the crew.", "REQUEST", ["UK"], "reports"),
    ],
)
def test_events_a_source_is_not_the_actor_and_the_subject_is_not_the_source(
    run, lang: str, text: str, kind: str, actors: list[str], source: str
) -> None:
    event = next(e for e in events(run, text, lang) if e.event == kind)
    assert [a.text for a in event.actor] == actors
    assert event.attribution.text.endswith(source)


def test_events_a_speaker_after_an_aside_source_is_a_source_of_its_own(run) -> None:
    text = "« Les troupes russes se sont retirées », a déclaré, selon les agences russes, le général Andreï Serdioukov."
    (event,) = [e for e in events(run, text, "fr") if e.event == "RETREAT"]
    assert event.attribution.text == "selon les agences russes, général Andreï Serdioukov"


@pytest.mark.parametrize(
    ("lang", "text", "kind", "actors", "recipients"),
    [
        # a qualifier after an event noun names its agent
        ("fr", "Les manifestations étudiantes ont été réprimées par la police.", "PROTEST", ["étudiantes"], []),
        ("es", "Las protestas estudiantiles eran reprimidas por agentes policiales.", "PROTEST", ["estudiantiles"], []),
        ("fr", "La grève ouvrière a paralysé le pays.", "PROTEST", ["ouvrière"], []),
        # hostages undergo their release, after "of" too
        ("fr", "La libération des otages français a eu lieu hier.", "RETREAT", [], ["otages français"]),
        ("en", "The release of the hostages was announced on Monday.", "RETREAT", [], ["hostages"]),
    ],
)
def test_events_what_qualifies_an_event_noun_and_what_a_passive_after_it_names(
    run, lang: str, text: str, kind: str, actors: list[str], recipients: list[str]
) -> None:
    event = next(e for e in events(run, text, lang) if e.event == kind)
    assert ([a.text for a in event.actor], [r.text for r in event.recipient]) == (actors, recipients)
