"""Hinglish written in Devanagari (a recogniser set to Hindi, Gemini's transcription) is read through the lexicon of
its function and command words (`nlu/devanagari.py`), with every other word kept as typed: a name stays in
Devanagari, a remark is the notes as typed. Spelling variants read alike; a write with a word not understood where a
value would be is asked about; a Latin line is read exactly as before. Variants beyond held-out batch
tests/data/heldout_devanagari.jsonl (names that are no seed lead, other days, hours, verbs and spellings).
"""

from __future__ import annotations

from datetime import datetime

import pytest

from crm_tui.nlu import devanagari
from crm_tui.nlu.devanagari import LEXICON, romanised
from crm_tui.nlu.devanagari_names import has_devanagari, spelling_key
from crm_tui.nlu.parser import parse, parse_slot

NOW = datetime.fromisoformat("2026-11-25T10:00:00+05:30")
TZ = "Asia/Kolkata"


def at(day: str, clock: str) -> str:
    return f"2026-{day}T{clock}:00+05:30"


@pytest.mark.parametrize(("said", "intent", "args"), [
    # creates: the name as typed, the city and source as the Latin lists spell them
    ("नया लीड बनाओ रमेश गुप्ता, गुरुग्राम, 98111 22334", "LEAD_CREATE",
     {"name": "रमेश गुप्ता", "phone": "9811122334", "city": "Gurugram"}),
    ("नया लीड रमेश गुप्ता गुड़गाँव से 98111 22334 फेसबुक से आया है", "LEAD_CREATE",
     {"name": "रमेश गुप्ता", "phone": "9811122334", "city": "Gurgaon", "source": "Facebook"}),
    ("नई लीड जोड़ो सीमा राव, बैंगलोर, ९८४५० ११२२३, सोर्स गूगल", "LEAD_CREATE",
     {"name": "सीमा राव", "phone": "9845011223", "city": "Bangalore", "source": "Google"}),
    ("नया लीड बनाओ राहुल मिश्रा, पटना, 98111 00001, अखबार में ऐड देखा", "LEAD_CREATE",
     {"name": "राहुल मिश्रा", "phone": "9811100001", "city": "Patna", "source": "Newspaper"}),
    ("नाम: रमेश गुप्ता, शहर: नोएडा, फ़ोन: 98111 45678, सोर्स: फेसबुक", "LEAD_CREATE",
     {"name": "रमेश गुप्ता", "phone": "9811145678", "city": "Noida", "source": "Facebook"}),
    ("नया लीड बनाओ श्री रमेश गुप्ता जी, नोएडा, 98111 45678", "LEAD_CREATE",
     {"name": "रमेश गुप्ता", "phone": "9811145678", "city": "Noida"}),
    ("98111 45678 रमेश गुप्ता नोएडा से नया लीड डालो", "LEAD_CREATE",
     {"name": "रमेश गुप्ता", "phone": "9811145678", "city": "Noida"}),
    # visits: Hindi days, hours in digits, Devanagari digits or words, quarter words
    ("सुनील का विजिट कल सुबह १० बजे बुक करो", "VISIT_SCHEDULE", {"lead_id": "सुनील", "visit_time": at("11-26", "10:00")}),
    ("सुनील का विज़िट कल सुबह दस बजे बुक करो", "VISIT_SCHEDULE", {"lead_id": "सुनील", "visit_time": at("11-26", "10:00")}),
    ("सुनील का विज़िट परसों साढ़े चार बजे", "VISIT_SCHEDULE", {"lead_id": "सुनील", "visit_time": at("11-27", "16:30")}),
    ("सुनील की मीटिंग सोमवार को शाम 6 बजे रखो", "VISIT_SCHEDULE", {"lead_id": "सुनील", "visit_time": at("11-30", "18:00")}),
    ("सुनील की मीटिंग अगले हफ्ते मंगलवार 3 बजे", "VISIT_SCHEDULE", {"lead_id": "सुनील", "visit_time": at("12-01", "15:00")}),
    ("सुनील के साथ साइट विज़िट फ्राइडे पौने 5 बजे", "VISIT_SCHEDULE", {"lead_id": "सुनील", "visit_time": at("11-27", "16:45")}),
    # statuses, with a remark kept as typed
    ("रमेश गुप्ता को फॉलोअप में डालो", "LEAD_UPDATE", {"lead_id": "रमेश गुप्ता", "status": "FOLLOW_UP"}),
    ("रमेश गुप्ता इंटरेस्टेड नहीं है, मार्क लॉस्ट", "LEAD_UPDATE", {"lead_id": "रमेश गुप्ता", "status": "LOST"}),
    ("हाँ तो रमेश गुप्ता को इन प्रोग्रेस कर दो", "LEAD_UPDATE", {"lead_id": "रमेश गुप्ता", "status": "IN_PROGRESS"}),
    ("रमेश गुप्ता ने टोकन दे दिया, वॉन कर दो", "LEAD_UPDATE", {"lead_id": "रमेश गुप्ता", "status": "WON"}),
    ("सुनील की डील जीत गए", "LEAD_UPDATE", {"lead_id": "सुनील", "status": "WON"}),
    ("रमेश गुप्ता से बात चल रही है", "LEAD_UPDATE", {"lead_id": "रमेश गुप्ता", "status": "IN_PROGRESS"}),
    ("रमेश गुप्ता ने मना कर दिया", "LEAD_UPDATE", {"lead_id": "रमेश गुप्ता", "status": "LOST"}),
    ("रमेश गुप्ता फ़ोन नहीं उठा रहा, फॉलो अप पे रखो", "LEAD_UPDATE", {"lead_id": "रमेश गुप्ता", "status": "FOLLOW_UP"}),
    # cancels, moves, edits, lookups
    ("रमेश का विज़िट कैंसिल कर दो", "VISIT_CANCEL", {"lead_id": "रमेश"}),
    ("रमेश गुप्ता का शहर पुणे कर दो", "LEAD_EDIT", {"lead_id": "रमेश गुप्ता", "city": "Pune"}),
    ("रमेश गुप्ता का सोर्स फेसबुक कर दो", "LEAD_EDIT", {"lead_id": "रमेश गुप्ता", "source": "Facebook"}),
    ("रमेश गुप्ता का फ़ोन नंबर बताओ", "LEAD_FIND", {"query": "रमेश गुप्ता"}),
    ("रमेश का विज़िट कब है", "VISIT_FIND", {"lead_id": "रमेश"}),
    ("कल के विज़िट दिखाओ", "VISIT_FIND", {"day": "2026-11-26"}),
    ("आज कितने विज़िट हैं", "VISIT_FIND", {"day": "2026-11-25"}),
])
def test_a_line_in_devanagari_reads_as_its_romanised_hinglish(said: str, intent: str, args: dict[str, str]) -> None:
    got = parse(said, NOW, TZ)
    assert (got.intent, got.args, got.doubts) == (intent, args, [])


@pytest.mark.parametrize(("said", "slot", "value"), [
    ("नया लीड बनाओ रमेश गुप्ता, कोट्टयम, 98111 22334", "city", "कोट्टयम"),
    ("नया लीड बनाओ रमेश गुप्ता, 98111 22334, शहर फलाना", "city", "फलाना"),
    ("नया लीड बनाओ रमेश गुप्ता, नोएडा, 98111 45678, सोर्स फलाना", "source", "फलाना"),
    ("रमेश गुप्ता का सोर्स फलाना कर दो", "source", "फलाना"),
])
def test_a_town_or_source_the_lexicon_lacks_is_kept_as_typed_and_asked_once(said: str, slot: str, value: str) -> None:
    got = parse(said, NOW, TZ)
    assert got.args[slot] == value and got.doubts == [f"the {slot} {value!r} is none I know"]


def test_a_remark_in_devanagari_is_the_notes_as_typed() -> None:
    got = parse("रोहन शर्मा का स्टेटस लॉस्ट कर दो, बजट कम है", NOW, TZ)
    assert got.args == {"lead_id": "रोहन शर्मा", "status": "LOST", "notes": "बजट कम है"}


def test_a_remark_after_a_danda_is_the_notes_as_typed() -> None:
    got = parse("रोहन शर्मा को लॉस्ट कर दो। बजट कम है।", NOW, TZ)
    assert got.args == {"lead_id": "रोहन शर्मा", "status": "LOST", "notes": "बजट कम है"} and got.doubts == []


@pytest.mark.parametrize(("said", "when"), [("रोहन का विज़िट दो दिसंबर को", at("12-02", "11:00")),
                                            ("रोहन का विज़िट पांच तारीख को 4 बजे", at("12-05", "16:00"))])
def test_a_number_word_before_a_month_is_the_day(said: str, when: str) -> None:
    assert parse(said, NOW, TZ).args == {"lead_id": "रोहन", "visit_time": when}


def test_a_move_in_devanagari_keeps_the_booked_time() -> None:
    got = parse("रमेश का विज़िट कल से परसों शिफ्ट करो", NOW, TZ)
    assert got.args == {"lead_id": "रमेश", "visit_time": at("11-27", "11:00")}
    assert got.flags == {"reschedule": "true", "from_day": "2026-11-26", "keep_time": "true"}  # the visit booked kal


@pytest.mark.parametrize(("one", "other"), [
    ("विज़िट", "विजिट"),  # a nukta or none
    ("विज़िट", "विज\u093cिट"),  # the nukta typed as its own mark
    ("हाँ", "हां"),  # chandrabindu or anusvara
    ("फॉलो", "फोलो"),  # the rounded o of an English word or the plain one
    ("विज़िट", "विज़\u200cिट"),  # a zero-width non-joiner inside
    ("इंस्टाग्राम", "इंस्टाग्राम\u200d"),  # a zero-width joiner after
])
def test_spelling_variants_are_one_word_of_the_lexicon(one: str, other: str) -> None:
    assert spelling_key(one) == spelling_key(other)
    assert romanised(f"x {one} y").text == romanised(f"x {other} y").text


@pytest.mark.parametrize("said", [
    "रमेश गुप्ता को अजीब मार्क करो",  # a status not understood
    "रोहन शर्मा को विन मार्क करो",
    "रमेश गुप्ता का विज़िट अजीब दिन 4 बजे",  # a day not understood
    "रोहन शर्मा का विज़िट कल फलाना बजे",  # an hour not understood
    "रमेश गुप्ता का नंबर फलाना कर दो",  # a field value not understood
    "रमेश गुप्ता का शहर पुणे से फलाना नोएडा कर दो",  # a word not understood beside a known town
])
def test_a_word_not_understood_where_a_value_would_be_writes_nothing_without_asking(said: str) -> None:
    got = parse(said, NOW, TZ)
    assert got.tool is None or got.problems or got.doubts, got


def test_an_hour_not_understood_is_no_name_and_the_time_is_asked() -> None:
    got = parse("रोहन शर्मा का विज़िट कल फलाना बजे", NOW, TZ)
    assert got.args == {"lead_id": "रोहन शर्मा"} and got.doubts == ["'फलाना' not understood"] and got.confidence < 1


@pytest.mark.parametrize("said", [
    "add new lead rohan sharma from gurgaon phone 98765 43210 came through facebook",
    "Rohan ka visit kal 4 baje", "José Álvarez ka visit kal 4 baje", "mark Qzara as won",
])
def test_a_latin_line_is_read_as_before(said: str, monkeypatch: pytest.MonkeyPatch) -> None:
    before = parse(said, NOW, TZ)
    monkeypatch.setattr(devanagari, "romanised", lambda text: pytest.fail(f"romanised {text!r}"))
    assert not has_devanagari(said) and parse(said, NOW, TZ) == before


@pytest.mark.parametrize(("slot", "said", "value"), [
    ("visit_time", "कल 4 बजे", at("11-26", "16:00")),
    ("visit_time", "परसों सुबह ग्यारह बजे", at("11-27", "11:00")),
    ("city", "नोएडा", "Noida"),
    ("source", "इंस्टाग्राम से", "Instagram"),
    ("phone", "९८७६५ ४३२१०", "9876543210"),
    ("status", "फॉलो अप", "FOLLOW_UP"),
    ("name", "रमेश गुप्ता", "रमेश गुप्ता"),
    ("notes", "बजट कम है", "बजट कम है"),
])
def test_an_answer_in_devanagari_fills_the_slot_asked(slot: str, said: str, value: str) -> None:
    assert parse_slot(slot, said, NOW, TZ) == value


def test_the_lexicon_is_a_table_of_devanagari_words_and_their_romanised_hinglish() -> None:
    assert len(LEXICON) > 250
    for words, meant in LEXICON.items():
        assert all(has_devanagari(word) for word in words) and meant.isascii() and meant.strip() == meant


def test_digits_said_one_by_one_are_a_phone_and_one_number_word_is_an_hour() -> None:
    got = parse("नया लीड बनाओ रमेश गुप्ता, नोएडा, नौ आठ सात छह पांच चार तीन दो एक शून्य", NOW, TZ)
    assert got.args == {"name": "रमेश गुप्ता", "phone": "9876543210", "city": "Noida"}
    assert parse("रमेश का विज़िट कल दो बजे", NOW, TZ).args["visit_time"] == at("11-26", "14:00")


def test_a_phrase_is_read_before_its_words() -> None:
    assert romanised("रमेश को कॉल बैक कर दो").text == "Qza ko call back kar do"
    assert romanised("रमेश का विज़िट कल दो बजे").text == "Qza ka visit kal do baje"


def test_explain_shows_the_words_as_typed_behind_each_slot() -> None:
    from crm_tui.nlu.explain import explain

    said = explain("नया लीड बनाओ सुरेश यादव, नोएडा, 98111 45678, इंस्टाग्राम से", NOW, TZ).to_json()
    assert said["slots"]["name"] == "सुरेश यादव" and said["leftover"] == []
