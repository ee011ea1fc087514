"""When the lead arrives in town, told with a visit, is no when of the visit.

"book Amit Verma monday 11 am, he lands on sunday night from Dubai, wants a sea facing 3 bhk": the day he lands was read
as a second time of the visit (the bot asked "two times said: on sunday") and the clause dropped from the notes. A
clause of the lead's own arrival (he / she / they lands, arrives, reaches, flies in, is back, comes back, returns) says
when the lead is in town; its day is blanked before the visit's when and its second times are looked for, so the clause
is kept as a remark when the visit reads the same without it.
"""

from __future__ import annotations

from crm_tui.nlu.when_readers import Gated

_ARRIVAL = Gated(
    r"(?:^|[,;.]\s*)(?:he|she|they|woh|wo|vo)\s+(?:will\s+|is\s+going\s+to\s+|is\s+)?"
    r"(?:lands?|landing|arrives?|arriving|reach(?:es|ing)?|flies\s+in|flying\s+in|back|comes?\s+back|coming\s+back|"
    r"returns?|returning|be\s+back)\b(?P<when>[^,;.]*)",
    ("land", "arriv", "reach", "fl", "back", "return"))


def without_the_leads_arrival(low: str) -> str:
    """`low` with the when of the lead's arrival blanked (same length, so spans read elsewhere still hold)."""
    m = _ARRIVAL.search(low)
    if m is None:
        return low
    a, b = m.span("when")
    return low[:a] + " " * (b - a) + low[b:]
