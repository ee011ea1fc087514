"""Numbers that are no time and no phone (heldout_lead_1210c, written blind: 43/60 end to end at first sight, 4 wrong
writes, each a remark dropped or a number taken for something else).

- A count is no hour (`when_readers._BARE_HOUR`): "cancel Deepak's visit on 27th, he needs 2 more weeks" read 2 pm.
- A meeting or a booking told as done is news kept as notes (`remarks._ACTION_WORDS`): "mark Meera in progress, 2nd
  meeting done", "Kavya ko won kar do, 1204 number flat book kiya" had dropped it without a word.
- A thing's number is no phone field (`remarks._FIELD_WORD`): "…, interested in plot number 27" was dropped; a sector
  with its town is the town ("Sector 62 Noida").
- A visit said with its when after a status is a second order said back, not dropped: "mark Rohan in progress, visit
  kal 4 baje".
- A status taken back takes its day with it: "Arjun follow up on 1st december, sorry, in progress".
- A number changed from one to another ("98450 12345 se 98450 54321 kar do") or corrected (", no, 98111 22244")
  writes the later one without asking.
"""

from __future__ import annotations

from typing import Any

import pytest

from crm_tui.bot.client import CrmClient
from crm_tui.engines.local import LocalEngine
from crm_tui.nlu.parser import parse
from tests.bot.conftest import create, visits_of
from tests.nlu.said import NOW, TZ


async def _lead(crm: CrmClient, lead: dict[str, Any]) -> dict[str, Any]:
    return dict((await crm.get_lead(lead["lead_id"])).json)


@pytest.mark.parametrize("said", ["he needs 2 more weeks", "4 log aayenge", "3 baar call kiya tha"])
async def test_a_count_beside_a_day_is_no_hour(engine: LocalEngine, crm: CrmClient, said: str) -> None:
    rohan = await create(crm, "Rohan Sharma", "9876543210", "Gurgaon")
    done = (await engine.handle_text(f"Rohan Sharma visit friday, {said}")).result
    assert done.ok, done.to_json()
    assert await visits_of(crm, rohan) == [("2026-11-27T11:00:00+05:30", "SCHEDULED")]
    assert done.entities["notes"] == said


@pytest.mark.parametrize(("said", "status", "notes"), [
    ("mark Rohan Sharma in progress, 2nd meeting done", "IN_PROGRESS", "2nd meeting done"),
    ("mark Rohan Sharma in progress, meeting went well", "IN_PROGRESS", "meeting went well"),
    ("Rohan Sharma ko won kar do, 1204 number flat book kiya", "WON", "1204 number flat book kiya"),
])
async def test_what_happened_after_a_status_is_kept_as_notes(engine: LocalEngine, crm: CrmClient, said: str,
                                                            status: str, notes: str) -> None:
    rohan = await create(crm, "Rohan Sharma", "9876543210", "Gurgaon")
    done = (await engine.handle_text(said)).result
    assert done.ok, done.to_json()
    assert done.entities["notes"] == notes
    assert (await _lead(crm, rohan))["status"] == status


@pytest.mark.parametrize(("said", "notes"), [
    ("new lead Fatima Sheikh, Hyderabad, 99490 73737, interested in plot number 27", "interested in plot number 27"),
    ("new lead Harish Salve, Sector 62 Noida, 98111 40404, budget 1.2 crore, wants 3 bhk", "budget 1.2 crore, wants 3 bhk"),
])
async def test_a_new_leads_numbers_that_are_no_phone_stay_in_its_notes(engine: LocalEngine, said: str,
                                                                      notes: str) -> None:
    made = (await engine.handle_text(said)).result
    assert made.ok, made.to_json()
    assert made.entities["notes"] == notes


async def test_a_visit_said_after_a_status_is_said_back_not_dropped(engine: LocalEngine, crm: CrmClient) -> None:
    rohan = await create(crm, "Rohan Sharma", "9876543210", "Gurgaon")
    done = (await engine.handle_text("mark Rohan Sharma in progress, visit kal 4 baje")).result
    assert done.ok, done.to_json()
    assert 'say "visit kal 4 baje" again on its own' in done.message
    assert (await _lead(crm, rohan))["status"] == "IN_PROGRESS"
    assert await visits_of(crm, rohan) == []


async def test_a_status_taken_back_takes_its_day_with_it(engine: LocalEngine, crm: CrmClient) -> None:
    arjun = await create(crm, "Arjun Mehta", "9820098200", "Mumbai")
    done = (await engine.handle_text("Arjun Mehta follow up on 1st december, sorry, in progress")).result
    assert done.ok, done.to_json()
    assert (await _lead(crm, arjun))["status"] == "IN_PROGRESS"


@pytest.mark.parametrize("said", ["Priya Nair ka number 98450 12345 se 98450 54321 kar do",
                                  "change Priya Nair's number to 98450 12345, no, 98450 54321"])
async def test_the_later_number_is_written(engine: LocalEngine, crm: CrmClient, said: str) -> None:
    priya = await create(crm, "Priya Nair", "9845012345", "Kochi")
    done = (await engine.handle_text(said)).result
    assert done.ok, done.to_json()
    assert (await _lead(crm, priya))["phone"] == "9845054321"


async def test_a_move_from_one_day_of_the_month_to_another_keeps_the_time(engine: LocalEngine, crm: CrmClient) -> None:
    sneha = await create(crm, "Sneha Iyer", "9900112233", "Chennai")
    assert (await engine.handle_text("Sneha Iyer site visit on the 2nd at 5 pm")).result.ok
    moved = (await engine.handle_text("move Sneha's visit from the 2nd to the 3rd")).result
    assert moved.ok, moved.to_json()
    assert await visits_of(crm, sneha) == [("2026-12-02T17:00:00+05:30", "RESCHEDULED"),
                                           ("2026-12-03T17:00:00+05:30", "SCHEDULED")]


@pytest.mark.parametrize(("said", "intent", "args"), [
    ("who has the number 98765 43210", "LEAD_FIND", {"query": "9876543210"}),
    ("visits on 28th", "VISIT_FIND", {"day": "2026-11-28"}),
    ("undo the last 2 changes", "UNDO", {}),
])
def test_lookups_and_an_undo_said_with_numbers(said: str, intent: str, args: dict[str, str]) -> None:
    got = parse(said, NOW, TZ)
    assert (got.intent, got.args) == (intent, args)
