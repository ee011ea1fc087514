"""Turning "Rohan", "lead a1b2c3d4", "98765 43210" or "him" into one lead in the CRM.

People do not say UUIDs. They say a name (sometimes misspelled by the speech recogniser), a phone
number, the short id the assistant read out earlier, or a pronoun. The rules, in order:

1. "@last" or a pronoun ("him", "her", "that lead") -> the last lead mentioned in this conversation.
2. A full UUID -> GET /crm/leads/{id}; 404 is "Lead not found".
3. Something that normalises to an Indian mobile -> the leads with exactly that phone (before the
   prefix rule: ten digits are hex characters too).
3b. "ending 43210" (the last digits of a phone, `bot/phone_ending.py`) -> the one lead whose phone ends so; none or
   several is asked about.
4. 8+ hex characters ("a1b2c3d4", as the short ids the assistant reads out) -> the leads whose id
   starts with them (GET /crm/leads?q=prefix matches id prefixes); several is ambiguous.
5. Otherwise a name: exact (case-insensitive) matches first, then leads whose name contains every
   word said ("Rohan" -> "Rohan Sharma"), then a fuzzy match with rapidfuzz so "Rohn Sharma" still finds
   "Rohan Sharma". A name said with initials ("S Iyer", "R. K. Sharma") matches the leads whose words it
   spells in order, each initial the first letter of a word ("Sneha Iyer"). Several equally good matches are
   ambiguous.

Ambiguity is the person's to settle (VALIDATION_ERROR listing name, city and short id of each
candidate); no match at all is the CRM's answer ("Lead not found", CRM_ERROR).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

from crm_tui.bot.client import CrmClient, CrmResponse
from crm_tui.bot.types import ErrorType
from crm_tui.nlu.devanagari_names import has_devanagari, latin_spelling, sound_key
from crm_tui.nlu.phones import spoken_digits

__all__ = ["LeadResolver", "ResolveError", "PRONOUNS", "is_pronoun", "short_id", "describe_lead"]

UUID_RE = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", re.IGNORECASE)
# A prefix of a lead id: 8+ hex characters, optionally continuing with the UUID's dashes.
PREFIX_RE = re.compile(r"^[0-9a-f]{8}(?:-?[0-9a-f]{0,4}){0,4}$", re.IGNORECASE)
# Words people put before a reference: "lead a1b2c3d4", "lead id ...", "the lead called Rohan".
_LEAD_WORDS = re.compile(r"^(?:the\s+)?(?:lead|customer|client)(?:\s+(?:id|number|called|named))?\s*[:#]?\s+",
                         re.IGNORECASE)
PRONOUNS = frozenset({
    "@last", "him", "her", "them", "he", "she", "they", "it", "that lead", "this lead", "the lead",
    "same lead", "the same lead", "last lead", "the last lead", "that one", "this one", "that customer",
    "that client", "this customer", "this client", "that person", "this person",
})
# Fuzzy name matching: the best score must reach FUZZY_MIN; others within FUZZY_TIE of it are ambiguous.
FUZZY_MIN = 80.0
FUZZY_TIE = 3.0
WORD_MIN = 65.0
# The fuzzy scan reads leads in pages of this many (the most GET /crm/leads gives at once).
SCAN_PAGE = 1000


def short_id(lead_id: str) -> str:
    """The first 8 characters of a lead id: what the assistant reads out and people say back."""
    return (lead_id or "")[:8]


def describe_lead(lead: dict[str, Any]) -> str:
    """'Rohan Sharma (Gurgaon, a1b2c3d4)': enough to tell two leads apart when listing candidates."""
    return f"{lead.get('name', '?')} ({lead.get('city', '?')}, {short_id(str(lead.get('lead_id', '')))})"


def is_pronoun(ref: str) -> bool:
    return ref.strip().lower().rstrip(".!?") in PRONOUNS


@dataclass
class ResolveError(Exception):
    """A reference that does not name exactly one lead."""

    type: ErrorType  # VALIDATION_ERROR (ambiguous, no last lead) or CRM_ERROR (not found, refused)
    details: str
    candidates: list[dict[str, Any]] = field(default_factory=list)
    crm: CrmResponse | None = None  # the lookup that decided it, for the result's crm_call
    spoken: str = ""  # the same, said to a person ("I couldn't find a lead called Rohan.")

    def __str__(self) -> str:
        return self.details


@dataclass
class Resolution:
    lead: dict[str, Any]
    crm: CrmResponse | None  # the last lookup made (None for a pronoun)


def _leads(resp: CrmResponse) -> list[dict[str, Any]]:
    if resp.ok and isinstance(resp.json, dict):
        leads = resp.json.get("leads")
        if isinstance(leads, list):
            return [lead for lead in leads if isinstance(lead, dict)]
    return []


def _fold_latin(text: str) -> str:
    """'José Álvarez' -> 'Jose Alvarez': a recogniser or a keyboard often drops the accents.

    Only letters that decompose to an ASCII letter are folded; other scripts are left whole (dropping
    a Devanagari vowel sign would make different names equal).
    """
    out = []
    for ch in text:
        if ch.isascii():
            out.append(ch)
            continue
        base = unicodedata.normalize("NFKD", ch)[:1]
        out.append(base if base.isascii() and base.isalpha() else ch)
    return "".join(out)


def _name_tokens(name: str) -> list[str]:
    # The Indic scripts write vowels with marks `\w` lacks: "राम" is one word, not "र" and "म" (which a lead "रोहन
    # शर्मा", read as "र हन शर म", would contain).
    return re.findall(r"[\w'\u0900-\u0dff]+", _fold_latin(name).casefold())


def _word_score(said: str, stored: str) -> float:
    """How close a word said is to a stored word, 0-100 (rapidfuzz's ratio). A stored word whose end is the whole word
    said, its first letters missing, is another name, not a misspelling: "Neha" is not "Sneha", "Preet" not "Harpreet"
    ("Neha said he is not interested anymore, mark him lost" had marked Sneha Iyer lost)."""
    from rapidfuzz import fuzz

    if len(stored) > len(said) and stored.endswith(said):
        return 0.0
    return float(fuzz.ratio(said, stored))


def _name_score(ref: str, name: str) -> float:
    """How well a spoken name matches a stored one, 0-100."""
    from rapidfuzz import fuzz  # when first used, not with the bot (the dashboard builds it while it starts)

    ref_tokens = _name_tokens(ref)
    name_tokens = _name_tokens(name)
    if not ref_tokens or not name_tokens:
        return 0.0
    if len(ref_tokens) == 1:
        # One word said: compare it with each word of the name ("Rohn" vs "Rohan").
        return max(_word_score(ref_tokens[0], tok) for tok in name_tokens)
    # Every word said must be close to some word of the name: "Rohit Sharma" is not "Rohan Sharma"
    # (60 on the first name) although the whole strings score 83, while "Priyaa Nayar" is "Priya Nair".
    if any(max(_word_score(word, tok) for tok in name_tokens) < WORD_MIN for word in ref_tokens):
        return 0.0
    return float(fuzz.token_sort_ratio(" ".join(ref_tokens), " ".join(name_tokens)))


class LeadResolver:
    """Resolves references against the CRM through `CrmClient`; knows nothing about conversations."""

    def __init__(self, crm: CrmClient, scan_limit: int = 10_000) -> None:
        self.crm = crm
        # How many leads a fuzzy search may read when the targeted searches found nothing, newest
        # first (see scan).
        self.scan_limit = scan_limit

    async def resolve(self, ref: str, last_lead: dict[str, Any] | None = None) -> Resolution:
        text = (ref or "").strip().strip(".,!?\"'")
        if not text:
            raise ResolveError("VALIDATION_ERROR", "lead_id: no lead was named")
        if is_pronoun(text):
            if last_lead is None:
                raise ResolveError(
                    "VALIDATION_ERROR",
                    f"lead_id: '{text}' refers to the last lead mentioned, and no lead has been mentioned yet; "
                    "say a name, phone number or lead id",
                    spoken="I don't know which lead you mean yet. Please say the name, phone number or lead ID.",
                )
            return Resolution(last_lead, None)
        text = _LEAD_WORDS.sub("", text).strip()
        from crm_tui.bot.described_lead import described, resolve_described
        from crm_tui.bot.phone_ending import ending_said, resolve_by_ending

        if (said := described(text)) is not None:  # "Amit from Nagpur", "the one from Lucknow"
            return await resolve_described(self, *said)
        if (digits := ending_said(text)) is not None:  # "ending 43210": the one lead whose phone ends so
            return await resolve_by_ending(self, digits)
        if UUID_RE.match(text):
            return await self._by_id(text.lower())
        phone = _as_phone(text)
        if phone is not None:
            # Ten digits are hex too: a phone first, an id prefix only if no lead has that phone.
            try:
                return await self._by_phone(phone, text)
            except ResolveError as exc:
                if not (exc.type == "CRM_ERROR" and exc.candidates == [] and PREFIX_RE.match(text)):
                    raise
                if (found := await self._by_prefix(text.lower(), quiet=True)) is not None:
                    return found
                raise
        if PREFIX_RE.match(text):
            found = await self._by_prefix(text.lower())
            if found is not None:
                return found
        return await self._by_name(text)

    async def _by_id(self, lead_id: str) -> Resolution:
        resp = await self.crm.get_lead(lead_id)
        if resp.status_code == 404:
            raise ResolveError("CRM_ERROR", f"Lead not found: no lead has id {lead_id}", crm=resp,
                              spoken=f"I couldn't find a lead with ID {short_id(lead_id)}.")
        if not resp.ok or not isinstance(resp.json, dict):
            raise ResolveError("CRM_ERROR", _crm_said(resp), crm=resp)
        if resp.json.get("archived"):
            # Archived leads are left out of resolution, by id as by name (the CRM's lists leave them out).
            name = resp.json.get("name") or short_id(lead_id)
            raise ResolveError("CRM_ERROR", f"Lead {lead_id} ({name}) is archived", crm=resp,
                              spoken=f"{name} is archived. Restore it from the dashboard's archived leads first.")
        return Resolution(resp.json, resp)

    async def _by_prefix(self, prefix: str, quiet: bool = False) -> Resolution | None:
        """The lead whose id starts with `prefix`; None when no id does and the text may be something else."""
        # People (and speech recognisers) drop the dashes: "11711497605a" is the id 11711497-605a-...
        wanted = _dashed(prefix)
        # A wide page: an all-digit prefix also matches phones containing those digits on the server.
        resp = await self.crm.find_leads(wanted, limit=50)
        if not resp.ok:
            raise ResolveError("CRM_ERROR", _crm_said(resp), crm=resp)
        matches = [lead for lead in _leads(resp) if str(lead.get("lead_id", "")).startswith(wanted)]
        if not matches:
            if quiet or prefix.isalpha():
                return None  # "deadbeef"-like words are more likely names; digits may be a phone
            details = f"Lead not found: no lead id starts with {prefix}"
            spoken = f"I couldn't find a lead with ID {prefix}."
            if prefix.isdigit():
                # Only digits: the person may have meant a phone number and lost some digits.
                from crm_tui.nlu.phones import PhoneError, normalize_phone

                try:
                    normalize_phone(prefix)
                except PhoneError as reason:
                    details += f", and it is not a phone number either ({reason})"
                    spoken = f"I couldn't find a lead with ID {prefix}, and it isn't a valid phone number."
            raise ResolveError("CRM_ERROR", details, crm=resp, spoken=spoken)
        return _one(matches, f"lead id {prefix}", resp)

    async def _by_phone(self, phone: str, said: str) -> Resolution:
        resp = await self.crm.find_leads(phone, limit=20)
        if not resp.ok:
            raise ResolveError("CRM_ERROR", _crm_said(resp), crm=resp)
        matches = [lead for lead in _leads(resp) if lead.get("phone") == phone]
        if not matches:
            raise ResolveError("CRM_ERROR", f"Lead not found: no lead has phone {phone}", crm=resp,
                              spoken=f"I couldn't find a lead with phone {spoken_digits(phone)}.")
        return _one(matches, f"phone {phone}", resp, said=f"phone {spoken_digits(phone)}", by_phone=True)

    async def _by_name(self, name: str) -> Resolution:
        wanted = " ".join(_name_tokens(name))
        resp = await self.crm.find_leads(name, limit=50)
        if not resp.ok:
            raise ResolveError("CRM_ERROR", _crm_said(resp), crm=resp)
        pool: dict[str, dict[str, Any]] = {str(lead["lead_id"]): lead for lead in _leads(resp) if "lead_id" in lead}
        exact = [lead for lead in pool.values() if " ".join(_name_tokens(str(lead.get("name", "")))) == wanted]
        if exact:
            return _one(exact, f"'{name}'", resp)
        words = set(_name_tokens(name))
        containing = [lead for lead in pool.values() if words <= set(_name_tokens(str(lead.get("name", ""))))]
        if containing:
            return _one(containing, f"'{name}'", resp)
        initialled = await self._by_initials(name, pool, resp)
        if initialled is not None:
            return initialled
        # A misspelling: widen the pool with each word and its first three letters, then score.
        for token in _name_tokens(name):
            for q in {token, token[:3]}:
                if len(q) < 3:
                    continue
                more = await self.crm.find_leads(q, limit=100)
                resp = more if more.ok else resp
                pool.update({str(lead["lead_id"]): lead for lead in _leads(more) if "lead_id" in lead})
        scored = [(s, lead) for lead in pool.values() if (s := _name_score(name, str(lead.get("name", "")))) >= FUZZY_MIN]
        if not scored:
            # The first letters were misheard too: score every lead, up to scan_limit.
            scanned, last = await self.scan()
            resp = last if last.ok else resp
            scored = [
                (s, lead) for lead in scanned
                if (s := _name_score(name, str(lead.get("name", "")))) >= FUZZY_MIN
            ]
            if not scored and has_devanagari(name):
                # "रोहन शर्मा" said of a lead typed "Rohan Sharma": found by how the name sounds, asked when only close.
                return _by_sound(name, scanned, resp)
        if not scored:
            raise ResolveError("CRM_ERROR", f"Lead not found: no lead is called '{name}'", crm=resp,
                              spoken=f"I couldn't find a lead called {name}.")
        best = max(s for s, _ in scored)
        close = [lead for s, lead in sorted(scored, key=lambda pair: -pair[0]) if s >= best - FUZZY_TIE]
        return _one(close, f"'{name}'", resp)

    async def _by_initials(self, name: str, pool: dict[str, dict[str, Any]], resp: CrmResponse) -> Resolution | None:
        """"S Iyer" -> Sneha Iyer: the leads found by the longest whole word said whose name the words spell in order,
        an initial standing for a word that starts with it; None when no initial was said or none fits."""
        said = _name_tokens(name)
        whole = [token for token in said if len(token) > 1]
        if not whole or len(whole) == len(said):
            return None
        more = await self.crm.find_leads(max(whole, key=len), limit=100)
        resp = more if more.ok else resp
        pool = pool | {str(lead["lead_id"]): lead for lead in _leads(more) if "lead_id" in lead}
        fitting = [lead for lead in pool.values() if initials_fit(said, _name_tokens(str(lead.get("name", ""))))]
        return _one(fitting, f"'{name}'", resp) if fitting else None

    async def scan(self) -> tuple[list[dict[str, Any]], CrmResponse]:
        """Up to scan_limit leads, newest first, a page of 1,000 at a time; and the last page's answer.

        Newest first because the lead being talked about is most likely a recent one: reading the
        oldest 1,000 never found a misheard name among the leads added since. A CRM that does not know
        `order` lists oldest first; the pages then still cover the first scan_limit leads.
        """
        leads: dict[str, dict[str, Any]] = {}
        cursor: Any = None
        pages = -(-self.scan_limit // SCAN_PAGE)  # a bound even if a server kept handing out cursors
        for _ in range(max(1, pages)):
            page = await self.crm.list_leads(limit=min(SCAN_PAGE, self.scan_limit - len(leads)),
                                             cursor=cursor, order="newest")
            leads.update({str(lead["lead_id"]): lead for lead in _leads(page) if "lead_id" in lead})
            cursor = page.json.get("next_cursor") if page.ok and isinstance(page.json, dict) else None
            if not cursor or not isinstance(cursor, str) or len(leads) >= self.scan_limit:
                break
        return list(leads.values()), page


def sounds_like(said: str, leads: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The leads whose Latin name sounds as a name said in Devanagari (`said`), and the ones that sound only close.

    Both are spelt as `devanagari.sound_key` spells them ("रोहन शर्मा" and "Rohan Sharma" are "rohan shrma"): the
    same key, or keys whose words each are the words of the lead's name in order (a first name alone: "रोहन" is
    Rohan Sharma), sound as said; keys that score FUZZY_MIN or more with rapidfuzz sound close ("प्रिया नायर",
    "priya nayar", is close to Priya Nair's "priya ner"), which is only a guess."""
    from rapidfuzz import fuzz

    key = sound_key(latin_spelling(said)).split()
    if not key:
        return [], []
    same: list[dict[str, Any]] = []
    close: list[dict[str, Any]] = []
    for lead in leads:
        name = str(lead.get("name", ""))
        if has_devanagari(name):
            continue  # a lead typed in Devanagari is found as typed, not by sound
        theirs = sound_key(_fold_latin(name)).split()
        if theirs[:len(key)] == key or theirs == key:
            same.append(lead)
        elif theirs and fuzz.ratio(" ".join(key), " ".join(theirs[:len(key)])) >= FUZZY_MIN:
            close.append(lead)
    return same, close


def _by_sound(name: str, leads: list[dict[str, Any]], resp: CrmResponse) -> Resolution:
    """The one lead whose Latin name sounds as the Devanagari `name`; asked when only a close one is found (a guess
    is never written), not found when none is."""
    same, close = sounds_like(name, leads)
    if same:
        return _one(same, f"'{name}'", resp)
    if close:
        listed = "; ".join(describe_lead(lead) for lead in close[:5])
        spoken = "; ".join(f"{lead.get('name', '?')} from {lead.get('city', '?')}" for lead in close[:5])
        raise ResolveError(
            "VALIDATION_ERROR", f"lead_id: no lead is called '{name}'; the closest by sound: {listed}. "
            "Say the name as it is saved, or the phone number.", candidates=close, crm=resp,
            spoken=f"I couldn't find {name} exactly. Did you mean {spoken}? Please say the name as it is saved, "
                   "or the phone number.")
    raise ResolveError("CRM_ERROR", f"Lead not found: no lead is called '{name}'", crm=resp,
                      spoken=f"I couldn't find a lead called {name}.")


def initials_fit(said: list[str], stored: list[str]) -> bool:
    """Do the words `said` ("s", "iyer") spell the `stored` name ("sneha", "iyer") in order, every word stored
    accounted for, a one-letter word the first letter of its word and the others the word itself?"""
    return len(said) == len(stored) and all(
        word == token or (len(word) == 1 and token.startswith(word)) for word, token in zip(said, stored, strict=True))


def _one(matches: list[dict[str, Any]], what: str, resp: CrmResponse, said: str | None = None,
         by_phone: bool = False) -> Resolution:
    """The single match, or a VALIDATION_ERROR listing the candidates and what would tell them apart.

    `said` is `what` as it should be spoken (a phone digit by digit); `by_phone` drops the phone
    number from the advice, since the phone is what they share.
    """
    if len(matches) == 1:
        return Resolution(matches[0], resp)
    listed = "; ".join(describe_lead(lead) for lead in matches[:5])
    more = f" and {len(matches) - 5} more" if len(matches) > 5 else ""
    cities = {str(lead.get("city", "")).casefold() for lead in matches[:5]}
    spoken_list = "; ".join(
        f"{lead.get('name', '?')} from {lead.get('city', '?')}, lead ID {short_id(str(lead.get('lead_id', '')))}"
        for lead in matches[:5]
    )
    ways = (["the city"] if len(cities) == len(matches[:5]) else []) + ["the lead ID"]
    if not by_phone:
        ways.append("the phone number")
    advice = "Say " + (", ".join(ways[:-1]) + " or " + ways[-1] if len(ways) > 1 else ways[0]) + "."
    raise ResolveError(
        "VALIDATION_ERROR",
        f"lead_id: {len(matches)} leads match {what}: {listed}{more}. "
        + ("Say the lead id." if by_phone else "Say the lead id or phone number."),
        candidates=matches,
        crm=resp,
        spoken=f"{len(matches)} leads match {said or what.strip(chr(39))}: {spoken_list}{more}. "
               f"Which one do you mean? {advice}",
    )


def _dashed(prefix: str) -> str:
    """An id prefix in the UUID's own form: dashes after the 8th, 12th, 16th and 20th hex digit."""
    hexits = prefix.replace("-", "").lower()
    parts = [hexits[:8], hexits[8:12], hexits[12:16], hexits[16:20], hexits[20:]]
    return "-".join(part for part in parts if part)


def _as_phone(text: str) -> str | None:
    from crm_tui.nlu.phones import PhoneError, normalize_phone

    if not any(ch.isdigit() for ch in text) and len(text.split()) < 5:
        return None  # a name; spoken-digit phones are at least ten words or groups
    try:
        return normalize_phone(text)
    except PhoneError:
        return None


def _crm_said(resp: CrmResponse) -> str:
    from crm_tui.bot.client import problem_detail

    return f"The CRM refused {resp.method} {resp.path} (HTTP {resp.status_code}): {problem_detail(resp.json, resp.status_code)}"
