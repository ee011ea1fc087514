"""A name with initials is saved as it was typed: "R. K. Sharma", "V. Raghavan", "R.K. Sharma" (the dots were dropped,
"R K Sharma", so the CRM held a name nobody wrote; "R.K. Sharma" read as "R" alone). Initials said without dots
("P V Ramana") stay without; a dot after a whole word ends the sentence and is no part of the name; honorifics
("Dr.") are still dropped.
"""

from __future__ import annotations

import pytest

from crm_tui.nlu.lexicon import title_case
from tests.nlu.said import said


@pytest.mark.parametrize(("text", "name"), [
    ("add new lead R. K. Sharma, New Delhi, 98110 45678, came through 99 acres", "R. K. Sharma"),
    ("add lead V. Raghavan, Chennai, 94440 56789, google search se mila", "V. Raghavan"),
    ("add lead R.K. Sharma Delhi 98110 45678", "R.K. Sharma"),
    ("add lead j.p. dutta, mumbai, 98190 11223", "J.P. Dutta"),
    ("new lead A. R. Rahman from Chennai 94440 11223", "A. R. Rahman"),
    ("naya lead K. Srinivasan, Coimbatore, 94431 55667", "K. Srinivasan"),
    ("add lead Priya N. from Pune 98220 33445", "Priya N."),
    ("add lead P V Ramana Hyderabad 98480 99887 website", "P V Ramana"),
    ("add lead Sunil Gavaskar. phone 98220 33445 city Mumbai", "Sunil Gavaskar"),
    ("add lead Dr. Anil Kumar, Patna, 94310 22113", "Anil Kumar"),
    ("new lead Mark Fernandes from Goa, 9822 445 566, via website", "Mark Fernandes"),
])
def test_the_name_is_saved_with_its_initials_as_typed(text: str, name: str) -> None:
    intent, args = said(text)
    assert (intent, args["name"]) == ("LEAD_CREATE", name)


@pytest.mark.parametrize(("text", "lead"), [
    ("mark R. K. Sharma as won", "R. K. Sharma"),
    ("book a visit for V. Raghavan tomorrow at 5", "V. Raghavan"),
])
def test_a_lead_named_with_initials(text: str, lead: str) -> None:
    assert said(text)[1]["lead_id"] == lead


def test_title_case_capitalises_each_initial() -> None:
    assert title_case("r.k. sharma") == "R.K. Sharma" and title_case("d'souza") == "D'Souza"
