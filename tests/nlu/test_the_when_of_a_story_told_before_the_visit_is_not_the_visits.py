"""The part of the day of a story told before the booking ("rohan sharma aaj shaam ko mila tha, usko kal subah das baje
bula lo": met this evening) is not the visit's: the visit is at 10 am, not 10 pm. Two rules: the story's when is read
with the "ko" and the place Hindi puts before its verb (`dates._STORY_WHEN_FIRST`), and the part of the day said just
before the hour is the hour's, whatever another clause said first (`when_readers._PERIOD_BEFORE_THE_HOUR`)."""

from __future__ import annotations

import pytest

from tests.nlu.said import said


@pytest.mark.parametrize(("text", "when"), [
    ("rohan sharma aaj shaam ko mila tha usko kal subah das baje site pe bula lo", "2026-11-26T10:00:00+05:30"),
    ("rohan sharma aaj shaam ko mila tha usko kal 10 baje site pe bula lo", "2026-11-26T10:00:00+05:30"),
    ("rohan sharma shaam ko mila tha usko kal subah 10 baje site pe bula lo", "2026-11-26T10:00:00+05:30"),
    ("rohan sharma ko kal shaam ko 5 baje bula lo", "2026-11-26T17:00:00+05:30"),
])
def test_the_visit_is_at_the_hour_said_for_it(text: str, when: str) -> None:
    intent, args = said(text)
    assert (intent, args.get("visit_time")) == ("VISIT_SCHEDULE", when)
    assert "rohan" not in args.get("notes", "").lower()


def test_the_guy_met_is_asked_about_not_booked_at_night() -> None:
    intent, args = said("jo banda aaj shaam ko gate pe mila tha usko kal subah das baje site pe bula lo")
    assert (intent, args.get("visit_time")) == ("VISIT_SCHEDULE", "2026-11-26T10:00:00+05:30")


def test_the_guy_who_was_met_and_his_own_wife_name_no_lead() -> None:
    """Hindi "jo" (who) and "apni" (his own) are no names (`lexicon.NOT_NAME_WORDS`): the lead is asked for."""
    assert said("jo banda aaj shaam ko gate pe mila tha usko kal subah das baje site pe bula lo wo apni wife ke saath "
                "aayega") == ("VISIT_SCHEDULE", {"visit_time": "2026-11-26T10:00:00+05:30",
                                                 "notes": "wo apni wife ke saath aayega"})
