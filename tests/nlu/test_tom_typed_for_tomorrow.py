""""tom" typed for tomorrow (batch 83): lower case, before a time or a part of the day or after a visit's word, it is
tomorrow (`thumbs.tom_is_tomorrow`); a capitalised "Tom" stays a name."""

from __future__ import annotations

import pytest

from tests.nlu.said import said


@pytest.mark.parametrize(("text", "when"), [
    ("kavya visit tom mrng", "2026-11-26T10:00:00+05:30"),
    ("book meera kapoor tom 5pm", "2026-11-26T17:00:00+05:30"),
    ("deepak patil ko tom 4 baje bulao", "2026-11-26T16:00:00+05:30"),
])
def test_tom_is_tomorrow(text: str, when: str) -> None:
    intent, args = said(text)
    assert intent == "VISIT_SCHEDULE"
    assert args["visit_time"] == when
    assert args["lead_id"] != "Tom"


def test_a_capitalised_tom_is_a_name() -> None:
    _, args = said("book a visit for Tom Mathew tmrw 4pm")
    assert args["lead_id"] == "Tom Mathew"
