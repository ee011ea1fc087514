"""A voice note's close ("that's it", "bas itna hi thanks") is not saved as the end of the notes, and its opening
("one more thing") does not stop the lead being found (`nlu/voice_note.py`)."""

from __future__ import annotations

from crm_tui.bot.client import CrmClient
from crm_tui.engines.local import LocalEngine
from tests.bot.conftest import create, visits_of


async def test_a_voice_notes_close_is_not_saved_with_its_notes(engine: LocalEngine, crm: CrmClient) -> None:
    rohan = await create(crm, "Rohan Sharma", "9876543210", "Gurgaon")
    said = "ok so put rohan sharma in progress because his loan got approved call him on monday that's it"
    reply = (await engine.handle_text(said)).result
    assert reply.ok, reply.to_json()
    detail = (await crm.get_lead(rohan["lead_id"])).json
    assert [(h["new_status"], h["notes"]) for h in detail["status_history"]][-1] == (
        "IN_PROGRESS", "his loan got approved call him on monday")


async def test_a_voice_notes_opening_books_the_lead_it_names(engine: LocalEngine, crm: CrmClient) -> None:
    meera = await create(crm, "Meera Kapoor", "8877665544", "Jaipur")
    said = "one more thing meera kapoor wants to come tomorrow at quarter to six bas itna hi"
    reply = (await engine.handle_text(said)).result
    assert reply.ok, reply.to_json()
    assert await visits_of(crm, meera) == [("2026-11-26T17:45:00+05:30", "SCHEDULED")]
