"""Gujarati, Marathi, Punjabi, Bengali and Tamil words in Hinglish, read as the Hinglish the parser already knows.

Sales people in Ahmedabad, Surat, Pune, Mumbai, Nagpur, Ludhiana and Chandigarh speak the same Hinglish orders with
their own language's small words: the postposition after a name (Gujarati "ni/nu/no", Marathi "chi/cha/la",
Punjabi "di/da/nu"), the hour ("4 vage", "4 vajta", "4 vaje"), the part of the day ("savare", "sakali", "saanje",
"sandhyakali", "bapore", "dupari"), the day ("udya", "parva", "parmdivse", "kal nu", "shanivare", "aitvaar") and
the verb of the order ("rakho", "theva", "bolavo", "bolva", "kari do", "batavo", "dakhva"). The parser's rules read
the Hindi ones, so a line holding one of these words (`_MARKERS`, a set test, nothing else is done to a line without
one) is read word for word as Hindi (`hindi_reading`) and the notes are put back as they were said:

    Arjun bhai ni visit aavti kale savare 11 vage rakho -> Arjun bhai ka visit kal subah 11 baje rakho
    Deepak bhau chi visit udya sandhyakali 6 vajta theva -> Deepak bhau ka visit kal shaam 6 baje rakho
    Rohan dada r visit kal bikel 4 te fix koro           -> Rohan ji ka visit kal dopahar 4 baje fix karo
    Harpreet ji di visit kal nu shaam 5 vaje rakh do ji -> Harpreet ji ka visit kal ko shaam 5 baje rakh do ji
    paaji Rohan Sharma nu follow up te paa do, …         -> bhai Rohan Sharma ko follow up pe daal do, …

A postposition is "ka" before the CRM's nouns ("ni visit", "chi city", "da number") and "ko" otherwise ("Farhan nu
lost kar do", "Amit Kulkarni la … bolva"); a title after a name ("Meera ben", "Priya tai") is "ji", "paaji" is
"bhai".

Gujarati "kale" is tomorrow or yesterday, as Hindi "kal" is: it is read "kal" (and the verb decides, as it does for
"kal": "kale 4 vage rakho" books tomorrow, "kale aavya hata" books nothing), except where it is a Marathi surname
("Sachin Kale la udya…", "Kale saheb", "new lead Prashant Kale, …"): a "kale" followed by a postposition or a title,
or by a comma after a name, stays a name (`_kale_is_a_name`).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from crm_tui.nlu.devanagari import Romanised
from crm_tui.nlu.lexicon import CITIES
from crm_tui.nlu.utterance import ParsedCommand

# Words only these languages use, each read as the Hindi word (or words) the parser knows.
_WORDS: dict[str, str] = {
    # the hour and the part of the day
    "vage": "baje", "vaage": "baje", "vaje": "baje", "vajta": "baje", "vajata": "baje",
    "savare": "subah", "savaare": "subah", "sakali": "subah", "savere": "subah", "saver": "subah",
    "saanje": "shaam", "sanje": "shaam", "saanj": "shaam", "sandhyakali": "shaam", "sandhyakaali": "shaam",
    "bapore": "dopahar", "bapor": "dopahar", "dupari": "dopahar", "dupaari": "dopahar",
    "raate": "raat", "ratri": "raat",
    # the day
    "udya": "kal", "udhya": "kal", "parva": "parso", "parwa": "parso", "parmdivse": "parso", "parmdi": "parso",
    "parson": "parso", "aavti": "", "aavtikale": "kal",
    "somvare": "somvar", "somvari": "somvar", "mangalvare": "mangalvar", "mangalvari": "mangalvar",
    "budhvare": "budhvar", "budhvari": "budhvar", "guruvare": "guruvar", "guruvari": "guruvar",
    "shukravare": "shukravar", "shukravari": "shukravar", "shanivare": "shanivar", "shanivari": "shanivar",
    "ravivare": "ravivar", "ravivari": "ravivar", "aitvaar": "ravivar", "aitvar": "ravivar",
    "etvaar": "ravivar", "etvar": "ravivar",
    # the verbs of an order and of a lookup
    "theva": "rakho", "thevaa": "rakho", "thev": "rakho", "bolavo": "bula lo", "bolaavo": "bula lo",
    "bolva": "bula lo", "bolwa": "bula lo", "kari": "kar", "kara": "karo", "banavo": "banao", "banva": "banao",
    "batavo": "dikhao", "bataavo": "dikhao", "dakhva": "dikhao", "dakhwa": "dikhao", "vekhao": "dikhao",
    "vekho": "dekho", "dhakla": "shift karo", "dhakal": "shift karo", "paa": "daal",
    # what happened, and what is asked
    "thai": "ho", "gayu": "gaya", "thayu": "ho gaya",
    "nathi": "nahi hai", "nako": "nahi", "che": "hai", "aahe": "hai",
    "hati": "thi", "hata": "the", "hato": "tha", "hoti": "thi", "hota": "tha",
    "kyare": "kab", "su": "kya", "kay": "kya",
    "aavse": "aayega", "aavshe": "aayega", "yenar": "aayega",
    # who: a title after a name, an address, a pronoun
    "ben": "ji", "tai": "ji", "paaji": "bhai", "oye": "arre", "haanji": "haan ji",
    "ene": "usko", "ti": "usko", "ohna": "unka", "ohnu": "usko", "tyala": "usko",
    # where
    "var": "pe", "madhe": "mein", "ch": "mein",
    # held-out batch 62: Punjabi "vajje" (o'clock), "ton" (from); Gujarati "batavi dejo" (do show), "mukjo" / "nakhjo"
    # (put it), "thi aavyo" (came from); Marathi "karun tak" (do it, the "tak" read after "karun")
    "vajje": "baje", "vajey": "baje", "ton": "se", "batavi": "dikha", "dejo": "dena", "mukjo": "daal do",
    "mukdo": "daal do", "muko": "daal do", "nakhjo": "daal do", "nakho": "daal do", "aavyo": "aaya", "aavyu": "aaya",
    "aavi": "aayi", "bolavjo": "bula lo", "rakhjo": "rakho", "karjo": "karo", "batavjo": "dikhao",
    # Marathi "bhau" (brother, after a name)
    "bhau": "bhai",
    # Bengali: the hour ("4 te", "11 tay": read after a digit), the part of the day, the day, the verb, "from", "now"
    "bikel": "dopahar", "bikele": "dopahar", "sokal": "subah", "sokale": "subah", "dupure": "dopahar",
    "sondhe": "shaam", "shondhe": "shaam",
    "porshu": "parso", "porshudin": "parso", "kalke": "kal",
    "sombar": "somvar", "mongolbar": "mangalvar", "budhbar": "budhvar", "brihospotibar": "guruvar",
    "bishudbar": "guruvar", "shukrobar": "shukravar", "shonibar": "shanivar", "shanibar": "shanivar",
    "robibar": "ravivar", "koro": "karo", "korun": "karo", "korben": "karo", "kore": "kar", "dao": "do",
    "theke": "se", "ekhon": "abhi",
    # Tamil (batch 66): the day, the part of the day, "to" after a name ("Kavya ku"), the verbs of an order ("fix
    # pannunga": do it, "follow up la podunga": put it, "visit vainga": keep it); "4 mani" (o'clock) is read by
    # `_small_word`, "Mani" being a first name.
    "naalaikku": "kal", "nalaiku": "kal", "naalaiku": "kal", "nalaikku": "kal", "naalai": "kal",
    "kaalai": "subah", "saayangaalam": "shaam", "saayantharam": "shaam", "saayankalam": "shaam", "madhiyam": "dopahar",
    "ku": "ko", "kku": "ko", "pannunga": "karo", "pannungo": "karo", "pannidunga": "karo", "pannidu": "karo",
    "pannuga": "karo", "podunga": "daal do", "podungo": "daal do", "pottudunga": "daal do",
    "vainga": "rakho", "vachidunga": "rakho", "vechidunga": "rakho", "vachudunga": "rakho",
}
# The postpositions after a name: "ka" before the CRM's nouns, "ko" before anything else.
_POSTPOSITIONS = frozenset({"ni", "nu", "no", "na", "chi", "cha", "chya", "che", "di", "da", "la"})
_NOUNS = frozenset({"visit", "visits", "site", "meeting", "city", "number", "phone", "mobile", "status", "source",
                    "booking", "deal", "navin", "navan", "navu", "naya", "new", "lead"})
# "navin lead", "navi lead", "navan number", Bengali "notun lead": new, before what is new (else "Navin" is a first name).
_NEW = frozenset({"navi", "navin", "navan", "navu", "nava", "navo", "notun"})
_NEW_OF = frozenset({"lead", "leads", "client", "number", "phone", "mobile", "city", "customer"})
_DAYS = frozenset({"kal", "parso", "aaj", "somvar", "mangalvar", "budhvar", "guruvar", "shukravar", "shanivar",
                   "ravivar", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
# The verbs of an order a Gujarati "ne" (won't you) may follow: "book karo ne", "bolavo ne".
_ORDERED = frozenset({"karo", "kar", "kari", "karjo", "bolavo", "rakho", "theva", "batavo", "bolavjo", "rakhjo"})
_STATUS_STARTS = frozenset({"in", "won", "lost", "follow", "status"})
# What follows "kale" the day: the part of the day, "not", the visit and where it is, the verb of a visit.
_DAY_FOLLOWS = frozenset({"savare", "savaare", "saanje", "sanje", "bapore", "raate", "subah", "shaam", "dopahar", "raat",
                          "morning", "evening", "afternoon", "nahi", "na", "nathi", "site", "visit", "office", "flat",
                          "bolavo", "bolavjo", "call", "phone", "che", "hati", "hata", "hato", "thi", "tha"})
# Words after which "kale" is no surname (the line's own small words).
_FUNCTION_WORDS = frozenset({"ne", "ko", "ka", "ki", "ke", "ni", "nu", "no", "na", "chi", "cha", "la", "di", "da",
                             "visit", "visits", "meeting", "site", "office", "ane", "pan", "to", "toh", "have",
                             "is", "on", "for", "and", "booked", "also"}) | {"kal", "aaj", "parso"}
_PLACES = frozenset({"site", "visit", "office", "flat", "project", "sample"})
_TITLES = frozenset({"saheb", "sahab", "saab", "sir", "ji", "bhai", "ben", "tai", "bhau", "madam", "paaji", "sheth"})
# A line is read this way only when it holds one of these (the words no Hindi line uses).
_MARKERS = frozenset(_WORDS) - {"su", "kay", "var", "ch", "paa", "ben", "tai", "oye", "haanji", "thai", "gayu",
                                "hati", "hata", "hato", "hoti", "hota", "kari", "kara", "ene", "ton", "dao",
                                "kore", "aavi", "muko", "dejo"} | {
    "kale", "chi", "cha", "chya", "nu", "zala", "jhala", "paaji"}
# Hindi number words: "che" between them is six ("nau aath che paanch"), not Gujarati "is".
_COUNTED = frozenset({"shunya", "zero", "ek", "do", "teen", "chaar", "char", "paanch", "panch", "saat", "aath", "nau",
                      "double", "triple"})
# Words that mark a line only with the word after them: a postposition before the CRM's nouns ("ni visit", "di
# booking"), "karo ne" (do it, won't you), "kari do", a title and its postposition ("Meera ben ne", "Priya tai la"):
# "ni" alone is Hindi chat for "nahi", "di" a verb's ending ("kar di"), "Ben" a first name.
_PAIRED: dict[str, frozenset[str]] = {
    "ni": _NOUNS, "di": _NOUNS, "da": _NOUNS, "karo": frozenset({"ne"}), "kari": frozenset({"do"}),
    "ben": _POSTPOSITIONS | {"ne"}, "tai": _POSTPOSITIONS | {"ne"},
    # "navo lead", "notun lead": new; Punjabi "paa do" (put it); Bengali "r visit", "er visit" (of: "Meera r visit")
    **{new: _NEW_OF for new in _NEW}, "paa": frozenset({"do", "dena", "dijiye", "deo"}),
    "kore": frozenset({"dao", "din", "do", "dena"}),  # Bengali "lost kore dao": do it
    "r": _NOUNS, "er": _NOUNS}
_TOKEN = re.compile(r"\S+")
_EDGE = re.compile(r"^(\W*)(.*?)(\W*)$")


def has_regional_words(text: str) -> bool:
    """Whether the line holds a Gujarati, Marathi or Punjabi word the parser would not read (a set test), or a
    postposition of theirs between a name and the CRM's noun ("Arjun Mehta ni city", "Vikas Gupta di booking")."""
    words = re.findall(r"[a-z]+", text.casefold())
    if not _MARKERS.isdisjoint(words):
        return True
    if _PAIRED.keys().isdisjoint(words):
        return False
    return any(after in _PAIRED[word] for word, after in zip(words, words[1:], strict=False) if word in _PAIRED)


def _kale_is_a_name(words: list[str], i: int) -> bool:
    """"kale" is the Marathi surname, not the day, before a postposition or a title ("Sachin Kale la", "Kale saheb",
    "Kale ne"), or after a word that may be a first name when no time, verb or place of a visit follows ("new lead
    Prashant Kale Pune …"); after "aavti", a postposition, a verb or at the start it is the day ("aavti kale",
    "visit kale 4 vage", "kale Meera ben aavse", "Vikas Gupta kale aavya hata")."""
    before = words[i - 1] if i else ""
    after = words[i + 1] if i + 1 < len(words) else ""
    if before == "aavti":  # "aavti kale": tomorrow, whatever follows
        return False
    if after in _POSTPOSITIONS or after in _TITLES or after == "ne":
        return True
    if after[:1].isdigit() or after in _DAY_FOLLOWS or after.startswith(("aav", "jav", "mal")):
        return False
    return bool(before) and before not in _FUNCTION_WORDS and before not in _WORDS


def _meaning(words: list[str], i: int, said: str) -> str | None:
    """The Hindi for the word at `i` (None: kept as said)."""
    word = words[i]
    before = words[i - 1] if i else ""
    after = words[i + 1] if i + 1 < len(words) else ""
    ends = said.endswith((",", ".", "!", "?")) or not after  # the word ends a clause
    if word == "kale":
        return None if _kale_is_a_name(words, i) else "kal"
    if word in ("ben", "tai") and (not before or before in _FUNCTION_WORDS):  # "Ben Stokes": a name
        return None
    if word == "ne" and after in _STATUS_STARTS - {"status"}:  # Gujarati "Meera ben ne won kari do": to
        return "ko"
    if word in ("zala", "jhala"):  # "deal zala": done; said alone ("…, zala, won kar") it is a filler
        return "ho gaya" if before in _NOUNS else ""
    if word in _NEW:
        return "naya" if after in _NEW_OF else None
    if word == "thi" and before in _DAYS | {"kale"} | set(_WORDS):  # "shanivar thi ravivar": from
        return "se"
    if word in ("na", "no") and "na" in (before, after):  # "na na, Surat": no, no
        return "nahi"
    if word == "na" and before == "kar":  # Marathi "lost kar na": do it
        return "do"
    small = _small_word(word, before, after, ends)
    if small is not None:
        return small
    if word in _POSTPOSITIONS:
        if word in ("na", "no") and after not in _NOUNS:  # English "no", the tag "kar na"
            return None
        if word == "che" and (before in _COUNTED or after in _COUNTED):  # "saat che paanch": six, as typed
            return None
        if word == "che" and after not in _NOUNS:  # Gujarati "is" ("prasang che"), Marathi "of" ("Kale che visit")
            return "hai"
        if word == "la" and before in _PLACES:  # Marathi "site la": to the site
            return "pe"
        return "ka" if after in _NOUNS else "ko"
    if word == "ne" and ends and before in _ORDERED:  # "book karo ne": do it, won't you
        return ""
    if word in ("kar", "kara") and ends:  # Marathi "lost kar", "won kara": do it
        return "kar do"
    if word in ("tak", "taka") and before in ("var", "madhe"):  # Marathi "follow up var tak": put it on follow up
        return "daal do"
    if word == "have" and after in _STATUS_STARTS:  # Gujarati "have in progress karo": now
        return "ab"
    if word == "ki" and before in _NOUNS and after == "hai":  # Punjabi "number ki hai": what is
        return "kya"
    return _WORDS.get(word)


def _small_word(word: str, before: str, after: str, ends: bool) -> str | None:
    """The Hindi for a small word that is one only beside another (batch 62), or None: Bengali "Rohan dada r visit",
    "Bose er visit" (of), "4 te" / "11 tay" (o'clock), "visit ta" (the), "follow up e" (in), "Sneha di ke" (a title,
    then to), "Kolkata na Howrah" (not Kolkata: Howrah); Marathi "won karun tak" (do it); Gujarati "follow up ma
    mukjo" (in), "Vikas bhai ne parmdivse 4 vage" (to), "visit udya 5 vajta rakha" (keep it: "Rakha" before a name is one)."""
    if word == "rakha" and ends:
        return "rakho"
    if word == "mani" and before[:1].isdigit():  # Tamil "4 mani": o'clock
        return "baje"
    if word == "ne" and before in _TITLES and (after[:1].isdigit() or _WORDS.get(after, after) in _DAYS | {"kale"}):
        return "ko"  # Gujarati "Vikas bhai ne parmdivse 4 vage bolavjo": to
    if word == "kari" and after in ("hati", "hata", "hato", "hoti", "hota"):
        return "ki"  # Gujarati "visit kari hati": had done (news, no order)
    if word == "na" and before in CITIES and after in CITIES:
        return "nahi"
    if word in ("dada", "didi", "di", "da") and after in ("r", "er", "ke"):
        return "ji"
    if word in ("r", "er") and after in _NOUNS:
        return "ka"
    if word in ("ta", "ti", "te", "tay", "tar") and (before[:1].isdigit() or before in _NOUNS):
        return "baje" if before[:1].isdigit() else ""
    if word == "e" and before in ("up", "progress", "won", "lost"):
        return "mein"
    if word == "ke" and before in ("di", "da", "dada", "didi", "ji") and after in _STATUS_STARTS:
        return "ko"
    if word == "karun" and after in ("tak", "taka"):  # (else "Karun" is a first name)
        return "kar"
    if word in ("tak", "taka") and before == "karun":
        return "do"
    if word == "ma" and after in ("mukjo", "muko", "mukdo", "nakho", "nakhjo", "rakho", "rakhjo"):
        return "mein"
    return None


def hindi_reading(text: str) -> Romanised:
    """The line with each Gujarati, Marathi or Punjabi word read as its Hindi, and where each word went."""
    out: list[str] = []
    pieces: list[tuple[int, int, int, int]] = []
    tokens = list(_TOKEN.finditer(text))
    words = [_EDGE.match(t.group()).group(2).casefold() for t in tokens]  # type: ignore[union-attr]
    length = 0
    dropped: int | None = None  # where a word read as nothing started ("aavti kale": "kal")
    for i, token in enumerate(tokens):
        lead, core, tail = _EDGE.match(token.group()).groups()  # type: ignore[union-attr]
        meant = None if core.isupper() and len(core) > 1 else _meaning(words, i, token.group())  # "NI": not interested
        piece = token.group() if meant is None or meant == core.casefold() else lead + meant + tail
        if not piece.strip():
            dropped = token.start() if dropped is None else dropped
            continue
        if out and not piece[0].isalnum() and not lead and not meant:  # "karo ne," -> "karo,": the comma stays put
            pieces.append((length, length + len(piece), token.start(), token.end()))
            out[-1] += piece
            length += len(piece)
            continue
        if out:
            length += 1
        if piece != token.group() or dropped is not None:
            pieces.append((length, length + len(piece), token.start() if dropped is None else dropped, token.end()))
            dropped = None
        out.append(piece)
        length += len(piece)
    return Romanised(" ".join(out), text, pieces=tuple(pieces))


def read_in_regional_words(text: str, read_hindi: Callable[[str], ParsedCommand]) -> ParsedCommand:
    """What `read_hindi` (the parser) reads in the line read as Hindi, its notes put back as they were said."""
    line = hindi_reading(text)
    if line.text == text:
        return read_hindi(text)
    parsed = read_hindi(line.text)
    if "notes" in parsed.args:
        parsed.args["notes"] = line.as_said(parsed.args["notes"])
    return parsed
