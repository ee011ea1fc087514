"""A lead pointed at with "wala" (or its file) given to a colleague in Hindi is assigned to that colleague, and why
him, said after ("wahi sambhalega"), is no part of his name. "Deepak Patil wala lead Suresh ko de do" had not been
understood."""

from __future__ import annotations

import pytest

from tests.nlu.said import said


@pytest.mark.parametrize(("text", "lead", "who"), [
    ("Rohan Sharma wala lead Manoj ko de do", "Rohan Sharma", "Manoj"),
    ("Meera Kapoor ki file Ramesh ko de do, wahi sambhalega", "Meera Kapoor", "Ramesh"),
    ("Sneha wali lead Pooja ko assign kar do", "Sneha", "Pooja"),
    ("Farhan Qureshi ka lead Imran ko de do, wahi dekhega Lucknow", "Farhan Qureshi", "Imran"),
])
def test_a_lead_pointed_at_with_wala_given_to_a_colleague(text: str, lead: str, who: str) -> None:
    assert said(text) == ("LEAD_EDIT", {"lead_id": lead, "assigned_to": who})
