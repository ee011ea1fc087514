"""The numbers of a property and of a party of visitors, which are no time of a visit.

A sales person names what the lead will see by its numbers: "plot 12 dekhna hai", "tower B flat 1204", "unit 1502",
"the 3rd floor", "carpet 650", "Rs 8,500 per sq ft", and who comes: "party of 4", "family of 5". Said after a day or a
part of one ("next wednesday shaam ko, … plot 12 bhi dekhna hai", "monday evening, party of 4") the number had been
read as the visit's hour (booked at 12:00 and 16:00). The date reader blanks them before it looks for an hour; the
words stay in the line, so the remark keeps them as said.
"""

from __future__ import annotations

from crm_tui.nlu.when_readers import Gated

# The thing numbered, then its number: "plot 47", "flat no. 1204", "tower 3", "unit #1502", "gate number 3",
# "floor 14", "carpet 650"; an ordinal floor or tower: "3rd floor", "14th floor wala", "2nd tower"; a price per unit of
# area, "Rs 8,500 per sq ft", "₹ 9000/sqft"; and the size of a party: "party of 4", "family of 5", "group of 6".
A_PROPERTYS_NUMBER = Gated(
    r"\b(?:plot|plots|flat|unit|tower|villa|shop|house|gate|block|wing|floor|carpet|bungalow|row\s+house)"
    r"\s*(?:no\.?|number|num|#)?\s*\d+[a-z]?\b(?![:.]\d)(?!\s*(?:am|pm|a\.m|p\.m|baje|bje|o'?clock)\b)"
    # (not a date or a count of days said right after the noun: "wants to see the flat 28 nov", "the flat 3 din baad")
    r"(?!\s*(?:st|nd|rd|th)?\s*(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)"
    r"(?!\s+(?:din|days?|weeks?|hafte|hafta|mahine|months?|baad|ko|tarikh|tareekh|taareekh)\b)"
    r"|\b\d{1,2}(?:st|nd|rd|th)\s+(?:floor|tower|block|wing|phase)\b"
    r"|(?:\brs\.?|₹)\s*[\d,]+(?:\.\d+)?(?:\s*(?:per|/|a)\s*(?:sq\.?\s*(?:ft|feet|yards?)|sqft|sft))?"
    r"|\b(?:party|family|group)\s+of\s+\d{1,2}\b",
    ("plot", "flat", "unit", "tower", "villa", "shop", "house", "gate", "block", "wing", "floor", "carpet",
     "bungalow", " rs", "₹", "party of", "family of", "group of"),
)
