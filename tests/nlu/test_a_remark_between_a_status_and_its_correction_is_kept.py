"""A remark said between a status (or a new lead's source) and its correction is kept as notes, and the correction
applies (`corrections._in_place_across_a_remark`): the new value takes the place of the one taken back, the remark
stays after it. "set Deepak to follow up, she wants a corner flat, actually won" wrote WON and dropped the remark;
"mark Rohan won, he paid the token, no wait, in progress" asked about two statuses (the correction took back "paid
the token", the news, instead of "won", the order: `corrections._status_taken_back`); "Rohan paid the token, no wait,
he backed out" wrote WON (a correction's value after "he" was not seen)."""

from __future__ import annotations

import pytest

from crm_tui.nlu.parser import parse
from tests.nlu.said import NOW, TZ


@pytest.mark.parametrize(("text", "status", "notes"), [
    ("mark Rohan won, he paid the token, no wait, in progress", "IN_PROGRESS", "he paid the token"),
    ("mark Rohan won, he paid the token, no wait, in progress, call him monday", "IN_PROGRESS",
     "he paid the token, call him monday"),
    ("set Deepak to follow up, she wants a corner flat, actually won", "WON", "she wants a corner flat"),
    ("Rohan's status is lost, budget 1.2 cr, I mean in progress", "IN_PROGRESS", "budget 1.2 cr"),
    ("Arjun Mehta ko won kar do, usko park facing chahiye, matlab follow up", "FOLLOW_UP", "usko park facing chahiye"),
    ("change Deepak Patil status to in progress, she wants a corner flat, no actually follow up", "FOLLOW_UP",
     "she wants a corner flat"),
    ("Rohan paid the token, no wait, he backed out", "LOST", None),
])
def test_a_status_corrected_across_a_remark_keeps_the_remark(text: str, status: str, notes: str | None) -> None:
    got = parse(text, NOW, TZ)
    assert (got.intent, got.args.get("status"), got.args.get("notes"), got.doubts) == ("LEAD_UPDATE", status, notes, [])


@pytest.mark.parametrize(("text", "source", "notes"), [
    ("add lead Rekha Nair Trivandrum 94470 11 22 3 walk in, she wants a corner flat, no actually website", "Website",
     "she wants a corner flat"),
    ("new lead, Ayesha Siddiqui, Lucknow, 97950 11234, 99acres se, budget 1.2 cr, no no magicbricks se", "MagicBricks",
     "budget 1.2 cr"),
    ("add Suresh Raina, Ghaziabad, 99990 12345, referral, she wants a corner flat, actually source is walk-in", "Walk-in",
     "she wants a corner flat"),
])
def test_a_source_corrected_across_a_remark_keeps_the_remark(text: str, source: str, notes: str) -> None:
    got = parse(text, NOW, TZ)
    assert (got.args.get("source"), got.args.get("notes"), got.doubts) == (source, notes, [])


@pytest.mark.parametrize(("text", "status"), [
    ("mark Amit Verma as lost, actually no, in progress", "IN_PROGRESS"),  # two cues, nothing between
    ("update Harpreet to lost, sorry I mean follow up", "FOLLOW_UP"),
    ("mark Amit won, no wait, lost", "LOST"),
])
def test_a_correction_with_nothing_between_is_as_before(text: str, status: str) -> None:
    got = parse(text, NOW, TZ)
    assert (got.args.get("status"), got.args.get("notes"), got.doubts) == (status, None, [])
