"""People's names in a sentence: the letters of every script they are written in, where a name starts
(after a cue) and where it ends (at a word that is never part of one), as `(name, span)`.
"""

from __future__ import annotations

import re
import unicodedata

from crm_tui.nlu.lexicon import (
    A_FIRST_NAME_OF_TIME,
    BROKERS_BUYER,
    CITIES,
    LOCALITIES,
    NOT_NAME_WORDS,
    SOURCES,
    TITLES_AFTER_A_NAME,
    title_case,
)


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
# Initials typed together ("R.K. Sharma") are one word of the name.
_NAME_WORD = rf"(?:(?:[{_L}]\.){{2,3}}|[{_L}][{_L}\-]*(?:'[{_L}]+)?\.?)"
# An initial keeps its dot ("R. K. Sharma", "V. Raghavan"); a dot after a word ends a sentence.
_INITIAL = re.compile(rf"(?:[{_L}]\.)+")
# So does a name word typed short, when the name goes on after it ("Mohd. Irfan Ansari", "Md. Salim"): its dot is
# the word's, not the sentence's. (The CRM keeps the name as typed; "Mohd Irfan", typed without it, stays so.)
_SHORT_NAME_WORD = re.compile(r"(?:mohd|md|mohmd)\.", re.I)
_NAMES_THAT_ARE_WORDS = frozenset({"mark", "will", "may", "june", "bill", "sunny", "rose"})


# A word that makes the word before it a place: "Peshawar Road", "Link Road", "MG Marg", "Vikas Vihar" ("Nagar" is
# also a surname, so it is not one of them).
PLACE_WORD = re.compile(r"(?:road|rd|marg|colony|vihar|enclave|layout|chowk|bazaa?r|gali|lane|street|sector|phase|block|"
                        r"extension)\b", re.I)
PLACE_AFTER = re.compile(r"\s+" + PLACE_WORD.pattern, re.I)


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
    # Fillers that sit between a cue and the name ("new lead hai - Mohan Lal", "new lead like Sukhwinder Singh",
    # "add a lead matlab Rahul Jadhav") are stepped over.
    while True:
        skip = re.match(r"(?:(?:hai|h|ek|ji|sir|madam|naam|ka|is|aaya|aya|aayi|ayi|mila|mili|today|aaj|abhi|like|matlab)\b|[-:,])\s*(?=\S)", text[pos:], re.I)
        if not skip or skip.end() == 0:
            break
        pos += skip.end()
    first = pos
    if pos > 0 and text[pos - 1] in "'’":
        return None  # the "s" of a possessive ("Rohan's friend's visit, book it …" had booked a lead "S")
    while len(words) < max_words:
        m = re.match(rf"({_NAME_WORD})(?=$|[\s,.;:!?\-])", text[pos:])
        if not m:
            break
        word = m.group(1) if _INITIAL.fullmatch(m.group(1)) or (
            _SHORT_NAME_WORD.fullmatch(m.group(1)) and re.match(r"\s+[A-Za-z]", text[pos + m.end():])) \
            else m.group(1).rstrip(".")
        possessive = word.lower().endswith("'s")
        if possessive:
            word = word[:-2]
        low = word.lower()
        if re.search(r"(?:n't|'ll|'d|'re|'ve|'m)$", low):
            break  # "she'll come with her son": a contraction is never a name
        if (
            not words and low in _NAMES_THAT_ARE_WORDS
            and (allow_word_names or _a_name_expected(text, pos, pos + m.end()))
            and re.match(rf"\s+{_NAME_WORD}", text[pos + m.end():])
            and _name_after(text, pos + m.end(), max_words=max_words - 1) is not None
        ):
            # "new lead Mark Fernandes", "mark Mark Fernandes as won", "May Thomas ko follow up mein daalo": a reserved
            # word is a first name when a name follows it where a name is expected.
            pass
        elif not words and A_FIRST_NAME_OF_TIME.match(text, pos):
            pass  # "Sham Lal ka visit", "add lead Subah Singh": a word of time before a second name is a first name
        elif low in NOT_NAME_WORDS or low in SOURCES or low in CITIES or low in LOCALITIES:
            break
        if words and low in TITLES_AFTER_A_NAME:
            end = pos + m.end()
            break
        if words and PLACE_AFTER.match(text, pos + m.end()):
            break  # "Dilip Kumar Peshawar Road Delhi": the word before "Road" is the road's, not the name's
        words.append(word)
        end = pos + m.end()
        pos = end
        if possessive:  # "Priya's status": the name ends at the possessive
            break
        sep = re.match(r"[ \t]+", text[pos:])
        # A wide gap is a slot another reader cut out ("mark Priya Nair [lost] Kavya"): a name does not
        # run across it (the cleaned sentence has single spaces; a cut leaves a run of them).
        if not sep or len(sep.group()) > 3:
            break
        pos += sep.end()
    if not words:
        return None
    return _title(" ".join(words)), (first, end)


# The words after which a lead's name is expected ("mark Mark Fernandes as won", "book Will Dsouza for friday"), and
# the postposition or possessive that ends one ("May Thomas ko follow up mein daalo", "Will Dsouza's visit").
_BEFORE_A_NAME = re.compile(r"\b(?:mark|book|for|with|schedule|meet|assign|find|show|named|called|lead)\s+$", re.I)
_AFTER_A_NAME = re.compile(rf"\s+(?:{_NAME_WORD})(?:(?<='s)|\s+(?:ka|ki|ke|ko|ne)\b)", re.I)


def _a_name_expected(text: str, start: int, end: int) -> bool:
    """Whether the word at `start`..`end` stands where a lead's name is expected: after an order's verb or "for", or
    with a second word and a Hindi postposition after it (a reserved word is then a first name, not the word)."""
    before = _BEFORE_A_NAME.search(text[:start])
    if before is not None and before.group().split()[-1].lower() == text[start:end].lower():
        before = None  # "mark mark kavya reddy" (a correction's splice): the verb said again, no name
    return before is not None or _AFTER_A_NAME.match(text, end) is not None


def _title(words: str) -> str:
    """Title case as spoken (`lexicon.title_case`): "rohan sharma" -> "Rohan Sharma", "d'souza" -> "D'Souza"."""
    return title_case(words)


def _first_name_match(
    patterns: list[re.Pattern[str]], text: str, allow_word_names: bool = False
) -> tuple[str, tuple[int, int]] | None:
    # A name reached from its cue only across a comma is the last resort: in "Kavya Reddy ki site visit 27 ko 2 baje,
    # tower C dikhana hai" the cue "visit" stepped over the time read (blanked) and the comma to a remark, "Tower C";
    # the cue "ki" names the lead within its clause.
    across: tuple[str, tuple[int, int]] | None = None
    for pattern in patterns:
        for m in pattern.finditer(text):
            found = _name_after(text, m.end(), allow_word_names=allow_word_names)
            if found and "," in text[m.end():found[1][0]]:
                across = across or found
            elif found:
                return found
    return across


_CORRECTION = re.compile(r"[\s,.;-]*(?:no[\s,]+no|(?:no[\s,]+)?(?:wait|sorry|i\s+mean|correction|rather|actually))[\s,.;:-]+", re.I)
# The Hindi "needs doing" form of a verb: "add karna hai", "entry karni hai" (what is to be done, said as an order).
_NEED_TO = r"(?:karna|karni|karne)\s+(?:hai|h|he)"
_CREATE_NAME_CUES = [
    # "lead banao Preeti Saxena ke naam se": the name said before "ke naam se" (in the name of).
    re.compile(r"\b(?:banao|bana\s+do|banado|daalo|daal\s+do|add\s+karo|add\s+kar\s+do|bana\s+dena|daal\s+dena)\s+(?=(?:\S+\s+){1,3}(?:ke\s+)?naam\s+(?:se|par|pe)\b)", re.I),
    re.compile(r"\b(?:name\s*(?:is|:|-|=)|named|called|by\s+the\s+name(?:\s+of)?|naam(?:\s+hai)?|name(?:'s|s)?)\b\s*", re.I),
    # "Lakshmi Narayan naam se entry karo": the name said first, "naam se" (in the name of) after it.
    re.compile(r"^\s*(?=(?:[^\W\d_][\w'.-]*\s+){1,3}naam\s+se\b)", re.I),
    # The name said first, the create after it: "Param Jeet ko lead mein daalo, Patiala, …", "Nand Kishore
    # Sharma, Mathura, 70172 23344 - new lead" (a form typed name first).
    re.compile(r"^\s*(?=(?:[^\W\d_][\w'.-]*\s+){0,2}[^\W\d_][\w'.-]*\s+(?:ko|ka|ki|ke)\s+(?:naya\s+|new\s+)?(?:lead|contact|client|entry)\b)", re.I),
    re.compile(r"^\s*(?=(?:[^\W\d_][\w'.-]*\s+){1,2}[^\W\d_][\w'.-]*\s*,(?=.*\b(?:new|naya|fresh)\s+(?:lead|enquiry|inquiry|client)\b))", re.I),
    # The person met or come at the site, in Hindi: "site pe Karan Bedi mile, Amritsar ke hain, …, lead bana lo" (batch 71).
    re.compile(r"\b(?:site|office|project|visit|gate)\s+(?:pe|par|mein|me)\s+(?:hi\s+)?(?=(?:[^\W\d_][\w'.-]*\s+){1,2}"
               r"(?:mila|mili|mile|aaya|aayi|aaye)\b)", re.I),
    # A broker's buyer: "my party is Girish Kamath", "mera client Rakesh Jha hai".
    re.compile(BROKERS_BUYER + r"(?:is\s+|hai\s+)?", re.I),
    # "new enquiry from Sneha Kapoor": a city or a source said after "from" is already cut out by now,
    # so what still follows "lead from" / "enquiry from" is the person.
    # The cue words are whole words: "lead Ishaan" is no "lead is" + "haan".
    # (A whole word: "prefers to be contacted on whatsapp" had named a lead "Ed".)
    re.compile(r"\b(?:lead|contact|client|customer|prospect|enquiry|inquiry|buyer|entry)\b\s*(?:(?:for|is|called|named|of|from)\b|:|-|,)?\s*", re.I),
    re.compile(rf"\b(?:add|create|register|save|log|enter|capture|onboard|record|note\s+down|put\s+in|punch\s+in|jot\s+down|feed\s+in|key\s+in)\s+(?:karo\s+|kar\s+(?:do|lo|dijiye|lijiye)\s+|kariye\s+|{_NEED_TO}\s+)?(?:a\s+|an\s+|the\s+)?(?:new\s+)?(?:lead\s+|contact\s+)?(?:for\s+|named\s+|called\s+)?", re.I),
    # "lead entry karo Dinesh Chawla", "client add kar do Ravi": the name after the Hinglish verb.
    # Said as what is to be done: "lead add karna hai Deepa Nair …", "entry karni hai", "lead banana hai".
    re.compile(rf"\b(?:lead|contact|client|entry)\s+(?:entry\s+|add\s+)?(?:{_NEED_TO}|add\s+{_NEED_TO}|banana\s+(?:hai|h)|daalna\s+(?:hai|h)|"
               r"karo|kar\s+do|kardo|kariye|daalo|daal\s+do|banao|"
               r"bana\s+(?:do|lo)|likh\s+lo|likh\s+do|likho|note\s+kar\s+lo|note\s+karo|save\s+karo|maar\s+do|maaro)\s*[,:-]?\s+", re.I),
    # "note kar lo - Sunaina Bhalla, …", "ek client hai Sonal Chauhan, …": the person after the opening.
    re.compile(r"^\s*(?:note\s+kar\s+lo|note\s+karo|likh\s+lo|save\s+kar\s+lo)\s*[-:,]?\s*|\b(?:ek|one|hot|warm|achha|accha|badhiya|naya|nayi)\s+(?:lead|client|customer|party|buyer)\s+(?:hai|he|h)\s*[-:,]?\s*", re.I),
    # "ek lead aur - Ramesh Babu, …": one more lead, the person after it.
    re.compile(r"\b(?:lead|entry)\s+aur\s*[-:,]?\s*", re.I),
    # "there's this guy Manish Tiwari …": the person after the one told about.
    re.compile(r"\b(?:this|a|one)\s+(?:guy|lady|person|gentleman|client|customer|buyer|party)\s+(?:called\s+|named\s+)?", re.I),
    # "new walk-in Priya Nair": once the source is cut out, the name follows "new" directly.
    re.compile(r"\b(?:new|naya|nayi|naye|fresh)\s+", re.I),
    # "ek naya banda hai Rajkummar Rao, …": the person said after "there is a (new) guy / client".
    re.compile(r"\b(?:banda|bandi|aadmi|client|customer|party|buyer|lead)\s+(?:hai|he|h)\b\s*[,:-]?\s*(?=[a-z])", re.I),
    # Hinglish news of someone arrived, the person after it: "ek naya banda aaya hai Mohit Saini, …",
    # "new client walk in hua tha Mahesh Iyer …" (a finished "hua tha" / "mila tha" ends the news clause).
    re.compile(r"\b(?:aaya|aayi|aya|ayi|aaye|aye|hua|hui|hue|mila|mili|mile)\s+(?:hai|tha|thi|hain|the)\s+(?:abhi\s+|aaj\s+)?(?:[,:-]\s*)?", re.I),
    # "i just got a call from Alok Nath in Indore …, add him": the caller is the new lead.
    re.compile(r"\b(?:a\s+)?(?:call|missed\s+call|message|msg|enquiry|inquiry)\s+from\s+", re.I),
    re.compile(r"\b(?:for|of)\s+", re.I),
    # The person introduced: "she's Divya Menon from Kochi, ...", "this is Ravi Teja", "he is Mohan Lal".
    re.compile(r"(?:^|[,;.]\s*)(?:he|she|this|it)(?:'s|\s+is)\s+", re.I),
    # Comma-separated fields: "New walk-in today, Lata Iyer from Chennai, ...".
    re.compile(r"(?:[,;:|/(]|\s-+\s)\s*", re.I),
    re.compile(r"^\s*", re.I),
]
