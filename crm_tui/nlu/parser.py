"""The local engine's understanding: one transcript in, one tool call (as understood) out.

No model, no network: rules over the words sales people use ("add a new lead", "fix a site visit",
"mark him as won", "closed the deal"), with the entity readers in this package (phones, dates,
statuses) and the word lists in `lexicon`. It takes about a third of a millisecond, so the dashboard
answers before the person has let go of the key, and it works with no API key at all.

The parser only says what it heard. It does not validate against the CRM or resolve lead references:
`lead_id` is the reference as spoken ("Rohan Sharma", "a1b2c3d4", "9876543210", or "@last" for
"him"/"that lead"), and the bot core resolves it. What could not be normalised (a 9-digit phone, the
31st of November) is kept as heard in `args` with the reason in `problems`.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from crm_tui.bot.tools import in_tool_order
from crm_tui.bot.types import TOOL_INTENTS
from crm_tui.nlu import dates
from crm_tui.nlu.corrections import apply_corrections
from crm_tui.nlu.lexicon import (
    CITIES,
    CITIES_THAT_ARE_WORDS,
    LOCALITIES,
    NEVER_IN_NAME,
    NOT_NAME_WORDS,
    SOURCES,
    TYPO_PATTERN,
    TYPOS,
    canonical_source,
    city_pattern,
    locality_pattern,
    source_pattern,
    strip_honorifics,
    title_case,
)
from crm_tui.nlu.phones import PhoneError, ascii_digits, find_phone, heard_digits, normalize_phone
from crm_tui.nlu.stats_questions import read_stats_question
from crm_tui.nlu.status import (
    INTERESTED,
    NOT_INTERESTED,
    OUTCOMES,
    find_status,
    mask_non_status,
    normalize_status,
    status_at_start,
    statuses_said,
)

__all__ = ["ParsedCommand", "parse", "parse_slot", "INTENT_TOOLS", "LAST_LEAD"]

#: Which tool each intent calls: the one schema's (`crm_tui.bot.types.TOOL_INTENTS`), turned round.
INTENT_TOOLS: dict[str, str] = {intent: tool for tool, intent in TOOL_INTENTS.items()}
#: The lead reference for "him", "her", "that lead": the bot core reads it as "the lead we just talked about".
LAST_LEAD = "@last"


@dataclass
class ParsedCommand:
    """What one transcript asks for, as understood; the bot core validates, resolves and calls."""

    intent: str  # "LEAD_CREATE" | "VISIT_SCHEDULE" | "VISIT_CANCEL" | "LEAD_UPDATE" | "LEAD_FIND" | "UNKNOWN"
    tool: str | None  # "createLead" | "scheduleVisit" | "cancelVisit" | "updateLeadStatus" | "findLeads" | None
    args: dict[str, str] = field(default_factory=dict)
    problems: dict[str, str] = field(default_factory=dict)
    cancel: bool = False
    # Switches for the tool that are not entities of the result ({"reschedule": "true"}: move the visit).
    flags: dict[str, str] = field(default_factory=dict)
    # How sure the reading is (0-1), and why it is less than sure: each doubt is a reason the bot asks
    # before it writes ("a correction with nothing after it", "'Banao' may not be part of a name").
    confidence: float = 1.0
    doubts: list[str] = field(default_factory=list)
    # The named rule that decided the intent ("visit_request", "status_listing"; `INTENT_RULES`).
    rule: str = ""


# ---------------------------------------------------------------------------------------------- text

_FILLERS = re.compile(
    r"\b(?:u+m+|u+h+|h+m+|e+r+m*|a+h+|haan|ha+n+ji|acha+|accha+|arre|yaar|bhai|boss|basically|actually|"
    r"kindly|please|pls|plz|ok(?:ay)?\s+so|ok(?:ay)?|alright|so+|like,|you\s+know|i\s+mean|listen|hey|hi|"
    r"hello|just(?!\s*dial)|quickly|real\s+quick|jaldi)\b[,.]?",
    re.IGNORECASE,
)
_CANCEL = re.compile(
    r"^\s*(?:no+,?\s+)?(?:cancel(?:\s+(?:it|that|this))?|never\s*mind|forget\s+(?:it|that|about\s+it)|scratch\s+that|"
    r"leave\s+it|stop|abort|chhodo|rehne\s+do|don'?t\s+bother)\s*[.!]?\s*$",
    re.IGNORECASE,
)
_NOTES = re.compile(
    r"(?:[,;.]\s*|\s+|^)(?:and\s+)?(?:with\s+(?:a\s+|the\s+)?(?:notes?|remarks?|comments?)\s*[:\-]?|"
    r"(?:notes?|remarks?|comments?)\s*[:\-]|(?:add(?:ing)?\s+)?(?:a\s+)?notes?\s+(?:that|saying|says)\s*[:\-]?|"
    r"(?:notes?|remarks?)\s+(?:are|is)\s*[:\-]?|"
    # Speech recognisers drop the colon: "...to follow up notes she will call back".
    r"notes(?=\s+(?!(?:for|to|of|on|about|and)\b)[a-z]))\s*(?P<notes>.+)$",
    re.IGNORECASE | re.DOTALL,
)
_UUID = re.compile(r"\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b", re.IGNORECASE)
# An id prefix as the assistant reads it out: 8+ hex characters mixing letters and digits
# ("a1b2c3d4"), anywhere; or, right after "lead", "id" or "#", exactly 8 digits written as one group
# ("lead 12345678": one id in 40 starts with eight digits). A phone grouped or longer than 8 digits
# ("lead 98765 43210") is still a phone.
_ID_PREFIX = re.compile(
    r"(?P<cue>\blead\s+(?:id\s*[:#]?\s*)?|\bid\s*[:#]?\s*|#\s*)?(?<![0-9a-z])#?"
    # A longer prefix said with the UUID's dashes ("13d727e7-19d6") is kept whole: it may settle a tie.
    r"(?P<id>(?=[0-9a-f]*\d)(?=[0-9a-f]*[a-f])[0-9a-f]{8,}(?:-[0-9a-f]{1,12}){0,4}|(?(cue)\d{8}(?![\s\-.,/]*\d)|(?!)))\b",
    re.IGNORECASE,
)
_PRONOUN = re.compile(
    r"\b(?:him|her|them|(?:that|this|the\s+same|same|the\s+last|last)\s+(?:lead|client|customer|guy|lady|"
    r"person|one|party|prospect|buyer|contact|gentleman|fellow))\b",
    re.IGNORECASE,
)
_SUBJECT_PRONOUN = re.compile(r"^\s*(?:he|she|they)\b|(?:^|[,.]\s*)(?:he|she)\s+(?:has|is|closed|said|signed|wants)\b", re.IGNORECASE)

# ------------------------------------------------------------------------------------------ intents

# Hinglish "do" in the forms people say it: imperative (karo, kar do), infinitive and "has to" (karna,
# karni hai), polite (kariye, kar dijiye), causative (karwa do): "visit cancel karni hai", "shift kar dena".
HI_DO = r"(?:kar\s+(?:do|dena|dijiye|diya)|kardo|karo|karna|karni|karne|kariye|karein|karen|karwa\w*|kar)"
# The same for "make" and "put in": "lead banana hai", "ek lead daalna", "naya lead bana do".
HI_MAKE = (r"(?:ban(?:ao|ado|aiye|ana|ani|a\s+do|a\s+dena|a\s+dijiye|a\s+lo)|daal(?:o|na|ni|\s+do|\s+dena|\s+dijiye|\s+lo)|"
           r"dal(?:o|na|\s+do)|add\s+" + HI_DO + r")")

_VISIT_NOUN = re.compile(
    r"\b(?:site\s*visits?|visits?|meetings?|meet(?:ing)?|appointments?|appt|mtg|mtng|demo|site\s+tour|walk\s*through|"
    r"site\s+(?:viewing|seeing)|viewing|property\s+tour|show\s+(?:him|her|them)\s+the\s+(?:site|flat|property|project)|"
    r"(?:take|get|bring)\s+\w+(?:\s+\w+)?\s+(?:down\s+|over\s+)?to\s+the\s+(?:site|project|property)|mulaqat|milna|"
    # Hinglish: "Harpreet ko site pe bulao", "site par aayega": asked to come to the site.
    r"(?:site|project|office)\s+(?:pe|par|per)\s+(?:\w+\s+){0,3}?bula\w*|bula\w*\s+(?:\w+\s+){0,2}?(?:site|project|office)\s+(?:pe|par|per)|"
    # "Arjun aayega site pe kal 3 baje", "site par aayenge": coming to the site (not "aaya tha", the past).
    r"(?:aayega|aayegi|aayenge|aaega|aaegi|ayega|ayegi|aa\s+rah[aei])\s+(?:\w+\s+){0,2}?(?:site|project|office)\s+(?:pe|par|per)|"
    r"(?:site|project|office)\s+(?:pe|par|per)\s+(?:\w+\s+){0,3}?(?:aayega|aayegi|aayenge|aaega|aaegi|ayega|ayegi))\b",
    re.IGNORECASE,
)
_SCHEDULE_VERB = re.compile(
    r"\b(?:schedul\w*|book\w*|set\s*(?:up|-up)|setup|arrange\w*|fix\w*|plan\w*|organi[sz]e\w*|line\s+up|"
    r"slot|put\s+(?:down|in)|pencil\s+in|add|create|make|need|want|keep|block|confirm\w*|reschedul\w*|"
    r"take|show)\b",
    re.IGNORECASE,
)
_UPDATE_VERB = re.compile(
    r"\b(?:daal|dal|daalo|dalo|daal\s+do|rakho|rakh\s+do|kar\s+do|karo|keep|mark\w*|updat\w*|chang\w*|mov\w*|set|put|make|shift\w*|switch\w*|flag\w*|tag\w*|turn\w*|"
    r"convert\w*|status)\b",
    re.IGNORECASE,
)
_STRONG_STATUS = re.compile(
    r"\b(?:" + OUTCOMES + r"|closed\s+the\s+deal|deal\s+(?:is\s+)?(?:closed|done|signed|final)|(?:deal|booking|sale)\s+(?:ho\s+gay[ai]|pakk[ai]|close\s+(?:ho\s+gay[ai]|kar\s+l[iy]+a?|kiya))|" + NOT_INTERESTED + r"|"
    r"mana\s+kar\s+di(?:ya|a)|drop\s+kar\s+di(?:ya|a)|interest(?:ed)?\s+nahi|"
    r"(?:is|are|was)\s+(?:now\s+)?(?:won|lost|not\s+" + INTERESTED + r"|in\s+progress|(?:a\s+)?follow[\s-]?up)|"
    r"went\s+with\s+(?:a\s+|another\s+)?(?:competitor|someone\s+else)|backed\s+out|dropped\s+out|"
    r"(?:has\s+|have\s+)?lost\s+(?:all\s+)?interest|"
    r"signed\s+(?:the\s+)?(?:agreement|deal|papers|booking)|booked\s+(?:a|the)\s+(?:flat|unit|plot|villa)|"
    r"paid\s+(?:the\s+)?(?:token|booking|advance)|fell\s+through|bought\s+elsewhere|"
    r"we\s+(?:won|lost)\s+(?:the\s+(?:deal|lead|client|customer|booking)|him|her|them|this\s+(?:one|lead|client)))\b",
    re.IGNORECASE,
)
_CREATE = re.compile(
    r"\b(?:add\w*|creat\w*|regist\w*|sav\w*|log|enter|captur\w*|put\s+in|onboard|record|note\s+down|punch\s+in|jot\s+down|"
    r"feed\s+in|key\s+in|(?:lead|contact|client)\s+(?:entry|add)\s+" + HI_DO + r"|"
    r"(?:new|naya|nayi|naye)\s+(?:lead|contact|client|customer|enquiry|inquiry|prospect|buyer|entry|walk[\s-]?in|"
    # "put in a new guy", "add this new lady": a new person is a new lead.
    r"guy|person|lady|party|gentleman|banda|bandi|aadmi)|(?:got|had|have)\s+(?:a|one|another)\s+(?:new\s+)?(?:walk[\s-]?in|client|customer|buyer|prospect|party)\b|^\s*lead\s*[:\-]\s*(?=\w)|lead\s+(?:aaya|aya|aayi|ayi|mila|mili)\b|^\s*(?:new\s+|fresh\s+)?(?:lead|enquiry|inquiry)\s+(?:from|via|through)\s+[a-z0-9.]+(?:\s+[a-z0-9.]+)?\s*[:\-]\s*(?=\w)|walk[\s-]?in\s+(?:client|customer|lead|enquiry|inquiry|visitor|buyer)|^\s*(?:(?:customer|client|lead|buyer)\s+)?name\s*[:=\-]\s*(?=\w)|got\s+a\s+(?:new\s+)?"
    r"(?:lead|enquiry|inquiry|contact)|fresh\s+(?:lead|enquiry|inquiry)|"
    # Hinglish: "lead banao", "naya lead bana do", "Rakesh ko lead mein daalo".
    r"(?:lead|contact|client|entry)\s+(?:mein\s+)?" + HI_MAKE + r")\b",
    re.IGNORECASE,
)
# A create phrase that names the lead itself ("new lead", "add a contact", "Lead:"), not just a verb.
_NEW_LEAD = re.compile(
    r"\b(?:(?:new|naya|nayi|naye|fresh)\s+(?:lead|enquiry|inquiry|contact|client|customer|prospect|buyer|walk[\s-]?in|guy|person|lady|party|gentleman|banda|bandi|aadmi)|"
    r"(?:add|create|register|save)\s+(?:a\s+|the\s+)?(?:new\s+)?(?:lead|contact))\b|^\s*lead\s*[:\-]",
    re.IGNORECASE,
)
_LEAD_NOUN = re.compile(r"\b(?:leads?|contacts?|clients?|customers?|enquiry|inquiry|prospects?|buyers?|entry)\b", re.IGNORECASE)
_FIND = re.compile(
    r"\b(?:find|search(?:\s+for)?|look\s*(?:up|for)|lookup|show(?:\s+me)?|list(?=\s+(?:all|the|my|our|leads?|clients?|contacts?|customers?)\b)|get\s+me|pull\s+up|fetch|display|"
    r"(?:what\s+are\s+the\s+)?details\s+(?:of|for|on)|who(?:\s+is|'s)(?!\s+(?:the|a|an|my|our|your|going|coming|this|that|it|there|calling|on|in|free|available|handling)\b)|do\s+we\s+have|"
    r"any\s+leads?|give\s+me|check\s+(?:if|whether)\s+we\s+have|"
    # "check if 98450 12345 is already in the system", "is Rohan already there in the CRM"
    r"check\s+(?:if|whether)\b(?=.*\b(?:already|exists?|in\s+(?:the\s+|our\s+)?(?:system|crm|list|database|records?))\b)|(?:who|which)\s+are\s+(?:the\s+|our\s+|my\s+)?leads?|which\s+leads?)\b",
    re.IGNORECASE,
)

# ------------------------------------------------------------------------------------------ names

def _letter_class() -> str:
    """The inside of a character class for the letters a name may be written in, marks included.

    Names come in any script ("José Álvarez", "राहुल शर्मा"). Python's `\\w` has the letters but not the
    combining marks that Indic scripts write vowels with (the "ा" of "राहुल"), so a name would break
    apart at every vowel sign; the class is built once from the Unicode categories instead, over the
    blocks the names sales teams in India meet are written in: accented Latin, Arabic (Urdu), the Indic
    scripts. Fewer blocks keep the class short, which keeps the patterns that use it quick to compile.
    """
    blocks = ((0xC0, 0x24F), (0x300, 0x36F), (0x600, 0x6FF), (0x900, 0xDFF), (0x1E00, 0x1EFF))
    ranges: list[tuple[int, int]] = []
    gap = 0  # unassigned code points since the last letter: never typed, so a range may span them
    for cp in (cp for first, last in blocks for cp in range(first, last + 1)):
        kind = unicodedata.category(chr(cp))
        if kind == "Cn":
            gap += 1
        elif kind[0] in "LM":
            if ranges and ranges[-1][1] == cp - 1 - gap:
                ranges[-1] = (ranges[-1][0], cp)
            else:
                ranges.append((cp, cp))
            gap = 0
        else:
            gap = -(1 << 20)  # a digit or a sign: the range must stop before it
    return "a-zA-Z" + "".join(chr(a) if a == b else f"{chr(a)}-{chr(b)}" for a, b in ranges)


#: Letters of any script a name is written in (for character classes: `[{_L}]`).
_L = _letter_class()
_NAME_WORD = rf"[{_L}][{_L}\-]*(?:'[{_L}]+)?\.?"


_NAMES_THAT_ARE_WORDS = frozenset({"mark", "will", "may", "june", "bill", "sunny", "rose"})


def _name_after(
    text: str, start: int, max_words: int = 3, allow_word_names: bool = False
) -> tuple[str, tuple[int, int]] | None:
    """The name that starts at `start` in lower-cased `text`: up to `max_words` words, stopping at a
    word that is never a name (a city, a source, a time word, grammar) or at punctuation/digits."""
    words: list[str] = []
    pos = start
    end = start
    m_ws = re.match(r"\s*", text[pos:])
    pos += m_ws.end() if m_ws else 0
    first = pos
    # Fillers that sit between a cue and the name ("new lead hai - Mohan Lal") are stepped over.
    while True:
        skip = re.match(r"(?:(?:hai|h|ek|ji|sir|madam|naam|ka|is|aaya|aya|aayi|ayi|mila|mili|today|aaj|abhi)\b|[-:,])\s*(?=\S)", text[pos:], re.I)
        if not skip or skip.end() == 0:
            break
        pos += skip.end()
    first = pos
    while len(words) < max_words:
        m = re.match(rf"({_NAME_WORD})(?=$|[\s,.;:!?\-])", text[pos:])
        if not m:
            break
        word = m.group(1).rstrip(".")
        possessive = word.lower().endswith("'s")
        if possessive:
            word = word[:-2]
        low = word.lower()
        if re.search(r"(?:n't|'ll|'d|'re|'ve|'m)$", low):
            break  # "she'll come with her son": a contraction is never a name
        if (
            not words and allow_word_names and low in _NAMES_THAT_ARE_WORDS
            and re.match(rf"\s+{_NAME_WORD}", text[pos + m.end():])
            and _name_after(text, pos + m.end(), max_words=max_words - 1) is not None
        ):
            # "new lead Mark Fernandes": a reserved word is a first name when a name follows it.
            pass
        elif low in NOT_NAME_WORDS or low in SOURCES or low in CITIES or low in LOCALITIES:
            break
        if words and low in {"ji", "sahab", "saab", "sir", "madam", "maam"}:
            end = pos + m.end()
            break
        words.append(word)
        end = pos + m.end()
        pos = end
        if possessive:  # "Priya's status": the name ends at the possessive
            break
        sep = re.match(r"[ \t]+", text[pos:])
        if not sep:
            break
        pos += sep.end()
    if not words:
        return None
    return _title(" ".join(words)), (first, end)


def _title(words: str) -> str:
    """Title case as spoken (`lexicon.title_case`): "rohan sharma" -> "Rohan Sharma", "d'souza" -> "D'Souza"."""
    return title_case(words)


def _cut(text: str, span: tuple[int, int]) -> str:
    """Blank a span out (same length) so later patterns neither see it nor shift other spans."""
    a, b = span
    return text[:a] + " " * (b - a) + text[b:]


def _first_name_match(
    patterns: list[re.Pattern[str]], text: str, allow_word_names: bool = False
) -> tuple[str, tuple[int, int]] | None:
    for pattern in patterns:
        for m in pattern.finditer(text):
            found = _name_after(text, m.end(), allow_word_names=allow_word_names)
            if found:
                return found
    return None


_CORRECTION = re.compile(r"[\s,.;-]*(?:no[\s,]+no|(?:no[\s,]+)?(?:wait|sorry|i\s+mean|correction|rather|actually))[\s,.;:-]+", re.I)

_CREATE_NAME_CUES = [
    # "lead banao Preeti Saxena ke naam se": the name said before "ke naam se" (in the name of).
    re.compile(r"\b(?:banao|bana\s+do|banado|daalo|daal\s+do|add\s+karo|add\s+kar\s+do)\s+(?=(?:\S+\s+){1,3}ke\s+naam\s+(?:se|par|pe)\b)", re.I),
    re.compile(r"\b(?:name\s*(?:is|:|-|=)|named|called|by\s+the\s+name(?:\s+of)?|naam(?:\s+hai)?|name(?:'s|s)?)\b\s*", re.I),
    # The name said first, the create after it: "Param Jeet ko lead mein daalo, Patiala, …", "Nand Kishore
    # Sharma, Mathura, 70172 23344 - new lead" (a form typed name first).
    re.compile(r"^\s*(?=(?:[^\W\d_][\w'.-]*\s+){0,2}[^\W\d_][\w'.-]*\s+(?:ko|ka|ki|ke)\s+(?:naya\s+|new\s+)?(?:lead|contact|client|entry)\b)", re.I),
    re.compile(r"^\s*(?=(?:[^\W\d_][\w'.-]*\s+){1,2}[^\W\d_][\w'.-]*\s*,(?=.*\b(?:new|naya|fresh)\s+(?:lead|enquiry|inquiry|client)\b))", re.I),
    # "new enquiry from Sneha Kapoor": a city or a source said after "from" is already cut out by now,
    # so what still follows "lead from" / "enquiry from" is the person.
    # The cue words are whole words: "lead Ishaan" is no "lead is" + "haan".
    re.compile(r"\b(?:lead|contact|client|customer|prospect|enquiry|inquiry|buyer|entry)\s*(?:(?:for|is|called|named|of|from)\b|:|-|,)?\s*", re.I),
    re.compile(r"\b(?:add|create|register|save|log|enter|capture|onboard|record|note\s+down|put\s+in|punch\s+in|jot\s+down|feed\s+in|key\s+in)\s+(?:karo\s+|kar\s+do\s+|kariye\s+)?(?:a\s+|an\s+|the\s+)?(?:new\s+)?(?:lead\s+|contact\s+)?(?:for\s+|named\s+|called\s+)?", re.I),
    # "new walk-in Priya Nair": once the source is cut out, the name follows "new" directly.
    re.compile(r"\b(?:new|naya|nayi|naye|fresh)\s+", re.I),
    re.compile(r"\b(?:for|of)\s+", re.I),
    # The person introduced: "she's Divya Menon from Kochi, ...", "this is Ravi Teja", "he is Mohan Lal".
    re.compile(r"(?:^|[,;.]\s*)(?:he|she|this|it)(?:'s|\s+is)\s+", re.I),
    # Comma-separated fields: "New walk-in today, Lata Iyer from Chennai, ...".
    re.compile(r"(?:[,;:|/(]|\s-+\s)\s*", re.I),
    re.compile(r"^\s*", re.I),
]


def _lead_reference(text: str, patterns: list[re.Pattern[str]]) -> tuple[str, tuple[int, int]] | None:
    """A lead reference: a UUID, an id prefix, a phone, "him"/"that lead", or a name after a cue."""
    m = _UUID.search(text)
    if m:
        return m.group().lower(), m.span()
    m = _ID_PREFIX.search(text)
    if m:
        return m.group("id").lower(), m.span()
    phone = find_phone(text)
    if phone:
        span_text, digits = phone
        start = text.find(span_text)
        try:
            return normalize_phone(span_text), (start, start + len(span_text))
        except PhoneError:
            return digits, (start, start + len(span_text))
    # A name said anywhere wins over a pronoun ("Kavya said she is not interested, mark her lost").
    found = _first_name_match(patterns, text)
    if found:
        return found
    m = _PRONOUN.search(text)
    if m:
        return LAST_LEAD, m.span()
    m = _SUBJECT_PRONOUN.search(text)
    if m:
        return LAST_LEAD, m.span()
    return None


_VISIT_REF_CUES = [
    re.compile(r"\b(?:lead|client|customer|prospect)\s+(?:named\s+|called\s+)?", re.I),
    re.compile(r"\b(?:with|for|of|visit|meet|meeting|mtg|mtng|demo|appointment|appt|viewing|tour|see|visiting|take|get|bring|show)\s*[:\-]?\s+(?:mr\.?\s+|mrs\.?\s+|ms\.?\s+)?(?:the\s+lead\s+|client\s+)?", re.I),
    re.compile(r"\b(?:schedule|reschedule|book|fix|arrange|put|plan|move|shift|postpone|prepone|push|change|line\s+up|pencil\s+in|slot|bring\s+forward|move\s+up)\s+", re.I),
    # Hinglish names the lead before its postposition: "meeting fix karo Meera ke saath", "Kavya ke liye".
    re.compile(r"\b(?=[^\W\d_][\w'.-]*(?:\s+[^\W\d_][\w'.-]*){0,2}\s+(?:ke\s+saath|ke\s+sath|ke\s+liye|ka|ki|ke|ko)\b)", re.I),
    re.compile(r"^\s*", re.I),
]
_UPDATE_REF_CUES = [
    re.compile(r"\b(?:lead|client|customer|prospect)\s+(?:named\s+|called\s+)?", re.I),
    re.compile(r"\b(?:mark\w*|updat\w*|chang\w*|mov\w*|set|put|keep|make|shift\w*|switch\w*|flag\w*|tag\w*|turn\w*|convert\w*)\s*[:\-]?\s+(?:the\s+)?(?:status\s*(?:of|for|:|-)?\s+)?(?:lead\s+|client\s+)?", re.I),
    re.compile(r"\b(?:status\s+(?:of|for)|with|for|of)\s+", re.I),
    re.compile(r"^\s*", re.I),
]


# ---------------------------------------------------------------------------------------- entities


def _clean(text: str) -> str:
    text = ascii_digits(text)
    if not text.isascii():
        # "José" typed on one keyboard is one letter é, on another e + a combining accent: the same
        # name must read (and be stored) the same way. Devanagari's danda ends a field like a comma.
        text = unicodedata.normalize("NFC", text).replace("\u0964", ", ").replace("\u0965", ", ")
    # Emoji and other pictographs carry no entity; they only break the word sequences the cues read.
    text = "".join(" " if ord(ch) > 127 and unicodedata.category(ch)[0] in "SC" else ch for ch in text)
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    # Typed on a phone: "w/ rohan", "w/o brochure".
    text = re.sub(r"\bw/o\b", "without", text, flags=re.IGNORECASE)
    text = re.sub(r"\bw/(?=\s|[a-z])", "with ", text, flags=re.IGNORECASE)
    text = re.sub(r"\.{2,}|…|\s[|/]\s|!+|[()]", " , ", text)
    text = _FILLERS.sub(" ", text)
    text = TYPO_PATTERN.sub(lambda m: TYPOS[m.group().lower()], text)
    text = re.sub(r"(?:\s*,\s*){2,}", ", ", text)
    text = re.sub(r"^\s*[,.]\s*", "", text)
    text = re.sub(r"\s+([,.])(?=\s)", r"\1", text)
    text = re.sub(r"\s*-{2,}\s*", ", ", text)
    return re.sub(r"[ \t]+", " ", text).strip(" ,")


def _unquote(text: str) -> str:
    """Quotes around a word ('follow up', "won") are typing, not part of it; apostrophes inside stay.
    Applied to everything but the notes, which keep what the person wrote."""
    return re.sub(r"(?<![a-z])'|'(?![a-z])|\"", " ", text, flags=re.I)


def _notes(text: str) -> tuple[str, str | None]:
    """Split off the notes ("notes: bring the brochure") so nothing after them is read as an entity."""
    m = _NOTES.search(text)
    if not m:
        return text, None
    notes = m.group("notes").strip().strip(" .,;:-").strip()
    # Quotes around all of it are typing; quotes inside are what the person wrote.
    if len(notes) >= 2 and notes[0] == notes[-1] and notes[0] in "'\"":
        notes = notes[1:-1].strip()
    return text[: m.start()], (notes or None)


_SHORT_PHONE = re.compile(
    # The cue is a whole word: "ph" in "phone" is no cue followed by the spoken digit "one".
    r"\b(?:phone|mobile|mob|cell|contact|whatsapp|number|ph)\b\s*(?:no\.?|number|num)?\s*(?:is|:|-)?\s*"
    r"(?P<digits>(?:(?:\d+|zero|oh|one|two|three|four|five|six|seven|eight|nine|double|triple)(?:[\s,\-]+|$))+)",
    re.IGNORECASE,
)


def _phone_into(text: str, args: dict[str, str], problems: dict[str, str], key: str) -> str:
    found = find_phone(text)
    if not found:
        # Too short to look like a phone on its own, but said as one: "phone nine eight two two".
        short = _SHORT_PHONE.search(text)
        digits = heard_digits(short.group("digits")) if short else None
        if short and digits:
            args[key] = digits
            problems[key] = f"phone {digits} has {len(digits)} digits; an Indian mobile has 10"
            return _cut(text, short.span())
        return text
    span_text, digits = found
    start = text.find(span_text)
    # "9876543210, sorry, it's 98111 22233": the number said after a correction is the one meant;
    # the first is cut out too, so it is not read as anything else.
    fix = _CORRECTION.match(text, start + len(span_text))
    if fix:
        after = re.match(r"(?:it'?s|its|the\s+number\s+is|number\s+is|make\s+(?:it|that))?\s*", text[fix.end():], re.I)
        again_at = fix.end() + (after.end() if after else 0)
        again = find_phone(text[again_at:])
        if again and text[again_at:].find(again[0]) == 0:
            text = _cut(text, (start, again_at))
            span_text, digits = again
            start = text.find(span_text)
    try:
        args[key] = normalize_phone(span_text)
    except PhoneError as reason:
        args[key] = digits
        problems[key] = str(reason)
    cut = _cut(text, (start, start + len(span_text)))
    # The cue words that introduced it are not part of a name or a city either.
    return re.sub(
        r"\b(?:(?:his|her|their|the)\s+)?(?:phone|mobile|mob|cell|contact|whatsapp|tel)?\s*(?:number|no\.?|num|#)?\s*(?:is|:|-)?\s*$",
        "",
        cut[:start],
        flags=re.I,
    ) + cut[start:]


_SOURCE_CUE = re.compile(
    r"\b(?:lead\s+)?(?:source|src)\s*(?:is|was|:|-|=)?\s*|\b(?:came|come|coming|reached\s+us|contacted\s+us|enquired|"
    r"inquired|found\s+us|saw\s+(?:us|our\s+ad|the\s+ad|our\s+listing|the\s+listing)|heard\s+(?:of|about)\s+us)\s+"
    r"(?:in\s+)?(?:through|thru|via|from|on|over|by)\s+(?:a\s+|an\s+|the\s+|our\s+)?|\b(?:via|through|thru)\s+"
    r"(?:a\s+|an\s+|the\s+|our\s+)?|\bfrom\s+(?:a\s+|an\s+|the\s+|our\s+)?(?=(?:insta|instagram|facebook|fb|website|"
    r"google|justdial|just\s+dial|magicbricks|magic\s+bricks|99|housing|nobroker|linkedin|whatsapp|youtube|"
    r"newspaper|referral|reference|exhibition|expo|email|cold\s+call|walk)\b)",
    re.IGNORECASE,
)


def _source_into(text: str, args: dict[str, str]) -> str:
    for m in _SOURCE_CUE.finditer(text):
        rest = text[m.end():]
        known = source_pattern().match(rest)
        if known:
            args["source"] = canonical_source(known.group())
            return _cut(text, (m.start(), m.end() + known.end()))
        if m.group().strip().lower().startswith(("source", "src")):
            word = re.match(r"([a-z][a-z.\-]*(?:\s+[a-z][a-z.\-]*)?)", rest, re.I)
            if word:
                words = [w for w in word.group(1).split() if w.lower() not in NOT_NAME_WORDS and w.lower() not in CITIES]
                if words and word.group(1).split()[0] == words[0]:
                    take = words[0] if len(words) == 1 or word.group(1).split()[1] != words[1] else " ".join(words)
                    args["source"] = canonical_source(take)
                    return _cut(text, (m.start(), m.end() + len(take)))
    referred = re.search(r"\b(?:referred\s+by|(?:reference|referral)\s+(?:from|of|by|through))\s+(?:a\s+|an\s+|his\s+|her\s+|our\s+)?[a-z]+(?:\s+[a-z]+)?|"
                         r"\b(?:a\s+|it'?s\s+a\s+)?referral\b|"
                         r"\b(?:(?:a|his|her|their|our)\s+)?(?:friend|colleague|relative|client|customer)\s+referred\s+(?:him|her|them|us)\b|"
                         r"\bwalk[\s-]?in\b|\bwalked\s+in(?:to)?\b", text, re.I)
    if referred:
        args["source"] = "Referral" if "refer" in referred.group().lower() else "Walk-in"
        return _cut(text, referred.span())
    # A known source said anywhere ("insta se aaya hai"), except words too common to mean a source alone.
    # Hinglish says where a lead came from after the source: "reference se aaya", "web se aayi".
    for known in source_pattern().finditer(text):
        # "she forgot her email", "will send the brochure by mail": a channel mentioned is no source.
        if known.group().lower() not in {"web", "friend", "a friend", "broker", "reference", "referred", "email",
                                         "e-mail", "sms"} or re.match(
            r"\s+se\s+(?:aa?y[aie]|aaye|mil[ai]|hai)\b", text[known.end():], re.I
        ):
            args["source"] = canonical_source(known.group())
            return _cut(text, known.span())
    return text


def _city_into(text: str, args: dict[str, str]) -> str:
    m = city_pattern().search(text) or locality_pattern().search(text)
    if m:
        # "Salem... no, from Erode": a city after a correction replaces the one before it.
        for later in city_pattern().finditer(text, m.end()):
            if _CORRECTION.match(text[m.end() : later.start()] + " ") or re.search(
                r"\b(?:no|sorry|wait|i\s+mean|actually)\b", text[m.end() : later.start()]
            ):
                text = _cut(text, m.span())
                m = later
            break
        args["city"] = _title(m.group())
        # Also blank the cue before it ("from", "based in") so it cannot start a name.
        cue = re.search(r"(?:\b(?:city\s*(?:is|:)?|from|in|at|based\s+in|lives\s+in|located\s+in|stays\s+in)\s*)$", text[: m.start()], re.I)
        start = cue.start() if cue else m.start()
        end = m.end()
        based = re.match(r"[\s-]*based\b", text[end:], re.I)
        if based:
            end += based.end()
        return _cut(text, (start, end))
    # An unknown town after an explicit cue: "city is Karimnagar", "from Karimnagar".
    m = re.search(r"\bcity\s*(?:is|:|-|=)?\s+([a-z][a-z\-]+)", text, re.I) or re.search(
        r"\b(?:from|based\s+in|lives\s+in|located\s+in|stays\s+in|staying\s+in|resident\s+of)\s+([a-z][a-z\-]+)\b", text, re.I
    )
    if m and m.group(1).lower() not in NOT_NAME_WORDS and m.group(1).lower() not in SOURCES:
        args["city"] = _title(m.group(1))
        return _cut(text, m.span())
    return text


def _city_from_fields(text: str, args: dict[str, str]) -> None:
    """A town the word list does not know, given as its own field: "Joseph Mathew, Kottayam, 94476...".

    Only a one- or two-word field of plain words (not grammar, not a source) between separators counts;
    a town said in a sentence ("he lives near the station") is not guessed at.
    """
    for field_text in re.split(r"\s*[,;|]\s*", text):
        words = field_text.split()
        if 1 <= len(words) <= 2 and all(re.fullmatch(r"[a-z][a-z\-]+", w) for w in words) and not any(
            (w in NOT_NAME_WORDS and w not in CITIES_THAT_ARE_WORDS) or w in SOURCES for w in words
        ):
            args["city"] = _title(field_text)
            return


_MOVED = re.compile(r"\b(?:reschedul\w*|mov\w*|shift\w*|postpon\w*|prepon\w*|push\w*|chang\w*)\b", re.I)


def _visit_time_into(
    text: str, original: str, now: datetime, tz: str, args: dict[str, str], problems: dict[str, str]
) -> str:
    """Resolve the visit time in `text` (lower-cased, ids and phones blanked); `original` is the same
    text with its case, to keep an unresolvable time as the person wrote it."""
    low = text.lower()
    # "move Rohan's visit from Friday to Saturday 5 pm": the time after "to" is the new one; the old
    # one is cut first so it cannot be read as the visit time.
    if _MOVED.search(low):
        moved = re.search(r"\bfrom\s+(?P<old>.+?)\s+(?:to|till|until)\s+(?=\S)", low)
        if moved and dates.scan_when(moved["old"], now, tz) is not None:
            text = low = _cut(low, moved.span())
    try:
        found = dates._resolve(low, now, tz)
    except dates.WhenError as reason:
        # "at 25 o'clock": a time was said and it is no time. Keep the words with the reason, as for
        # "31st November", so the bot says what was wrong instead of "visit_time is missing".
        a, b = reason.given_span
        args["visit_time"] = re.sub(r"^(?:at|on|for|@)\s+", "", original[a:b].strip(), flags=re.I)
        problems["visit_time"] = str(reason)
        return _cut(text, (a, b))
    except ValueError as reason:
        m = _DATE_LIKE.search(text)
        if m:
            raw = re.sub(r"^(?:on|for)\s+", "", original[m.start() : m.end()].strip(), flags=re.I)
            args["visit_time"] = raw
            problems["visit_time"] = str(reason)
            return _cut(text, m.span())
        return text
    args["visit_time"] = dates.to_iso(found.dt)
    # The spans as given, not as spelled after fixes ("kal 11 baje" is "tomorrow 11 oclock" there).
    for span in found.given_spans:
        text = _cut(text, span)
    return text


_DATE_LIKE = re.compile(
    r"(?:on\s+|for\s+)?(?:\d{4}-\d{1,2}-\d{1,2}(?:[t ]\d{1,2}:\d{2}(?::\d{2})?)?|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|"
    r"oct|nov|dec)[a-z]*\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}/\d{1,2}(?:/\d{2,4})?|\d{1,2}:\d{2})"
    r"(?:\s*(?:at\s+)?\d{1,2}(?::\d{2})?\s*(?:am|pm)?)?",
    re.IGNORECASE,
)


def _status_into(text: str, args: dict[str, str], problems: dict[str, str]) -> str:
    # Prefer what follows "to"/"as"/"status": "update Rohan to follow up" says the status after "to".
    for cue in (r"\b(?:to|as|into|is\s+now)\s+", r"(?:\bnow|\bstatus\s*(?:is|:|-|=)?|->)\s*"):
        for m in re.finditer(cue, text, re.I):
            found = find_status(text[m.end():])
            if found:
                status, (a, b) = found
                args["status"] = status
                # Cut the cue too only when the status follows it directly ("to won", not "to Rohan ... won").
                start = m.start() if not text[m.end() : m.end() + a].strip() else m.end() + a
                return _cut(text, (start, m.end() + b))
    found = find_status(text)
    if found:
        status, span = found
        args["status"] = status
        return _cut(text, span)
    said = _RAW_STATUS.match(text)
    if said:
        raw = said.group("status").strip()
        try:
            args["status"] = normalize_status(raw)  # "mark him as one": a speech recogniser's "won"
        except ValueError as reason:
            args["status"] = raw
            problems["status"] = str(reason)
        return _cut(text, said.span("status"))
    return text


# ------------------------------------------------------------------------------------------ intents


# Questions and reminders name visits and times without asking for one to be booked.
_NOT_AN_ACTION = re.compile(
    r"^\s*(?:how|what|when|why|which|where|who|did|does|do\s+i|have\s+i)\b|\bremind\s+me\b|\bdo\s+i\s+have\b|"
    r"\bi\s+have\s+an?\s+(?:meeting|appointment|visit|demo)\b|"
    r"\b(?:my|our)\s+(?:\w+\s+)?(?:appointment|meeting|call|flight|cab|doctor|dentist|leave)\b|"
    r"\bmy\s+(?:status|profile|password|whatsapp|dp|photo|address|email|bio)\b|"
    r"^\s*(?:is|are|was|were|has|have|will)\s+(?:the|my|our|this|that|there|[a-z]+'s)\b|"
    # A yes/no question typed with its question mark ("did Kavya call back?"); "can you book...?" asks.
    r"^\s*(?:is|are|was|were|has|have|will|does|did|do)\b(?!\s+you\b)[^?]*\?\s*$",
    re.IGNORECASE,
)
# "what's Rohan's status", "what is the number of Priya Nair": a lookup phrased as a question.
_DETAIL_QUESTION = re.compile(
    r"\b[a-z]+'s\s+(?:status|number|phone|mobile|details|city)\b|"
    # Hinglish: "Meera ka number kya hai", "Rohan ki details".
    r"\b[a-z]+\s+(?:ka|ki|ke)\s+(?:(?:phone|mobile|contact)\s+)?(?:status|number|phone|mobile|details|city|contact|info)\s+"
    r"(?:kya|batao|bata|dikhao|dikha|do|bhejo|bhej\s+do|chahiye)\b|"
    r"\b(?:status|number|phone|details)\s+of\s+(?!the\b|my\b|our\b|this\b|that\b)[a-z]|"
    # "Farhan kis city se hai?", "Rohan kahan se hai", "Priya ka status kya chal raha hai": kis / kahan asks.
    r"^\s*[a-z]+(?:\s+[a-z]+)?\s+(?:(?:ka|ki|ke)\s+)?(?:kis|kaun\s+s[ie]|kahan|kidhar)\s+(?:(?:city|sheher|shehar|jagah|source)\s+)?(?:se|ka|ki|ke|pe|par|mein)?\s*"
    r"(?:(?:rehta|rehti|rehte|rahta|rahti)\s+)?(?:hai|h|hain|the|tha|thi)?\s*\??\s*$",
    re.IGNORECASE,
)
# Typed shorthand for a lookup: "sneha iyer status?", "rohan number", "Priya Nair details?". The words
# before the field must be a name and nothing else ("update status" and "new number" are not lookups).
_NAME_THEN_FIELD = re.compile(
    rf"^\s*(?P<who>[{_L}][{_L}'.\s]{{0,40}}?)\s+(?:ka\s+|ki\s+|ke\s+)?(?:current\s+)?"
    r"(?:status|number|phone(?:\s+(?:no\.?|number))?|mobile(?:\s+(?:no\.?|number))?|contact|details|info|no\.)\s*\??\s*$",
    re.IGNORECASE,
)


def _name_then_field(low: str) -> bool:
    m = _NAME_THEN_FIELD.match(low)
    if not m:
        return False
    who = m["who"].strip()
    name = _name_after(who, 0)
    return name is not None and name[1][1] == len(who.rstrip(" ."))


# Typed shorthand: "Harpreet - follow up", "Rohan: won".
_TERSE_UPDATE = re.compile(
    # A reason may follow the status after a comma ("Priya Nair - lost, budget issue"): the notes, which
    # `_status_then_remark` reads, the same as for "Rohan is in progress, called him today".
    rf"^\s*(?P<who>[{_L}][{_L}'\s]{{0,40}}?)\s*(?:-+|:|–|->|=>)\s*(?:status\s*)?(?P<status>[a-z][a-z\s_\-]*?)\s*"
    r"(?:[,;.]\s*.*)?[.!]*\s*$",
    re.IGNORECASE | re.DOTALL,
)
# A short status statement and a remark after it: "Rohan is in progress, called him today", "Priya Nair -
# lost, budget issue", "Kavya Reddy: follow up, she is travelling", "meera kapoor not intrested, budget
# too low". The remark is why, or what happened: the notes the status tool keeps. Only when the statement
# is nothing but a lead and a status (a name or he/she, and at most four words that begin with a status),
# so "Rohan is interested in the villa facing the park, ..." keeps its words rather than losing them.
_STATEMENT_HEAD = re.compile(
    rf"^\s*(?P<who>[{_L}][{_L}'.\s]{{0,40}}?)\s*(?:-+|:|–|->|=>|\b(?:is|was|has\s+been|has|had|is\s+now|now)\b)\s*"
    r"(?:status\s*(?:is|:|-)?\s*)?(?P<status>[a-z][a-z_\-\s]*?)\s*$",
    re.IGNORECASE,
)
# Where a statement may end: a comma or semicolon, or a full stop before a space ("Mr." and "S." are
# stepped over because the head before them is not a statement).
# A dash with a space either side ends one too ("deepak patil lost - went with a competitor").
_CLAUSE_END = re.compile(r"\s*(?:[,;]+|\.(?=\s)|(?<=\s)[-–]+(?=\s))\s*")
_HE_SHE = frozenset({"he", "she", "they", "him", "her"})


def _is_lead_and_status(who: str, status: str) -> bool:
    who = strip_honorifics(who).strip().lower()
    if len(status.split()) > 4 or status_at_start(status) is None:
        return False
    if who in _HE_SHE:
        return True
    name = _name_after(who, 0)
    return name is not None and name[1][1] == len(who.rstrip(" ."))


def _status_statement(head: str) -> bool:
    """Is `head` a lead and a status and nothing else ("Rohan is won", "Priya Nair - lost", "Meera not keen")?"""
    m = _STATEMENT_HEAD.match(head)
    if m and _is_lead_and_status(m["who"], m["status"]):
        return True
    words = head.split()
    # No word between them ("meera kapoor not interested"): the lead is the first one to three words.
    return any(_is_lead_and_status(" ".join(words[:i]), " ".join(words[i:])) for i in range(1, min(4, len(words))))


def _status_then_remark(said: str) -> tuple[str, str] | None:
    """(the status statement, the remark after it) when `said` is one; None otherwise."""
    for n, sep in enumerate(_CLAUSE_END.finditer(said)):
        if n == 2:
            break
        if not _status_statement(said[: sep.start()]):
            continue
        remark = said[sep.end():].strip().strip(" .,;:-").strip()
        if len(remark) >= 2 and remark[0] == remark[-1] and remark[0] in "'\"":  # quotes around it all are typing
            remark = remark[1:-1].strip()
        # "Vikas is not interested, mark lost": the rest asks for the status again; it is no remark. So does
        # a short clause that begins with another status after an open one ("Rohan is interested, follow up
        # next week"); after a result ("Priya Nair lost, bought elsewhere") the rest stays the remark.
        # "Harpreet is intrested, put her in progres": a clause that opens with an update verb is the
        # instruction, never a remark about it.
        if not remark or _explicit_update(remark.lower()) or _RAW_STATUS.match(remark) or _REMARK_IS_ORDER.match(remark) \
                or _asks_other_status(said[: sep.start()], remark):
            return None
        return said[: sep.start()], remark
    return None


_REMARK_IS_ORDER = re.compile(r"\s*(?:mark|put|keep|set|move|change|make|update|convert|switch|rakh\w*|daal\w*)\b", re.I)
# "mark X as <word>": an update even when the word is no status, unless X is plainly not a lead.
_RAW_STATUS = re.compile(r"^\s*(?:mark|update|change|move|set|put)\s+(?!(?:this|that|the|my|our|your|it|all)\b(?!\s+(?:lead|client|customer)))\S.*?\b(?:as|to)\s+(?P<status>[a-z][a-z\s\-]*?)\s*[.!]?\s*$", re.I)

# "mark Kiran as", "update Kiran Rao to", "change Kiran's status to": the verb and the lead with nothing
# after "as"/"to" (the person stopped, or the recogniser lost the last word). An update whose status the
# bot asks for, rather than "I didn't understand". Only the lead may stand between verb and "as"/"to":
# "change Rohan's phone to", "move Rohan's visit to" ask for things the status tool does not change.
_STATUS_NOT_SAID = re.compile(
    r"^(?!.*\b(?:phone|number|mobile|name|city|source|address|email|visits?|meetings?)\b)"
    r"\s*(?:mark|update|change|move|set|put)\s+(?!(?:this|that|the|my|our|your|it|all)\b(?!\s+(?:lead|client|customer)))"
    rf"(?:the\s+)?(?:(?:lead|client|customer)\s+)?[{_L}0-9][{_L}0-9\s\-.#]*?(?:'s\s+status)?\s+(?:as|to)\s*[.!?]?\s*$",
    re.IGNORECASE,
)


# A sentence about the speaker's own people or things ("my sister", "our lift"), not about a lead.
_PERSONAL_SUBJECT = re.compile(
    r"^\s*(?:my|our|his|her|their)\s+(?!(?:new\s+)?(?:leads?|clients?|customers?|buyers?|prospects?|party|contacts?)\b)[a-z]",
    re.IGNORECASE,
)
# A visit talked about, not asked for: "the visit tomorrow got cancelled".
_VISIT_STATEMENT = re.compile(
    r"\b(?:got|was|is|has\s+been|been|have\s+been)\s+(?:cancel+ed|postponed|preponed|done|over|completed|called\s+off|"
    r"confirmed|shifted|moved|rescheduled|pushed|delayed)\b|"
    r"\bwent\s+well\b",
    re.IGNORECASE,
)
# "create a new folder", "find a good restaurant": the verbs, but not about leads.
_NOT_A_LEAD = re.compile(
    r"\b(?:creat\w*|add|sav\w*|make|log)\s+(?:a\s+|an\s+|the\s+|this\s+)?(?:new\s+)?(?:folder|file|document|doc|"
    r"reminder|task|event|group|account|password|list|sheet|report|note|alarm|timer|playlist)\b|"
    r"\b(?:find|search(?:\s+for)?|show\s+me|look\s+for|get\s+me)\s+(?:a|an|some|the\s+best|good|nearby|me\s+a)\b"
    r"(?!\s+(?:lead|client|customer|contact|prospect))|"
    r"\b(?:find|show(?:\s+me)?|get\s+me|pull\s+up|open)\s+(?:the\s+|my\s+|our\s+|this\s+)?(?:sales|reports?|numbers|"
    r"figures|dashboard|calendar|targets?|revenue|stats|statistics|summary|pipeline|inbox|emails?)\b|"
    # Documents about visits: "create a site visit report", "visit summary".
    r"\b(?:site\s+)?visits?\s+(?:report|summary|form|sheet|photos?|feedback|history|log|register|plan)\b|"
    # Meetings that are not with a lead.
    r"\b(?:team|internal|staff|review|standup|stand-up|office|board|weekly|monthly|daily|all[\s-]hands)\s+"
    r"(?:meeting|call|sync|huddle)\b",
    re.IGNORECASE,
)


_UPDATE_COMMAND = re.compile(
    r"\b(?:mark|keep|set|move|put|change|update|make)\s+(?:(?:him|her|them|it|status)\s+)?(?:as\s+|to\s+|in\s+|into\s+)?",
    re.IGNORECASE,
)


def _explicit_update(low: str) -> bool:
    """A status said right after an update verb ("keep in progress", "mark won", "set him to lost"), with
    no request to book something before it ("book a visit at 4 and mark him in progress" books)."""
    for m in _UPDATE_COMMAND.finditer(low):
        if status_at_start(low[m.end():]) and not _FOLLOW_UP_VISIT.match(low, m.end()):
            return not _SCHEDULE_VERB.search(low[: m.start()])
    return False


# "a follow-up visit" is a kind of visit, not the FOLLOW_UP status.
_FOLLOW_UP_VISIT = re.compile(
    r"\s*(?:a\s+|the\s+)?follow[\s_-]*up\s+(?:site\s+)?(?:visits?|meetings?|meet|demo|appointments?)\b", re.IGNORECASE
)


# A lead asking to see the property, with a time: "Amit wants to see the flat on saturday around 11",
# "Priya will come to see the sample flat tomorrow", "Kavya ko parso site dikhana hai". That is a visit to
# book. Only a wish or a plan (wants to / will / can / coming to): "Amit saw the flat on Saturday" is past,
# and "I'll see the flat myself" or "we want to see the site" are the speaker's own plans, not a lead's.
_SEE_PROPERTY = re.compile(
    r"\b(?:wants?\s+to|wanna|would\s+like\s+to|'d\s+like\s+to|will|'ll|can|could|(?:is|are|'s|'re)\s+coming\s+to|"
    r"coming\s+to|plans?\s+to|planning\s+to|ready\s+to|keen\s+to|asked\s+to|asking\s+to|wish(?:es)?\s+to)\s+"
    r"(?:come\s+(?:over\s+|down\s+)?(?:and\s+|to\s+)?|drop\s+by\s+(?:and\s+|to\s+)?)?"
    r"(?:see|view|check\s+out|look\s+at|have\s+a\s+look\s+at|take\s+a\s+look\s+at|inspect)\s+"
    r"(?:the\s+|our\s+|a\s+|an\s+|that\s+|this\s+|your\s+|some\s+)?(?:[a-z0-9\-]+\s+){0,2}?"
    r"(?:flats?|site|property|properties|project|apartments?|villas?|plots?|house|units?|show\s*flat|place|"
    r"bungalow|home|\d?\s*bhk|tower)\b|"
    # Hinglish: "site dikhana hai", "flat dekhna hai", "flat dekhne aayega".
    r"\b(?:site|flat|plot|property|project|villa|ghar|makaan)\s+(?:(?:pe|par|per)\s+)?(?:dekhn[aei]|dikhan[aei]|dikha\s+do|ghuman[aei]|ghuma\s+do|"
    r"dekhne\s+aa\w*|le\s+(?:ke\s+|kar\s+)?(?:jaa?n[ae]|jaa?\w*|chal(?:n[ae]|o)?))\b|"
    # Coming over to the site or the office: "Rohan will drop by the site office tomorrow at 6".
    r"(?:\b(?:wants?\s+to|will|'ll|can|could|plans?\s+to|planning\s+to)\s+"
    r"(?:come|drop\s+by|drop\s+in(?:\s+at)?|stop\s+by|swing\s+by|reach|visit|be\s+at)|\b(?:is|are|'s|'re)\s+coming)\s+"
    r"(?:over\s+|down\s+)?(?:to\s+|at\s+)?"
    r"(?:the|our)\s+(?:site(?:\s+office)?|sales\s+office|office|project|sample\s+flat|show\s*flat|experience\s+cent(?:re|er))\b",
    re.IGNORECASE,
)


def _see_property(low: str) -> re.Match[str] | None:
    m = _SEE_PROPERTY.search(low)
    if m is None:
        return None
    before = low[: m.start()]
    # The speaker ("I'll see the flat"), or someone who is no lead ("the guard will come to the site at 9").
    if re.search(r"(?:^|\b)(?:i|we|us|me)\s*$", before) or re.match(
        r"\s*(?:the|my|our|a|an|some|one|this|that)\b(?!\s+(?:lead|client|customer|buyer|prospect|party)\b)", before
    ):
        return None
    return m


_STATUS_TAIL = frozenset({"now", "today", "finally", "already", "again", "too", "also", "yaar", "hai", "ho", "gaya", "gayi"})


def _whole_name(who: str) -> bool:
    who = who.strip().rstrip(" .")
    name = _name_after(who, 0) if who else None
    return name is not None and name[1][1] == len(who)


def _bare_status_statement(head: str) -> bool:
    """A name and a status phrase and nothing else: "Arjun Mehta closed", "deepak patil lost", "Rohan hot".

    Stricter than `_status_statement` (which lets a few words follow the status, for reading a remark
    once the intent is known): here the status must be all that is said about the lead, so "Rohan sold
    his car" or "Priya booked a cab" are no updates.
    """
    words = head.strip(" .!?").split()
    for i in range(1, min(4, len(words))):
        rest = " ".join(words[i:])
        found = find_status(rest)
        if not found or found[1][0] != 0 or len(words) - i > 4:
            continue
        if all(w in _STATUS_TAIL for w in rest[found[1][1]:].split()) and _whole_name(" ".join(words[:i])):
            return True
    return False


# "Sneha Iyer: not responding to calls, follow up next week": a lead's name as a heading, and among the
# clauses after it one that is a status ("follow up next week", "lost"), short, said as a clause of its own.
_NAME_HEADING = re.compile(rf"^\s*(?P<who>[{_L}][{_L}'.\s]{{0,40}}?)\s*(?::|\s[-–]+|->|=>)\s*(?P<rest>\S.*)$", re.DOTALL)


def _name_then_status_clause(low: str) -> bool:
    m = _NAME_HEADING.match(low)
    if not m or not _whole_name(m["who"]):
        return _lead_statement_follow_up(low) is not None
    clauses = [c.strip(" .!?") for c in _CLAUSE_END.split(m["rest"])]
    return any(c and len(c.split()) <= 5 and status_at_start(c) for c in clauses[1:])


# "Rohan is interested, follow up next week": the lead as the subject of a statement, then a short clause
# that asks for a follow-up. Not "follow up with Rohan tomorrow" (the lead as an object: a call or a visit
# to book, the parser does not guess), "follow up with the bank" or "follow up on the brochure" (someone
# or something else), nor one at a clock time ("follow up tomorrow at 11": a call booked, or a visit?).
# Only the follow-up ask: "Rohan is on leave, new joinee will handle" or "Arjun is with Kavya, closed"
# say no status of Rohan's or Arjun's.
_LEAD_STATEMENT = re.compile(
    rf"^\s*(?P<who>[{_L}][{_L}'.\s]{{0,40}}?)\s+(?:is|was|has\s+been|seems|sounds|looks)\s+(?P<rest>\S.*)$", re.DOTALL
)
_FOLLOW_UP_ASK = re.compile(
    r"(?:follow[\s_-]*up|followup|call\s*back|callback|call\s+(?:him|her|them)\s+(?:back|again|later))\b", re.IGNORECASE
)
_FOLLOW_UP_SOMEONE = re.compile(
    r"\S+(?:\s+up|\s+back|\s+again|\s+later)?\s+(?:with\s+(?!(?:him|her|them)\b)|(?:on|about|regarding|for|to)\s+"
    r"(?!(?:the\s+)?(?:\d|next\b|this\b|coming\b|tomorrow\b|mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may\b|jun|jul|"
    r"aug|sep|oct|nov|dec)))",
    re.IGNORECASE,
)
_WITH_THE_LEAD = re.compile(r"\s+with\s+(?:him|her|them)\b", re.IGNORECASE)
_CLOCK = re.compile(r"\bat\s+\d|\d\s*(?:am|pm|a\.m|p\.m|baje|o'?clock)\b|\d:\d\d", re.IGNORECASE)


def _follow_up_clause(clause: str) -> bool:
    """A clause of at most five words that asks for a follow-up and names no one else and no clock time
    ("follow up next week", "follow up with him on Monday", "call back on Monday")."""
    clause = clause.strip(" .!?")
    if not _FOLLOW_UP_ASK.match(clause) or _FOLLOW_UP_SOMEONE.match(clause) or _CLOCK.search(clause):
        return False
    return len(_WITH_THE_LEAD.sub("", clause, count=1).split()) <= 5


def _lead_statement_follow_up(low: str) -> str | None:
    """The lead (as said) when `low` is "<lead> is <anything>, <follow-up ask>", else None."""
    m = _LEAD_STATEMENT.match(low)
    if not m or not (_whole_name(m["who"]) or m["who"].strip() in _HE_SHE):
        return None
    clauses = _CLAUSE_END.split(m["rest"])
    return m["who"].strip() if any(_follow_up_clause(c) for c in clauses[1:3]) else None


def _asks_other_status(head: str, remark: str) -> bool:
    """After an open status ("Rohan - in progress"), a follow-up ask is the status asked for, not a remark;
    after a result ("Vikas is not interested, follow up next week") the rest stays the remark."""
    said = find_status(head.lower())
    return said is not None and said[0] not in ("WON", "LOST", "FOLLOW_UP") and _follow_up_clause(remark.lower())


_LEADS_IN = re.compile(
    r"^\s*(?:all\s+|the\s+|our\s+)?(?:leads|clients|customers|contacts|enquiries|inquiries|prospects)\s+(?:in|from|at)\s+"
    r"(?!(?:the|my|our|this|that|your)\b)"
    r"[a-z][a-z\s]{0,30}\??\s*$",
    re.IGNORECASE,
)


# Things about leads that are no lead: "the new lead form on the website is not working" (unless a
# phone says a person is being given: "add new lead Ravi 98765 43210 from the contact form").
_LEAD_THING = re.compile(
    r"\b(?:new\s+)?(?:leads?|enquiry|enquiries|inquiry|contacts?)\s+(?:form|forms|page|template|sheet|tracker|button|"
    r"field|screen|feature|module|section|tab|app|portal|report|count|flow|process|campaign|register)\b",
    re.IGNORECASE,
)
# Not asked for: an action said with "don't" or "no need to", asked about ("should I mark Meera as
# lost?"), or made to wait on something ("if Harpreet doesn't pay by Friday mark her lost", "once the
# cheque clears mark him won"). The CRM cannot wait, and doing it now is the opposite of what was said;
# a polite condition ("if possible", "if you can") still asks.
_ACTION_VERB = (
    r"(?:mark|add|create|update|change|schedule|book|set|move|put|register|save|make|enter|log|fix|arrange|"
    r"close|shift|keep|record|daal|dal|convert|switch)\b"
)
_NOT_ASKED = re.compile(
    r"\b(?:don'?t|do\s+not|never|no\s+need\s+to|needn'?t|need\s+not|let'?s\s+not|shouldn'?t|should\s+not|"
    r"can'?t|cannot|won'?t)\s+(?:(?:just|yet|ever|now|again|even|you)\s+)?" + _ACTION_VERB + r"|"
    r"^\s*(?:should|shall|must)\s+(?:i|we)\b|^\s*(?:do|does)\s+(?:i|we)\s+(?:need|have)\s+to\b|"
    r"^\s*(?:is\s+it|would\s+it\s+be)\s+(?:ok|okay|fine|better|wise|right)\s+to\b|"
    r"(?:^|[,;]\s*)(?:if|unless|agar|in\s+case|once)\b(?!\s+(?:possible|you\s+can|you\s+could|u\s+can|it'?s\s+(?:ok|okay|possible|fine)|"
    r"ok|okay|that'?s\s+(?:ok|okay|fine)|not\s+too\s+much|again|more|required|needed|so)\b)|"
    r"\b(?:only\s+if|unless)\b|"
    # Hinglish: "abhi mark mat karo", "lost mat daalna".
    r"\bmat\s+(?:kar|daal|dal|rakh|book|fix|bula|bhej|likh|add|shift|cancel|bana)\w*",
    re.IGNORECASE,
)

# "mark Arjun won once the cheque clears", "book it when he confirms", "mark him won after the cheque
# clears": a later event, not now. "after" also says what already happened ("after the site visit",
# "after he paid") or a time ("after 5 pm", "day after tomorrow"), so after it only an event still to
# come counts: a subject and a verb in the present ("the cheque clears", "he pays", "the loan is approved").
_WAIT_WORD = re.compile(r"\b(?:once|as\s+soon\s+as|when(?:ever)?|after)\s+", re.IGNORECASE)
_WHEN_SUBJECT = re.compile(
    r"(?:the|he|she|they|we|his|her|their|it|payment|[a-z]+'s)\b"
    r"(?!\s+(?:is|are|'s|'re)?\s*(?:free|available|around|here|there|in\s+town)\b)",
    re.IGNORECASE,
)
_PRONOUNS = frozenset("he she they we it you".split())
_CONTRACTED = frozenset("he's she's they're it's we're you're".split())
_ADVERBS = frozenset("also finally actually really just then first".split())
_PAST = frozenset(
    """was were had did came got gave sent said made went saw paid took left brought bought sold told spoke
    met heard found rang knew thought felt kept put read set let""".split()
)
# After a noun ("the cheque", "his loan", "Rohan"), a verb people use for what a sale waits on.
_EVENT_VERBS = frozenset(
    """is are gets get has have comes come clears clear pays pay confirms confirm signs sign arrives arrive sends
    send transfers transfer approves approve releases release decides decide agrees agree returns return reaches
    reach deposits deposit finalises finalizes finalise finalize gives give replies reply responds respond goes go
    happens happen completes complete finishes finish lands land sanctions sanction calls""".split()
)
_DETERMINERS = frozenset("the his her their its our my this that a an".split())


def _after_event(rest: str) -> bool:
    """Do the words after "after" say an event still to come ("the cheque clears", "he pays")?"""
    words = re.findall(r"[a-z']+|\d+", rest.lower())[:6]
    if not words or words[0].isdigit():
        return False
    if words[0] in _CONTRACTED:  # "after he's back", "after it's registered"
        return True
    if words[0] in _PRONOUNS:
        verbs = [w for w in words[1:] if w not in _ADVERBS]
        return bool(verbs) and verbs[0] not in _PAST and not verbs[0].endswith("ed") and not verbs[0].isdigit()
    if words[0] in _DETERMINERS:
        words = words[1:]
    # The noun first, then the verb: "the deposit" alone is no event, "the deposit comes" is.
    for w in words[1:4]:
        if w in _PAST or w.endswith("ed") or w.isdigit():
            return False
        if w in _EVENT_VERBS:
            return True
    return False


def _waits_on_event(low: str) -> bool:
    """Is an action made to wait on a later event? The event must govern the action: it opens its clause
    ("once the cheque clears, mark him won") or follows the action in it ("mark him won after he pays").
    In a remark of its own ("keep in follow up, he will decide after his wife sees the flat") it is no
    condition on the action."""
    for m in _WAIT_WORD.finditer(low):
        rest = low[m.end():]
        if not (_after_event(rest) if m.group().lower().startswith("after") else _WHEN_SUBJECT.match(rest)):
            continue
        start = max((e.end() for e in _CLAUSE_END.finditer(low, 0, m.start())), default=0)
        before = re.sub(r"^\s*(?:and|but|only|so|then)\b", "", low[start : m.start()]).strip()
        status = find_status(before) if before else None
        if status and status[0] == "FOLLOW_UP":
            # "move Priya to follow up after she gets back": a follow-up is about later by its nature;
            # the event says when to follow up, and the status holds now.
            continue
        if not before or re.search(r"\b" + _ACTION_VERB, before) or status:
            return True
    return False


@dataclass
class _Signals:
    """What the intent rules look at, read once from the sentence (lower-cased)."""

    low: str
    has_time: bool
    visit_at: re.Match[str] | None
    schedule: bool
    status: tuple[str, tuple[int, int]] | None
    update_verb: re.Match[str] | None
    strong_status: re.Match[str] | None
    create: re.Match[str] | None
    find: re.Match[str] | None
    update_first: bool
    new_lead: re.Match[str] | None

    @property
    def visit(self) -> bool:
        return self.visit_at is not None


def _signals(low: str, has_time: bool) -> _Signals:
    visit_at = _VISIT_NOUN.search(low) or (_see_property(low) if has_time else None)
    status = find_status(low)
    update_verb = _UPDATE_VERB.search(low)
    return _Signals(
        low=low, has_time=has_time, visit_at=visit_at, schedule=bool(_SCHEDULE_VERB.search(low)), status=status,
        update_verb=update_verb,
        strong_status=_STRONG_STATUS.search(mask_non_status(low)),  # not "lost her phone"
        create=_CREATE.search(low), find=_FIND.search(low),
        # "mark him won after the site visit": an update verb leading the sentence with a status wins, and so
        # does a status said right after its verb anywhere ("Kavya wants to visit again, keep in progress").
        update_first=bool(update_verb and status and update_verb.start() < 12) or _explicit_update(low),
        new_lead=_NEW_LEAD.search(low),
    )


# The intent rules, in order: the first that answers decides. Each is a small function with its
# examples; `parse` records the rule that fired (`crm-bot --explain` prints it), and a test checks that
# every rule fires on at least one corpus line.

def rule_not_asked(s: _Signals) -> str | None:
    """Talk about a thing, not a lead, or an action not asked for, or one waiting on an event: nothing.
    "the new lead form is broken", "don't mark Priya as lost yet", "if Harpreet doesn't pay by Friday mark her lost"."""
    low = s.low
    if _NOT_A_LEAD.search(low) or _NOT_ASKED.search(low) or _waits_on_event(low) or (
            _LEAD_THING.search(low) and not find_phone(low)):
        return "UNKNOWN"
    return None


def rule_question(s: _Signals) -> str | None:
    """A question that is no action: a lookup when it asks about a lead, else nothing.
    "who is Rohan?", "how many site visits do I have tomorrow" (UNKNOWN when nothing can answer it)."""
    if not _NOT_AN_ACTION.search(s.low):
        return None
    if s.find and re.match(r"\s*(?:who|which|do\s+we|is\s+there|are\s+there|have\s+we\s+got)\b", s.low):
        return "LEAD_FIND"
    return "LEAD_FIND" if _DETAIL_QUESTION.search(s.low) else "UNKNOWN"


def rule_field_question(s: _Signals) -> str | None:
    """A name with the field asked about, or leads in a city: "sneha iyer status?", "leads in lucknow?"."""
    return "LEAD_FIND" if _name_then_field(s.low) or _LEADS_IN.match(s.low) else None


def rule_follow_up_visit(s: _Signals) -> str | None:
    """A follow-up visit booked: "schedule a follow-up visit with Rohan tomorrow at 4"."""
    if s.visit and s.schedule and re.search(_FOLLOW_UP_VISIT.pattern, s.low, re.IGNORECASE):
        return "VISIT_SCHEDULE"
    return None


def rule_new_lead_then_visit(s: _Signals) -> str | None:
    """A new lead with its number said before a visit: the create is the action ("new lead Alok, 94140…,
    visit on Sunday"); the visit needs the lead to exist first."""
    if s.new_lead and s.visit_at and s.new_lead.start() < s.visit_at.start() and find_phone(s.low[s.new_lead.end():]):
        return "LEAD_CREATE"
    return None


def rule_visit_request(s: _Signals) -> str | None:
    """A visit with a booking verb or a time: "fix a site visit for Priya tomorrow 4pm", "Rohan site visit friday 4 pm"."""
    if s.visit and (s.schedule or (s.has_time and not _VISIT_STATEMENT.search(s.low))) and not s.update_first \
            and not s.strong_status:
        return "VISIT_SCHEDULE"
    return None


def rule_visit_news(s: _Signals) -> str | None:
    """News about a visit is no action: "the client meeting got shifted, will tell you later"."""
    if s.visit and _VISIT_STATEMENT.search(s.low) and not s.update_first and not s.strong_status:
        return "UNKNOWN"
    return None


def rule_create(s: _Signals) -> str | None:
    """Add / create / new lead / lead banao, with a lead noun, a phone or a city: "add lead Rohan from Pune 98765 43210"."""
    if s.create and not s.update_first and (_LEAD_NOUN.search(s.low) or find_phone(s.low) or city_pattern().search(s.low)):
        if not (s.create.group().lower().startswith(("add", "creat", "log", "record", "enter")) and s.visit):
            return "LEAD_CREATE"
    return None


def rule_status_with_verb(s: _Signals) -> str | None:
    """A status with an update verb, or an outcome that is a status on its own: "mark Rohan as won",
    "Rohan closed the deal", "Kavya is not interested", "flat book kar liya"."""
    return "LEAD_UPDATE" if s.status and (s.update_verb or s.strong_status) else None


def rule_status_field(s: _Signals) -> str | None:
    """The status field named with a change verb and no value: "update Ravi's status" (the bot asks which)."""
    if re.search(r"\b(?:mark|updat\w*|chang\w*|set|mov\w*)\b.*\bstatus\b|\bstatus\b.*\b(?:updat\w*|chang\w*)", s.low):
        return "LEAD_UPDATE"
    return None


def rule_lookup(s: _Signals) -> str | None:
    """Find / search / show / what's X's number: "find Rohan", "Kavya ka number kya hai"."""
    low = s.low
    personal = re.search(r"\b(?:find|search|show|look\s*(?:up|for)|get)\s+(?:me\s+)?(?:my|your)\b(?!\s+leads?)", low)
    # "update Rohan's phone to 98..." asks for a change the tools cannot make; it is not a lookup.
    change = re.search(r"\b(?:updat\w*|chang\w*|edit\w*|correct\w*|modif\w*|replac\w*|set)\b", low)
    if (s.find or (_DETAIL_QUESTION.search(low) and not change)) and not personal and not re.search(
            r"\bweather|joke|song|movie|news|cricket|score\b", low):
        return "LEAD_FIND"
    return None


def rule_bare_status(s: _Signals) -> str | None:
    """A lead and a bare status: "Arjun Mehta closed", "Sneha Iyer: not responding, follow up next week"."""
    if _bare_status_statement(_CLAUSE_END.split(s.low, 1)[0]) or _name_then_status_clause(s.low):
        return "LEAD_UPDATE"
    return None


def rule_terse_update(s: _Signals) -> str | None:
    """A terse "name status" note whose status normalises: "rohan - in progress"."""
    terse = _TERSE_UPDATE.match(s.low)
    if terse:
        try:
            normalize_status(terse.group("status"))
            return "LEAD_UPDATE"
        except ValueError:
            pass
    return None


def rule_raw_status(s: _Signals) -> str | None:
    """An update whose status the bot must question: "mark Priya as maybe"."""
    return "LEAD_UPDATE" if _RAW_STATUS.match(s.low) else None


def rule_status_not_said(s: _Signals) -> str | None:
    """An update with the status left out: "mark Kiran as" (the bot asks for it)."""
    return "LEAD_UPDATE" if _STATUS_NOT_SAID.match(s.low) and not s.visit else None


# "book Rohan tomorrow at 3", "fix Priya for Friday 5 pm": a booking verb with a person straight after it
# and a time is a visit, said without the word "visit".
_BOOK_PERSON = re.compile(r"^\s*(?:book|fix|schedule|line\s+up|slot)\s+(?P<who>[a-z][a-z'.]*)\b", re.IGNORECASE)


def rule_book_person(s: _Signals) -> str | None:
    """A booking verb, a person and a time: "book Rohan tomorrow at 3", "fix Priya for Friday 5 pm"."""
    m = _BOOK_PERSON.match(s.low)
    if m and s.has_time and not m.group("who").lower().endswith("'s") and m.group("who").lower() not in NOT_NAME_WORDS \
            and not find_phone(s.low):
        return "VISIT_SCHEDULE"
    return None


# "Farhan not picking calls since a week, follow up": a lead, what happened, and the status alone as the
# last clause. The sentence opens with a name (a word that can be one) and ends with a bare status.
_TRAILING_STATUS = re.compile(
    r"[,;]\s*(?P<status>won|lost|follow[\s_-]?up|in[\s_-]?progress|not\s+interested)\s*[.!]*\s*$", re.I)


def rule_trailing_status(s: _Signals) -> str | None:
    """A lead named first and a bare status as the last clause: "Farhan not picking calls since a week, follow up"."""
    # The name is the subject, not an owner of something else ("Deepak's home loan is done, ...").
    if _TRAILING_STATUS.search(s.low) is None or re.match(r"\s*\S+'s\b", s.low) or _name_after(s.low, 0) is None:
        return None
    return "LEAD_UPDATE"


# The status said by its own name (not "interested", not "later"), for a lead named only by id or phone.
_STATUS_BY_NAME = re.compile(r"\b(?:won|lost|follow[\s-]?up|in[\s-]?progress|closed|not\s+interested)\b", re.I)


def rule_reference_and_status(s: _Signals) -> str | None:
    """A lead named by its short id or phone, and a status by name: "a1b2c3d4 won", "lead 98765 43210 follow
    up next week"; not a reminder ("call 98765 43210 after the visit, he is interested")."""
    if s.status and _STATUS_BY_NAME.search(s.low) and not re.match(r"\s*(?:call|ring|phone|remind|message|whatsapp)\b", s.low) \
            and (_UUID.search(s.low) or _ID_PREFIX.search(s.low) or find_phone(s.low)) and not s.create \
            and not s.find and len(s.low.split()) <= 10:
        return "LEAD_UPDATE"
    return None


INTENT_RULES: tuple[tuple[str, Callable[[_Signals], str | None]], ...] = tuple(
    (fn.__name__.removeprefix("rule_"), fn) for fn in (
        rule_not_asked, rule_question, rule_field_question, rule_follow_up_visit, rule_new_lead_then_visit,
        rule_visit_request, rule_visit_news, rule_create, rule_status_with_verb,
        rule_status_field, rule_lookup, rule_bare_status, rule_terse_update,
        rule_raw_status, rule_status_not_said, rule_book_person, rule_reference_and_status, rule_trailing_status,
    )
)


def _intent(low: str, has_time: bool) -> tuple[str, str]:
    """The intent and the name of the rule that decided it ("no_rule" when none did: UNKNOWN)."""
    signals = _signals(low, has_time)
    for name, rule in INTENT_RULES:
        intent = rule(signals)
        if intent is not None:
            return intent, name
    return "UNKNOWN", "no_rule"


_VISIT_WORD = r"(?:site\s*visit|visit|meeting|appointment|appt|viewing|demo)s?"
_DAY_NAME = (r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|som[vw][aeo]a?r|mangal[vw][ae]a?r|budh[vw][ae]a?r|"
             r"guru[vw][ae]a?r|shukra[vw][ae]a?r|shani[vw][ae]a?r|(?:ravi|it)[vw][ae]a?r|kal|parso|aaj|today|tomorrow)")
# "move / shift / push / postpone Rohan's visit", "Priya's meeting is moved to 5": the booked visit moves.
_RESCHEDULE = re.compile(
    # ("he postponed his trip" moves no visit: a possessive object other than the visit is something else)
    r"\b(?:reschedul\w*|postpon\w*|prepon\w*)\b(?!\s+(?:his|her|their|my|our)\s+(?!(?:site\s*)?(?:visit|meeting|appointment|demo|viewing)s?\b)\w)|"
    r"\b(?:mov\w*|shift\w*|push\w*|chang\w*|bring\s+forward|brought\s+forward)\s+(?:[\w']+\s+){0,4}?" + _VISIT_WORD + r"\b|"
    r"\b" + _VISIT_WORD + r"\s+(?:is\s+|was\s+|got\s+|has\s+been\s+|to\s+be\s+|needs\s+to\s+be\s+)"
    r"(?:mov|shift|push|chang|postpon|prepon|reschedul)\w*|"
    # "book Friday 4 pm instead of Thursday", "... and cancel the old one": a move said as two steps.
    # Hinglish: "anjali ka visit kal subah 10 baje shift karo", "meeting aage kar do".
    r"\b" + _VISIT_WORD + r"\b(?:\s+[\w':]+){0,6}?\s+(?:shift|move|postpone|prepone|aage|peeche)\s+" + HI_DO + r"\b|"
    # "Rohan ka visit kal se parso kar do": from one day to another is a move, whatever the verb.
    r"\b" + _VISIT_WORD + r"\b(?:\s+[\w']+){0,3}?\s+" + _DAY_NAME + r"\s+(?:ko\s+)?se\s+" + _DAY_NAME + r"\b|"
    r"\binstead\s+of\b|\bcancel\w*\s+the\s+(?:old|earlier|previous|other|first)\s+(?:one|" + _VISIT_WORD + r")\b",
    re.IGNORECASE,
)
# "cancel Rohan's visit", "call off the meeting with Priya", "Meera's site visit is cancelled".
_CANCEL_VISIT = re.compile(
    r"\b(?:cancel\w*|call(?:ed|ing)?\s+off|scrap\w*|drop)\s+(?:[\w']+\s+){0,4}?" + _VISIT_WORD + r"\b|"
    r"\b" + _VISIT_WORD + r"\b(?:\s+[\w']+){0,4}?\s+(?:is\s+|was\s+|got\s+|has\s+been\s+|stands\s+|(?:needs?|has|have)\s+to\s+be\s+|should\s+be\s+|must\s+be\s+)?"
    r"(?:cancel(?:l?ed)|called\s+off)\b|"
    # "Arjun's visit tomorrow is off", "the meeting with Vikas is off".
    r"\b" + _VISIT_WORD + r"\b(?:\s+[\w']+){0,4}?\s+(?:is|was|stands)\s+off\b|"
    # Hinglish: "Rohan ka visit cancel kar do", "meeting cancel karo", "visit radd karo".
    r"\b" + _VISIT_WORD + r"\b(?:\s+[\w']+){0,3}?\s+(?:cancel|radd|kainsal)\s+" + HI_DO + r"\b",
    re.IGNORECASE,
)
_POSSESSIVE = re.compile(r"\b(?:his|her|their)\s+(?:[\w']+\s+)?" + _VISIT_WORD + r"\b", re.IGNORECASE)
_MOVE_VERBS = frozenset("push move shift change postpone prepone reschedule bring".split())
_CANCEL_VERB = re.compile(r"\b(?:cancel\w*|call(?:ed|ing)?\s+off|scrap\w*|drop|radd|kainsal)\b", re.IGNORECASE)
_BECAUSE = re.compile(r"[,;]?\s*\b(?:because|since|as|coz|cause|cuz)\b\s+(?P<why>.+)$", re.IGNORECASE)


# "what visits do I have tomorrow?", "any meetings today", "what's on my calendar for Friday", "who am I
# meeting tomorrow", "when is Rohan's visit?", "what time is the visit with Arjun tomorrow?": a question
# about booked visits (a request to book one has no question word before it).
_VISIT_QUESTION = re.compile(
    r"^\s*(?:(?:so|and|ok(?:ay)?)\s+)?(?:what(?:'s|\s+is|\s+are)?|which|any|how\s+many|show(?:\s+me)?|list|tell\s+me|"
    r"give\s+me|read\s+(?:me\s+)?out|do\s+(?:i|we)\s+have|have\s+(?:i|we)\s+got|when(?:'s|\s+is|\s+are)?|"
    r"what\s+time(?:'s|\s+is)?)\b"
    r"(?=.*\b(?:" + _VISIT_WORD + r"|schedule|agenda|calendar|diary|line[\s-]?up|lined\s+up)\b)"
    r"(?!.*\b(?:can|could|would|will|should)\s+(?:you|i|we)\s+(?:schedule|book|fix|arrange|set\s+up|move|cancel)\b)|"
    r"^\s*who\s+(?:am\s+i|are\s+we|do\s+(?:i|we)\s+have\s+to)\s+(?:meeting|seeing|visiting|showing)\b|"
    r"^\s*(?:is\s+there\s+)?any\s*thing\s+(?:scheduled|booked|lined\s+up|planned|fixed)\b|"
    # "aaj ke visits dikhao", "kal ki meetings batao": the day's visits asked for by name.
    r"^(?=.*\b(?:visits|meetings|appointments)\b)(?=.*\b(?:dikhao|dikha\s+do|batao|bata\s+do|list\s+karo)\b)|"
    # Hinglish questions: "kal kitne visits hain", "Rohan ka visit kab hai", "aaj kaun aa raha hai visit pe".
    r"^(?=.*\b(?:kitne|kitni|kaun|kab|kya\s+kya|kis\s+(?:din|time|samay|waqt|tareekh))\b)(?=.*\b(?:" + _VISIT_WORD + r"|site\s+(?:pe|par))\b)"
    r"(?!.*\b(?:book|fix|rakh|rakho|daal|daalo|karo|kar\s+do|shift|cancel)\b)",
    re.IGNORECASE,
)
_LEAD_OF_VISIT = [
    re.compile(r"\b(?:with|for|of)\s+", re.I),
    re.compile(r"\b(?:meeting|seeing|visiting)\s+", re.I),
    re.compile(r"\b(?:is|are|was)\s+", re.I),  # "when is Rohan's visit"
]


def _visit_question(body: str, now: datetime, tz: str) -> ParsedCommand | None:
    """"What visits do I have tomorrow?" / "When is Rohan's visit?": a lookup of booked visits."""
    low = body.lower()
    if not _VISIT_QUESTION.search(low):
        return None
    args: dict[str, str] = {}
    found = dates.scan_when(low, now, tz)
    work = low
    if found is not None:
        args["day"] = found.dt.date().isoformat()
        for span in found.given_spans:
            work = _cut(work, span)
    # The lead, when one is named: "Rohan's visit", "the visit with Arjun", "meeting Priya".
    # "Rohan's visit", Hinglish "Arjun ka visit", "Meera ki meeting".
    owner = re.search(r"(?<!')\b([a-z][a-z.]*(?:\s+[a-z][a-z.]*)?)(?:'s|\s+k[aie])\s+(?:next\s+)?" + _VISIT_WORD, work)
    name = None
    if owner:
        named = _name_after(work, owner.start(1))
        name = named[0] if named else None
    if name is None:
        named = _first_name_match(_LEAD_OF_VISIT, work)
        name = named[0] if named else None
    if name and name.lower().split()[0] not in _NOT_A_VISIT_OWNER:
        args["lead_id"] = name
    elif re.search(r"\b(?:his|her|their)\s+(?:next\s+)?" + _VISIT_WORD, work):
        args["lead_id"] = LAST_LEAD
    return ParsedCommand("VISIT_FIND", "findVisits", in_tool_order("findVisits", args), {})


_NOT_A_VISIT_OWNER = frozenset(
    "my our me us i we the a an any all today tomorrow tonight this next my there it what today's tomorrow's".split()
)


def _cancel_visit(body: str, notes: str | None, now: datetime, tz: str) -> ParsedCommand | None:
    """"Cancel Rohan's visit (on Friday)": the lead, the day if one was said, and why. None when no lead
    is named ("the visit tomorrow got cancelled" is news, not an instruction to act on)."""
    if notes is None:
        why = _BECAUSE.search(body)
        if why:
            notes = why["why"].strip(" .")
            body = body[: why.start()]
    args: dict[str, str] = {}
    problems: dict[str, str] = {}
    # The verb is no part of a name: "cancel Rohan's visit" names Rohan, not "Cancel Rohan".
    body = _CANCEL_VERB.sub(lambda m: " " * len(m.group()), body)
    ref = _lead_reference_masked(body.lower(), body, now, tz, _VISIT_REF_CUES, for_visit=True, args=args,
                                 problems=problems)
    if not ref and _POSSESSIVE.search(body):
        ref = LAST_LEAD  # "cancel his visit": the lead just talked about
    if not ref:
        return None
    args["lead_id"] = ref
    problems.pop("visit_time", None)  # a day that does not resolve only fails to narrow the choice
    if notes:
        args["notes"] = notes
    return ParsedCommand("VISIT_CANCEL", "cancelVisit", in_tool_order("cancelVisit", args), problems)


def parse(text: str, now: datetime, tz: str = "Asia/Kolkata") -> ParsedCommand:
    """One transcript -> the tool call it asks for, the arguments heard, and what could not be normalised."""
    if _CANCEL.match(text or ""):
        return ParsedCommand("UNKNOWN", None, {}, {}, cancel=True, rule="cancel")
    # Assigning leads and "my leads" have their own phrasing module (team.py), as do corrections,
    # archives and undo (edits.py); both import this one.
    from crm_tui.nlu.edits import parse_edit
    from crm_tui.nlu.team import parse_team

    team = parse_team(text or "")
    if team is not None:
        return team

    fixing = parse_edit(text or "", now, tz)
    if fixing is not None:
        if fixing.tool in DOUBT_CHECKED_TOOLS:  # an edit is a write like the others: "change Neha's name to Banao"
            fixing.doubts += _doubts(text or "", fixing, now, tz)
            fixing.confidence = max(0.0, round(1.0 - 0.3 * len(fixing.doubts), 2))
        return fixing
    corrected = apply_corrections(text or "", now, tz)
    parsed = _parse_meant(corrected.text, now, tz)
    if parsed.tool in _REMARK_TOOLS and "notes" not in parsed.args:
        remark = _remark(corrected.text, parsed, now, tz)
        if remark is not None:
            head, notes = remark
            reread = _parse_meant(head, now, tz)
            # The remark is only set aside when the rest reads the same without it.
            if reread.intent == parsed.intent and reread.args == parsed.args:
                reread.args["notes"] = notes
                parsed = reread
    if corrected.dangling and parsed.tool is not None:
        # "mark Amit won, no wait": the value taken back is not used; the bot asks for it instead.
        slot = {"time": "visit_time"}.get(corrected.taken_back or "", corrected.taken_back or "")
        parsed.args.pop(slot, None)
        parsed.doubts.append("a correction with nothing after it")
    if parsed.tool in DOUBT_CHECKED_TOOLS:
        parsed.doubts += _doubts(corrected.text, parsed, now, tz)
    parsed.confidence = max(0.0, round(1.0 - 0.3 * len(parsed.doubts), 2))
    return parsed


_REMARK_TOOLS = frozenset({"scheduleVisit", "cancelVisit", "updateLeadStatus"})
# Where a remark can start: a comma or a semicolon, a dash between spaces, and (after the clause that
# holds the time or the status) "and" / "so" / "because".
_CLAUSE_BREAK = re.compile(
    r"\s*[,;]\s*|\s+-\s+|(?<!\bmr)(?<!\bmrs)(?<!\bms)(?<!\bdr)(?<!\bno)\.\s+|\s+(?=(?:and|so|because|coz|cause|kyunki|kyonki|kyuki)\s)",
    re.I)
# A reason given for a status is a remark even when it holds a status word ("because he bought elsewhere").
_BECAUSE_LEAD_IN = re.compile(r"^(?:because|coz|cause|kyunki|kyonki|kyuki)\s+", re.I)
_CLAUSE_LEAD_IN = re.compile(r"^(?:and|so|because|coz|cause|kyunki|kyonki|kyuki)\s+", re.I)
_ACTION_WORDS = re.compile(
    r"\b(?:schedul\w*|book\w*|fix\w*|arrange\w*|set\s+up|visit\w*|meeting|appointment|mark\w*|update\w*|"
    r"move|shift|status|cancel\w*|rakh\w*|daal\w*|karo|kar\s+do|it)\b",
    re.I,
)


def _remark(text: str, parsed: ParsedCommand, now: datetime, tz: str) -> tuple[str, str] | None:
    """A remark said with a visit or a status ("…at 11, she wants to see the 3bhk", "…lost because he
    bought elsewhere", "budget 80 lakh") and the sentence without it; None when there is none.

    A remark is every clause after the first that names no slot value: no time, no status, not the
    lead, no phone, no action word. For a status update only clauses after the status count ("visit
    done with Kavya, she wants to think, keep in follow up" is a status and no notes)."""
    if _NOTES.search(text):
        return None
    pieces: list[tuple[int, int]] = []
    pos = 0
    for m in _CLAUSE_BREAK.finditer(text):
        pieces.append((pos, m.start()))
        pos = m.end()
    pieces.append((pos, len(text)))
    if len(pieces) < 2:
        return None
    ref = (parsed.args.get("lead_id") or "").lower()
    first_ref_word = ref.split()[0] if ref and not ref.startswith("@") else None
    remarks: list[tuple[int, int, int]] = []
    status_seen = parsed.tool != "updateLeadStatus"
    for index, (start, end) in enumerate(pieces):
        clause = text[start:end]
        because = _BECAUSE_LEAD_IN.match(clause.strip()) is not None
        low = _CLAUSE_LEAD_IN.sub("", clause.strip().lower())
        said_status = find_status(low)
        # "…lost kar do, usne dusri jagah le liya": the reason repeats the status chosen; still a remark.
        reason = said_status is not None and said_status[0] == parsed.args.get("status") and status_seen
        # A status has no time slot: a day in a remark after it is part of the remark ("she's travelling
        # till the 10th"), unless the clause says the status again with its day ("she asked us to call back
        # on Monday" is the follow-up's own detail).
        names_value = (
            ((parsed.tool != "updateLeadStatus" or said_status is not None) and dates.scan_when(low, now, tz) is not None)
            or (said_status is not None and not reason)
            or find_phone(low) is not None or _ACTION_WORDS.search(low) is not None
            or (first_ref_word is not None and re.search(rf"\b{re.escape(first_ref_word)}\b", low) is not None)
        )
        if not status_seen:
            status_seen = said_status is not None and said_status[0] == parsed.args.get("status")
            continue
        if index == 0 or (names_value and not because) or len(low.split()) < 2:
            continue
        if remarks and remarks[-1][2] == index - 1:
            remarks[-1] = (remarks[-1][0], end, index)  # one remark goes on until a slot is named again
        else:
            remarks.append((start, end, index))
    if not remarks:
        return None
    notes = ", ".join(_CLAUSE_LEAD_IN.sub("", text[a:b].strip()) for a, b, _ in remarks).strip(" .")
    head = text
    for a, b, _ in reversed(remarks):
        head = head[:a] + head[b:]
    return head.strip(" ,;-"), notes


# The writes whose readings are checked for doubts (a second status, a second time, a stray word) and
# confirmed before they run; the local engine asks its question for exactly these.
DOUBT_CHECKED_TOOLS = frozenset({"createLead", "scheduleVisit", "updateLeadStatus", "cancelVisit", "updateLead"})
# A cancel said in a sentence read as a booking: the person may have meant the opposite.
_CANCEL_SAID = re.compile(r"\b(?:cancel\w*|call(?:ed)?\s+off|radd)\b", re.I)
# "from follow up to in progress", "from Friday to Saturday": the first of two values is what changes.
_FROM_VALUE = re.compile(r"\bfrom\s*$", re.I)


# A cheap count of the words that start a time: only a sentence with two of them can name two times.
_TIME_WORD = re.compile(
    r"\b(?:\d{1,2}(?::\d{2})?\s*(?:am|pm|a\.m|p\.m|baje|o'?clock)|at\s+\d|today|tomorrow|tonight|tmrw|kal|parso|aaj|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun|noon|morning|evening|"
    r"afternoon|night|\d{1,2}(?:st|nd|rd|th))\b",
    re.IGNORECASE,
)


def _doubts(text: str, parsed: ParsedCommand, now: datetime, tz: str) -> list[str]:
    """Words that could change what a write means, left over after the reading: each one a reason to
    ask before writing. A name holding a word that is never part of one, a second status, a second
    time: the reading took one, the person may have meant the other."""
    doubts: list[str] = []
    for key in ("name", "lead_id", "city"):
        value = parsed.args.get(key, "")
        odd = [w for w in value.split() if w.lower() in NEVER_IN_NAME]
        if odd:
            doubts.append(f"{odd[0]!r} may not be part of the {'city' if key == 'city' else 'name'} {value!r}")
    said, _ = _notes(_clean(text))
    low = said.lower()
    if parsed.args.get("notes"):
        low = low.replace(parsed.args["notes"].lower(), " ")
    if parsed.tool == "updateLeadStatus" and "status" in parsed.args:
        seen = {status for status, (start, _) in statuses_said(low) if not _FROM_VALUE.search(low[:start])}
        if len(seen) > 1:
            doubts.append("two statuses said: " + " and ".join(sorted(seen)))
    cancel_word = _CANCEL_SAID.search(low) if parsed.tool == "scheduleVisit" else None
    if cancel_word:
        doubts.append(f"{cancel_word.group()!r} said with a booking")
    if parsed.tool == "scheduleVisit" and "visit_time" in parsed.args and "reschedule" not in parsed.flags \
            and len(_TIME_WORD.findall(low)) > 1:
        # "book Rohan tomorrow at 3 and Friday at 5": one visit, two times; which one was meant?
        first = dates.scan_when(low, now, tz)
        if first is not None and first.given_spans:
            rest = low
            for a, b in first.given_spans:
                rest = rest[:a] + " " * (b - a) + rest[b:]
            second = dates.scan_when(rest, now, tz)
            if second is not None and second.given_spans and second.dt != first.dt and \
                    re.search(r"\b(?:at|on|kal|parso|tomorrow|today|\d{1,2}\s*(?:am|pm|baje))\b", rest[second.given_spans[0][0]:second.given_spans[-1][1]]):
                doubts.append("two times said: " + rest[second.given_spans[0][0]:second.given_spans[-1][1]].strip())
    return doubts


# "push his meeting to 6", "move her visit to 7": with a move, a bare hour after "to" is the new time.
_MOVE_TO_HOUR = re.compile(
    r"\bto\s+(?=\d{1,2}\b(?!\s*(?:[:.]\d|am\b|pm\b|a\.m|p\.m|baje|o'?clock|oclock|th\b|st\b|nd\b|rd\b|lakh|bhk|people|"
    r"members|days?|weeks?|hours?|mins?|minutes?)))",
    re.IGNORECASE,
)


# Hinglish "guruvar se shukravar shift karo" is "move from Thursday to Friday": the later day is the new one.
_DAY_SE_DAY = re.compile(rf"\b(?P<a>{_DAY_NAME})\s+(?:ko\s+)?se\s+(?P<b>{_DAY_NAME})\b", re.IGNORECASE)


@dataclass
class _Said:
    """One sentence as the slot readers see it, its self-corrections applied."""

    said: str  # the sentence without its notes, as written
    notes: str | None  # what followed "notes:" and its kin
    body: str  # `said` without honorifics and typing quotes
    moving: bool  # a move verb was said ("push his meeting to 6")
    now: datetime
    tz: str

    @property
    def low(self) -> str:
        return self.body.lower()


def _before_rules(s: _Said) -> ParsedCommand | None:
    """The readings decided before the intent rules: a stats question, a status listing, a question about
    visits, a visit cancelled."""
    stats = read_stats_question(s.body, s.now, s.tz)  # "how many did we win this month", "my next visit"
    if stats is not None:
        return ParsedCommand(stats.intent, stats.tool, stats.args, {}, flags=stats.flags, rule="stats_question")
    listing = _status_listing(s.low)
    if listing is not None:
        # "which leads are in follow up?", "any new leads in Pune?": a lookup filtered by status.
        return ParsedCommand("LEAD_FIND", "findLeads", listing, {}, rule="status_listing")
    asked = _visit_question(s.body, s.now, s.tz)
    if asked is not None:
        asked.rule = "visit_question"
        return asked
    if _CANCEL_VISIT.search(s.low) and not _RESCHEDULE.search(s.low):
        cancelled = _cancel_visit(s.body, s.notes, s.now, s.tz)
        if cancelled is not None:
            cancelled.rule = "cancel_visit"
            return cancelled
    return None


def _read_create(s: _Said, args: dict[str, str], problems: dict[str, str], flags: dict[str, str]) -> None:
    """createLead's slots: the phone, the source and the city first (each cut out once read), then the name."""
    low = s.low
    work = _phone_into(low, args, problems, "phone")
    work = _source_into(work, args)
    work = _city_into(work, args)
    found = _first_name_match(_CREATE_NAME_CUES, work, allow_word_names=True)
    if found:
        # People correct themselves mid-sentence: "Girish Patil... sorry, Girish Hosmani".
        fix = _CORRECTION.match(work[found[1][1]:])
        better = _name_after(work, found[1][1] + fix.end()) if fix else None
        heard, (first, end) = better or found
        # The name as written where it was typed in mixed case ("Ronald McDonald" stays McDonald).
        written = " ".join(s.body[first:end].split()) if len(s.body) == len(low) else ""
        args["name"] = title_case(written) if written.lower() == heard.lower() else heard
        work = _cut(work, found[1])
    if "city" not in args:
        _city_from_fields(work, args)


def _read_visit(s: _Said, args: dict[str, str], problems: dict[str, str], flags: dict[str, str]) -> None:
    """scheduleVisit's slots: the lead and the time (ids and phones read first), the notes, and for a move
    whether the visit keeps its day."""
    low = s.low
    ref = _lead_reference_masked(low, s.body, s.now, s.tz, _VISIT_REF_CUES, for_visit=True, args=args, problems=problems)
    if ref:
        args["lead_id"] = ref
    if s.notes:
        args["notes"] = s.notes
    if not s.moving:
        return
    flags["reschedule"] = "true"
    if args.get("lead_id", "").lower() in _MOVE_VERBS:
        del args["lead_id"]  # "push her meeting to 6": the verb is no name
    if "lead_id" not in args and _POSSESSIVE.search(low):
        args["lead_id"] = LAST_LEAD  # "move his visit to Friday"
    when = dates.scan_when(_ID_PREFIX.sub(" ", _UUID.sub(" ", low)), s.now, s.tz) if "visit_time" in args else None
    if when is not None and not when.day_said:
        flags["keep_day"] = "true"  # "move Deepak's visit to 7pm": the visit keeps its day


def _read_update(s: _Said, args: dict[str, str], problems: dict[str, str], flags: dict[str, str]) -> ParsedCommand | None:
    """updateLeadStatus's slots: the status, the lead, and a remark after a short status statement as notes.
    A status said of someone who is no lead reads as nothing (the ParsedCommand returned)."""
    notes, body = s.notes, s.body
    remark = _status_then_remark(s.said) if notes is None else None
    if remark:
        # "Rohan is in progress, called him today": the status, and what was said after it as notes.
        head, notes = remark
        body = strip_honorifics(_unquote(head))
    work = body.lower()
    subject = _lead_statement_follow_up(work) if not remark and notes is None else None
    work = _status_into(work, args, problems)
    if subject:
        # "Deepak is out of station, callback next week": the lead is the subject, not "Station".
        work = body = subject
    ref = _lead_reference_masked(work, body, s.now, s.tz, _UPDATE_REF_CUES, for_visit=False, args=args, problems=problems)
    if ref is None and _PERSONAL_SUBJECT.match(s.low):
        # "my sister is not interested in the wedding": a status word about someone who is not a lead.
        return ParsedCommand("UNKNOWN", None, rule="status_of_someone_else")
    if ref:
        args["lead_id"] = ref
    if notes:
        args["notes"] = notes
    return None


def _read_find(s: _Said, args: dict[str, str], problems: dict[str, str], flags: dict[str, str]) -> None:
    """findLeads' query: a phone, an id, a city, or the words left title-cased."""
    query = _find_query(s.low)
    if query:
        args["query"] = query


#: The slot readers of each intent the rules decide (the others were read before the rules).
_SLOT_READERS: dict[str, Callable[[_Said, dict[str, str], dict[str, str], dict[str, str]], ParsedCommand | None]] = {
    "LEAD_CREATE": _read_create, "VISIT_SCHEDULE": _read_visit, "LEAD_UPDATE": _read_update, "LEAD_FIND": _read_find,
}


def _parse_meant(text: str, now: datetime, tz: str) -> ParsedCommand:
    """`parse` of a sentence with its self-corrections already applied."""
    moving = _RESCHEDULE.search(text or "") is not None
    if moving:
        text = _MOVE_TO_HOUR.sub("to at ", text)
        text = _DAY_SE_DAY.sub(r"from \g<a> to \g<b>", text)
    cleaned = _clean(text or "")
    if not cleaned:
        return ParsedCommand("UNKNOWN", None, rule="empty")
    said, notes = _notes(cleaned)
    s = _Said(said, notes, strip_honorifics(_unquote(said)), moving, now, tz)
    early = _before_rules(s)
    if early is not None:
        return early
    # Ids and phones first, so their digits are not read as times.
    has_time = _says_when(_ID_PREFIX.sub(" ", _UUID.sub(" ", s.low)), now, tz)
    intent, rule = _intent(s.low, has_time)
    if intent == "UNKNOWN":
        return ParsedCommand("UNKNOWN", None, rule=rule)
    args: dict[str, str] = {}
    problems: dict[str, str] = {}
    flags: dict[str, str] = {}
    instead = _SLOT_READERS[intent](s, args, problems, flags) if intent in _SLOT_READERS else None
    if instead is not None:
        return instead
    # Keep args in the tool's own order, which is also the order people expect to read them in.
    args = in_tool_order(INTENT_TOOLS[intent], args)
    return ParsedCommand(intent, INTENT_TOOLS[intent], args, problems, flags=flags, rule=rule)


def _says_when(low: str, now: datetime, tz: str) -> bool:
    """Does the sentence name a time, even one that is no time ("a visit with Rohan at 25 o'clock")?"""
    try:
        dates._resolve(low, now, tz)
    except dates.WhenError:
        return True
    except ValueError:
        return False
    return True


_PHONE_WORD_BEFORE = re.compile(r"\b(?:phone|mobile|mob|cell|number|no\.?|num|whatsapp|ph|contact)\s*[:\-#]?\s*$", re.I)


def _said_as_short_id(text: str, span_text: str, start: int) -> bool:
    """Eight digits in one group where a lead is meant ("mark 12345678 as won") are the short id the
    assistant reads out (one id in 40 starts with eight digits), unless they were said as a phone."""
    return len(span_text) == 8 and span_text.isdigit() and not _PHONE_WORD_BEFORE.search(text[:start])


def _lead_reference_masked(
    work: str, original: str, now: datetime, tz: str, cues: list[re.Pattern[str]], *, for_visit: bool,
    args: dict[str, str], problems: dict[str, str],
) -> str | None:
    """The lead reference in `work`, reading (and blanking) ids, phones and, for visits, the time first,
    so "book 98765 43210 tomorrow at 3" neither reads the phone as a time nor "tomorrow" as a name."""
    ref = None
    m = _UUID.search(work) or _ID_PREFIX.search(work)
    if m:
        ref = (m.group("id") if m.re is _ID_PREFIX else m.group()).lower()
        work = _cut(work, m.span())
    if ref is None:
        phone = find_phone(work)
        if phone:
            span_text, digits = phone
            start = work.find(span_text)
            try:
                ref = normalize_phone(span_text)
            except PhoneError as reason:
                ref = digits
                if not _said_as_short_id(work, span_text, start):
                    problems["lead_id"] = str(reason)
            work = _cut(work, (start, start + len(span_text)))
    if for_visit:
        work = _visit_time_into(work, original, now, tz, args, problems)
    if ref is None:
        found = _lead_reference(work, cues)
        if found:
            ref = found[0]
            # "mark Priya and Sneha as lost": the tools take one lead, and acting on the first alone
            # would quietly skip the second, so the bot asks instead.
            both = _AND_ANOTHER.match(work, found[1][1]) if ref != LAST_LEAD else None
            other = _name_after(work, both.end()) if both else None
            if other and other[0].lower() != ref.lower():
                problems["lead_id"] = f"{ref} and {other[0]} are two leads; please name one lead at a time"
    return ref


_AND_ANOTHER = re.compile(r"\s*(?:,\s*)?(?:and|&|aur|n)\s+", re.I)


# A question about the leads in one status: "which leads are in follow up?", "show me my won deals",
# "any new leads in Pune?", "list the lost ones", "who is in follow up". It opens with a question or a
# listing word, names a group of leads (or asks "who"), and names a status; a sentence with an update
# verb ("mark Rohan as follow up") or about one lead ("what's Rohan's status") is not one.
_LISTING_CUE = re.compile(
    r"^(?:(?:ok(?:ay)?|hey|hi|so|and|please|pls|can\s+you|could\s+you|would\s+you|will\s+you|just)\s+)*"
    r"(?P<cue>which|what|any|list|show|find|get|give|tell|how\s+many|who(?:'s|\s+is|\s+are|\s+all)?|pull\s+up|"
    r"search|display|see|are\s+there|do\s+(?:we|i)\s+have|count|(?:all\s+)?(?:my\s+)?(?=leads\b))\b",
    re.I,
)
_LISTING_GROUP = re.compile(
    r"\b(?:leads|deals|clients|customers|prospects|ones|contacts|people|enquiries|inquiries|anyone|anybody|everyone|"
    # A status said in the plural is the group itself: "pull up all the follow-ups in Pune".
    r"follow[\s_-]*ups)\b",
    re.I,
)
_LISTING_STATUS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (status, re.compile(rf"\b(?:{pattern})\b", re.I))
    for status, pattern in (
        ("LOST", r"closed[\s_-]*lost|lost|dead|dropped"),
        ("WON", r"closed[\s_-]*won|won|converted|closed"),
        ("FOLLOW_UP", r"follow[\s_-]*ups?|followup|pending|on\s+hold"),
        ("IN_PROGRESS", r"in[\s_-]*progress|inprogress|ongoing|active"),
        ("NEW", r"new|fresh"),
    )
)
_LISTING_NOT = re.compile(
    r"\b(?:mark|set|move|moved|update|updated|change|changed|put|make|convert|add|create|register|schedule|"
    r"book|visit|meeting|status\s+of|'s)\b|'s\b",
    re.I,
)


def _status_listing(low: str) -> dict[str, str] | None:
    """The findLeads arguments ({"query": city?, "status": S}) of a status question, or None."""
    cue = _LISTING_CUE.match(low)
    if cue is None or _LISTING_NOT.search(low, cue.end()):
        return None
    group = _LISTING_GROUP.search(low)
    if not group and not cue.group("cue").lower().startswith("who"):
        return None
    for status, pattern in _LISTING_STATUS:
        found = pattern.search(low, cue.end())
        # "who is in follow up?" names no group: the status must end it ("who won the match" is no listing).
        if found and (group or re.fullmatch(r"(?:\s+(?:status|stage|bucket|category|list|mein|me|hai|hain))*[\s?.!]*", low[found.end():])):
            args: dict[str, str] = {}
            city = city_pattern().search(low, cue.end())
            if city:
                args["query"] = _title(city.group())
            args["status"] = status
            return args
    return None


def _find_query(work: str) -> str | None:
    phone = find_phone(work)
    if phone:
        try:
            return normalize_phone(phone[0])
        except PhoneError:
            return phone[1]
    m = _UUID.search(work) or _ID_PREFIX.search(work)
    if m:
        return (m.group("id") if m.re is _ID_PREFIX else m.group()).lower()
    m = _FIND.search(work)
    rest = work[m.end():] if m else work
    city = city_pattern().search(rest)
    if city:
        return _title(city.group())
    rest = re.sub(
        r"\b(?:all|the|my|our|me|us|any|leads?|contacts?|clients?|customers?|prospects?|details?|info(?:rmation)?|"
        r"record|entry|named|called|name|with|for|of|about|on|is|from|in|who|whose|a|an|number|phone|please|"
        r"do|we|have|there|anyone|anybody|someone|status|what|what's|whats|mobile|kya|hai|ka|ki|ke|batao|bata|dikhao|dikha|bhejo|bhej|bolo|chahiye|"
        r"kis|kahan|kidhar|city|sheher|shehar|se|hain|rehta|rehti|rehte|rahta|rahti)\b|'s\b|[?,.!]",
        " ",
        rest,
        flags=re.I,
    )
    words = rest.split()
    # "is Rohan's status won?": the status asked about is not part of the name looked up.
    named = [w for w in words if w.lower() not in {"won", "lost", "new", "follow", "up", "in", "progress"}]
    if named:
        words = named
    if not words:
        return None
    return _title(" ".join(words[:3]))


# ------------------------------------------------------------------------------------------- slots

_SLOT_PREFIX = re.compile(
    r"^\s*(?:(?:it'?s|it\s+is|that'?s|that\s+is|the|his|her|their|its)\s+)*(?:(?:phone|mobile|contact|cell|whatsapp)\s+)?"
    r"(?:(?:name|number|no\.?|city|source|time|status|id|lead|notes?)\b)?\s*(?:(?:is|would\s+be|will\s+be)\b|[:\-])?\s*",
    re.IGNORECASE,
)


# "I don't know", "none", "skip": an answer that gives nothing for the slot.
_NO_ANSWER = re.compile(
    r"^\s*(?:no(?:ne)?|nothing|no\s+idea|not\s+sure|(?:i\s+)?don'?t\s+know|dunno|skip(?:\s+it)?|n/?a|unknown|"
    r"pata\s+nahi|no\s+(?:source|notes?))\s*[.!]?\s*$",
    re.IGNORECASE,
)
# An hour on its own, answering "when?": "3", "make it 5", "around 4".
_BARE_HOUR = re.compile(r"^\s*(?:make\s+it|at|around|by|say)?\s*(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s*[.!]?\s*$", re.I)


def parse_slot(slot: str, text: str, now: datetime, tz: str) -> str | None:
    """The answer to one question the bot asked ("What is Rohan's phone number?"), normalised for `slot`.

    Returns None when the answer does not contain the thing asked for. A phone that is not a valid
    mobile comes back as the digits heard, so the bot core can say why it is wrong.
    """
    cleaned = _clean(text or "")
    if not cleaned:
        return None
    if slot != "notes":
        cleaned = _unquote(cleaned)
    low = cleaned.lower()
    if _NO_ANSWER.match(low):
        return None
    if slot == "phone":
        found = find_phone(cleaned)
        if not found:
            return None
        try:
            return normalize_phone(found[0])
        except PhoneError:
            return found[1]
    if slot == "visit_time":
        bare = _BARE_HOUR.match(cleaned)
        if bare:
            cleaned = f"at {bare.group(1)}"
        try:
            return dates.normalize_visit_time(cleaned, now, tz)
        except ValueError:
            return None
    if slot == "status":
        try:
            return normalize_status(low)
        except ValueError:
            return None
    if slot == "notes":
        body, notes = _notes(cleaned)
        return notes or body.strip(" .") or None
    if slot == "source":
        args: dict[str, str] = {}
        _source_into(low, args)
        if "source" in args:
            return args["source"]
        rest = _SLOT_PREFIX.sub("", low).strip(" .")
        rest = re.sub(r"^(?:from|via|through|on)\s+(?:the\s+|a\s+|an\s+)?", "", rest)
        return canonical_source(" ".join(rest.split()[:3])) if rest else None
    if slot == "city":
        args = {}
        _city_into(low, args)
        if "city" in args:
            return args["city"]
        rest = _SLOT_PREFIX.sub("", low).strip(" .")
        rest = re.sub(r"^(?:he'?s\s+|she'?s\s+|they'?re\s+|from|in|based\s+in|lives\s+in)\s*", "", rest)
        rest = re.sub(r"^(?:from|in)\s+", "", rest)
        return _title(" ".join(rest.split()[:2])) if rest else None
    if slot == "name":
        rest = strip_honorifics(_SLOT_PREFIX.sub("", low))
        rest = re.sub(r"^(?:he'?s|she'?s|call\s+(?:him|her)|it'?s)\s+", "", rest)
        name = _name_after(rest, 0, max_words=4)
        return name[0] if name else None
    if slot == "lead_id":
        found_ref = _lead_reference(
            strip_honorifics(low), [re.compile(r"^\s*(?:(?:it'?s|for|with|the\s+lead|lead|the\s+one|the)\s+)*", re.I)]
        )
        return found_ref[0] if found_ref else None
    return cleaned
