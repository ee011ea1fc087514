"""A lead named in Devanagari, end to end through `crm-bot --jsonl --engine local` on a real CRM server: created with
its name as typed, then found, updated, visited, moved and edited by lines in Devanagari. A lead typed in Latin
letters ("Rohan Sharma") is found by a Devanagari line when the name sounds the same ("रोहन शर्मा"); a name that only
sounds close ("प्रिया नायर" for Priya Nair) is asked about and nothing is written; "राम" is no part of "रोहन शर्मा".
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from crm_tui.bot.client import CrmClient
from crm_tui.bot.resolve import _name_tokens, sounds_like
from crm_tui.nlu.devanagari_names import latin_spelling, sound_key
from tests.bot.conftest import NOW, TZ, create, run_crm_bot, visits_of


async def run_lines(url: str, *lines: str) -> list[dict[str, Any]]:
    flags = ["--jsonl", "--engine", "local", "--crm-url", url, "--now", NOW.isoformat(), "--tz", TZ]
    code, out, err = await run_crm_bot(*flags, stdin="".join(line + "\n" for line in lines), limit_s=60)
    assert code == 0, err
    return [json.loads(answer) for answer in out.splitlines()]


async def test_a_lead_created_in_devanagari_is_found_updated_visited_and_edited_in_devanagari(
        crm_server: Any, crm: CrmClient) -> None:
    created, found, updated, booked, moved, edited = await run_lines(
        crm_server.url,
        "नया लीड बनाओ रमेश गुप्ता, नोएडा, 98111 45678, इंस्टाग्राम से",
        "रमेश गुप्ता का नंबर क्या है",
        "रमेश गुप्ता को फॉलो अप में डालो",
        "रमेश गुप्ता का साइट विज़िट कल शाम 5 बजे बुक करो",
        "रमेश का विज़िट परसों 11 बजे शिफ्ट कर दो",
        "रमेश गुप्ता का शहर पुणे कर दो",
    )
    assert "error" not in created and created["entities"]["name"] == "रमेश गुप्ता"
    lead_id = created["result"]["lead_id"]
    assert "error" not in found and [lead["lead_id"] for lead in found["result"]["leads"]] == [lead_id]
    for answer in (updated, booked, moved, edited):
        assert "error" not in answer and answer["entities"]["lead_id"] == lead_id, answer
    lead = (await crm.get_lead(lead_id)).json
    assert (lead["name"], lead["status"], lead["city"], lead["source"]) == ("रमेश गुप्ता", "FOLLOW_UP", "Pune", "Instagram")
    assert await visits_of(crm, lead) == [("2026-11-26T17:00:00+05:30", "RESCHEDULED"),
                                          ("2026-11-27T11:00:00+05:30", "SCHEDULED")]


async def test_a_lead_typed_in_latin_is_found_by_a_name_that_sounds_the_same(crm_server: Any, crm: CrmClient) -> None:
    rohan = await create(crm, "Rohan Sharma", "9876543210", "Gurgaon")
    meera = await create(crm, "Meera Kapoor", "8877665544", "Jaipur")
    by_name, by_first_name = await run_lines(crm_server.url, "रोहन शर्मा को won मार्क करो",
                                             "मीरा का विज़िट कल 4 बजे बुक करो")
    assert "error" not in by_name and by_name["entities"] == {"lead_id": rohan["lead_id"], "status": "WON"}
    assert "error" not in by_first_name and by_first_name["entities"]["lead_id"] == meera["lead_id"]
    assert (await crm.get_lead(rohan["lead_id"])).json["status"] == "WON"


async def test_a_name_that_only_sounds_close_is_asked_about_and_nothing_is_written(
        crm_server: Any, crm: CrmClient) -> None:
    priya = await create(crm, "Priya Nair", "9845012345", "Kochi")
    rohan = await create(crm, "रोहन शर्मा", "9876543210", "Gurgaon")
    close, nobody = await run_lines(crm_server.url, "प्रिया नायर को लॉस्ट मार्क करो", "राम को won मार्क करो")
    assert close["error"]["type"] == "VALIDATION_ERROR" and "Priya Nair" in close["error"]["details"]
    assert nobody["error"]["type"] == "CRM_ERROR"
    assert (await crm.get_lead(priya["lead_id"])).json["status"] == "NEW"
    assert (await crm.get_lead(rohan["lead_id"])).json["status"] == "NEW"


async def test_a_lookup_in_devanagari_finds_a_latin_lead_by_sound_or_the_close_ones(crm_server: Any,
                                                                                     crm: CrmClient) -> None:
    vikas = await create(crm, "Vikas Gupta", "9312345678", "Noida")
    priya = await create(crm, "Priya Nair", "9845012345", "Kochi")
    same, close, none = await run_lines(crm_server.url, "विकास गुप्ता का स्टेटस क्या है", "प्रिया नायर का नंबर बताओ",
                                        "सुरेश यादव का नंबर बताओ")
    assert [lead["lead_id"] for lead in same["result"]["leads"]] == [vikas["lead_id"]]
    assert [lead["lead_id"] for lead in close["result"]["leads"]] == [priya["lead_id"]]
    assert none["result"]["leads"] == [] and "error" not in none


@pytest.mark.parametrize(("said", "typed"), [
    ("रोहन शर्मा", "Rohan Sharma"), ("अमित कुलकर्णी", "Amit Kulkarni"), ("हरप्रीत कौर", "Harpreet Kaur"),
    ("मीरा कपूर", "Meera Kapoor"), ("काव्या रेड्डी", "Kavya Reddy"), ("दीपक पाटिल", "Deepak Patil"),
    ("फरहान कुरैशी", "Farhan Qureshi"), ("अर्जुन मेहता", "Arjun Mehta"),
])
def test_a_name_in_devanagari_and_its_latin_spelling_have_one_sound_key(said: str, typed: str) -> None:
    assert sound_key(latin_spelling(said)) == sound_key(typed)


@pytest.mark.parametrize(("said", "typed"), [
    ("प्रिया नायर", "Priya Nair"), ("अमित वर्मा", "Amit Verma"), ("स्नेहा अय्यर", "Sneha Iyer"), ("अमिता", "Amit"),
])
def test_a_name_spelt_another_way_or_another_name_is_no_same_sound(said: str, typed: str) -> None:
    assert sound_key(latin_spelling(said)) != sound_key(typed)


def test_sounds_like_sets_the_same_apart_from_the_close_and_leaves_devanagari_leads_to_their_spelling() -> None:
    leads = [{"name": "Priya Nair"}, {"name": "Rohan Sharma"}, {"name": "रोहन शर्मा"}, {"name": "Rohit Sharma"}]
    # The same is found first (the resolver takes it, and asks only when nothing sounds the same).
    assert sounds_like("रोहन शर्मा", leads) == ([{"name": "Rohan Sharma"}], [{"name": "Rohit Sharma"}])
    assert sounds_like("प्रिया नायर", leads) == ([], [{"name": "Priya Nair"}])
    assert sounds_like("सुरेश", leads) == ([], [])


def test_a_devanagari_name_is_one_word_with_its_vowel_signs() -> None:
    assert _name_tokens("राम") == ["राम"] and _name_tokens("रोहन शर्मा") == ["रोहन", "शर्मा"]
