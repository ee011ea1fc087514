"""A week's agenda: the visits of a week or a weekend asked for, read as findVisits' `period`
("YYYY-MM-DD..YYYY-MM-DD", both days included, the form getStats takes).

"any site visits next week?", "show me next week's visits", "agle hafte ke visits dikhao" -> Monday to Sunday of
next week (2026-11-30..2026-12-06 on Wednesday 25 November); "who is coming this weekend", "weekend pe kaun kaun
aa raha hai" -> the coming Saturday and Sunday (2026-11-28..2026-11-29); "next weekend" a week later; "next to
next week" / "agle ke agle hafte" two weeks on. "this week" is no period here: the corpus reads "what visits do I
have this week" as the default window (the coming seven days). A day said with its week ("next week Thursday")
is that day, not the week. When two are said, the last one stands ("this weekend, sorry, next weekend").
"""

from __future__ import annotations

import re
from datetime import date, timedelta

#: A week or a weekend said, for the lookup patterns (no groups).
WEEK_SAID = (r"(?:(?:next|coming|upcoming|agle|agla|is|this)\s+)?weekend|"
             r"(?:next\s+to\s+next|agle\s+ke\s+agle|next|coming|upcoming|agle|agla)\s+(?:week|hafte|hafta|wk)|"
             r"(?:the\s+)?week\s+after\s+next")

_WEEK = re.compile(
    r"\b(?:(?P<twice>next\s+to\s+next|agle\s+ke\s+agle)\s+(?:week|hafte|hafta|wk)|(?:the\s+)?week\s+after\s+next"
    r"(?P<after>)|(?P<next>next|coming|upcoming|agle|agla)\s+(?:week|hafte|hafta|wk)(?!\s*end)|"
    r"(?:(?P<which>next|coming|upcoming|agle|agla|is|this)\s+)?weekend)\b",
    re.IGNORECASE,
)


def week_asked(low: str, today: date) -> tuple[str, tuple[int, int]] | None:
    """The period of the last week or weekend said in `low` and where it was said, or None.

    >>> week_asked("any site visits next week?", date(2026, 11, 25))
    ('2026-11-30..2026-12-06', (16, 25))
    >>> week_asked("weekend pe kaun kaun aa raha hai", date(2026, 11, 25))[0]
    '2026-11-28..2026-11-29'
    >>> week_asked("what visits do I have this week", date(2026, 11, 25)) is None
    True
    """
    if "week" not in low and "hafte" not in low and "hafta" not in low and " wk" not in low:
        return None
    found = max(_WEEK.finditer(low), key=lambda said: said.start(), default=None)
    if found is None:
        return None
    monday = today - timedelta(days=today.weekday())
    if found.group("twice") is not None or found.group("after") is not None:
        first, last = monday + timedelta(days=14), monday + timedelta(days=20)
    elif found.group("next") is not None:
        first, last = monday + timedelta(days=7), monday + timedelta(days=13)
    else:  # a weekend: the coming Saturday and Sunday (today on a Sunday); "next weekend" a week later
        first = today if today.weekday() == 6 else today + timedelta(days=(5 - today.weekday()) % 7)
        last = first if today.weekday() == 6 else first + timedelta(days=1)
        if (found.group("which") or "").lower() in ("next", "agle", "agla"):  # "coming weekend" is this one
            first, last = first + timedelta(days=7), last + timedelta(days=7)
    return f"{first.isoformat()}..{last.isoformat()}", found.span()
