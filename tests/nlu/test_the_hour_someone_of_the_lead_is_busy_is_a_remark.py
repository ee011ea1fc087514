"""The hour someone of the lead's is free or busy, or their day ends, said after the visit ("… sorry paanch baje uske
bachche ki class chaar baje khatam hoti hai"), is a remark (`remarks._SOMEONES_SCHEDULE`): it had been dropped with no
word, its hour taken for a slot. Only while the visit reads the same without it; a day said so is still asked about."""

from __future__ import annotations

from tests.nlu.said import said


def test_the_hour_a_childs_class_ends_is_a_note() -> None:
    assert said("sneha iyer ka visit book karo sunday ko chaar baje shaam ko sorry paanch baje uske bachche ki class "
                "chaar baje khatam hoti hai") == ("VISIT_SCHEDULE", {
                    "lead_id": "Sneha Iyer", "visit_time": "2026-11-29T17:00:00+05:30",
                    "notes": "uske bachche ki class chaar baje khatam hoti hai"})


def test_the_hour_of_the_visit_said_only_there_is_the_visits() -> None:
    assert said("book sneha iyer saturday, her husband is free at 4")[1] == {
        "lead_id": "Sneha Iyer", "visit_time": "2026-11-28T16:00:00+05:30"}


def test_the_day_someone_is_free_is_asked_about() -> None:
    assert "notes" not in said("sneha iyer ka visit saturday rakh do uske pati sunday ko free hain")[1]
