"""Spanish end to end: a sentence per PLOVER type, modes, counts, attribution, modality, and quiet non-news text."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.knowledge import supported_languages
from eventwire.lexical import phrase_within, phrase_words, same_word
from eventwire.model import Article, Token
from eventwire.pipeline import Pipeline, default_pipeline

pytestmark = pytest.mark.skipif(
    "es" not in supported_languages(), reason="Spanish is not supported yet (src/eventwire/lang/es/triggers.yaml)"
)

REF = date(2022, 1, 19)


def events(run, text: str):
    return run(text, lang="es", published=REF).events


def coded(run, text: str) -> set[tuple[str, str | None]]:
    return {(e.event, e.mode) for e in events(run, text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Los dos países firmaron el martes un tratado de paz.", ("SUPPORT", None)),
        ("El gobierno aceptó negociar con los rebeldes.", ("AGREE", None)),
        ("El ministro ruso de Asuntos Exteriores visitó Pekín el lunes.", ("CONSULT", "visit")),
        ("Los cancilleres de Rusia y Ucrania se reunieron en Ginebra.", ("CONSULT", None)),
        ("El presidente elogió el trabajo de las fuerzas de seguridad.", ("SUPPORT", None)),
        ("El gobierno kazajo levantó el estado de emergencia el miércoles.", ("CONCEDE", None)),
        ("El gobierno levantó el toque de queda en la capital.", ("CONCEDE", None)),
        ("Los reclusos amotinados regresaron a sus celdas tras dos días de motín.", ("CONCEDE", None)),
        ("Los mineros volvieron al trabajo después de un mes de huelga.", ("CONCEDE", None)),
        ("Los agricultores decidieron suspender las protestas hasta el lunes.", ("CONCEDE", None)),
        ("Rusia anunció la retirada de sus tropas de Kazajistán.", ("CONCEDE", None)),
        ("Los dos ejércitos realizaron ejercicios militares conjuntos.", ("COOPERATE", None)),
        ("Estados Unidos envió ayuda humanitaria al Líbano.", ("AID", None)),
        ("Las tropas rusas se retiraron de la ciudad el miércoles.", ("RETREAT", "withdraw")),
        ("Los rebeldes liberaron a los rehenes el domingo.", ("RETREAT", "release")),
        ("El presidente peruano dimitió el miércoles.", ("RETREAT", "resign")),
        ("La oposición exigió la dimisión del primer ministro.", ("REQUEST", "change")),
        ("Los rebeldes pidieron ayuda a la comunidad internacional.", ("REQUEST", "assist")),
        ("El gobierno acusó a la oposición de preparar un golpe de Estado.", ("ACCUSE", "allege")),
        ("La fiscalía abrió una investigación por corrupción contra el alcalde.", ("ACCUSE", "investigate")),
        ("Moscú rechazó la propuesta de negociación de Kiev.", ("REJECT", "meet")),
        ("El presidente se negó a dimitir.", ("REJECT", "change")),
        ("El presidente amenazó con usar la fuerza contra los manifestantes.", ("THREATEN", "violence")),
        ("Miles de manifestantes marcharon en Almaty contra la subida de los precios.", ("PROTEST", "demo")),
        ("Los sindicatos convocaron una huelga general contra la reforma laboral.", ("PROTEST", "strike")),
        ("Los camioneros bloquearon las carreteras del norte del país.", ("PROTEST", "obstruct")),
        ("Decenas de presos se amotinaron en la cárcel de Guayaquil.", ("PROTEST", "riot")),
        ("La Unión Europea impuso nuevas sanciones a Rusia.", ("SANCTION", "discontinue")),
        ("Venezuela rompió relaciones diplomáticas con Colombia.", ("SANCTION", "withdraw")),
        ("El gobierno expulsó a dos diplomáticos rusos.", ("SANCTION", "expel")),
        ("El tribunal condenó al exministro a 20 años de prisión.", ("SANCTION", "convict")),
        ("El ejército desplegó miles de soldados en la frontera.", ("MOBILIZE", "troops")),
        ("La policía detuvo a tres activistas en Madrid el martes.", ("COERCE", "arrest")),
        ("El gobierno decretó el toque de queda en la capital.", ("COERCE", "curfew")),
        ("El gobierno cortó el acceso a internet en todo el país.", ("COERCE", "withhold")),
        ("Hombres armados atacaron un puesto de policía en Bamako.", ("ASSAULT", None)),
        ("La guerrilla secuestró a dos ingenieros de una petrolera.", ("ASSAULT", "abduct")),
        ("Paramilitares ejecutaron a dos campesinos en la vereda El Diamante.", ("ASSAULT", "targeted")),
        ("La aviación bombardeó posiciones rebeldes cerca de Alepo.", ("ASSAULT", "aerial")),
        ("Un dron atacó un convoy militar en el norte del país.", ("ASSAULT", "drone")),
    ],
)
def test_spanish_sentence_is_coded_with_its_type_and_mode(run, text: str, expected: tuple[str, str | None]) -> None:
    assert expected in coded(run, text)


@pytest.mark.parametrize(
    "text",
    [
        # a light verb and its event noun: "llevar a cabo un ataque", a reflexive: "se retiraron"
        "Los yihadistas llevaron a cabo un ataque contra una base del ejército.",
        # passive voice with its agent
        "Dos campesinos fueron asesinados por paramilitares en Antioquia.",
        # an attack told by its casualties only: the counts make the event (actor unnamed, FORMAT.md)
        "Hombres armados mataron a dos soldados en el norte del país.",
    ],
)
def test_spanish_assault_in_other_constructions(run, text: str) -> None:
    assert "ASSAULT" in {e.event for e in events(run, text)}


def test_spanish_a_place_line_in_capitals_gives_the_event_and_its_actors_a_country(run) -> None:
    found = events(run, "Paramilitares ejecutaron a dos personas, ANTIOQUIA, PUEBLORRICO")
    assault = next(e for e in found if e.event == "ASSAULT")
    assert (assault.location.country, assault.location.admin1) == ("COL", "CO.02")
    assert [(a.country, a.sector) for a in assault.actor] == [("COL", "PRM")]


def test_spanish_counts_attach_to_their_events(run) -> None:
    blast = events(run, "Un atentado con coche bomba dejó 225 muertos y 40 heridos en Kabul.")
    assault = next(e for e in blast if e.event == "ASSAULT")
    assert (assault.mode, assault.size.dead, assault.size.injured) == ("explosives", 225, 40)
    arrests = events(run, "Unas 12.000 personas fueron detenidas durante las protestas.")
    assert next(e for e in arrests if e.event == "COERCE").size.arrested == 12000
    deployment = events(run, "La OTSC desplegó 2.030 efectivos en Kazajistán a petición del presidente.")
    assert {e.event for e in deployment} >= {"AID", "REQUEST"}
    assert next(e for e in deployment if e.event == "AID").size.troops == 2030
    clash = events(run, "Tres policías resultaron heridos en los enfrentamientos con los manifestantes.")
    assert [(e.event, e.size.injured) for e in clash] == [("PROTEST", 3)]


def test_spanish_attribution_and_stance(run) -> None:
    reported = events(run, "Según la agencia EFE, la policía detuvo a doce personas.")
    arrest = next(e for e in reported if e.event == "COERCE")
    assert arrest.attribution.stance == "reported" and "EFE" in arrest.attribution.text
    claimed = events(run, "Las autoridades acusaron a los terroristas del ataque, sin aportar pruebas.")
    assert {e.attribution.stance for e in claimed} == {"claimed"}
    denied = events(run, "El gobierno negó haber bombardeado el hospital.")
    assert [(e.event, e.attribution.stance) for e in denied] == [("ASSAULT", "denied")]


@pytest.fixture(scope="module")
def all_modalities() -> Pipeline:
    return default_pipeline(all_modalities=True)


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("Los rebeldes no atacaron la ciudad.", "negated"),
        ("El ejército podría atacar la ciudad.", "conditional"),
        ("Si los rebeldes atacan la ciudad, el gobierno responderá.", "hypothetical"),
    ],
)
def test_spanish_events_that_did_not_happen_are_not_emitted(
    run, all_modalities: Pipeline, text: str, modality: str
) -> None:
    assert not [e for e in events(run, text) if e.event == "ASSAULT"]
    doc = all_modalities.process(Article(id="m", text=text, lang="es", published=REF))
    assert [(e.event, e.modality) for e in doc.events if e.event == "ASSAULT"] == [("ASSAULT", modality)]


def test_spanish_threats_and_announcements_are_coded_as_plover_says(run) -> None:
    assert ("THREATEN", "arrest") in coded(run, "El gobierno amenazó con detener a los líderes de la oposición.")
    assert ("THREATEN", "violence") in coded(run, "Los rebeldes amenazaron con atacar la capital.")
    # An attack announced for the future is a threat (modality.recode), as in French and English.
    assert ("THREATEN", "violence") in coded(run, "El ejército va a atacar la ciudad.")
    assert ("CONCEDE", None) in coded(run, "La guerrilla del ELN decretó un cese al fuego unilateral.")


@pytest.mark.parametrize(
    "text",
    [
        "Los maestros marcharán el viernes contra la reforma educativa.",
        "MINEROS PROTESTARAN EL LUNES EN LA PAZ",
        "Los camioneros realizarán una huelga de dos días la próxima semana.",
    ],
)
def test_spanish_protests_in_the_synthetic_future_are_threats(run, text: str) -> None:
    # The future is the verb's ending (tense.py); a headline in capitals has lost the accent of "protestarán".
    found = coded(run, text)
    assert "THREATEN" in {event for event, _ in found}
    assert "PROTEST" not in {event for event, _ in found}


def test_spanish_arson_beside_road_blocks_is_a_riot(run) -> None:
    # Burning a bus while blocking streets is the violence of a protest, not a one-sided attack.
    found = {event for event, _ in coded(run, "Los vecinos del barrio bloquearon la avenida e incendiaron un autobús.")}
    assert "PROTEST" in found
    assert "ASSAULT" not in found


def test_spanish_past_subjunctive_and_ongoing_protests_are_not_future(run) -> None:
    # Lowercase "protestaran" is the past subjunctive; "continuarán" says the protest goes on.
    assert "PROTEST" in {e for e, _ in coded(run, "Los campesinos protestaron en la plaza para que los atendieran.")}
    assert "PROTEST" in {e for e, _ in coded(run, "Los estudiantes dijeron que las protestas continuarán.")}


#: Sport, culture and science news written for this test: words such as "atacó", "disparo", "expulsó", "se retiró",
#: "firmó", "lanzó un cohete", "explosión" live there in their other senses.
QUIET_ARTICLES = (
    "El Real Madrid derrotó al Barcelona por dos goles a uno en el Santiago Bernabéu. El delantero francés atacó "
    "por la banda izquierda y su disparo cruzado sorprendió al portero. El árbitro expulsó a un defensa en el minuto "
    "70 y sancionó un penalti que el capitán lanzó al poste.",
    "El tenista español se retiró del torneo de Roland Garros por una lesión en el tobillo. Su entrenador confirmó "
    "que volverá a las pistas la próxima temporada.",
    "El club anunció el fichaje del centrocampista uruguayo, que firmó un contrato por cuatro temporadas. El jugador "
    "manifestó su alegría y agradeció el apoyo de la afición.",
    "La banda chilena lanzó su nuevo álbum el viernes y anunció una gira por España y México. La crítica elogió la "
    "producción y el público agotó las entradas del primer concierto.",
    "El Museo del Prado inaugura una exposición dedicada a Goya que reúne más de cien obras, entre ellas los "
    "fusilamientos del 3 de mayo.",
    "Científicos de la Universidad de Barcelona descubrieron que el virus ataca las células del sistema inmunitario. "
    "El estudio abre la puerta a nuevos tratamientos contra el cáncer.",
    "La NASA lanzó con éxito un cohete con un telescopio que observará la formación de estrellas. Un equipo de "
    "astrónomos detectó además la explosión de una supernova en una galaxia cercana.",
    "El ciclista colombiano atacó en la última subida y se llevó la etapa reina. El líder de la clasificación "
    "general resistió el ataque y conservó el maillot amarillo.",
)


def test_spanish_sport_culture_and_science_yield_no_events(run) -> None:
    found = [(e.event, e.evidence[0].text) for text in QUIET_ARTICLES for e in events(run, text)]
    assert found == []


@pytest.mark.parametrize(
    "text",
    [
        "LA POLICIA ANUNCIO LA DETENCION DE TRES SOSPECHOSOS",
        "La policia anuncio la detencion de tres sospechosos.",
    ],
)
def test_spanish_words_written_without_their_accents_are_still_found(run, text: str) -> None:
    assert ("COERCE", "arrest") in coded(run, text)


def test_spanish_a_short_word_without_its_accent_is_another_word() -> None:
    assert not same_word(Token(0, 4, "esta", "esta", "este"), ("está", "estar"))
    assert same_word(Token(0, 9, "detencion", "detencion", "detencion"), ("detención", "detención"))


def test_spanish_passive_agent_after_the_object_or_a_date_is_the_actor(run) -> None:
    # "por" is far from the participle (event_actors._distant_passive_agent): past the object or a date.
    looted = [e for e in events(run, "Durante la noche fue saqueada una farmacia por jóvenes encapuchados.")]
    assert any([a.text for a in e.actor] == ["jóvenes"] for e in looted)
    kidnapped = [e for e in events(run, "Tres técnicos fueron secuestrados el lunes por un grupo de campesinos.")]
    assert [(e.event, [a.text for a in e.actor]) for e in kidnapped] == [("ASSAULT", ["campesinos"])]


def test_spanish_agent_of_a_counted_passive_is_the_actor_not_the_recipient(run) -> None:
    # "muerta" is no trigger: the count makes the event, and the "por" of its passive names the agent.
    for text in (
        "Una persona fue muerta por guerrilleros de las FARC.",
        "Una persona fue muerta de un impacto de fusil en la cabeza, por guerrilleros de las FARC en una vereda.",
    ):
        (assault,) = [e for e in events(run, text) if e.event == "ASSAULT"]
        assert [(a.country, a.sector) for a in assault.actor] == [("COL", "REB")], text
        assert assault.recipient == [], text
    # Past the weapon named after the passive: "muertas de varios impactos de arma de fuego, por…".
    text = "Dos personas fueron muertas de varios impactos de arma de fuego, por miembros de un grupo armado."
    (assault,) = [e for e in events(run, text) if e.event == "ASSAULT"]
    assert [a.text for a in assault.actor] == ["grupo armado"] and assault.recipient == []


def test_spanish_colombian_armed_groups_are_coded_by_name(run) -> None:
    found = events(run, "Paramilitares del Bloque Norte de las AUC asesinaron a un campesino.")
    assert [(a.country, a.sector) for e in found for a in e.actor] == [("COL", "PRM")]
    found = events(run, "Hombres del Clan del Golfo secuestraron a un comerciante.")
    assert [(a.country, a.sector) for e in found for a in e.actor] == [("COL", "CRM")]


def test_spanish_clash_between_two_sides_makes_both_actors(run) -> None:
    # PLOVER: the sides of a two-sided event are all actors, with no recipient.
    found = events(run, "Se registró un tiroteo entre policías y narcotraficantes en el norte de Lima.")
    assert [(e.event, [a.text for a in e.actor], e.recipient) for e in found] == [
        ("ASSAULT", ["policías", "narcotraficantes"], [])
    ]
    # The first side may carry its own complement before "y".
    found = events(run, "Durante un combate entre guerrilleros del ELN y tropas del Ejército murieron dos soldados.")
    assert any({"guerrilleros", "tropas"} <= {a.text for a in e.actor} and not e.recipient for e in found)


def test_spanish_work_stoppage_named_alone_is_a_strike_only_with_people(run) -> None:
    assert ("PROTEST", "strike") in coded(run, "Los mineros del norte paralizaron la producción de cobre.")
    assert ("PROTEST", "strike") in coded(run, "MAESTROS RADICALIZAN PARALIZACION EN LA CAPITAL")
    assert not coded(run, "Una fuerte nevada paralizó el tráfico en Madrid durante horas.")
    assert not coded(run, "El juez ordenó la paralización de las obras del nuevo puerto.")


def test_spanish_words_that_lost_their_accent_are_read_with_it() -> None:
    from eventwire.lexical import lemma

    # Unknown without the accent, known with it (segment.yaml lost_accents).
    assert [lemma(w, "es") for w in ("pidio", "EXIGIO", "detencion")] == ["pedir", "exigir", "detención"]
    # A known word is left alone: "asesino" is the noun, not "asesinó".
    assert lemma("asesino", "es") == "asesino"


def test_spanish_the_event_that_motivates_a_protest_is_coded_too(run) -> None:
    # PLOVER manual, PROTEST: the topic of a protest (typically a REQUEST) is not coded apart, but "discrete events
    # that are the motivation for the protest, for example a visit by a foreign dignitary, … or an earlier arrest,
    # should be coded".
    found = {event for event, _ in coded(run, "Miles de personas marcharon contra la visita del presidente francés.")}
    assert {"PROTEST", "CONSULT"} <= found


def test_spanish_a_conjunction_ends_a_complement(run) -> None:
    # "y" (grammar.yaml coordinators) starts a second phrase: the attack is no content of the agreement before it.
    found = coded(run, "Los rebeldes aceptaron el plan de paz y el ejército atacó la ciudad.")
    assert {"AGREE", "ASSAULT"} <= {event for event, _ in found}


def test_spanish_a_threatened_protest_is_a_threat_to_reduce_relations(run) -> None:
    # CAMEO 133 "threaten with political dissent, protest" is THREATEN relations; 1312, a boycott, restrict.
    assert ("THREATEN", "relations") in coded(run, "Los maestros marcharán el viernes contra la reforma educativa.")
    assert ("THREATEN", "restrict") in coded(run, "Los comerciantes boicotearán los productos importados.")


def test_an_exclusion_phrase_blocks_only_as_a_whole() -> None:
    # A trigger's `unless` entry of several words must occur whole ("5G" is no "5", "tomar protesta" no "protesta").
    words = [("tomó", "tomar"), ("la", "el"), ("protesta", "protesta"), ("brigada", "brigada"), ("5", "5")]
    tokens = [Token(0, 0, form, form, lemma) for form, lemma in words]
    assert phrase_within(tokens, 0, len(tokens), phrase_words("tomar la protesta", "es"))
    assert not phrase_within(tokens, 1, len(tokens), phrase_words("tomar la protesta", "es"))
    assert not phrase_within(tokens, 0, len(tokens), phrase_words("5G", "es"))
    assert not phrase_within(tokens, 0, len(tokens), phrase_words("toma de protesta", "es"))


def test_spanish_a_swearing_in_is_no_protest(run) -> None:
    # "tomar protesta", "rendir protesta": the oath of office in Mexico; "protesta" alone still is a protest.
    assert not events(run, "El nuevo gobernador tomó la protesta ante el congreso estatal.")
    assert not events(run, "El presidente municipal rindió protesta el domingo.")
    assert ("PROTEST", "demo") in coded(run, "Cientos de campesinos realizaron una protesta frente al congreso.")


def test_spanish_travelling_in_a_vehicle_is_no_deployment(run) -> None:
    # "el vehículo en el que se movilizaba": "movilizarse en" is to travel in; troops mobilising still are MOBILIZE.
    found = coded(run, "Soldados del ejército detuvieron el vehículo en el que se movilizaba el dirigente.")
    assert "MOBILIZE" not in {event for event, _ in found}
    assert ("MOBILIZE", "troops") in coded(run, "El ejército movilizó a miles de soldados hacia la frontera.")


def test_spanish_a_state_that_protests_accuses(run) -> None:
    # PLOVER: a diplomatic protest is ACCUSE disapprove; PROTEST presumes physical activity (triggers.yaml verbal).
    assert coded(run, "El gobierno chino protestó contra la decisión del parlamento europeo.") == {
        ("ACCUSE", "disapprove")
    }
    assert ("PROTEST", "demo") in coded(run, "Miles de campesinos protestaron contra el gobierno.")
    assert ("PROTEST", "demo") in coded(run, "Los policías protestaron por sus salarios.")


def test_spanish_a_place_after_en_and_its_article_is_where_the_event_happened(run) -> None:
    """ "en el Cusco": the language's own articles are skipped to find the preposition that makes it the location."""
    text = "En el Cusco, cientos de estudiantes llegados a Lima protestaron contra el gobierno."
    protests = [e for e in events(run, text) if e.event == "PROTEST"]
    assert protests and protests[0].location.text == "Cusco"
