"""A lead's details given every way and changed later (blind batch 60, docs/nlu.md "Batch 60"):

- A name word typed short keeps its stop when the name goes on ("Mohd. Irfan Ansari"), as an initial does
  (`names._SHORT_NAME_WORD`): the create had saved "Mohd Irfan Ansari", a name the speaker did not type.
"""

from __future__ import annotations

import pytest

from crm_tui.nlu.parser import parse
from tests.nlu.said import NOW, TZ, said


@pytest.mark.parametrize(("text", "name"), [
    ("Mohd. Irfan Ansari ka lead bana do, Bhopal se, 098765 11223, insta se aaya tha", "Mohd. Irfan Ansari"),
    ("add lead Md. Salim, Bhopal, 98765 11223", "Md. Salim"),
    ("add lead Mohd Irfan, Bhopal, 98765 11223", "Mohd Irfan"),  # typed without the stop, saved without it
    ("add lead R. K. Sharma, Delhi, 98110 45678", "R. K. Sharma"),
])
def test_a_name_word_typed_short_keeps_its_stop(text: str, name: str) -> None:
    got = parse(text, NOW, TZ)
    assert (got.intent, got.args.get("name"), got.doubts) == ("LEAD_CREATE", name, [])


def test_a_sentences_stop_after_a_name_is_not_the_names() -> None:
    assert said("add lead Irfan Khan, Bhopal, 98765 11223. Md.")[1].get("name") != "Irfan Khan Md."
