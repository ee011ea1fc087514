"""One tool declaration feeds both engines: Gemini function declarations and the local engine's slots."""

from __future__ import annotations

from google.genai import types as genai_types

from crm_tui.bot.tools import TOOLS, gemini_function_declarations, required_slots


def test_required_slots() -> None:
    assert required_slots("createLead") == ["name", "phone", "city"]
    assert required_slots("scheduleVisit") == ["lead_id", "visit_time"]
    assert required_slots("updateLeadStatus") == ["lead_id", "status"]
    assert required_slots("findLeads") == ["query"]
    assert required_slots("cancelVisit") == ["lead_id"]
    assert required_slots("findVisits") == []


def test_gemini_declarations_come_from_the_same_list() -> None:
    declarations = gemini_function_declarations()
    assert [d.name for d in declarations] == [t.name for t in TOOLS]
    by_name = {d.name: d for d in declarations}
    create = by_name["createLead"].parameters
    assert create is not None and create.type == genai_types.Type.OBJECT
    assert create.required == ["name", "phone", "city"]
    assert set(create.properties or {}) == {"name", "phone", "city", "source", "notes"}
    status = by_name["updateLeadStatus"].parameters.properties["status"]  # type: ignore[union-attr,index]
    assert status.enum == ["NEW", "IN_PROGRESS", "FOLLOW_UP", "WON", "LOST"]
    visit_time = by_name["scheduleVisit"].parameters.properties["visit_time"]  # type: ignore[union-attr,index]
    assert "ISO 8601" in (visit_time.description or "")
    # The declarations serialise the way the SDK sends them in a Live setup message.
    tool = genai_types.Tool(function_declarations=declarations)
    dumped = tool.model_dump(exclude_none=True, mode="json")
    assert len(dumped["function_declarations"]) == 10
    # Moving a visit is a flag the model sets (a real boolean), not a string it has to spell.
    reschedule = by_name["scheduleVisit"].parameters.properties["reschedule"]  # type: ignore[union-attr,index]
    assert reschedule.type == genai_types.Type.BOOLEAN
    # visit_time is required unless shift_days is given ("postpone his visit by a day"): optional to the model,
    # the core checks that one of the two was said.
    assert by_name["scheduleVisit"].parameters.required == ["lead_id"]  # type: ignore[union-attr]
    shift = by_name["scheduleVisit"].parameters.properties["shift_days"]  # type: ignore[union-attr,index]
    assert shift.type == genai_types.Type.INTEGER
    by_minutes = by_name["scheduleVisit"].parameters.properties["shift_minutes"]  # type: ignore[union-attr,index]
    assert by_minutes.type == genai_types.Type.INTEGER
