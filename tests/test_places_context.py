"""places: resolution in context (containers, states, counties, coherence) and the false toponyms of local news."""

from __future__ import annotations

import pytest


def resolved(run, text: str, lang: str = "en") -> list[tuple[str, str, str | None, str | None]]:
    """(surface, feature, admin1, country) of every place, in text order."""
    doc = run(text, lang=lang)
    return [
        (text[m.start : m.end], m.value.feature, m.value.admin1, m.value.country)
        for m in sorted(doc.mentions_of("place"), key=lambda m: m.start)
    ]


def admin1_of(run, text: str, surface: str) -> str | None:
    found = {s: a1 for s, _f, a1, _c in resolved(run, text)}
    assert surface in found, f"{surface!r} not found in {resolved(run, text)}"
    return found[surface]


@pytest.mark.parametrize(
    ("text", "surface", "admin1"),
    [
        ("The festival in Paris, Texas, drew thousands.", "Paris", "US.TX"),
        ("A man from Athens, Ga., was arrested.", "Athens", "US.GA"),
        ("Police in Alexandria, La., charged a woman with arson.", "Alexandria", "US.LA"),
        ("ALEXANDRIA, La. (AP) — A woman was charged with arson.", "ALEXANDRIA", "US.LA"),
        ("CHARLESTON, W.Va. -- The legislature met on Monday.", "CHARLESTON", "US.WV"),
    ],
)
def test_places_container_named_after_a_place_settles_it(run, text: str, surface: str, admin1: str) -> None:
    assert admin1_of(run, text, surface) == admin1


@pytest.mark.parametrize(
    "text",
    [
        "He spent years working in Russia, U.S. officials said on Wednesday.",
        "The talks opened in Paris, U.S. diplomats said.",
    ],
)
def test_places_a_name_and_the_next_phrase_are_no_container(run, text: str) -> None:
    """A known place followed by a comma and a phrase that goes on is not qualified by that phrase's first name."""
    place = next(p for p in resolved(run, text) if p[0] in ("Russia", "Paris"))
    assert place[3] != "USA", place


def test_places_container_is_itself_a_place(run) -> None:
    found = resolved(run, "Police in Alexandria, La., charged a woman.")
    assert ("La.", "admin1", "US.LA", "USA") in found


def test_places_a_name_settled_once_keeps_its_sense(run) -> None:
    text = "The mayor of Springfield, Ohio, resigned. Springfield will elect a new mayor in May."
    assert [a1 for s, _f, a1, _c in resolved(run, text) if s == "Springfield"] == ["US.OH", "US.OH"]


@pytest.mark.parametrize(
    ("text", "surface", "admin1"),
    [
        # A county named in the article holds the town: Athens is the seat of Henderson County, Texas.
        ("The Henderson County sheriff said a man from Athens was arrested on Friday.", "Athens", "US.TX"),
        # Paris is the seat of Henry County, Tennessee.
        ("Henry County commissioners met in Paris on Tuesday to discuss the budget.", "Paris", "US.TN"),
        # The state named elsewhere in the article.
        ("Flooding closed roads in Ohio. In Springfield, schools were shut.", "Springfield", "US.OH"),
    ],
)
def test_places_county_and_state_of_the_article_choose_the_town(run, text: str, surface: str, admin1: str) -> None:
    assert admin1_of(run, text, surface) == admin1


def test_places_georgia_is_the_state_or_the_country_by_its_company(run) -> None:
    us = resolved(run, "Storms hit Atlanta and Savannah overnight. Georgia declared an emergency.")
    assert ("Georgia", "admin1", "US.GA", "USA") in us
    caucasus = resolved(run, "Troops left Tbilisi. Georgia accused Russia of the attack.")
    assert ("Georgia", "country", None, "GEO") in caucasus


def test_places_famous_cities_need_no_context_and_beat_small_namesakes(run) -> None:
    found = resolved(run, "Talks opened in Paris and Moscow on Monday.")
    assert ("Paris", "city", "FR.11", "FRA") in found
    assert ("Moscow", "city", "RU.48", "RUS") in found


@pytest.mark.parametrize(
    ("text", "not_a_place"),
    [
        ("Chiquita Raquel Henry, 19, was arrested. The investigation led detectives to Henry.", "Henry"),
        ("Sen. Jackson voted against the bill.", "Jackson"),
        ("Moore said the council would vote in March.", "Moore"),
        ("Moore said the council would vote in March.", "March"),
        ("The fire at 6016 Dublin Road was set with a lighter.", "Dublin"),
        ("Derek D. Moore was sentenced on Friday.", "Moore"),
        ("He spoke at the University of Rochester on Friday.", "University"),
        ("The Bell family gathered for Christmas.", "Bell"),
        ("Cabin crew at Heathrow will strike on Christmas Day.", "Christmas"),
        ("Hamas fighters fired rockets.", "Hamas"),
        ("Grand Jury Indicts Man In December Slaying.", "Man"),
        # A common word opening a sentence is capitalised for that alone (Man is a city of Côte d'Ivoire).
        ("Man booked for teen assault. The suspect was released on bail.", "Man"),
        ("Smith was named Outstanding Young Man of the Year.", "Man"),
        # A common word that is also a town (cued_only) is the town only right after a place cue.
        ("The parade on Independence Day drew crowds in Springfield.", "Independence"),
        ("Man Dies In Mobile Home Fire", "Mobile"),
        ("She enjoys Reading and long walks.", "Reading"),
        # A name after "St." is a saint's, part of a feast, church or school; "Lewis" is among GeoNames'
        # alternate names of St. George's, Grenada, a capital of 7,500 people.
        ("Safety stressed on St. Patrick's Day.", "Patrick"),
        ("They met Mitch Lewis on Monday.", "Lewis"),
        # A frequent given name and a frequent surname are a person's name even when both are common words.
        ("The administration of George Bush sought improved ties with Egypt.", "George"),
        ("Alderman Mitch Lewis was unaware of it. Lewis said he had not been told.", "Lewis"),
        ("There are 29 states with full coverage, according to Linda Daily, director at United Way.", "Linda"),
        ("The move was led by Howard Brown, 45, of Las Vegas.", "Howard"),
        # Patrick is a parish of the Isle of Man, a first-level unit of no town of 500 people.
        ("Patrick worked with the open space committee for a year.", "Patrick"),
        # "Hall" is an alternate name of Schwäbisch Hall; a capitalised place noun opens a name, it is no cue.
        ("The council meeting is at City Hall on Monday.", "Hall"),
    ],
)
def test_places_refuse_names_that_are_not_places_here(run, text: str, not_a_place: str) -> None:
    assert not_a_place not in {s for s, *_ in resolved(run, text)}


def test_places_a_country_name_from_a_language_eventwire_does_not_read_yields_to_a_town(run) -> None:
    """CLDR's Romanian name of Colombia is "Columbia", the own name of cities of South Carolina and Missouri."""
    found = resolved(run, "Police in Columbia arrested two men on Friday.")
    assert [(s, c) for s, _f, _a1, c in found] == [("Columbia", "USA")]
    assert ("Colombie", "COL") in {(s, c) for s, _f, _a1, c in resolved(run, "Des combats en Colombie.", "fr")}


def test_places_small_town_needs_its_area_in_the_article(run) -> None:
    # Whitestown (3,000 people) is a town of Indiana only; alone it could be anything, with its state it is a place.
    assert resolved(run, "Whitestown approved the water line.") == []
    found = resolved(run, "Whitestown approved the water line, the largest project in Indiana this year.")
    assert ("Whitestown", "city", "US.IN", "USA") in found


def test_places_organisations_named_after_a_place_keep_it(run) -> None:
    found = {
        s
        for s, *_ in resolved(
            run, "Officers of the Alexandria Police Department and the Minnesota Department of Transportation met."
        )
    }
    assert {"Alexandria", "Minnesota"} <= found


def test_places_namesakes_of_world_cities_do_not_settle_each_other(run) -> None:
    """An international report that names the United States: Geneva and Washington each have small namesakes in
    Illinois, and neither namesake may vouch for the other."""
    text = (
        "GENEVA, Jan. 21 — U.S. Secretary of State Antony Blinken met his Russian counterpart in Geneva on Friday. "
        "Washington and Moscow agreed to keep talking, a week after meetings in Brussels and Vienna. "
        "The United States has rejected Russia's demands."
    )
    found = {(surface, country, admin1) for surface, _feature, admin1, country in resolved(run, text)}
    assert ("Geneva", "CHE", "CH.GE") in found
    assert ("Washington", "USA", "US.DC") in found


def test_places_a_famous_city_of_a_country_the_article_names_beats_a_namesake_in_its_state(run) -> None:
    """Paris, Kentucky, is in the state the article names, but the article names France too."""
    text = (
        "Students from Pikeville, Kentucky, were touring France this week. A gunman opened fire on police in Paris "
        "on Thursday night. The students will return to Kentucky next week."
    )
    assert ("Paris", "FRA") in {(s, c) for s, _f, _a1, c in resolved(run, text)}
    assert admin1_of(run, "Students from Pikeville, Kentucky, toured Paris on Thursday.", "Paris") == "US.KY"


def test_places_a_large_city_of_the_only_country_named_beats_a_famous_namesake_abroad(run) -> None:
    """London, Ontario, when the article names Canada and not the United Kingdom; not when Russia is named too for
    St. Petersburg, whose famous sense is then at home as well."""
    canada = "A rally in London drew 200 people on Saturday. The organizers thanked Canada for its support."
    assert admin1_of(run, canada, "London") == "CA.08"
    both = "Flights between New York and St. Petersburg will start in May, the United States and Russia agreed."
    assert admin1_of(run, both, "St. Petersburg") == "RU.66"


@pytest.mark.parametrize(
    ("text", "surface", "admin1"),
    [
        ("A landslide buried 40 homes in Sichuan province on Saturday.", "Sichuan", "CN.32"),
        ("Gunmen killed five police officers in Michoacán on Monday.", "Michoacán", "MX.16"),
        ("Authorities in Xinjiang detained dozens.", "Xinjiang", "CN.13"),
    ],
)
def test_places_provinces_stand_under_the_name_news_calls_them(run, text: str, surface: str, admin1: str) -> None:
    """GeoNames names them "Sichuan Sheng", "Michoacán de Ocampo", "Xinjiang Uygur Zizhiqu"."""
    assert admin1_of(run, text, surface) == admin1


def test_places_a_generic_short_name_of_a_province_needs_context(run) -> None:
    assert "Western" not in {s for s, *_ in resolved(run, "Western leaders met in Brussels on Monday.")}


def test_places_an_old_name_of_a_city_gives_way_to_a_town_of_a_country_the_article_names(run) -> None:
    """Salisbury is an old name of Harare; in a report that names the United Kingdom it is the English town."""
    text = "Two people were poisoned in Salisbury on Sunday. The United Kingdom expelled 23 diplomats."
    assert ("Salisbury", "GBR") in {(s, c) for s, _f, _a1, c in resolved(run, text)}


def test_places_a_common_word_opening_a_longer_name_is_no_place(run) -> None:
    text = "Troops were sent to the Central Asian country after riots in Almaty."
    assert [surface for surface, *_ in resolved(run, text)] == ["Almaty"]


def test_places_a_name_the_article_places_once_stays_a_place_where_a_common_word_would_be_read(run) -> None:
    text = "About 200 people marched in Bath on Saturday. The Bath police said the march was peaceful."
    assert [surface for surface, *_ in resolved(run, text)] == ["Bath", "Bath"]


@pytest.mark.parametrize(
    "text",
    [
        "The letter was sent to Bath in March. The Bath police said nothing.",  # "to" may lead to a person
        "Prices rose in Bath-based firms. The Bath police said nothing.",  # a compound, not a place phrase
    ],
)
def test_places_only_a_cue_places_alone_follow_establishes_a_name(run, text: str) -> None:
    second = text.index("The Bath") + len("The ")
    assert second not in {m.start for m in run(text, lang="en").mentions_of("place")}


def test_places_a_state_that_is_also_a_common_word_stands_among_the_states_of_its_country(run) -> None:
    text = "Voters in Wisconsin, Michigan and Pennsylvania went to the polls, as well as in Ohio."
    assert [(surface, admin1) for surface, _f, admin1, _c in resolved(run, text)] == [
        ("Wisconsin", "US.WI"),
        ("Michigan", "US.MI"),
        ("Pennsylvania", "US.PA"),
        ("Ohio", "US.OH"),
    ]


def test_places_a_dateline_whose_dash_the_scrape_lost(run) -> None:
    text = "DETROIT The Transportation Department on Wednesday fined an airline for delays."
    assert resolved(run, text)[0][:3] == ("DETROIT", "city", "US.MI")


@pytest.mark.parametrize(
    "text",
    [
        "The council met in Skaneateles on Monday. Skaneateles residents asked for a new school.",
        "SKANEATELES — The council met on Monday and residents asked for a new school.",
    ],
)
def test_places_a_small_town_the_article_places_stands_when_no_other_place_has_its_name(run, text: str) -> None:
    assert {(surface.title(), admin1) for surface, _f, admin1, _c in resolved(run, text)} == {("Skaneateles", "US.NY")}


def test_places_a_common_word_is_a_town_right_after_a_place_cue(run) -> None:
    """Independence, Missouri is a city of 120,000; "Independence" is first a common word. After "in" it can only be
    the town, and once the article has put it there, its other mentions are the town too."""
    text = "He found the men early Saturday in Independence. An Independence teenager was charged on Monday."
    found = resolved(run, text)
    assert [(s, c) for s, _f, _a1, c in found] == [("Independence", "USA"), ("Independence", "USA")]
    assert ("Mobile", "USA") in {(s, c) for s, _f, _a1, c in resolved(run, "A man was shot in Mobile on Sunday.")}


def test_places_a_town_after_a_street_is_not_the_street_name(run) -> None:
    """ "Boulevard" written before a name makes a street ("Boulevard Voltaire"), but only particles stand between
    the word and its name: the town after "Avalon Boulevard in" is the town."""
    found = resolved(run, "Students shopped at a market on Avalon Boulevard in Los Angeles.")
    assert ("Los Angeles", "city", "US.CA", "USA") in found
    assert ("rue de Paris", "street") in {(s, f) for s, f, *_ in resolved(run, "Ils ont défilé rue de Paris.", "fr")}
    assert "Paris" not in {s for s, *_ in resolved(run, "Ils ont défilé rue de Paris.", "fr")}


def test_places_a_small_capital_by_another_name_needs_a_cue(run) -> None:
    assert ("La Valette", "MLT") in {(s, c) for s, _f, _a1, c in resolved(run, "Ils sont arrivés à La Valette.", "fr")}


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("The Austin Police Department said the road was closed.", "Austin"),
        ("A man was shot near the realty office in Alexandria Friday night.", "Alexandria"),
        ("The fair moved to Lincoln County last year.", "Lincoln County"),
    ],
)
def test_places_a_given_name_before_a_word_that_is_no_surname_stays_a_place(run, text: str, surface: str) -> None:
    assert surface in {s for s, *_ in resolved(run, text)}


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("The truck skidded two miles south of Holliday, Missouri, and crossed the road.", "Holliday"),
        ("HOLLIDAY, Mo. — A 25-year-old man was arrested Friday on DWI charges.", "HOLLIDAY"),
    ],
)
def test_places_a_town_the_gazetteer_lacks_stands_at_its_state(run, text: str, surface: str) -> None:
    # Holliday, Missouri (140 people) is below cities500; the only Holliday the gazetteer has is in Texas.
    doc = run(text)
    place = next(m.value for m in doc.mentions_of("place") if text[m.start : m.end] == surface)
    assert (place.feature, place.admin1, place.geonameid, place.resolution) == ("locality", "US.MO", None, "admin1")
    missouri = next(m.value for m in doc.mentions_of("place") if m.value.feature == "admin1")
    assert (place.lat, place.lon) == (missouri.lat, missouri.lon)


@pytest.mark.parametrize(
    "text",
    [
        "He lived in Chicago, Texas and Ohio before the war.",  # a list, not Chicago in Texas
        "Talks were held in Russia, Ukraine, and Belarus.",
    ],
)
def test_places_a_list_of_places_is_no_town_in_a_state(run, text: str) -> None:
    assert all(feature != "locality" for _s, feature, _a, _c in resolved(run, text))


def test_places_a_town_named_like_a_country_only_is_unlisted(run) -> None:
    text = "The celebration returns to Turkey on Thursday, according to the city of Turkey, in Hall County, Texas."
    turkeys = [m.value for m in run(text).mentions_of("place") if m.value.name == "Turkey"]
    assert len(turkeys) == 2
    assert all(p.feature == "locality" and p.country is None and p.lat is None for p in turkeys)


@pytest.mark.parametrize(
    ("text", "lang", "surface", "country"),
    [
        ("A boy riding a scooter in Kingston, south of Brisbane, was hit by a car.", "en", "Kingston", "AUS"),
        ("Un garçon est mort à Kingston, à 20 km au sud de Brisbane.", "fr", "Kingston", "AUS"),
        ("Un niño murió en Kingston, a unos 20 kilómetros al sur de Brisbane.", "es", "Kingston", "AUS"),
        ("Un niño murió en Kingston, a unos 24,5 kilómetros al sur de Brisbane.", "es", "Kingston", "AUS"),  # 24.5
        ("A man was arrested in Kingston, Jamaica's capital.", "en", "Kingston", "JAM"),
    ],
)
def test_places_a_nearby_cue_puts_two_towns_near_each_other(
    run, text: str, lang: str, surface: str, country: str
) -> None:
    found = {s: c for s, _f, _a, c in resolved(run, text, lang)}
    assert found[surface] == country


def test_places_an_unlisted_town_near_a_landmark_is_put_at_the_landmark(run) -> None:
    doc = run("Munir Abdulkader, 22, from the Cincinnati suburb of West Chester, pleaded guilty.")
    found = {doc.text[m.start : m.end]: m.value for m in doc.mentions_of("place")}
    town, landmark = found["West Chester"], found["Cincinnati"]  # West Chester, Ohio is not in cities500
    assert (town.feature, town.admin1, town.geonameid) == ("locality", "US.OH", None)
    assert (town.lat, town.lon) == (landmark.lat, landmark.lon)


def test_places_an_unlisted_town_far_from_a_landmark_is_not_put_there(run) -> None:
    found = {s: f for s, f, _a, _c in resolved(run, "He was found in West Chester, 200 miles north of Cincinnati.")}
    assert found["West Chester"] != "locality"


@pytest.mark.parametrize(
    ("text", "surface", "feature"),
    [
        ("Exits in West Stockbridge near the New York border were closed.", "New York", "admin1"),  # names a border
        # 300 km: too far for a pair to stand out; the article's state settles both
        (
            "He was moved to the Dawson County Jail in Lexington, about 186 miles southeast of Alliance, Nebraska.",
            "Lexington",
            "city",
        ),
    ],
)
def test_places_a_nearby_cue_needs_a_landmark_close_by(run, text: str, surface: str, feature: str) -> None:
    found = {s: (f, a) for s, f, a, _c in resolved(run, text)}
    assert found[surface][0] == feature
    assert found[surface][1] in ("US.NY", "US.NE")


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Both women were taken to St. Michael's Hospital, and one of them died.", "St. Michael"),
        ("The terrorists struck at the Stade de France on November 13.", "Stade"),
    ],
)
def test_places_a_name_opening_a_longer_one_is_no_place(run, text: str, absent: str) -> None:
    assert absent not in {s for s, _f, _a, _c in resolved(run, text)}


def test_places_a_famous_city_before_a_possessive_stays(run) -> None:
    assert ("St. Petersburg", "city") in {(s, f) for s, f, _a, _c in resolved(run, "St. Petersburg's Pulkovo airport.")}


def test_places_australia_and_new_zealand_are_two_countries(run) -> None:
    text = "Australia and New Zealand have more than a dozen trade agreements each."
    assert [(s, f) for s, f, _a, _c in resolved(run, text)] == [("Australia", "country"), ("New Zealand", "country")]


def test_places_spanish_names_a_country_shares_with_its_capital_or_a_state_mean_the_country(run) -> None:
    text = "El presidente de México viajó a Panamá para reunirse con su homólogo."
    assert [(s, f, c) for s, f, _a, c in resolved(run, text, "es")] == [
        ("México", "country", "MEX"),
        ("Panamá", "country", "PAN"),
    ]
    city = "La policía detuvo a tres personas en la ciudad de México."
    assert [f for _s, f, _a, _c in resolved(run, city, "es")] == ["city"]


@pytest.mark.parametrize(
    ("text", "surface", "admin1"),
    [
        # no other clue to which London: the area code 519 is south-western Ontario
        ("A man was stabbed at a party, London police say. Call London police at 519-661-5670.", "London", "CA.08"),
        ("Call the Cancer Center in Huntington at (304) 399-6500 for appointments.", "Huntington", "US.WV"),
    ],
)
def test_places_a_local_telephone_number_tells_where_the_article_is(run, text: str, surface: str, admin1: str) -> None:
    found = {s: a for s, _f, a, _c in resolved(run, text)}
    assert found[surface] == admin1


@pytest.mark.parametrize(
    "text",
    [
        "A man was stabbed at a party, London police say. Call Crime Stoppers at 1-800-222-8477.",  # toll-free
        "A man was stabbed at a party, London police say. The case number is 519-661-5670-22.",  # no number
    ],
)
def test_places_numbers_that_name_no_place_are_no_clue(run, text: str) -> None:
    assert {s: c for s, _f, _a, c in resolved(run, text)}["London"] == "GBR"


def test_places_a_name_before_a_continent_adjective_is_no_place(run) -> None:
    text = "They were nowhere near the South East Asian city-state of Singapore."
    assert [s for s, _f, _a, _c in resolved(run, text)] == ["Singapore"]


def test_places_a_region_inside_one_country_supports_its_towns(run) -> None:
    """ "Cisjordania" is the West Bank's, so a small Jericó there is Jericho, not a Colombian namesake or nothing."""
    text = "Los colonos atacaron Jericó. Cisjordania vive días de tensión."
    assert ("Jericó", "city", None, "PSE") in resolved(run, text, "es")


@pytest.mark.parametrize(
    "text",
    [
        "Un civil fue ejecutado por tropas del Batallón de la Infantería de Marina en un retén.",
        "La Armada y la Marina desplegaron buques frente a la costa.",
    ],
)
def test_places_the_spanish_navy_is_no_town(run, text: str) -> None:
    """ "Marina" and "Armada" are towns of the United States, Croatia and Italy, and in Spanish news the Navy."""
    assert not {"Marina", "Armada"} & {s for s, *_ in resolved(run, text, "es")}
