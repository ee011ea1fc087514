"""News of a property told as the reason for a visit's change: no status of the lead, no order.

"cancel Priya Nair's visit tomorrow, the 3rd floor flat in Prestige Lakeside got sold", "cancel Farhan's visit, plot 47
is already booked by someone": the flat, the plot, the unit was sold or booked, not the lead. The outcome verb had been
read as a status in the clause, so the reason was dropped from the cancel's notes. A clause whose subject is a thing
for sale, with its outcome verb after it, is a remark with a visit's order.
"""

from __future__ import annotations

import re

_THING_SOLD = re.compile(
    r"^(?:the\s+|that\s+|this\s+|a\s+)?(?:[\w.,-]+\s+){0,7}?(?:flats?|plots?|units?|villas?|shops?|houses?|apartments?|"
    r"penthouses?|bhk|floor)\b(?:\s+[\w.,-]+){0,6}?\s+(?:is|was|has|got|have|are|were|hai|ho)?\s*(?:already\s+|just\s+)?"
    r"(?:been\s+)?(?:sold|booked|taken|gone|bik\s+gay[aie]|book\s+ho\s+gay[aie])\b")
_VISIT_TOOLS = frozenset({"cancelVisit", "scheduleVisit"})


def a_propertys_outcome(low: str, tool: str | None) -> bool:
    """Is the clause `low` news that a property was sold or booked, said with a visit's order? (Gated by the tool.)"""
    return tool in _VISIT_TOOLS and _THING_SOLD.match(low) is not None
