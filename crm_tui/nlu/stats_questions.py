"""Questions about the pipeline ("how many leads did we win this month?") and about the day's agenda
("what's on today?", "my next visit").

A question about counts is a lookup (getStats, intent STATS): nothing is written. Each rule is a small
named function with its example utterances; `read_stats_question` tries them in order and the parser
calls it before deciding on a write (one hook in parser._parse_meant). The window said ("this month",
"last week", "in October", "past 7 days") is resolved here to a `period` of two days,
"YYYY-MM-DD..YYYY-MM-DD" in the CRM's time zone, which is the form the bot core sends to GET /crm/stats.

Where a count question and a visit question overlap: "how many visits do I have tomorrow" is the agenda
of one day (findVisits); "how many site visits this week" counts a span of days (getStats).
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from crm_tui.nlu.lexicon import canonical_source, city_pattern, source_pattern
from crm_tui.nlu.lookup_corrected import said_last
from crm_tui.nlu.prefilter import prefiltered

__all__ = ["HINDI_OUTCOMES", "StatsReading", "read_stats_question", "resolve_period", "parse_period", "PERIOD_RE"]

#: The form of a resolved period: first and last day, both included.
PERIOD_RE = re.compile(r"^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$")

_MONTHS = {name.lower(): n for n, name in enumerate(calendar.month_name) if name}
_MONTHS.update({name.lower(): n for n, name in enumerate(calendar.month_abbr) if name})
_MONTHS.pop("may", None)  # "may" is a word first; "in May" is read below with its preposition
_MONTH_WORD = "|".join(sorted((*_MONTHS, "may"), key=len, reverse=True))


@dataclass
class StatsReading:
    """What a pipeline or agenda question asks: the tool, its arguments, and the flags that steer it."""

    intent: str
    tool: str
    args: dict[str, str] = field(default_factory=dict)
    flags: dict[str, str] = field(default_factory=dict)


# ---- the window of days ---------------------------------------------------------------------------


def _span(first: date, last: date) -> str:
    return f"{first.isoformat()}..{last.isoformat()}"


def _month(year: int, month: int) -> str:
    return _span(date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1]))


# Hindi "kal" is both yesterday and tomorrow; a past verb said last makes it yesterday: "kal kitne leads aaye (the)",
# "kal kitne lost hue", "kal kitne visits hue", "kal kitne visits the" (the lookups of one day read it too).
KAL_IN_THE_PAST = (r"\bkal\b(?=.*\b(?:(?:aaye|aayi|aaya|aye|ayi|mile|mili|hue|huye|hui|hua|gaye|gayi|gaya|kiye|kiya|ho\s+gaye|ho\s+gayi)"
                   r"(?:\s+(?:the|thi|tha))?|the|thi|tha)\s*\??\s*$)")
_KAL_IN_THE_PAST = re.compile(KAL_IN_THE_PAST, re.IGNORECASE)


def kal_in_the_past(low: str) -> bool:
    """Is "kal" said with a past verb last, so yesterday? ("kal kitne visits hue": yesterday's.)"""
    return _KAL_IN_THE_PAST.search(low) is not None


# Hinglish says the period with an English noun too: "is week kitne leads aaye", "pichle month kitne lost hue".
_PERIODS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern, re.IGNORECASE), name) for pattern, name in (
        (r"\b(?:today|aaj)\b", "today"),
        (r"\byesterday\b", "yesterday"),
        (KAL_IN_THE_PAST, "yesterday"),
        (r"\b(?:this|the\s+current)\s+week\b|\bis\s+(?:hafte|week)\b|\bthis\s+wk\b", "this_week"),
        (r"\b(?:last|previous|past)\s+week\b|\bpichle\s+(?:hafte|week)\b", "last_week"),
        # Visits ahead are counted too: "how many visits next week", "agle hafte kitne visits hain".
        (r"\b(?:next|coming|upcoming)\s+week\b|\bagle\s+(?:hafte|week)\b", "next_week"),
        (r"\b(?:this|the\s+current)\s+month\b|\bis\s+(?:mahine|month)\b|\bmonth\s+so\s+far\b", "this_month"),
        (r"\b(?:next|coming)\s+month\b|\bagle\s+(?:mahine|month)\b", "next_month"),
        (r"\b(?:last|previous|past)\s+month\b|\bpichle\s+(?:mahine|month)\b", "last_month"),
        (r"\b(?:this|the\s+current)\s+year\b|\bis\s+saal\b", "this_year"),
        (r"\b(?:last|past|previous)\s+(?P<n>\d{1,3})\s+days\b", "last_n_days"),
        (r"\b(?:in|for|during|of)\s+(?P<month>" + _MONTH_WORD + r")\b", "month"),
        # Hindi puts the postposition after: "october mein kitne deals close hue" (it had counted all time).
        (r"\b(?P<month>" + _MONTH_WORD + r")\s+(?:mein|me|main|ke\s+mahine\s+mein|ka|ke|ki)\b", "month"),
    )
)


def resolve_period(text: str, today: date) -> str | None:
    """The window a question names, as "YYYY-MM-DD..YYYY-MM-DD", or None when it names none.

    "this week" is Monday to Sunday; "this month" the calendar month (visits later this month count);
    "in October" is the last October that has begun; "past 7 days" ends today.
    """
    low = text.lower()
    tail = said_last(low)  # "this month, sorry, last month": the period said last
    if tail is not None and tail[0] != low:
        corrected = resolve_period(tail[0], today)
        if corrected is not None:
            return corrected
    for pattern, name in _PERIODS:
        found = pattern.search(low)
        if not found:
            continue
        if name == "today":
            return _span(today, today)
        if name == "yesterday":
            return _span(today - timedelta(days=1), today - timedelta(days=1))
        monday = today - timedelta(days=today.weekday())
        if name == "this_week":
            return _span(monday, monday + timedelta(days=6))
        if name == "next_week":
            return _span(monday + timedelta(days=7), monday + timedelta(days=13))
        if name == "next_month":
            following = today.replace(day=28) + timedelta(days=4)
            return _month(following.year, following.month)
        if name == "last_week":
            return _span(monday - timedelta(days=7), monday - timedelta(days=1))
        if name == "this_month":
            return _month(today.year, today.month)
        if name == "last_month":
            previous = today.replace(day=1) - timedelta(days=1)
            return _month(previous.year, previous.month)
        if name == "this_year":
            return _span(date(today.year, 1, 1), date(today.year, 12, 31))
        if name == "last_n_days":
            days = max(1, min(366, int(found["n"])))
            return _span(today - timedelta(days=days - 1), today)
        month = _MONTHS.get(found["month"].lower(), 5)
        year = today.year if month <= today.month else today.year - 1
        return _month(year, month)
    return None


def parse_period(text: str, today: date) -> str:
    """A period the bot core was given: "YYYY-MM-DD..YYYY-MM-DD", one day, or words ("this month");
    ValueError with a reason otherwise."""
    said = text.strip()
    found = PERIOD_RE.match(said)
    if found:
        first, last = date.fromisoformat(found[1]), date.fromisoformat(found[2])
        if first > last:
            raise ValueError(f"period {said!r} ends before it starts")
        return _span(first, last)
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", said):
        day = date.fromisoformat(said)
        return _span(day, day)
    bare_month = said.lower() in _MONTHS or said.lower() == "may"
    resolved = resolve_period(f"in {said}" if bare_month else said, today)
    if resolved is None:
        raise ValueError(f"period {said!r} is not a window I can read; say e.g. 'this month' or 'last week'")
    return resolved


# ---- the rules ------------------------------------------------------------------------------------

_LEAD_WORD = r"(?:leads?|deals?|customers?|clients?|buyers?|enquir(?:y|ies)|inquir(?:y|ies)|prospects?)"
_VISIT_WORD = r"(?:site[\s-]?)?(?:visits?|viewings?|meetings?)"
_COUNT = prefiltered(r"^\s*(?:(?:so|and|ok(?:ay)?)\s+)?"
                    # The period said first, as a topic: "this month how many visits happened".
                    r"(?:(?:(?:this|last)\s+(?:week|month|year)|today|yesterday)\s*,?\s+)?(?:how\s+many|what(?:'s|\s+is)\s+(?:the|our|my)\s+"
                    r"(?:number|count|tally|total)\s+of|number\s+of|count\s+of|tally\s+of|total|kitne|kitni)\b|\bkitne\b|\bkitni\b|"
                    # The period said first and the count asked last: "yesterday we got how many new leads", "this month
                    # we lost how many leads?".
                    r"^\s*(?:(?:this|last)\s+(?:week|month|year)|today|yesterday)\s*,?\s+(?:we|i)\s+(?:have\s+|had\s+)?[a-z]+\s+how\s+many\b|"
                    # "leads this week?": the count asked with its period alone, as chat asks it.
                    r"^\s*(?:new\s+|naye\s+)?leads\s+(?=(?:this|last|is|pichle)\s+(?:week|month|hafte|mahine)\s*\?\s*$)|"
                    # The count named after what it counts, as a report's heading: "lost leads count for November",
                    # "won leads ka count", "november ka lost count", "new leads this week count".
                    r"\b(?:leads?|deals?|enquir(?:y|ies)|(?:site\s+)?visits?|won|lost)\s+(?:(?:this|last|is|pichle)\s+(?:week|month|year|"
                    r"hafte|mahine)\s+)?(?:ka\s+|ki\s+)?(?:count|tally)\b(?!\s+(?:down|on|of)\b)",
                    re.IGNORECASE)
# What each status is called in a count question: "did we win", "closed", "kitne follow up mein".
_STATUS_WORDS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (status, re.compile(pattern, re.IGNORECASE)) for status, pattern in (
        ("WON", r"\b(?:w[oi]n|wins|closed?|converted|bought|booked\s+a\s+(?:flat|unit|house)|jeet[eai]?|"
                r"(?:are|were|got)\s+sold)\b"),
        # ("haath se gaye": slipped through our hands.)
        # ("how many deals fell through", "kitne backed out": the lost ones said as what happened to the deal.)
        ("LOST", r"\b(?:lost|lose|losing|dropped|dead|haar[eai]?|not\s+interested|uninterested|fell\s+through|"
                 r"fall(?:en)?\s+through|backed\s+out|went\s+cold|"
                 r"haath\s+se\s+(?:gaye|gaya|gayi|nikle|nikla|nikli|nikal\s+gaye))\b"),
        ("FOLLOW_UP", r"\bfollow[\s-]?ups?\b"),
        ("IN_PROGRESS", r"\bin[\s-]?progress\b|\bprogress\s+(?:me|mein|main)\b"),
        ("NEW", r"\bnew\b|\bnaye\b|\bnayi\b|\bfresh\b"),
    )
)
# The outcomes said in Hindi count as their status when people or deals are what is counted: "kitne deal pakke hue"
# (won), "kitne logon ne mana kiya" (lost), "kitne log soch rahe hain" (follow up), "kitne logon se baat chal rahi hai"
# (in progress); never "Rohan ne mana kar diya, kitne din baad call karu" (news, and a question of days).
_COUNTED_IN_HINDI = re.compile(r"\bkitn[eia]\s+(?:deals?|saud[ae]|log|logon|logo|leads?|clients?|customers?|parties)\b",
                               re.IGNORECASE)
HINDI_OUTCOMES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (status, re.compile(pattern, re.IGNORECASE)) for status, pattern in (
        ("WON", r"\b(?:pakk[aei]\s+(?:hue|hua|hui|huye|ho\s+gay[aei])|(?:deals?|saud[ae])\s+pakk[aei])\b"),
        ("LOST", r"\bmana\s+(?:kiya|kiye|ki|kar\s+(?:diya|diye|di|dia))\b"),
        ("FOLLOW_UP", r"\bsoch\s+rah[aei]\b"),
        ("IN_PROGRESS", r"\bbaat\s+chal\s+rah[aei]\b"),
    )
)


def _status_counted(low: str) -> str | None:
    """The status a count question counts: its word ("kitne lost hue"), or its outcome in Hindi ("kitne deal pakke
    hue")."""
    status = next((s for s, pattern in _STATUS_WORDS if pattern.search(low)), None)
    if status is None and _COUNTED_IN_HINDI.search(low):
        status = next((s for s, pattern in HINDI_OUTCOMES if pattern.search(low)), None)
    return status


# "conversion" asks; "converted" is news about a lead ("Meera converted 🎉") unless a question asks it.
_CONVERSION = prefiltered(
    r"\b(?:conversions?(?:\s+rates?)?|win\s+rate|close\s+rate|closing\s+rate|hit\s+rate)\b|"
    r"^\s*(?:how|which|what|kitna|kitne|kaun)\b.*\bconvert(?:s|ing|ed)?\b",
    re.IGNORECASE,
)
_BEST_GROUP = re.compile(
    r"\b(?:which|what)\s+(?P<group>source|channel|platform|city|cities|area|location|sources)\b"
    r"(?=.*\b(?:most|best|highest|top|more)\b)|"
    r"\bwhere\s+do\s+(?:the\s+)?(?:most|best)\s+(?:buyers|leads|deals|customers|wins)\s+come\s+from\b|"
    r"^\s*(?:(?:what(?:'s|\s+is)|which\s+is)\s+)?(?:the\s+|my\s+|our\s+)?(?:best|top)\s+(?P<group2>source|channel|city)\b",
    re.IGNORECASE,
)
_SUMMARY = re.compile(
    r"^\s*(?:how(?:'s|\s+is)\s+(?:the|my|our)\s+(?:pipeline|funnel|sales)|how\s+are\s+(?:we|sales)\s+doing|"
    r"(?:show\s+(?:me\s+)?|give\s+me\s+)?(?:the\s+|my\s+|our\s+)?(?:pipeline|funnel|sales)\s+(?:stats|numbers|summary|report)s?|"
    r"(?:pipeline|funnel)\s+kaisa\s+hai)\b",
    re.IGNORECASE,
)
# A count question that asks for names is a listing ("how many leads and who are they" is rare; "which
# leads are in follow up" is findLeads, and has no count word).
_WRITE_VERB = re.compile(r"\b(?:add|create|register|mark|set|update|change|schedule|book|fix|move|cancel)\b\s+(?!a\s+(?:flat|unit|house))",
                         re.IGNORECASE)


def _source_and_city(low: str, args: dict[str, str]) -> None:
    source = source_pattern().search(low)
    if source and source.group().lower() not in {"web", "friend", "a friend", "broker", "reference", "referred"}:
        args["source"] = canonical_source(source.group())
    city = city_pattern().search(low)
    if city:
        args["city"] = " ".join(word.capitalize() for word in city.group().split())


# A source that is also the name of the lead it brings, counted in the plural: "how many walk ins did we get this
# week" (leads from walk-ins), "kitne referrals aaye is mahine".
_SOURCE_COUNTED = re.compile(r"\b(walk[\s-]?in|referral|cold[\s-]call)s\b")


# The leads counted by where they came from, with no word for leads: "how many came through Facebook this week",
# "Instagram se is hafte kitne log aaye".
_CAME_FROM_A_SOURCE = re.compile(r"\b(?:came|come|coming|got|aaye|aaya|aayi|aye|mile)\b(?=.*\b(?:from|through|thru|via)\s)|"
                                 r"\b(?:from|through|thru|via|se)\b(?=.*\b(?:came|come|got|aaye|aaya|aayi|aye|mile)\b)")


def count_question(low: str, today: date) -> StatsReading | None:
    """"how many leads did we win this month", "kitne leads follow up mein hain", "how many leads came
    from instagram this week?", "how many site visits this week", "how many leads did we close last month",
    "how many walk ins did we get this week"."""
    if not _COUNT.search(low) or _WRITE_VERB.search(low):
        return None
    low = _SOURCE_COUNTED.sub(lambda m: m.group(1) + " leads", low)
    period = resolve_period(low, today)
    args: dict[str, str] = {}
    if re.search(r"\b" + _VISIT_WORD + r"\b", low) and not re.search(r"\b" + _LEAD_WORD + r"\b", low):
        # Visits over a span of days are counted; one day's visits are its agenda (findVisits).
        if period is None or period.split("..")[0] == period.split("..")[1]:
            return None
        args["about"] = "visits"
        _source_and_city(low, args)
        args["period"] = period
        return StatsReading("STATS", "getStats", args)
    status = _status_counted(low)
    names_leads = re.search(r"\b" + _LEAD_WORD + r"\b", low)
    if not names_leads and status is None and not _CAME_FROM_A_SOURCE.search(low):
        return None
    if status is not None:
        args["status"] = status
    _source_and_city(low, args)
    if status is None and "source" not in args and "city" not in args and period is None:
        # (…or asked as what we have: "how many leads do we have", "how many leads are there", "kitne leads hain".)
        if re.search(r"\b(?:total|in\s+all|overall|altogether|kul|sab\s+mila\s*ke?)\b|\b(?:do\s+we\s+have|have\s+we\s+got|"
                     r"are\s+there|in\s+the\s+(?:crm|system))\s*[?.!]*\s*$|^\s*kitne\s+leads\s+(?:hain|hai|h)\s*[?.!]*\s*$", low):
            return StatsReading("STATS", "getStats", args)  # "total leads kitne hain": the whole pipeline
        return None  # "how many leads" alone: nothing to count by
    if period:
        args["period"] = period
    return StatsReading("STATS", "getStats", args)


def conversion_question(low: str, today: date) -> StatsReading | None:
    """"what's my conversion from Instagram", "conversion rate in Pune this month", "how is Facebook
    converting"."""
    if not _CONVERSION.search(low) or _WRITE_VERB.search(low):
        return None
    args = {"about": "conversion"}
    _source_and_city(low, args)
    period = resolve_period(low, today)
    if period:
        args["period"] = period
    return StatsReading("STATS", "getStats", args)


def best_group_question(low: str, today: date) -> StatsReading | None:
    """"which source brings the most buyers", "which city converts best", "best source this month"."""
    found = _BEST_GROUP.search(low)
    if not found:
        return None
    group = (found.group("group") or found.group("group2") or "source").lower()
    args = {"about": "cities" if group.startswith(("cit", "area", "loc")) else "sources"}
    period = resolve_period(low, today)
    if period:
        args["period"] = period
    return StatsReading("STATS", "getStats", args)


def summary_question(low: str, today: date) -> StatsReading | None:
    """"how's the pipeline", "how are we doing this month", "pipeline stats"."""
    if not _SUMMARY.search(low):
        return None
    period = resolve_period(low, today)
    return StatsReading("STATS", "getStats", {"period": period} if period else {})


_TODAY_AGENDA = re.compile(
    r"^\s*(?:so\s+|and\s+|ok(?:ay)?\s+)?(?:what(?:'s|\s+is)\s+on|what\s+have\s+(?:i|we)\s+got|what\s+do\s+(?:i|we)\s+have)"
    r"(?:\s+(?:for|on))?\s+(?:today|tomorrow|tonight)\s*\??\s*$|"
    # "kal ka schedule batao", typed "tmrw ka schedule batao".
    r"^\s*(?:aaj|kal|parso|today|tomorrow|tmrw|tmr)\s+(?:ka|ke)\s+(?:kya\s+)?(?:plan|schedule|agenda)\b",
    re.IGNORECASE,
)
_NEXT_VISIT = re.compile(
    r"^\s*(?:(?:what(?:'s|\s+is)|when(?:'s|\s+is)|where(?:'s|\s+is)|who(?:'s|\s+is)|tell\s+me|show\s+me)\s+)?"
    r"(?:my|our|the)\s+next\s+(?:site\s+)?(?:visit|meeting|appointment|viewing)\b(?!\s+with\b)|"
    # Not "next visit kab hai Deepak ka": a lead named after the question asks about that lead's visit.
    r"^\s*(?:mera\s+)?(?:agla|next)\s+(?:visit|meeting)\s+(?:kab|kaun|kis)\b(?!.*\s\S+\s+k[aie]\s*[?.!]*$)",
    re.IGNORECASE,
)


def agenda_question(low: str, today: date) -> StatsReading | None:
    """"what's on today", "what have I got tomorrow", "my next visit", "when is my next meeting"."""
    if _NEXT_VISIT.search(low):
        return StatsReading("VISIT_FIND", "findVisits", {}, {"next_only": "true"})
    if _TODAY_AGENDA.search(low):
        ahead = 2 if re.search(r"\bparso\b", low) else 1 if re.search(r"\b(?:tomorrow|kal|tmrw|tmr)\b", low) else 0
        day = today + timedelta(days=ahead)
        return StatsReading("VISIT_FIND", "findVisits", {"day": day.isoformat()})
    return None


# Leads asked for by the source they came from: "which leads are from instagram", "show me leads from 99acres", "who came
# from magicbricks", "kaun se leads instagram se aaye". The CRM's search reads a name, a phone or a city, never a source
# (a findLeads query "Instagram" finds nobody), so the answer is the source's count of new leads and their conversion,
# the corpus's reading of "how many leads came from instagram".
_SOURCE_LISTING = re.compile(
    r"^\s*(?:(?:(?:which|what|any|all|show(?:\s+me)?|list|get\s+me|find|kaun\s+s[eia]|kin|saare|sab)\s+)?(?:the\s+|my\s+|our\s+|all\s+)?"
    r"(?:new\s+)?(?:leads?|clients?|customers?|enquiries|inquiries|prospects?|buyers?|contacts?|people|log)\b|"
    r"who(?:\s+all)?\b|kaun(?:\s+kaun)?\b)"
    r"(?:\s+(?:are|were|is|was|have|has|that|who|all|did|hai|hain))*\s+"
    r"(?:(?:came|come|coming|got|aaye|aaya|aayi)\s+)?(?:(?:in\s+)?(?:from|via|through|thru|on)\s+)?(?P<source>\S+(?:\s+\S+)?)",
    re.IGNORECASE,
)


# The period said after the source ("… from google this month"), read by `resolve_period`.
_PERIOD_SAID = re.compile(r"\b(?:this|last|is|pichle|pichhle|previous)\s+(?:week|month|year|mahine|hafte|saal)\b|\b(?:today|aaj)\b")


def source_listing(low: str, today: date) -> StatsReading | None:
    """"which leads are from instagram", "any leads from referral?", "who came from magicbricks", "kaun se leads instagram
    se aaye": the leads a known source brought (never "leads from Pune", a town, which findLeads answers)."""
    found = _SOURCE_LISTING.match(low)
    if not found or _WRITE_VERB.search(low):
        return None
    source = source_pattern().match(low, found.start("source"))
    if not source or source.group().lower() in {"web", "friend", "a friend", "broker", "reference", "referred"}:
        return None
    rest = city_pattern().sub(" ", _PERIOD_SAID.sub(" ", low[source.end():]))
    if not re.fullmatch(r"(?:\s+(?:se|say)(?:\s+(?:aaye|aaya|aayi|aye|aya|hain|hai|the))*)?(?:\s+(?:leads?|in|mein|me))*\s*[?.!]*\s*",
                        rest):
        return None  # "which leads from instagram are in follow up": more asked than the source
    args = {"source": canonical_source(source.group())}
    city = city_pattern().search(low, source.end())
    if city:
        args["city"] = " ".join(word.capitalize() for word in city.group().split())  # "… from website in Pune"
    period = resolve_period(low, today)
    if period:
        args["period"] = period
    return StatsReading("STATS", "getStats", args)


_RULES = (agenda_question, best_group_question, conversion_question, summary_question, source_listing, count_question)
_ORDER = ("about", "status", "source", "city", "period")


def read_stats_question(text: str, now: datetime, tz: str) -> StatsReading | None:
    """The stats or agenda lookup a sentence asks for, or None when it asks for neither."""
    low = text.lower().strip()
    today = now.astimezone(ZoneInfo(tz)).date()
    for rule in _RULES:
        reading = rule(low, today)
        if reading is not None:
            reading.args = {k: reading.args[k] for k in (*_ORDER, "day") if k in reading.args}
            return reading
    return None
