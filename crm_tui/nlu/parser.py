"""The local engine's understanding: one transcript in, one tool call (as understood) out.

No model, no network: rules over the words sales people use ("add a new lead", "fix a site visit",
"mark him as won", "closed the deal"), with the entity readers in this package (phones, dates,
statuses) and the word lists in `lexicon`. It takes about a third of a millisecond, so the dashboard
answers before the person has let go of the key, and it works with no API key at all.

The parser only says what it heard. It does not validate against the CRM or resolve lead references:
`lead_id` is the reference as spoken ("Rohan Sharma", "a1b2c3d4", "9876543210", or "@last" for
"him"/"that lead"), and the bot core resolves it. What could not be normalised (a 9-digit phone, the
31st of November) is kept as heard in `args` with the reason in `problems`.

This module runs the steps; each responsibility has its own module: `utterance` (the cleaned text,
`ParsedCommand`), `corrections` (self-corrections), `edits` (updateLead, archive, undo), `lookups`
(visit questions, status listings, lookup queries), `visits` (moves and cancels), `phrases` and
`intents` (the named intent rules), `entities` (phone, source, city, time, status readers), `names`,
`references` (which lead), `remarks` (notes and doubts), `slots` (answers to a question), `dates` and
`when_readers` (times).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from crm_tui.bot.tools import in_tool_order
from crm_tui.nlu import dates
from crm_tui.nlu.a_day_as_a_bound import a_move_till_a_day, the_bound_is_no_visit_day
from crm_tui.nlu.a_lead_and_its_when import a_lead_and_its_when
from crm_tui.nlu.a_sales_persons_verbs import said_as_the_readers_know_it
from crm_tui.nlu.after_the_visit import (
    another_time_after_the_visit,
    met_at_the_visit_is_a_place,
    the_day_it_happened_left_out,
)
from crm_tui.nlu.asked_back import field_asked_back, visit_asked_back
from crm_tui.nlu.asked_of_a_lead import lead_asked_about
from crm_tui.nlu.asked_times import (
    counted_from_now,
    time_to_come_later,
    without_the_delay,
)
from crm_tui.nlu.cancel_not_meant import cancel_not_meant
from crm_tui.nlu.cancel_with_a_status import a_status_beside_a_cancel
from crm_tui.nlu.corrections import Corrected, apply_corrections, the_name_said_again
from crm_tui.nlu.day_kept import VISIT_DAY
from crm_tui.nlu.described_first import read_described_first
from crm_tui.nlu.described_not_named import described_not_named
from crm_tui.nlu.detail_taken_back import the_detail_taken_back
from crm_tui.nlu.devanagari import has_devanagari, read_in_devanagari
from crm_tui.nlu.doubts import DOUBT_CHECKED_TOOLS, _doubts
from crm_tui.nlu.edit_corrected import the_edit_as_meant
from crm_tui.nlu.edit_said_around import the_edit_said_plainly
from crm_tui.nlu.edits import parse_edit
from crm_tui.nlu.entities import _city_from_fields, _city_into, _phone_into, _source_into, _status_into
from crm_tui.nlu.heading_of_a_new_lead import a_new_lead_after_its_heading
from crm_tui.nlu.impossible_date_taken_back import the_impossible_date_taken_back
from crm_tui.nlu.intents import INTENT_RULES, _intent
from crm_tui.nlu.last_digit import last_digit_corrected
from crm_tui.nlu.lexicon import TYPO_PATTERN, TYPOS, strip_honorifics, title_case
from crm_tui.nlu.lookups import (
    _status_listing,
    _visit_question,
    find_query_read,
    listing_corrected,
    listing_spans,
)
from crm_tui.nlu.many_leads import many_leads_at_once
from crm_tui.nlu.moved_as_news import missed_day_made_another, not_that_day_but
from crm_tui.nlu.name_left_before_the_order import a_name_left_before_the_order
from crm_tui.nlu.name_named_again import the_lead_named_again
from crm_tui.nlu.name_taken_back import the_name_put_back
from crm_tui.nlu.named_after_a_pronoun import the_lead_named_after_a_pronoun
from crm_tui.nlu.names import _CORRECTION, _CREATE_NAME_CUES, _first_name_match, _name_after
from crm_tui.nlu.names_in_a_note import the_full_name_said_before
from crm_tui.nlu.news_beside_the_order import the_order_with_its_news
from crm_tui.nlu.not_asked import _NOT_ASKED
from crm_tui.nlu.openers import without_the_frame
from crm_tui.nlu.order_said_over import the_order_said_over
from crm_tui.nlu.order_taken_back import the_order_meant_after_a_correction
from crm_tui.nlu.outcome_taken_back import the_outcome_taken_back
from crm_tui.nlu.phone_ending import read_by_its_phone_ending
from crm_tui.nlu.phrases import _PERSONAL_SUBJECT, _lead_statement_follow_up, _status_then_remark
from crm_tui.nlu.record_asked import record_asked
from crm_tui.nlu.references import (
    _ID_PREFIX,
    _UPDATE_REF_CUES,
    _UUID,
    _VISIT_REF_CUES,
    _lead_reference_masked,
)
from crm_tui.nlu.referred_by import a_lead_given_by_someone
from crm_tui.nlu.regional_words import has_regional_words, read_in_regional_words
from crm_tui.nlu.remarks import (
    _REMARK_TOOLS,
    _remark,
    source_place_remark,
)
from crm_tui.nlu.reported import order_relayed
from crm_tui.nlu.shift_said import doubt_of_a_shift_with_a_time
from crm_tui.nlu.slots import parse_slot
from crm_tui.nlu.someone_else import relative_meant, someone_elses_word
from crm_tui.nlu.stats_questions import read_stats_question
from crm_tui.nlu.the_day_moved_to import a_day_other_than_the_one_moved_to, the_date_moved_from_left_out
from crm_tui.nlu.the_name_left_over import the_name_left_over
from crm_tui.nlu.the_visit_named_by_its_day import the_visit_named_before_its_change
from crm_tui.nlu.thumbs import day_typed_two_ways, spelt_as_its_first_reading, which_day_asked
from crm_tui.nlu.two_orders import (
    a_second_order,
    the_first_order_alone,
    the_pronoun_of_a_second_order,
    two_leads_each_with_a_status,
)
from crm_tui.nlu.utterance import (
    _CANCEL,
    INTENT_TOOLS,
    LAST_LEAD,
    ParsedCommand,
    _clean,
    _cut,
    _notes,
    _unquote,
    blanked,
    spell_out,
)
from crm_tui.nlu.utterance import (
    _NOTES as _NOTES_LABEL,
)
from crm_tui.nlu.visit_asked_as_a_question import the_visit_question_said_plainly
from crm_tui.nlu.visit_by_its_property import a_visit_asked_by_its_property
from crm_tui.nlu.visits import (
    _CANCEL_VISIT,
    _MOVE_TO_HOUR,
    _MOVE_VERBS,
    _POSSESSIVE,
    _cancel_visit,
    moving,
    the_hour_moved_to,
    the_new_day_alone,
    visit_shifted_by_days,
)
from crm_tui.nlu.when_corrected import (
    a_correction_that_moves,
    a_when_put_in_place_of_another,
    day_said,
    in_the_night,
    no_clock_time,
    the_day_taken_back,
    the_old_when_said_with_from,
    the_time_taken_back,
    time_said,
    when_said,
)
from crm_tui.nlu.when_readers import NotADate
from crm_tui.nlu.whose_news_corrected import the_person_put_back

# The package's public names, kept importable from here (the engine, explain, edits and the tests use them).
__all__ = ["ParsedCommand", "parse", "parse_slot", "INTENT_TOOLS", "INTENT_RULES", "LAST_LEAD", "DOUBT_CHECKED_TOOLS"]


def _read_as_hinglish(text: str, now: datetime, tz: str, *, regional: bool) -> ParsedCommand | None:
    """A line in Devanagari read romanised, names kept as typed (nlu/devanagari.py); a line with Gujarati, Marathi or
    Punjabi small words ("ni visit kale 4 vage rakho") read word for word as Hindi (nlu/regional_words.py); None for
    any other line."""
    if has_devanagari(text):
        return read_in_devanagari(text, lambda latin: parse(latin, now, tz))
    if regional and has_regional_words(text):
        return read_in_regional_words(text, lambda hindi: parse(hindi, now, tz, regional=False))
    return None


def _number_taken_back_edited(text: str, corrected: Corrected, now: datetime, tz: str) -> ParsedCommand | None:
    """"Harpreet Kaur ka naya number 98760 99887, nahi 98760 99889": the number taken back for another, the edit read
    from what stands ("… ka naya number 98760 99889"); None when no number alone was corrected or it is no edit."""
    if corrected.corrected != ["phone"] or corrected.text == text:
        return None
    edited = parse_edit(corrected.text, now, tz)
    if edited is None or edited.intent != "LEAD_EDIT" or "phone" not in edited.args:
        return None
    edited.doubts += _doubts(corrected.text, edited, now, tz)
    edited.confidence = max(0.0, round(1.0 - 0.3 * len(edited.doubts), 2))
    return edited


def _read_before_spelling(text: str, now: datetime, tz: str, *, regional: bool) -> ParsedCommand | None:
    """A line with a day typed two ways ("visit thuesday 4pm": Tuesday or Thursday?), asked and never written
    (`thumbs.which_day_asked`); else a line read as Hindi (`_read_as_hinglish`); else a line that points at its lead by
    the end of its phone ("the one ending 43210": `phone_ending`); else a line that describes its lead
    before the order ("so the Nashik guy, Deepak Patil, put him in progress": `described_first`); else None."""
    two_way = day_typed_two_ways(text)
    if two_way is not None:
        return which_day_asked(two_way, parse(spelt_as_its_first_reading(text, two_way), now, tz, regional=regional))
    return _read_as_hinglish(text, now, tz, regional=regional) or \
        read_by_its_phone_ending(text, lambda order: parse(order, now, tz, regional=regional)) or \
        read_described_first(text, lambda order: parse(order, now, tz, regional=regional))


def parse(text: str, now: datetime, tz: str = "Asia/Kolkata", *, regional: bool = True) -> ParsedCommand:
    """One transcript -> the tool call it asks for, the arguments heard, and what could not be normalised."""
    read_as_hindi = _read_before_spelling(text or "", now, tz, regional=regional)
    if read_as_hindi is not None:
        return read_as_hindi
    if _CANCEL.match(text or ""):
        return ParsedCommand("UNKNOWN", None, {}, {}, cancel=True, rule="cancel")
    text = spell_out(text or "")  # "mark Arjun NI": not interested; "#lost Vikas"; "new lead • Rahul Bose • …"
    text = the_order_said_over(text)  # "book, no cancel, Amit Verma's visit": the cancel
    text = the_impossible_date_taken_back(text)  # "on 31st November, sorry, 30th": the 30th
    text = the_detail_taken_back(text)  # "tower B, sorry, tower C, flat 1104": the note says tower C
    text = a_visit_asked_by_its_property(text)  # "Sneha Iyer visit 1850 sq ft wala": a booking that asks when
    text = said_as_the_readers_know_it(text)  # "bump Rohan's viewing to 5", "lock in Priya for tomorrow 11:30"
    text = without_the_frame(text)  # "good news, Rohan Sharma ne haan bol diya, mark him won": no lead "Good News"
    text = the_visit_question_said_plainly(text)  # "what time is Arjun coming tomorrow?": "when is Arjun coming …"
    text = last_digit_corrected(text)  # "…, 98250 77 8 81, nahi nahi last digit 2 hai": the number ends in 2
    text = a_lead_given_by_someone(text)  # "Anil ne ek lead diya hai, Kishore Kumar, Pune, 98…": a referral's new lead
    # "hoarding dekh ke call aaya tha, Rajendra Yadav, Gorakhpur se, 94…": said as a new lead's card, when it reads so
    text = a_new_lead_after_its_heading(text, lambda card: parse(card, now, tz).intent == "LEAD_CREATE")
    text = the_date_moved_from_left_out(text)  # "shift X's visit from 1st Dec to 2nd Dec": the visit of the 1st moves
    text = the_name_put_back(text)  # "book a visit for Kavya, not Kavya, Meera, tomorrow at 4": Meera's visit
    # "mark Sneha lost, I mean Priya Nair, budget issue": Priya Nair's
    text = the_lead_named_again(text, lambda head: parse(head, now, tz).args.get("lead_id"))
    text = the_person_put_back(text)  # "Deepak's wife called, no sorry, Farhan's wife, …": Farhan's news
    text = not_that_day_but(text, now, tz)  # "Rohan's visit is not tomorrow, it will be on friday": a move
    text = missed_day_made_another(text, now, tz)  # "Rohan can't come tomorrow, make it friday 5 pm": the visit moves
    text = the_day_it_happened_left_out(text, now, tz)  # "… went well today, book her for saturday": not today
    text = another_time_after_the_visit(text, now, tz)  # "X didn't come today, rebook him for monday at 11": booked
    text = met_at_the_visit_is_a_place(text)  # "add the guy I met at the visit today, …": where, no visit asked for
    text = the_hour_moved_to(text)  # "move Arjun's visit to 5, no 6": the hour, so the correction takes it back
    meant = the_order_meant_after_a_correction(text, lambda order: parse(order, now, tz),
                                               lambda said: (day_said(said, now, tz), time_said(said, now, tz)))
    if meant is not None:
        # "cancel Meera's visit, no wait, shift it to sunday": the move, never the cancel taken back; "mark Meera lost,
        # actually no, book her a visit on Sunday at 5": the visit, never the status (`the_other_order_meant`).
        return meant
    relayed = order_relayed(text)
    if relayed is not None:
        # "madam ne kaha Priya ko lost kar do": the boss's word is reported speech; the order alone is read, when it
        # is a write with its lead and nothing to ask (else the whole line is, as before).
        alone = parse(relayed, now, tz)
        if alone.tool in DOUBT_CHECKED_TOOLS and alone.args.get("lead_id") and not alone.doubts:
            return alone
    # "Neha said Sunil is not interested anymore", "broker Salim introduced a buyer, Anwar Sheikh from Bhopal, …": who
    # passed the word on or gave the person is no lead (nlu/someone_else.py).
    heard = someone_elses_word(text or "", lambda rest: parse(rest, now, tz))
    if heard is not None:
        return heard
    # Assigning leads and "my leads" have their own phrasing module (team.py, which imports this one), as
    # do corrections, archives and undo (edits.py).
    from crm_tui.nlu.team import parse_team

    team = parse_team(text or "")
    if team is not None:
        return team
    # "Rohan ka status lost hai?": checked, not ordered; "in progress wale leads dikhao, nahi, won wale": the won leads.
    asked = field_asked_back(text) or _listing_retold(text)
    if asked is not None:
        return asked
    # "…'s city to Pune, scratch that, Aurangabad": the edit read from the line as corrected (`edit_corrected`).
    # (the words said around a field's change left out first: "X's number has a mistake, make it …", `edit_said_around`)
    plain = the_edit_said_plainly(text or "")
    fixing, said = the_edit_as_meant(plain, parse_edit(plain, now, tz),
                                     lambda line: apply_corrections(line, now, tz), lambda line: parse_edit(line, now, tz))
    if fixing is not None:
        if fixing.tool in DOUBT_CHECKED_TOOLS:  # an edit is a write like the others: "change Neha's name to Banao"
            fixing.doubts += _doubts(said, fixing, now, tz)
            fixing.doubts += a_second_order(said, fixing, lambda tail: parse(tail, now, tz))
            fixing.confidence = max(0.0, round(1.0 - 0.3 * len(fixing.doubts), 2))
        return fixing
    corrected = apply_corrections(text or "", now, tz)
    corrected = the_outcome_taken_back(corrected)  # "deal final, won kar do, nahi nahi, in progress rakho"
    edited = _number_taken_back_edited(text or "", corrected, now, tz)
    if edited is not None:
        return edited
    parsed = _with_its_remark(corrected.text, _parse_meant(corrected.text, now, tz), now, tz)
    parsed = _remark_before_the_notes(corrected.text, parsed, now, tz) or parsed
    kept = _remark_across_a_correction(corrected, parsed, now, tz)
    if kept is not None:
        parsed = kept
    seen_at = source_place_remark(corrected.text, parsed)
    if seen_at is not None:
        parsed.args["notes"] = seen_at  # "…, she saw our hoarding near the airport": the source and the remark
    parsed = a_when_put_in_place_of_another(corrected, parsed, now, tz)  # "kal shaam ki jagah parso shaam"
    a_correction_that_moves(corrected, parsed, now, tz)  # "kal 4 baje tha usko 6 baje kar do"
    if corrected.dangling and parsed.tool is not None:
        # "mark Amit won, no wait": the value taken back is not used; the bot asks for it instead.
        slot = {"time": "visit_time"}.get(corrected.taken_back or "", corrected.taken_back or "")
        parsed.args.pop(slot, None)
        parsed.doubts.append("a correction with nothing after it")
    the_name_said_again(corrected.unplaced, parsed)  # "…, 94140 98765 no wait, Kunal Kohli"
    the_day_taken_back(corrected, parsed, now, tz)  # "Amit ka visit kal nahi parso"
    the_time_taken_back(corrected, parsed, now, tz)  # "Meera ko 9 ki jagah 10 baje bulao": the visit at 9 moves
    the_old_when_said_with_from(corrected.text, parsed, now, tz)  # "move Priya Nair from friday to saturday"
    # "Rohan's Sunday visit, make it Monday": the visit booked that day moves; that day is no second time for the doubts.
    doubted = the_visit_named_before_its_change(corrected.text, text, corrected.corrected == ["negation"], parsed, now,
                                                tz)
    if parsed.tool == "scheduleVisit" and visit_asked_back(corrected.text):  # "Priya ne visit kiya kya kal?"
        return ParsedCommand("UNKNOWN", None, {}, {}, rule="visit_asked_back")
    # "mark Rohan won, the visit on saturday went well": the order, and its news as notes (nlu/news_beside_the_order.py)
    parsed = the_order_with_its_news(corrected.text, parsed, lambda head: parse(head, now, tz)) or parsed
    named = the_lead_named_after_a_pronoun(corrected.text, parsed, lambda order: parse(order, now, tz))
    if named is not None:
        return named  # "met him today, Rohan Sharma ko follow up kar do": the order's own lead, asked about
    the_name_left_over(parsed)  # "shanivar ko dopahar teen baje Amit Verma aayenge site pe": the lead said mid-sentence
    if described_not_named(corrected.text, parsed):
        del parsed.args["lead_id"]  # "the lady who came with the broker, put her in progress": which lead? asked
    parsed = many_leads_at_once(corrected.text, parsed)  # "boss says mark all Pune leads lost": no lead, asked
    if parsed.tool in DOUBT_CHECKED_TOOLS:
        the_full_name_said_before(corrected.text, parsed)  # "met Kavya Reddy today, …, mark Kavya won": Kavya Reddy
        parsed.doubts += relative_meant(corrected.text, parsed)  # "Rohan's friend is coming tomorrow at 3": not Rohan
        parsed.doubts += two_leads_each_with_a_status(corrected.text, parsed, lambda part: parse(part, now, tz))
        parsed.doubts += _doubts(doubted, parsed, now, tz) + a_name_left_before_the_order(parsed)
        parsed.doubts += a_day_other_than_the_one_moved_to(doubted, parsed, now, tz)  # "…, move it to 2 dec"
        parsed.doubts += a_second_order(corrected.text, parsed, lambda tail: parse(tail, now, tz))  # "… and book …"
        the_pronoun_of_a_second_order(corrected.text, parsed, lambda head: parse(head, now, tz))  # "… and cancel her visit"
        the_first_order_alone(corrected.text, parsed, lambda head: parse(head, now, tz))  # "… 3 pm Meera ka number …"
        parsed.doubts += a_status_beside_a_cancel(corrected.text, parsed)  # "cancel Priya's visit, bought elsewhere"
        # "push Kavya's visit by one day, at 5 pm": a shift and a time, one meaning or two (`shift_said`).
        parsed.doubts += doubt_of_a_shift_with_a_time(doubted, parsed.tool == "scheduleVisit"
                                                      and "reschedule" in parsed.flags, now, tz)
        if corrected.unplaced and not any(corrected.unplaced.lower() in str(v).lower() for v in parsed.args.values()):
            parsed.doubts.append(f"a correction to {corrected.unplaced!r} that changes nothing I read")
    parsed.confidence = max(0.0, round(1.0 - 0.3 * len(parsed.doubts), 2))
    return parsed


def _listing_retold(text: str) -> ParsedCommand | None:
    """A status listing corrected as it is asked, read before the corrections cut it (`lookups.listing_corrected`)."""
    retold = listing_corrected((text or "").lower())
    return ParsedCommand("LEAD_FIND", "findLeads", retold, {}, rule="status_listing") if retold is not None else None


def _with_its_remark(text: str, parsed: ParsedCommand, now: datetime, tz: str) -> ParsedCommand:
    """The reading with the remark said beside its slots as notes (`remarks._remark`), when the rest reads the same
    without it."""
    if parsed.tool in _REMARK_TOOLS and "notes" not in parsed.args:
        remark = _remark(text, parsed, now, tz)
        if remark is not None:
            head, notes = remark
            reread = _parse_meant(head, now, tz)
            # The remark is only set aside when the rest reads the same without it, or when the lead read was
            # a name inside the remark and the rest names a lead of its own (`_lead_said_in_remark`).
            if reread.intent == parsed.intent and (reread.args == parsed.args
                                                   or _lead_said_in_remark(parsed.args, reread.args, notes)):
                reread.args["notes"] = notes
                return reread
    return parsed


def _remark_before_the_notes(text: str, parsed: ParsedCommand, now: datetime, tz: str) -> ParsedCommand | None:
    """"mark Rohan lost, budget issue, notes: went with a competitor": a remark said before the notes label joins the
    notes, in the order said ("budget issue, went with a competitor"; it asked about the clause, which no slot read).
    The reading of the words before the label with their remark, when it reads the same otherwise; None when there is
    no label or no remark before it."""
    label = _NOTES_LABEL.search(text)
    if label is None or parsed.tool not in _REMARK_TOOLS or not parsed.args.get("notes"):
        return None
    said = text[:label.start()]
    before = _with_its_remark(said, _parse_meant(said, now, tz), now, tz)
    remark = before.args.pop("notes", None)
    if remark is None or before.intent != parsed.intent or \
            before.args != {k: v for k, v in parsed.args.items() if k != "notes"}:
        return None
    before.args["notes"] = f"{remark}, {parsed.args['notes']}"
    return before


def _remark_across_a_correction(corrected: Corrected, parsed: ParsedCommand, now: datetime, tz: str) -> ParsedCommand | None:
    """"mark Rohan won, he paid the token, no wait, in progress": the clause said between the status taken back and
    its cue is the lead's news, kept as notes even when it says an outcome ("paid the token"): the person chose the
    status after it. The reading without it, with it as notes; None when there was none or the rest reads another
    lead or intent."""
    between = corrected.between
    if not between or parsed.tool != "updateLeadStatus" or between.lower() in parsed.args.get("notes", "").lower():
        return None
    at = corrected.text.find(between)
    if at < 0:
        return None
    tail = corrected.text[at + len(between):].strip(" ,;")
    rest = corrected.text[:at].rstrip(" ,.;:-") + (", " + tail if tail else "")
    reread = _with_its_remark(rest, _parse_meant(rest, now, tz), now, tz)
    if reread.intent != parsed.intent or reread.args.get("lead_id") != parsed.args.get("lead_id") \
            or "status" not in reread.args:
        return None
    reread.args["notes"] = ", ".join(n for n in (between, reread.args.get("notes")) if n)
    return reread


def _lead_said_in_remark(first: dict[str, str], reread: dict[str, str], notes: str) -> bool:
    """"Sneha ka status in progress kar do, she is comparing with Prestige": the first reading took the lead
    from the remark ("with Prestige"); without the remark the sentence names its own lead (Sneha) and reads
    the same otherwise, so the remark's name is someone the lead talked about, not the lead."""
    said_in_remark = first.get("lead_id", "").lower()
    if not said_in_remark or not reread.get("lead_id") or said_in_remark == reread["lead_id"].lower():
        return False
    same_otherwise = {k: v for k, v in first.items() if k != "lead_id"} == \
        {k: v for k, v in reread.items() if k != "lead_id"}
    return same_otherwise and re.search(rf"\b{re.escape(said_in_remark)}\b", notes.lower()) is not None


@dataclass
class _Said:
    """One sentence as the slot readers see it, its self-corrections applied."""

    said: str  # the sentence without its notes, as written
    notes: str | None  # what followed "notes:" and its kin
    body: str  # `said` without honorifics and typing quotes
    moving: bool  # a move verb was said ("push his meeting to 6")
    now: datetime
    tz: str
    # What each slot reader consumed, as spans of `read` (`body`, or the part of it a reader settled on).
    taken: dict[str, list[tuple[int, int]]] = field(default_factory=dict)
    read: str = ""

    def take(self, slot: str, before: str, after: str) -> str:
        """Record what a reader blanked out of `before` for `slot`; returns `after`, to read on."""
        spans = blanked(before, after) if len(before) == len(after) else []
        if spans:
            self.taken.setdefault(slot, []).extend(spans)
        return after

    def take_span(self, slot: str, span: tuple[int, int]) -> None:
        self.taken.setdefault(slot, []).append(span)

    @property
    def low(self) -> str:
        return self.body.lower()


def _before_rules(s: _Said) -> ParsedCommand | None:
    """The readings decided before the intent rules: a stats question, a status listing, a question about
    visits, a visit cancelled."""
    record = record_asked(s.low)  # "who is handling Meera Kapoor", "Sneha Iyer ki puri details nikalo"
    if record is not None:
        found = ParsedCommand("LEAD_FIND", "findLeads", {"query": record[0]}, {}, rule="record_asked")
        if len(s.body) == len(s.low):
            found.read, found.consumed = s.body, {"query": [record[1]]}
        return found
    stats = read_stats_question(s.body, s.now, s.tz)  # "how many did we win this month", "my next visit"
    if stats is not None:
        return ParsedCommand(stats.intent, stats.tool, stats.args, {}, flags=stats.flags, rule="stats_question")
    listing = _status_listing(s.low)
    if listing is not None:
        # "which leads are in follow up?", "any new leads in Pune?": a lookup filtered by status.
        found = ParsedCommand("LEAD_FIND", "findLeads", listing, {}, rule="status_listing")
        if len(s.body) == len(s.low):  # the listing's own record of where it read each value, for `--explain`
            found.read, found.consumed = s.body, listing_spans(s.low, listing)
        return found
    asked = _visit_question(s.body, s.now, s.tz)
    if asked is not None:
        asked.rule = "visit_question"
        return asked
    shifted = visit_shifted_by_days(s.body, s.now, s.tz)  # "postpone Arjun's site visit by a day"
    if shifted is not None:
        return shifted
    # "mat cancel karna Vikas ka visit", "don't cancel Rohan's visit": a cancel forbidden is no cancel; one denied,
    # asked about or said of another thing ("is Priya's visit cancelled?") writes nothing (nlu/cancel_not_meant.py).
    if _CANCEL_VISIT.search(s.low) and cancel_not_meant(s.low):
        return ParsedCommand("UNKNOWN", None, {}, {}, rule="cancel_not_meant")
    if _CANCEL_VISIT.search(s.low) and not moving(s.low) and not _NOT_ASKED.search(s.low):
        cancelled = _cancel_visit(s.body, s.notes, s.now, s.tz)
        if cancelled is not None:
            the_bound_is_no_visit_day(s.low, cancelled.args, cancelled.problems, s.now, s.tz, cancel=True)
            cancelled.rule = "cancel_visit"
            return cancelled
    return None


def _said_again_in_full(work: str, found: tuple[str, tuple[int, int]]) -> tuple[str, tuple[int, int]] | None:
    """The name said first in short and again in full: "Nitin ka lead add karo, Nitin Desai, Pune, …" is Nitin
    Desai (the short one had been read, and the full one asked about as a name left over)."""
    short = found[0].lower()
    for again in re.finditer(rf"\b{re.escape(short)}\s+(?=[a-z])", work[found[1][1]:]):
        fuller = _name_after(work, found[1][1] + again.start())
        if fuller and fuller[0].lower().startswith(short + " "):
            return fuller
    return None


def _read_create(s: _Said, args: dict[str, str], problems: dict[str, str], flags: dict[str, str]) -> None:
    """createLead's slots: the phone, the source and the city first (each cut out once read), then the name."""
    low = s.low
    work = s.take("phone", low, _phone_into(low, args, problems, "phone"))
    work = s.take("source", work, _source_into(work, args))
    work = s.take("city", work, _city_into(work, args))
    found = _first_name_match(_CREATE_NAME_CUES, work, allow_word_names=True)
    if found:
        # People correct themselves mid-sentence: "Girish Patil... sorry, Girish Hosmani".
        fix = _CORRECTION.match(work[found[1][1]:])
        # Only a cue right after the name corrects it: "Ishita Bose Kolkata 98310 22433, no wait, Howrah"
        # corrects what was said just before the cue (the city), not the name (cut-out slots lie between).
        if fix and low[found[1][1]:found[1][1] + fix.end()] != work[found[1][1]:found[1][1] + fix.end()]:
            fix = None
        better = _name_after(work, found[1][1] + fix.end()) if fix else None
        heard, (first, end) = better or _said_again_in_full(work, found) or found
        # The name as written where it was typed in mixed case ("Ronald McDonald" stays McDonald).
        written = " ".join(s.body[first:end].split()) if len(s.body) == len(low) else ""
        args["name"] = title_case(written) if written.lower() == heard.lower() else heard
        s.take_span("name", (first, end))
        work = _cut(work, found[1])
    if "city" not in args:
        _city_from_fields(work, args)
        at = work.find(args["city"].lower()) if "city" in args else -1
        if at >= 0:
            s.take_span("city", (at, at + len(args["city"])))
    if s.notes:
        args["notes"] = s.notes  # "…, 98300 98300, notes: wants 2bhk": said as notes, kept as notes


def _read_visit(s: _Said, args: dict[str, str], problems: dict[str, str], flags: dict[str, str]) -> None:
    """scheduleVisit's slots: the lead and the time (ids and phones read first), the notes, and for a move
    whether the visit keeps its day."""
    low = s.low
    ref = _lead_reference_masked(low, s.body, s.now, s.tz, _VISIT_REF_CUES, for_visit=True, args=args, problems=problems,
                                 taken=s.taken)
    if ref:
        args["lead_id"] = ref
    if s.notes:
        args["notes"] = s.notes
    if "visit_time" in args and no_clock_time(low, s.now, s.tz):
        # "tomorrow after lunch": no clock time a visit can be booked at; the default 11:00 would be a guess
        # (and before lunch), so the time is left out and the bot asks for it, keeping the day said for the answer
        # ("sunday ko …, time baad mein batayega" then "4 baje" is Sunday at 4: `day_kept`).
        if day_said(low, s.now, s.tz):
            flags[VISIT_DAY] = args["visit_time"][:10]
        del args["visit_time"]
    if "visit_time" in args and time_to_come_later(low) and not time_said(low, s.now, s.tz):
        del args["visit_time"]  # "kal bulao, thodi der mein confirm karunga time": the day alone, no time (asked_times)
    if not s.moving:
        the_bound_is_no_visit_day(low, args, problems, s.now, s.tz)  # "she is out of town till monday": no visit day
    if "visit_time" in args and counted_from_now(low) and when_said(without_the_delay(low), s.now, s.tz) is None:
        del args["visit_time"]  # "in two hours", "thodi der mein": no clock time said (asked_times)
    if "visit_time" in args and "visit_time" not in problems and in_the_night(args["visit_time"]):
        # "kal raat 12 baje", "at midnight", "raat 2 baje": no site visit is at that hour (and which night "kal raat
        # 12" is, is unclear), so the bot asks rather than books it.
        problems["visit_time"] = f"{args['visit_time'][11:16]} is the middle of the night; at what time should the visit be?"
    if not s.moving:
        return
    flags["reschedule"] = "true"
    if args.get("lead_id", "").lower() in _MOVE_VERBS:
        del args["lead_id"]  # "push her meeting to 6": the verb is no name
    if "lead_id" not in args and _POSSESSIVE.search(low):
        args["lead_id"] = LAST_LEAD  # "move his visit to Friday"
    if "visit_time" in args and not day_said(low, s.now, s.tz):
        flags["keep_day"] = "true"  # "move Deepak's visit to 7pm": the visit keeps its day
    if "visit_time" in args and not time_said(low, s.now, s.tz):
        # A move names only what changes: "push Deepak's visit to friday (same time)", "prepone Meera's visit to 2nd
        # december" keep the visit's time (the day alone would fill in 11:00, a time nobody said).
        flags["keep_time"] = "true"


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
    s.read = body
    subject = _lead_statement_follow_up(work) if not remark and notes is None else None
    work = s.take("status", work, _status_into(work, args, problems))
    offset = 0
    if subject:
        # "Deepak is out of station, callback next week": the lead is the subject, not "Station".
        offset = max(0, body.lower().find(subject))
        work = body = subject
    found: dict[str, list[tuple[int, int]]] = {}
    ref = _lead_reference_masked(work, body, s.now, s.tz, _UPDATE_REF_CUES, for_visit=False, args=args, problems=problems,
                                 taken=found)
    for slot, spans in found.items():
        for a, b in spans:
            s.take_span(slot, (a + offset, b + offset))
    if ref is None and _PERSONAL_SUBJECT.match(s.low):
        # "my sister is not interested in the wedding": a status word about someone who is not a lead.
        return ParsedCommand("UNKNOWN", None, rule="status_of_someone_else")
    if ref:
        args["lead_id"] = ref
    if notes:
        args["notes"] = notes
    return None


def _read_find(s: _Said, args: dict[str, str], problems: dict[str, str], flags: dict[str, str]) -> None:
    """findLeads' query: a phone, an id, a city, or the words left title-cased (and where they were said)."""
    asked = lead_asked_about(s.low)  # "whats Snehas numbr": the name without the possessive's "s"
    read = (asked[0], [asked[1]]) if asked else find_query_read(s.low)
    if read:
        args["query"] = read[0]
        for span in read[1]:
            s.take_span("query", span)


#: The slot readers of each intent the rules decide (the others were read before the rules).
_SLOT_READERS: dict[str, Callable[[_Said, dict[str, str], dict[str, str], dict[str, str]], ParsedCommand | None]] = {
    "LEAD_CREATE": _read_create, "VISIT_SCHEDULE": _read_visit, "LEAD_UPDATE": _read_update, "LEAD_FIND": _read_find,
}


def _parse_meant(text: str, now: datetime, tz: str) -> ParsedCommand:
    """`parse` of a sentence with its self-corrections already applied."""
    # (the visit typed short, "push priya's vst to 2 dec", is a visit moved too: the typos spelt out as `_clean` does)
    moves = moving(text or "") or moving(TYPO_PATTERN.sub(lambda m: TYPOS[m.group().lower()], text or ""))
    if moves:
        text = _MOVE_TO_HOUR.sub("to at ", a_move_till_a_day(text))
        text = the_new_day_alone(text)
    cleaned = _clean(text or "")
    if not cleaned:
        return ParsedCommand("UNKNOWN", None, rule="empty")
    said, notes = _notes(cleaned)
    s = _Said(said, notes, strip_honorifics(_unquote(said)), moves, now, tz)
    s.read = s.body
    early = _before_rules(s)
    if early is not None:
        return early
    # Ids and phones first, so their digits are not read as times.
    # A delay from now ("thodi der mein bulao") is a time said, so the visit is read, and asked about (asked_times).
    has_time = _says_when(_ID_PREFIX.sub(" ", _UUID.sub(" ", s.low)), now, tz) or counted_from_now(s.low)
    intent, rule = _intent(s.low, has_time)
    if intent == "UNKNOWN" and has_time and a_lead_and_its_when(s.low, now, tz):
        intent, rule = "VISIT_SCHEDULE", "a_lead_and_its_when"  # "Deepak Patil kal dopahar 12:30"
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
    consumed = s.taken if len(s.read) == len(s.read.lower()) else {}
    parsed = ParsedCommand(intent, INTENT_TOOLS[intent], args, problems, flags=flags, rule=rule,
                           read=s.read if consumed or intent != "LEAD_FIND" else "", consumed=consumed)
    if rule == "a_lead_and_its_when":
        # A name and a time alone may be a visit or a call to make: read as the visit, but asked before it is booked.
        parsed.doubts.append("only a name and a time were said, no visit")
    return parsed


def _says_when(low: str, now: datetime, tz: str) -> bool:
    """Does the sentence name a time, even one that is no time ("a visit with Rohan at 25 o'clock")?"""
    try:
        dates._resolve(low, now, tz)
    except (dates.WhenError, NotADate):  # "31 november 4 baje": said, but no date
        return True
    except ValueError:
        return False
    return True


