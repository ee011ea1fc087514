"""A reason typed after a status with chat's "bcoz" / "bcz" (held-out batch 66) is saved as the notes without the word,
as "because" is: "kavya reddy won ho gyi bcoz loan approved" had saved "bcoz loan approved" (`lexicon.TYPOS`, and the
lead-in words of `remarks`)."""

from __future__ import annotations

import pytest

from crm_tui.bot.client import CrmClient
from crm_tui.engines.local import LocalEngine
from tests.bot.conftest import create


@pytest.mark.parametrize(("said", "status", "notes"), [
    ("kavya reddy won ho gyi bcoz loan approved", "WON", "loan approved"),
    ("mark kavya reddy lost bcz she bought elsewhere", "LOST", "she bought elsewhere"),
])
async def test_the_reason_is_saved_without_bcoz(engine: LocalEngine, crm: CrmClient, said: str, status: str,
                                               notes: str) -> None:
    kavya = await create(crm, "Kavya Reddy", "9000012345", "Hyderabad")
    done = (await engine.handle_text(said)).result
    assert done.ok, done.to_json()
    assert done.entities["notes"] == notes
    assert (await crm.get_lead(kavya["lead_id"])).json["status"] == status
