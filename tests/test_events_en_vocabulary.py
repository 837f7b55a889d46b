"""English trigger families added for PLOVER types the lexicon under-covered: telephoning a leader (CONSULT phone),
defending, apologising and forgiving (SUPPORT), giving and donating (AID), stopping assistance (SANCTION),
refusing to accept and dismissing appeals (REJECT), blocking roads (PROTEST), petitions, outlawing, defacing
websites, expelling, yielding to demands, armed groups' ceasefire declarations; and the senses they must leave
alone."""

from __future__ import annotations

from datetime import date

import pytest

REF = date(2022, 1, 19)


def found(run, text: str) -> set[tuple[str, str | None]]:
    return {(e.event, e.mode) for e in run(text, lang="en", published=REF).events}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The French president telephoned his Brazilian counterpart on Monday.", ("CONSULT", "phone")),
        ("The Japanese prime minister phoned the Indian prime minister about the dispute.", ("CONSULT", "phone")),
        ("Chile and Peru held telephone talks on the fishing dispute.", ("CONSULT", "phone")),
        ("The US president called his Chinese counterpart on Tuesday.", ("CONSULT", "phone")),
        ("The French foreign minister cancelled a planned visit to Algeria.", ("SANCTION", "withdraw")),
        ("The Greek government defended its decision to close the border with Bulgaria.", ("SUPPORT", None)),
        ("Poland defended Hungary against criticism from Brussels.", ("SUPPORT", None)),
        ("The Kenyan president thanked Ethiopia for its mediation.", ("SUPPORT", None)),
        ("Germany backed the French proposal for a joint defence fund.", ("SUPPORT", None)),
        ("The Dutch government apologized to Indonesia for the colonial-era killings.", ("SUPPORT", None)),
        ("Sweden gave Ethiopia 40 million dollars in aid for drought relief.", ("AID", None)),
        ("Norway donated medical equipment to hospitals in Sudan.", ("AID", None)),
        ("Britain provided 20 million pounds of assistance to Kenya.", ("AID", None)),
        ("Japan pledged 50 million dollars in aid to the Philippines after the typhoon.", ("AGREE", None)),
        ("The Canadian government provided emergency assistance to Haiti.", ("AID", None)),
        ("The United States suspended most of its military aid to Egypt.", ("SANCTION", "discontinue")),
        ("Germany froze development assistance to Mali after the coup.", ("SANCTION", "discontinue")),
        ("Lebanon's government dismissed calls from the opposition to resign.", ("REJECT", None)),
        ("Jordan said it would not accept any more refugees from Syria.", ("REJECT", None)),
        ("Farmers blocked a major highway near Brussels with tractors.", ("PROTEST", "obstruct")),
        ("Opposition activists began collecting signatures against the new tax law.", ("PROTEST", None)),
        ("The Spanish government outlawed the separatist party on Monday.", ("COERCE", "restrict")),
        ("Hezbollah declared a unilateral ceasefire on Wednesday.", ("CONCEDE", None)),
        ("The president conceded at last to demands from the opposition to reform the judiciary.", ("CONCEDE", None)),
        ("Hackers defaced hundreds of government websites last week.", ("COERCE", "cyber")),
        ("The court jailed the opposition leader for five years.", ("COERCE", "arrest")),
        ("The junta ordered the foreign journalists out of the country on Monday.", ("COERCE", "deport")),
        ("Sudan expelled thirteen aid agencies from Darfur.", ("SANCTION", "expel")),
    ],
)
def test_events_en_vocabulary_families(run, text: str, expected: tuple[str, str | None]) -> None:
    assert expected in found(run, text), f"{text!r}: {found(run, text)}"


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Hackers tapped the phones of the president and several ministers.", "CONSULT"),
        ("The champion defended her title in Madrid on Sunday.", "SUPPORT"),
        ("The airline apologized to passengers for the delays.", "SUPPORT"),
        ("Thousands of people donated blood after the train crash.", "AID"),
        ("Russian-backed separatists shelled the town on Monday.", "SUPPORT"),
        ("A landslide blocked the main road to the village.", "PROTEST"),
        ("The minister welcomed the president's decision to hold early elections.", "CONSULT"),
        ("Prisoners rioted at the central jail on Monday.", "COERCE"),
        ("Police said the suspect lives in the 2400 block of Gillis Road in Alton.", "PROTEST"),
        ("Local merchants donated prizes for the school raffle.", "AID"),
        ("The sergeant was providing assistance with the investigation, the sheriff said.", "AID"),
    ],
)
def test_events_en_vocabulary_other_senses(run, text: str, absent: str) -> None:
    assert absent not in {event for event, _ in found(run, text)}, f"{text!r}: {found(run, text)}"
