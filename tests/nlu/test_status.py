"""Lead statuses from the words sales people use, and the words that only look like statuses."""

from __future__ import annotations

import pytest

from crm_tui.nlu.status import STATUSES, find_status, normalize_status


def test_the_five_statuses_in_the_api_order() -> None:
    assert STATUSES == ("NEW", "IN_PROGRESS", "FOLLOW_UP", "WON", "LOST")


@pytest.mark.parametrize(
    ("said", "status"),
    [
        ("new", "NEW"), ("NEW", "NEW"), ("New", "NEW"),
        ("in progress", "IN_PROGRESS"), ("In-Progress", "IN_PROGRESS"), ("IN_PROGRESS", "IN_PROGRESS"),
        ("inprogress", "IN_PROGRESS"), ("  in   progress ", "IN_PROGRESS"), ("in progres", "IN_PROGRESS"),
        ("follow up", "FOLLOW_UP"), ("follow-up", "FOLLOW_UP"), ("followup", "FOLLOW_UP"),
        ("FOLLOW_UP", "FOLLOW_UP"), ("Follow Up", "FOLLOW_UP"), ("folow up", "FOLLOW_UP"),
        ("won", "WON"), ("Won", "WON"), ("WON!", "WON"), ("closed the deal", "WON"), ("closed won", "WON"),
        ("deal done", "WON"), ("converted", "WON"),
        ("lost", "LOST"), ("Lost.", "LOST"), ("not interested", "LOST"), ("closed lost", "LOST"),
        ("closed-lost", "LOST"), ("went with a competitor", "LOST"), ("backed out", "LOST"),
        # What speech recognisers write for a status said alone.
        ("one", "WON"), ("loss", "LOST"), ("follow of", "FOLLOW_UP"), ("in process", "IN_PROGRESS"),
    ],
)
def test_spoken_statuses_normalise(said: str, status: str) -> None:
    assert normalize_status(said) == status


@pytest.mark.parametrize("said", ["maybe", "", "purple", "hmm"])
def test_words_that_are_not_statuses_say_why(said: str) -> None:
    with pytest.raises(ValueError) as err:
        normalize_status(said)
    assert "new, in progress, follow up, won or lost" in str(err.value)


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("add a new lead Rohan", None),  # "new lead" is not the NEW status
        ("he won't buy", None),  # "won't" is not WON
        ("he came last week", None),  # "last" is not "lost"
        ("she is not interested any more", "LOST"),  # not "interested" -> IN_PROGRESS
        ("closed lost after the visit", "LOST"),
        ("mark him as won", "WON"),
        ("that one is still thinking", None),  # "one" is a win only as a whole answer
    ],
)
def test_find_status_in_a_sentence(text: str, status: str | None) -> None:
    found = find_status(text)
    assert (found[0] if found else None) == status
