"""The phrases the intent rules look for: verbs and nouns of each action (English and Hinglish), questions
that are no action, statements of a status, and news about a visit; what makes an action not asked for ("don't mark…", "if he pays, mark him won")
is in `not_asked`. Patterns and small predicates only; `intents` decides.
"""

from __future__ import annotations

import re

from crm_tui.nlu.lexicon import (
    BROKERS_BUYER,
    WILL_COME,
    city_pattern,
    strip_honorifics,
)
from crm_tui.nlu.names import _L, _name_after
from crm_tui.nlu.status import (
    INTERESTED,
    NOT_INTERESTED,
    OUTCOME_DEAL_DONE,
    OUTCOMES,
    find_status,
    judged_only,
    status_at_start,
)

# Hinglish "do" in the forms people say it: imperative (karo, kar do), infinitive and "has to" (karna,
# karni hai), polite (kariye, kar dijiye), causative (karwa do): "visit cancel karni hai", "shift kar dena".
HI_DO = r"(?:kar\s+(?:do|dena|dijiye|diya)|kardo|karo|karna|karni|karne|kariye|karein|karen|karwa\w*|kar)"
# The same for "make" and "put in": "lead banana hai", "ek lead daalna", "naya lead bana do".
HI_MAKE = (r"(?:ban(?:ao|ado|aiye|ana|ani|a\s+do|a\s+dena|a\s+dijiye|a\s+lo)|daal(?:o|na|ni|\s+do|\s+dena|\s+dijiye|\s+lo)|"
           # "ek lead likh lo", "lead note kar lo": write it down.
           r"dal(?:o|na|\s+do)|likh(?:o|na|\s+lo|\s+do|\s+lena|\s+dena|\s+dijiye)|(?:note|save)\s+(?:kar\s+lo|karo|kar\s+do|kardo|kar\s+lijiye)|"
           r"add\s+" + HI_DO + r")")
_VISIT_NOUN = re.compile(
    r"\b(?:site\s*visits?|visits?|meetings?|meet(?:ing)?|appointments?|appt|mtg|mtng|demo|site\s+tour|walk\s*through|ka\s+slot|"
    r"site\s+(?:viewing|seeing)|viewing|property\s+tour|show\s+(?:him|her|them)\s+the\s+(?:site|flat|property|project)|"
    r"(?:take|get|bring)\s+\w+(?:\s+\w+)?\s+(?:down\s+|over\s+)?to\s+the\s+(?:site|project|property)|mulaqat|milna|"
    # "get Vikas Gupta in on monday at 5", "have Sneha over tomorrow at 11": a person had in (with the day after it).
    r"(?:get|have|bring)\s+(?!(?:the|a|an|his|her|their|my|our|this|that|some|all|it|them|papers?|documents?)\s)"
    r"[a-z]+(?:\s+[a-z]+)?\s+(?:in|over)(?=\s+(?:on|at|this|next|tomorrow|today|tonight|day\s+after|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b)|"
    # Hinglish: "Harpreet ko site pe bulao", "site par aayega": asked to come to the site.
    r"(?:site|project|office)\s+(?:pe|par|per)\s+(?:\w+\s+){0,3}?bula\w*|bula\w*\s+(?:\w+\s+){0,2}?(?:site|project|office)\s+(?:pe|par|per)|"
    # "Sneha ko somvar ko bulao 11 baje", "usko kal bulao 4 baje", "… ko saturday ko bulaya hai": invited over (with a time).
    r"\b(?!(?:plumber|electrician|guard|watchman|driver|carpenter|painter|mistri|labour|workers?|cleaner|maid|mechanic|"
    r"boss|manager|team|staff|sir|madam|police|doctor)\s)(?:[a-z]+\s+ko|usko|unko|isko|inko|unhe|inhe)\s+(?:[\w:./-]+,?\s+){0,6}?bula(?:o|\s+lo|\s+lena|iye|na\s+hai|ya\s+hai|\s+liya\s+hai)|"
    # "Arjun aayega site pe kal 3 baje", "site par aayenge": coming to the site (not "aaya tha", the past).
    rf"(?:{WILL_COME}|aa\s+rah[aei])\s+(?:\w+\s+){{0,2}}?(?:site|project|office)\s+(?:pe|par|per)|"
    rf"(?:site|project|office)\s+(?:pe|par|per)\s+(?:\w+\s+){{0,3}}?(?:{WILL_COME}))\b",
    re.IGNORECASE,
)
_SCHEDULE_VERB = re.compile(
    r"\b(?:schedul\w*|book\w*|set\s*(?:up|-up)|setup|arrange\w*|fix\w*|plan\w*|organi[sz]e\w*|line\s+up|"
    r"slot|put\s+(?:down|in)|pencil\s+(?:(?:him|her|them)\s+)?in|add|create|make|need|want|keep|block|confirm\w*|reschedul\w*|"
    r"take|show)\b",
    re.IGNORECASE,
)
_UPDATE_VERB = re.compile(
    # "Kavya ko diwali ke baad follow up karna": "X ko … karna" (X is to be …) ending the sentence is the
    # instruction; without the "ko" that marks the lead ("mujhe bank ke saath follow up karna hai") it is not. A
    # follow-up's when said after it is the same: "Harpreet ko call back karna hai next week" (batch 1211c); a status
    # planned for later ("… ko lost karna hai next week") is not.
    # "follow up kar lo next week", "lost kar lo": "kar lo" (do it) right after the status orders it.
    r"(?:(?<=\bup\s)|(?<=\bwon\s)|(?<=\blost\s)|(?<=\bprogress\s)|(?<=\bfollowup\s))kar\s+lo\b|"
    # The polite forms order it too: "Sneha ko in progress kar dena", "won kar dijiye", "follow up mein daal dena".
    r"\b(?:ko(?=\s.*\bkarna(?:\s+hai)?[\s.!]*$)|"
    r"ko(?=\s.*\b(?:follow[\s-]*up|call\s*back)\s+karna(?:\s+hai)?\s+(?:(?:next|agle|agli|is|this)\s+[a-z]+|kal|parso|"
    r"tomorrow|baad\s+mein)[\s.!]*$)|daal|dal|daalo|dalo|daal\s+do|rakho|rakh\s+do|rehne\s+do|rahne\s+do|kar\s+do|karo|"
    r"kar\s+(?:dena|dijiye|dijie|dein|de)|kardena|kariye|kijiye|rakh\s+(?:dena|dijiye)|keep|mark\w*|updat\w*|chang\w*|mov\w*|set|put|make|shift\w*|switch\w*|flag\w*|tag\w*|turn\w*|"
    r"convert\w*|status)\b|"
    # "close Priya Nair as lost", "closed Vikas as won": a lead closed as a status is marked with it.
    r"\bclos(?:e|ed)\b(?=[^,.;?]*\bas\s+(?:won|lost|follow[\s-]?up|in[\s-]?progress|new|not\s+interested)\b)",
    re.IGNORECASE,
)
# What may follow a status said as a question and still only ask about it: "confirm karo", "please confirm",
# "can you check", "pata karo", "verify kar lo". An order ("lost kar do", "mark him lost") is no such request.
CHECK_REQUEST = re.compile(
    r"^\s*(?:(?:please|pls|plz|zara|can\s+you|could\s+you|kindly)\s+)?"
    r"(?:confirm|check|verify|pata|cross[\s-]?check|double[\s-]?check)\b"
    r"(?:\s+(?:karo|kar\s+do|kar\s+lo|karna|kijiye|it|that|this|once|please|pls|na|kya|hai|karke\s+batao|batao))*"
    r"\s*[?.!]*\s*$",
    re.IGNORECASE,
)
_STRONG_STATUS = re.compile(
    r"\b(?:" + OUTCOMES + r"|closed\s+the\s+deal|deal\s+(?:is\s+)?(?:closed|done|signed|final)|" + OUTCOME_DEAL_DONE + r"|" + NOT_INTERESTED + r"|"
    r"mana\s+kar\s+di(?:ya|a)|drop\s+kar\s+di(?:ya|a)|interest(?:ed)?\s+nahi|"
    # "Arjun Mehta is back in progress", "is back to follow up": a lead back in a status is in it again.
    # ("list every lead that is in follow up": a relative clause picks leads out, it puts none in.)
    r"(?<!\bthat\s)(?<!\bwho\s)(?<!\bwhich\s)(?:is|are|was)\s+(?:now\s+)?(?:back\s+(?:to\s+|into\s+|in\s+(?!progress))?)?(?:won|lost|not\s+" + INTERESTED + r"|not\s+keen|in\s+progress|(?:a\s+)?follow[\s-]?up)|"
    # A lead by name "is now in follow up" is put in it; "she is in follow up" after a booking is news about her.
    r"(?<!\bshe\s)(?<!\bhe\s)(?<!\bthey\s)(?<!\bthat\s)(?<!\bwho\s)(?<!\bwhich\s)(?:is|are|was)\s+(?:now\s+)?(?:in|on)\s+follow[\s-]?up|"
    r"went\s+with\s+(?:a\s+|another\s+)?(?:competitor|someone\s+else)|backed\s+out|dropped\s+out|"
    r"(?:has\s+|have\s+)?lost\s+(?:all\s+)?interest|"
    r"signed\s+(?:the\s+)?(?:agreement|deal|papers|booking|(?:sale\s+)?deed|sale\s+agreement|registry)|booked\s+(?:a|the)\s+(?:flat|unit|plot|villa)|"
    r"paid\s+(?:the\s+)?(?:token|booking|advance)|fell\s+through|bought\s+elsewhere|"
    r"we\s+(?:won|lost)\s+(?:the\s+(?:deal|lead|client|customer|booking)|him|her|them|this\s+(?:one|lead|client)))\b",
    re.IGNORECASE,
)
# The kinds of customer a lead is said to be, before the word "lead" ("new tenant lead", "naya rental enquiry").
LEAD_KIND = r"(?:tenant|rental|rent|resale|buyer|investor|nri|owner|landlord|commercial|residential|plot|villa|office)"
_CREATE = re.compile(
    r"\b(?:add\w*|creat\w*|regist\w*|sav\w*|log|enter|captur\w*|put\s+in|onboard|record|note\s+down|punch\s+in|jot\s+down|"
    r"feed\s+in|key\s+in|(?:lead|contact|client)\s+(?:entry|add)\s+" + HI_DO + r"|"
    # "Lakshmi Narayan naam se entry karo": an entry made in someone's name.
    r"naam\s+se\s+entry\s+" + HI_DO + r"|"
    # A person told as a story, with their number: "so there's this guy Manish Tiwari from Varanasi he called on …".
    r"(?:there'?s|there\s+is|there\s+was|i\s+met|met)\s+(?:this|a|one)\s+(?:guy|lady|person|gentleman|client|customer|buyer|party)"
    r"(?=.*\d{3})|" +  # only with a number said: "I met a client today at the expo" is news
    # …or who called: "I just got a call from Ashok Kumar, he's in Meerut, his number is 97600 12345".
    r"(?:got|received|had|have)\s+(?:a|one)\s+(?:new\s+)?(?:call|enquiry|inquiry|message|whatsapp)\s+from\s+(?=.*\d{3})|" +
    # A broker bringing a buyer: "my party is Girish Kamath from Mangalore, 94480 …", "sir mera client Rakesh Jha
    # hai, Patna se, number …" (with a number said: "my client's budget is 80 lakh" is news).
    BROKERS_BUYER + r"(?=.*\d{3})|"
    # A lead's source as its heading: "channel partner lead: Sanjay Ghosh, Kolkata, 98300 …", "99acres enquiry - …".
    r"^\s*[a-z0-9.]+(?:\s+[a-z0-9.]+)?\s+(?:lead|enquiry|inquiry)\s*[:\-]\s*(?=\w)(?=.*\d{3})|"
    # A portal's card pasted as it shows: "MagicBricks lead card | Anusha Kulkarni | 97400 11223 | Bangalore".
    r"^\s*[a-z0-9.]+(?:\s+[a-z0-9.]+)?\s+(?:lead|enquiry|inquiry)\s+(?:card|form|alert|details|info)\s*[:\-,]\s*(?=\w)(?=.*\d{3})|"
    # "new tenant lead Pooja Rao, …", "naya rental enquiry": the kind of customer said before the lead.
    r"(?:new|naya|nayi|naye)\s+(?:" + LEAD_KIND + r"\s+)?(?:lead|contact|client|customer|enquiry|inquiry|prospect|buyer|entry|walk[\s-]?in|"
    # "put in a new guy", "add this new lady": a new person is a new lead.
    r"guy|person|lady|party|gentleman|banda|bandi|aadmi)|(?:got|had|have)\s+(?:a|one|another)\s+(?:new\s+)?(?:walk[\s-]?in|client|customer|buyer|prospect|party)\b|^\s*(?:new\s+)?(?:lead|enquiry|inquiry|contact)(?:\s+entry)?\s*[:\-]\s*(?=\w)|(?:lead|walk[\s-]?in|banda|bandi|enquiry|inquiry)\s+(?:aaya|aya|aayi|ayi|aaye|mila|mili)\b|(?:client|customer|party|buyer)\s+(?:aaya|aya|aayi|ayi|aaye)\b(?=.*\d{3})|(?:ek\s+)?(?:lead|entry)\s+aur\b|(?:ek\s+aur|one\s+more|another)\s+(?:new\s+)?(?:lead|entry|enquiry|inquiry)\b|^\s*(?:new\s+|fresh\s+)?(?:lead|enquiry|inquiry)\s+(?:from|via|through)\s+[a-z0-9.]+(?:\s+[a-z0-9.]+)?\s*[:\-]\s*(?=\w)|walk[\s-]?in\s+(?:client|customer|lead|enquiry|inquiry|visitor|buyer)|^\s*(?:(?:customer|client|lead|buyer)\s+)?name\s*[:=\-]\s*(?=\w)|got\s+a\s+(?:new\s+)?"
    r"(?:lead|enquiry|inquiry|contact)|fresh\s+(?:lead|enquiry|inquiry)|"
    # Hinglish: "lead banao", "naya lead bana do", "Rakesh ko lead mein daalo".
    r"(?:lead|contact|client|entry)\s+(?:mein\s+)?" + HI_MAKE + r"|"
    # "lead entry maar do Kunal Bahl …" (slang: make an entry); "note kar lo - Sunaina Bhalla, …, 97170 …" and
    # "ek client hai Sonal Chauhan, …, 94140 …" (write this down / there's a client) with a number said.
    # "lead Ajay Devgn Pune 98220 66554": the word "lead", a person and a number, nothing else asked.
    r"^\s*lead\s+(?=[a-z]+\s+[a-z]+\b.*\d{5})(?!.*\b(?:status|find|show|number\s+kya|kab|visit|meeting)\b)|"
    r"entry\s+maar(?:o|\s+do|\s+dena|\s+dijiye)|^\s*(?:note\s+kar\s+lo|note\s+karo|likh\s+lo|save\s+kar\s+lo)(?=.*\d{4})|"
    # (…or with the number said to come later: "ek lead hai Pooja Bhatt, Surat, number baad mein dunga" asks for it.)
    r"\b(?:ek|one|hot|warm|achha|accha|badhiya|naya|nayi)\s+(?:lead|client|customer|party|buyer)\s+(?:hai|he|h)"
    r"(?=.*\d{4}|.*\b(?:number|phone|mobile|no\.?)\s+(?:baad\s+(?:mein|me|main)|later)\b))\b",
    re.IGNORECASE,
)
# A create phrase that names the lead itself ("new lead", "add a contact", "Lead:"), not just a verb.
_NEW_LEAD = re.compile(
    r"\b(?:(?:new|naya|nayi|naye|fresh)\s+(?:" + LEAD_KIND + r"\s+)?(?:lead|enquiry|inquiry|contact|client|customer|prospect|buyer|walk[\s-]?in|guy|person|lady|party|gentleman|banda|bandi|aadmi)|"
    r"(?:add|create|register|save)\s+(?:a\s+|the\s+)?(?:new\s+)?(?:lead|contact))\b|^\s*lead\s*[:\-]",
    re.IGNORECASE,
)
_LEAD_NOUN = re.compile(r"\b(?:leads?|contacts?|clients?|customers?|enquiry|inquiry|prospects?|buyers?|entry)\b", re.IGNORECASE)
_FIND = re.compile(
    # "open Kavya Reddy's lead", "open up Rohan's details": a lead's record opened is a lookup (a "show flat" is none).
    r"\bopen(?:\s+up)?(?=\s+[\w.]+(?:\s+[\w.]+)?'s\s+(?:lead|details|profile|record|card|file)\b)|"
    r"\b(?:find|search(?:\s+for)?|look\s*(?:up|for)|lookup|show(?:\s+me)?(?!\s+(?:flats?|units?|homes?|houses?|apartments?|villas?)\b)|list(?=\s+(?:all|the|my|our|leads?|clients?|contacts?|customers?)\b)|get\s+me|pull\s+up|fetch|display|"
    r"(?:what\s+are\s+the\s+)?details\s+(?:of|for|on)|who(?:\s+is|'s)(?!\s+(?:the|a|an|my|our|your|going|coming|this|that|it|there|calling|on|in|free|available|handling)\b)|do\s+we\s+have|"
    r"any\s+leads?|give\s+me|check\s+(?:if|whether)\s+we\s+have|"
    # "Kavya Reddy kaun hai" (who is Kavya Reddy?): the name asked about comes before the question.
    r"(?<=\w\s)kaun\s+(?:hai|h|hain)(?=\s*\??\s*$)|"
    # "9820098200 kiska number hai", "whose number is 98200 98200", "yeh number kiska hai, 88776 65544?": looked up.
    r"(?:kiska|kiski|kiske|whose)(?=\s+(?:(?:is\s+)?(?:this|that|the|yeh|ye)\s+)?(?:number|no|phone|mobile)\b|\s+(?:hai|h)\b.*\d{5})|"
    # "who has the number 98765 43210", "who has this number".
    r"\bwho\s+(?:has|owns|is\s+on)(?=\s+(?:the\s+|this\s+|that\s+)?(?:number|no|phone|mobile)\b)|"
    # "check if 98450 12345 is already in the system", "is Rohan already there in the CRM"
    r"check\s+(?:if|whether)\b(?=.*\b(?:already|exists?|in\s+(?:the\s+|our\s+)?(?:system|crm|list|database|records?))\b)|(?:who|which)\s+are\s+(?:the\s+|our\s+|my\s+)?leads?|which\s+leads?)\b",
    re.IGNORECASE,
)
# Questions and reminders name visits and times without asking for one to be booked.
_NOT_AN_ACTION = re.compile(
    r"^\s*(?:how|what|whats|when|why|which|where|who|did|does|do\s+i|have\s+i)\b|\bremind\s+me\b|\bdo\s+i\s+have\b|"
    r"\bi\s+have\s+an?\s+(?:meeting|appointment|visit|demo)\b|"
    r"\b(?:my|our)\s+(?:\w+\s+)?(?:appointment|meeting|call|flight|cab|doctor|dentist|leave)\b|"
    r"\bmy\s+(?:status|profile|password|whatsapp|dp|photo|address|email|bio)\b|"
    r"^\s*(?:is|are|was|were|has|have|will)\s+(?:the|my|our|this|that|there|[a-z]+'s)\b|"
    # A yes/no question about a lead's standing, typed without its question mark: "is Priya won", "is Kavya
    # interested", "has Rohan booked" ask; they never set a status (Hindi "is mahine" is "this month").
    r"^\s*(?:is|was|has|did|does)\s+(?!(?:mahine|hafte|saal|baar|din|there|you|ye|yeh)\b)(?:[a-z]+(?:\s+[a-z]+)?|\d{10})\s+"
    r"(?:still\s+|now\s+|already\s+|really\s+)?(?:won|lost|closed|interested|not\s+interested|in\s+progress|in\s+follow|"
    r"follow|on\s+hold|new|hot|cold|booked|bought|paid|signed|converted)\b|"
    # Hindi asks with a tag after a past verb: "Arjun follow up kiya tha kya", "Harpreet ka visit kal tha na".
    r"\b(?:tha|thi|the|kiya|kia|hua|hui|gaya|gayi)\s+(?:kya|na|naa)\s*\??\s*$|"
    # …or after "hai": "Deepak ka visit kal 4 baje hai na" (it is, isn't it?) checks, it books nothing.
    r"\b(?:hai|hain)\s+(?:na|naa)\s*\??\s*$|"
    # Hindi yes/no questions: opened with "kya" ("kya Rohan ka visit kal hai?") or closed with "hai?" ("Rohan ka visit
    # confirm hai?") check; they book nothing. A request asked politely is still one ("kya aap … kar sakte ho").
    r"^(?!\s*(?:book|mark|schedule|add|move|cancel|update|change|set|fix|put|create)\b)"
    r"(?!.*\b(?:sakte|sakti|sakta|sakoge|sakogi|karoge|karogi|please|pls|kardo|rakhdo|karo|rakho|daalo|dalo|banao|bhejo|"
    r"likho|lagao|hatao|badlo|(?:kar|rakh|daal|dal|bana|bhej|likh|laga|hata|badal)\s+(?:do|dena|dijiye|de))\b)"
    r"(?:\s*kya\b.*|.*\b(?:hai|hain|h)\s*\?\s*)$|"
    # A yes/no question typed with its question mark ("did Kavya call back?"); "can you book...?" asks.
    r"^\s*(?:is|are|was|were|has|have|will|does|did|do)\b(?!\s+you\b)[^?]*\?\s*$",
    re.IGNORECASE,
)
# How a lead is reached, named in two words: "contact number", "contact no.", "mobile no", "mob no", "phone number",
# "whatsapp number", "contact details". One vocabulary for the lookups that ask a field of a name.
_REACH_FIELD = (r"(?:contact|mobile|mob|phone|ph|whatsapp|cell)\.?\s+(?:number|num|no\.?|nos?\.?|details|info)(?![a-z])")
# "what's Rohan's status", "what is the number of Priya Nair": a lookup phrased as a question.
_DETAIL_QUESTION = re.compile(
    r"\b[a-z]+'s\s+(?:(?:new|current|latest)\s+)?(?:status|number|phone|mobile|details|city)\b|"
    # Hinglish: "Meera ka number kya hai", "Rohan ki details".
    # ("Rohan Sharma ka abhi status kya hai": a time word may stand before the field.)
    # ("Arjun ka naya number kya hai?": the new one asked for, not given.)
    r"\b[a-z]+\s+(?:ka|ki|ke)\s+(?:(?:abhi|ab|current|latest|filhaal|naya|nayi|new)\s+)?(?:" + _REACH_FIELD + r"|status|number|phone|mobile|details|city|contact|info|record|profile|"
    r"file|history|no\.?|mob\.?|ph\.?)\s+"
    r"(?:kya|batao|bata|dikhao|dikha|do|de|dena|dijiye|bhejo|bhej\s+do|chahiye)\b|"
    r"\b(?:status|number|phone|details)\s+of\s+(?!the\b|my\b|our\b|this\b|that\b)[a-z0-9+]|"
    # "Farhan kis city se hai?", "Rohan kahan se hai", "Priya ka status kya chal raha hai": kis / kahan asks.
    # "Arjun Mehta abhi kis status mein hai": which status, asked.
    r"^\s*[a-z]+(?:\s+[a-z]+)?\s+(?:(?:ka|ki|ke)\s+)?(?:abhi\s+)?(?:kis|kaun\s+s[ie]|kahan|kidhar)\s+(?:(?:city|sheher|shehar|jagah|source|status|stage)\s+)?(?:se|ka|ki|ke|pe|par|mein)?\s*"
    r"(?:(?:rehta|rehti|rehte|rahta|rahti)\s+)?(?:hai|h|hain|the|tha|thi)?\s*\??\s*$",
    re.IGNORECASE,
)
# Typed shorthand for a lookup: "sneha iyer status?", "rohan number", "Priya Nair details?". The words
# before the field must be a name and nothing else ("update status" and "new number" are not lookups).
_NAME_THEN_FIELD = re.compile(
    rf"^\s*(?P<who>[{_L}][{_L}'.\s]{{0,40}}?)\s+(?:ka\s+|ki\s+|ke\s+)?(?:current\s+|abhi\s+|ab\s+|latest\s+)?"
    r"(?:" + _REACH_FIELD + r"|status|number|phone|mobile|contact|details|info|no\.|city|source)"
    # "Priya Nair status kya hai abhi", "Arjun Mehta ki city?": the question's words after the field.
    r"(?:\s+(?:kya|hai|h|abhi|now|batao|bata))*\s*\??\s*$",
    re.IGNORECASE,
)


def _name_then_field(low: str) -> bool:
    m = _NAME_THEN_FIELD.match(low)
    if not m:
        return False
    who = m["who"].strip()
    name = _name_after(who, 0)
    return name is not None and name[1][1] == len(who.rstrip(" ."))


# What is new with a lead, asked: "Vikas Gupta ka last update kya hai", "Priya Nair ka kya scene hai", "Farhan Qureshi
# kab aaya tha" (when the enquiry came), "any update on Amit Kulkarni?", "what's the latest on Rohan". The lookup
# answers with the lead, its status and its history.
_NEWS_ASKED = (
    re.compile(rf"^\s*(?P<who>[{_L}][{_L}'.\s]{{0,40}}?)\s+(?:ka|ki|ke)\s+(?:kya\s+(?:scene|haal|hua|update|chal\s+raha)|"
               r"(?:last|latest|koi|naya)\s+(?:update|news)|update)\b(?:\s+(?:kya|hai|h|he|hain|batao|bata|do|tha|hua|"
               r"raha|hai\s+kya))*\s*\??\s*$", re.I),
    re.compile(rf"^\s*(?P<who>[{_L}][{_L}'.\s]{{0,40}}?)\s+kab\s+(?:aaya|aayi|aaye|aya|ayi|aye)\s+(?:tha|thi|the)\s*\??\s*$",
               re.I),
    re.compile(rf"^\s*(?:any|(?:what'?s|whats|what\s+is)\s+the)\s+(?:latest\s+|new\s+)?(?:updates?|news|progress|latest)\s+"
               rf"(?:on|with|about|regarding|from)\s+(?P<who>[{_L}][{_L}'.\s]{{0,40}}?)\s*\??\s*$", re.I),
    re.compile(rf"^\s*(?:(?:what'?s|whats|what\s+is)\s+)?(?:the\s+)?(?:latest|update)\s+on\s+"
               rf"(?P<who>[{_L}][{_L}'.\s]{{0,40}}?)\s*\??\s*$", re.I),
)


def _news_asked(low: str) -> bool:
    """Is `low` a question of what is new with a lead named in it (and nothing else)?"""
    for pattern in _NEWS_ASKED:
        m = pattern.match(low)
        if m:
            who = m["who"].strip()
            name = _name_after(who, 0)
            return name is not None and name[1][1] == len(who.rstrip(" ."))
    return False


# Typed shorthand: "Harpreet - follow up", "Rohan: won".
_TERSE_UPDATE = re.compile(
    # A reason may follow the status after a comma ("Priya Nair - lost, budget issue"): the notes, which
    # `_status_then_remark` reads, the same as for "Rohan is in progress, called him today".
    # ("Kavya Reddy, follow up after 15th": a comma after a name of one to three words stands for the dash too.)
    rf"^\s*(?:(?P<who>[{_L}][{_L}'\s]{{0,40}}?)\s*(?:-+|:|–|->|=>)|(?P<named>[{_L}]+(?:\s+[{_L}]+){{0,2}})\s*,)"
    r"\s*(?:status\s*)?(?P<status>[a-z][a-z0-9\s_\-]*?)\s*"
    r"(?:(?:[,;.]|\s-+\s)\s*.*)?[.!]*\s*$",  # ("Farhan - follow up - he's travelling": a dash before the remark too)
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


# "Rohan follow up, call him on sunday": after a follow-up, a call asked for on a day is the follow-up's own
# detail, not a remark (as "she asked us to call back on Monday" is).
# Only a call to the lead ("call him", "call back"): "Rohan is follow up, call next week" keeps its remark.
CALL_ASK = re.compile(r"\s*(?:call|phone|ring|contact|message|whatsapp|ping)\s+(?:(?:him|her|them)(?:\s+back)?|back)\s+"
                      r"(?:on|next|tomorrow|after|in|this|kal|agle|parso)\b", re.I)

# A label before the remark ("reason: loan pending") or the word that adds it ("…won, also he paid"): no part of it.
_REASON_LABEL = re.compile(r"^(?:(?:reasons?|wajah|vajah|karan)\s*(?::|-+)\s*|(?:and\s+)?(?:also|plus)\b[\s,:-]*)", re.I)


def _status_then_remark(said: str) -> tuple[str, str] | None:
    """(the status statement, the remark after it) when `said` is one; None otherwise."""
    for n, sep in enumerate(_CLAUSE_END.finditer(said)):
        if n == 2:
            break
        if not _status_statement(said[: sep.start()]):
            continue
        remark = _REASON_LABEL.sub("", said[sep.end():].strip().strip(" .,;:-").strip())  # "reason: loan pending"
        if len(remark) >= 2 and remark[0] == remark[-1] and remark[0] in "'\"":  # quotes around it all are typing
            remark = remark[1:-1].strip()
        # "Vikas is not interested, mark lost": the rest asks for the status again; it is no remark. So does
        # a short clause that begins with another status after an open one ("Rohan is interested, follow up
        # next week"); after a result ("Priya Nair lost, bought elsewhere") the rest stays the remark.
        # "Harpreet is intrested, put her in progres": a clause that opens with an update verb is the
        # instruction, never a remark about it.
        if not remark or _explicit_update(remark.lower()) or _RAW_STATUS.match(remark) or _REMARK_IS_ORDER.match(remark) \
                or only_the_status(remark) or CLOSING_ORDER.match(remark) \
                or _asks_other_status(said[: sep.start()], remark):
            return None
        head_status = find_status(said[: sep.start()].lower())
        if head_status is not None and head_status[0] == "FOLLOW_UP" and CALL_ASK.match(remark):
            return None  # "Rohan follow up, call him on sunday": when to call is the follow-up itself
        if SPEAKERS_ASIDE.fullmatch(remark) or (head_status is not None and head_status[0] == "FOLLOW_UP"
                                                 and A_WHEN_ALONE.fullmatch(_CUE_OPENING.sub("", remark))):
            # "Priya Nair won on 24th, updating now": the speaker's own doing; "follow up after 10th december, sorry,
            # after 12th": the follow-up's when said again. The statement stands with no remark.
            return said[: sep.start()], ""
        if judged_only(said[: sep.start()]) and find_status(remark) is not None:
            return None  # "Priya interested hai, price pe baat chal rahi hai": the outcome is the status itself
        return said[: sep.start()], remark
    return None


# The words that make a status an order: "lost kar do", "mark him in progress", "put her in follow up".
_STATUS_NAME = re.compile(r"won|lost|new|follow[\s_-]*ups?|followup|in[\s_-]*progress|closed(?:[\s_-]+(?:won|lost))?|"
                          r"converted|dead|cold|hot|warm|on\s+hold", re.I)
_STATUS_ORDER_WORDS = frozenset("mark set put keep move make update change close shift convert switch status to as in into the him her them it "
                                "kar karo kardo do dena daal daalo dal rakh rakho mein me pe par hai please pls now ab".split())


def only_the_status(clause: str) -> bool:
    """Is the clause nothing but a status and the words that order it ("in progress", "lost kar do")? Said after
    a status statement it is the ask itself ("Vikas dead lead hai, lost kar do"), never a remark about it."""
    low = clause.lower()
    said = find_status(low)
    # The status by its name, not an outcome said in words ("bought elsewhere", "went with a competitor": reasons).
    if said is None or not _STATUS_NAME.fullmatch(low[said[1][0]:said[1][1]].strip()):
        return False
    rest = (low[:said[1][0]] + " " + low[said[1][1]:]).split()
    return all(w.strip(".!,") in _STATUS_ORDER_WORDS for w in rest)


# "Rohan Sharma is not interested anymore, band karo" (close it), "…, file close kar do", "…, chhod do usko": after a
# status the order to close the lead is the status's own order, no remark (batch 50 kept "band karo" as notes).
CLOSING_ORDER = re.compile(
    r"\s*(?:(?:isko|usko|ise|use|unko|ye|yeh|it|this|the|lead|file|case|matter|chapter)\s+){0,2}"
    r"(?:band|close|khatam|khatm|drop|chhod|chod)\s*(?:karo|kar\s+do|kardo|kar\s+dena|kariye|kar\s+dijiye|do|it|this|him|her)?"
    r"(?:\s+(?:isko|usko|ise|use|unko|it|this|him|her|yaar|bhai|please|pls))?"
    r"(?:\s+(?:the\s+|this\s+|his\s+|her\s+|uska\s+|uski\s+)?(?:lead|file|case|chapter|matter))?\s*[.!]*\s*$", re.I)
_REMARK_IS_ORDER = re.compile(r"\s*(?:mark|put|keep|set|move|change|make|update|convert|switch|rakh\w*|daal\w*)\b", re.I)
# "mark X as <word>": an update even when the word is no status, unless X is plainly not a lead.
# ("set a reminder for 5 pm to drink chai", "set an alarm …": no lead is set to anything.)
_RAW_STATUS = re.compile(r"^\s*(?:mark|update|change|move|set|put)\s+(?!(?:a|an|reminder|alarm)\b)(?!(?:this|that|the|my|our|your|it|all)\b(?!\s+(?:lead|client|customer)))\S.*?\b(?:as|to)\s+(?P<status>[a-z][a-z\s\-]*?)\s*[.!]?\s*$", re.I)
# Hinglish "Sneha ko maybe mark karo": the lead, "ko", the word said as the status, "mark karo".
_RAW_STATUS_HI = re.compile(
    r"^\s*(?!(?:ye|yeh|woh|wo|isko|usko|sab|sabko)\b)[a-z][a-z'.]*(?:\s+[a-z][a-z'.]*)?\s+(?:ko|ka\s+status)\s+"
    r"(?P<status>[a-z][a-z\-]*(?:\s+[a-z][a-z\-]*)?)\s+mark\s+(?:karo|kar\s+do|kardo|kar\s+dena|kariye)\s*[.!]?\s*$", re.I)


# What the speaker says of their own doing, no word about the lead: "…, updating now", "I'm entering it in the system",
# "for the record". Never a note (batch heldout_lead_1212e kept "updating now" as one).
SPEAKERS_ASIDE = re.compile(r"(?:(?:i\s*'?\s*a?m|am|i\s+am|just|abhi)\s+)?(?:updating|entering|marking|logging|noting|"
                            r"putting|doing)(?:\s+(?:it|this|that|the\s+same))?(?:\s+(?:now|right\s+now|in\s+(?:the\s+)?"
                            r"(?:crm|system|app)))*[\s.!]*|for\s+(?:the\s+)?records?[\s.!]*|fyi[\s.!]*", re.I)
# A when said alone as a clause: "after 12th", "till new year", "by monday". After a follow-up it is the follow-up's own
# ("follow up after 10th december, sorry, after 12th"), no note and no news.
A_WHEN_ALONE = re.compile(r"\s*(?:after|till|until|by|before|from|in)\s+(?:the\s+)?[\w ]{1,20}?[\s.!]*$", re.I)


# A correction's cue opening a clause: "sorry, after 12th".
_CUE_OPENING = re.compile(r"^(?:(?:no|nahi|sorry|i\s+mean|matlab|actually|wait)\b[\s,]*)+", re.I)


def raw_status(text: str) -> re.Match[str] | None:
    """An update whose status word the bot must question, in English ("mark Priya as maybe") or Hinglish
    ("Sneha ko maybe mark karo"): the match, its `status` group the word said."""
    return _RAW_STATUS.match(text) or _RAW_STATUS_HI.match(text)
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
    # "went well", and how else it went (batch 61): "went really well", "went fine today", "went great".
    r"\bwent\s+(?:really\s+|very\s+|quite\s+|pretty\s+|so\s+|super\s+)?(?:well|fine|ok|okay|great|good|smooth|smoothly|nicely|badly)\b|"
    # Hinglish news of a visit: "aaj site visit bahut achha gaya", "visit ho gaya", "meeting theek rahi".
    r"\b(?:bahut\s+|kaafi\s+)?(?:achha|accha|acha|badhiya|theek|thik|bekar|kharab|mast|sahi)\s+(?:gaya|gayi|raha|rahi|hua|hui)\b|"
    r"\b(?:visit|meeting)\s+(?:\w+\s+){0,2}?(?:ho\s+(?:gaya|gayi|gyi|gya)|hua|hui)\b|"
    # the lead's own visit done, in Hindi (batch 61): "usne aaj visit kiya", "Rohan ne visit kar liya".
    r"\bvisit\s+(?:kiya|kar\s+liya|kar\s+li|kar\s+chuka|kar\s+chuki)\b",
    re.IGNORECASE,
)
# People on the speaker's own side, never a lead one meets on a visit.
_OWN_SIDE = (r"(?:boss|manager|team|colleague|colleagues|staff|director|md|ceo|accountant|lawyer|banker|architect|hr|"
             r"vendor|contractor|sir|madam|officer|engineer|supervisor|builder|auditor|ca)")
# A town by name, for "visit Goa" (the city list's own alternation).
_TOWN = r"(?:" + city_pattern().pattern.removeprefix(r"\b(?:").removesuffix(r")\b") + r")"
# "create a new folder", "find a good restaurant": the verbs, but not about leads.
_NOT_A_LEAD = re.compile(
    # Every lead's status to be updated is a chore, not one lead's update: "sir ne bola sab leads ka status update karna
    # hai by friday", "update the status of all leads" (the tools change one lead; "sab leads ka status dikhao" asks).
    r"\b(?:sab|saare|sare|saaare|sabhi|all|every|har)\s+(?:the\s+|my\s+|our\s+|of\s+the\s+|ek\s+)?(?:leads?|clients?|customers?)"
    r"\s+(?:ka|ki|ke|'s)?\s*(?:status\s+)?(?:update|change|mark|badal)\w*|"
    r"\b(?:update|change|mark)\w*\s+(?:the\s+)?(?:status\s+(?:of|for)\s+)?(?:all|every|each)\s+(?:the\s+|my\s+|our\s+|of\s+the\s+)?"
    r"(?:leads?|clients?|customers?)\b|"
    # A status said of a thing, not a lead: "put the project on hold", "mark the task as done", "keep the launch pending".
    r"\b(?:put|keep|mark|set|move|rakh\w*|daal\w*)\s+(?:the|this|that|our|my|your|its|ye|yeh|woh)\s+(?:new\s+)?"
    r"(?:project|work|construction|tower|phase|launch|campaign|plan|file|payment|registration|task|ad|ads|listing|"
    r"brochure|website|app|order|account|renovation|approval|paperwork)\b|"
    r"\b(?:creat\w*|add|sav\w*|make|log)\s+(?:a\s+|an\s+|the\s+|this\s+)?(?:new\s+)?(?:folder|file|document|doc|"
    r"reminder|task|event|group|account|password|list|sheet|report|note|alarm|timer|playlist)\b|"
    r"\b(?:find|search(?:\s+for)?|show\s+me|look\s+for|get\s+me)\s+(?:a|an|some|the\s+best|good|nearby|me\s+a)\b"
    r"(?!\s+(?:lead|client|customer|contact|prospect))|"
    r"\b(?:find|show(?:\s+me)?|get\s+me|pull\s+up|open)\s+(?:the\s+|my\s+|our\s+|this\s+)?(?:sales|reports?|numbers|"
    r"figures|dashboard|calendar|targets?|revenue|stats|statistics|summary|pipeline|inbox|emails?)\b|"
    # Visiting family or a town is no site visit: "Priya wants to visit Goa next week", "Kavya is visiting her parents on
    # Sunday" (a town's site, "visit the Noida site", still is one).
    r"\bvisit(?:s|ing)?\s+(?:(?:her|his|their|my|our)\s+(?:parents|family|relatives|in-?laws|friends|home|village|native|"
    r"hometown|daughter|son|sister|brother|mother|father)|" + _TOWN + r"|"
    # …nor an errand: "client visit to the bank at 3", "visit to the doctor tomorrow".
    r"to\s+(?:the\s+|a\s+|my\s+|our\s+)?(?:bank|doctor|dentist|hospital|clinic|temple|church|mosque|gurudwara|airport|"
    r"station|court|registrar|market|mall|school|college|passport\s+office|rto|tax\s+office))\b"
    r"(?!\s+(?:site|project|office|flat|property|sample))|"
    # A meeting one's superior spoke of is news from the office, not an order: "R. K. Sharma sir ne bola kal meeting 11
    # baje hai office mein", "boss said meeting tomorrow at 11" (an order in the line, "…, fix kar do", still books).
    r"^(?:[\w.']+\s+){0,4}(?:sir|madam|maam|ma'am|mam|boss|manager)\s+(?:ne\s+(?:bola|kaha|boli|bataya)|said|says|told\s+"
    r"(?:me|us))\b(?!.*\b(?:book|fix|schedule|set\s+up|arrange|rakh\s+do|rakho|kar\s+do|karo)\b).*\bmeeting\b|"
    # Workers coming to the site are no lead's visit: "kal site pe electrician aayega 11 baje".
    r"^(?:\w+\s+){0,4}(?:plumber|electrician|guard|watchman|driver|carpenter|painter|mistri|labour|workers?|cleaner|maid|"
    r"mechanic|courier|delivery\s+boy|surveyor|contractor)\s+(?:aayega|aayegi|aayenge|aa\s+raha|aa\s+rahi|will\s+come|"
    r"is\s+coming|comes)\b|"
    # Things booked or sent for a visit are no visit: "book a cab for the site visit at 4", "order snacks for the meeting".
    r"\b(?:book|arrange|get|call|order|send|reserve)\s+(?:a|an|the|my|our|some)\s+(?:cab|taxi|car|uber|ola|driver|auto|"
    r"tea|coffee|snacks|lunch|dinner|room|hall|table|ticket|tickets|flight|train|hotel|cake|gift|"
    r"(?:meeting|conference|board|training)\s+(?:room|hall))\b|"
    # Documents about visits: "create a site visit report", "visit summary".
    r"\b(?:site\s+)?visits?\s+(?:report|summary|form|sheet|photos?|feedback|history|log|register|plan)\b|"
    # Meetings that are not with a lead.
    r"\b(?:team|internal|staff|review|standup|stand-up|office|board|weekly|monthly|daily|all[\s-]hands|status\s+update|"
    r"sales|planning|training)\s+(?:meeting|call|sync|huddle)\b|"
    # "… meeting at 4 with the team": one's own side named after the time.
    r"\b(?:meeting|call|sync)\b(?:\s+[\w:.]+){0,3}?\s+with\s+(?:the|my|our)\s+(?:team|staff|colleagues|boss|manager)\b|"
    # …and meetings with one's own side: "kal meeting hai boss ke saath 4 baje", "meeting with my manager at 3".
    # "meeting with the bank manager": one word may say whose ("the bank manager", "our site engineer").
    r"\b(?:meeting|call|lunch|mulaqat|baithak)\s+(?:hai\s+|tomorrow\s+|today\s+|kal\s+|aaj\s+)?(?:with\s+|w/\s*)?"
    r"(?:(?:the|my|our|a)\s+(?:[a-z]+\s+)?)?"
    + _OWN_SIDE + r"\b(?!\s+(?:ka|ki|ke)\s+(?:client|lead))|"
    r"\b" + _OWN_SIDE + r"\s+(?:ke|ki)\s+(?:saath|sath)\s+(?:\w+\s+){0,3}?(?:meeting|call|lunch|mulaqat|baithak)\b",
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
# ("Farhan aana chahte hain parso": wants to come, said of the lead, is his coming too.)
_COMING = WILL_COME + r"|aa\s+rah[aei](?:\s+(?:hai|h|hain|he))?|aana\s+chah(?:te|ta|ti)(?:\s+(?:hai|h|hain|he))?"
_COMING_WHO = r"(?!(?:wo|woh|voh|vo|ye|yeh|koi|main|hum|mein|aap|tum|sir|madam|boss|client)\b)[a-z]+(?:\s+[a-z]+)?(?:\s+ji)?"
# ("agle mangalvar ko subah das baje": the week said, and the hour in Hindi words.)
_COMING_WHEN = (r"(?:kal|parso|aaj|subah|shaam|sham|dopahar|raat|\d{1,2}(?:[:.]\d\d)?|baje|ko|agle|is|tareekh|"
                r"ek|do|teen|char|chaar|paanch|panch|chhe|saat|aath|nau|das|gyarah|barah|saade|sawa|paune|dhai|"
                r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|somvar|mangalvar|budhvar|guruvar|shukravar|shanivar|ravivar|"
                r"sunday|tomorrow|today)")
_SEE_PROPERTY = re.compile(
    r"\b(?:wants?\s+to|wanna|would\s+like\s+to|'d\s+like\s+to|will|'ll|can|could|(?:is|are|'s|'re)\s+coming\s+to|"
    r"coming\s+to|plans?\s+to|planning\s+to|ready\s+to|keen\s+to|asked\s+to|asking\s+to|wish(?:es)?\s+to)\s+"
    r"(?:come\s+(?:over\s+|down\s+)?(?:and\s+|to\s+)?|drop\s+by\s+(?:and\s+|to\s+)?)?"
    r"(?:see|view|check\s+out|look\s+at|have\s+a\s+look\s+at|take\s+a\s+look\s+at|inspect|revisit|re-visit|"
    r"see\s+again|visit)\s+"
    r"(?:the\s+|our\s+|a\s+|an\s+|that\s+|this\s+|your\s+|some\s+)?(?:[a-z0-9\-]+\s+){0,2}?"
    r"(?:flats?|site|property|properties|project|apartments?|villas?|plots?|house|units?|show\s*flat|place|"
    r"bungalow|home|\d?\s*bhk|tower)\b|"
    # The visit said as the lead's doing: "Sneha Iyer is visiting the sample flat on saturday at 5 pm" (with a time).
    r"\b(?:is|are|'s|'re|will\s+be)\s+visiting\b|"
    # Hinglish: "site dikhana hai", "flat dekhna hai", "flat dekhne aayega".
    # ("tower C ka 14th floor dikhana hai", "3bhk dikhana hai": the part of the project shown is the visit too.)
    r"\b(?:site|flat|plot|property|project|villa|ghar|makaan|floor|tower|unit|\d?\s*bhk|apartment|shop)\s+(?:(?:pe|par|per)\s+)?(?:dekhn[aei]|dikhan[aei]|dikha\s+do|dikhao|dikhaiye|dikha\s+dena|ghuman[aei]|ghuma\s+do|ghumao|"
    r"dekhne\s+aa\w*|le\s+(?:ke\s+|kar\s+)?(?:jaa?n[ae]|jaa?\w*|chal(?:n[ae]|o)?))\b|"
    # A day and an hour wished for, said right after "wants" (batch 67: "Rohan wants Sunday 5 pm, …, book it").
    r"\bwants?\s+(?=(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|kal|parso)\s+(?:at\s+)?\d)|"
    # Coming over to the site or the office: "Rohan will drop by the site office tomorrow at 6".
    # "have Priya come by the sales office tomorrow": the speaker has the lead come over.
    r"\bhave\s+[a-z]+\s+(?:come|drop)\s+(?:by|over|in|down)\b|"
    # "Priya Nair wants to come on sunday evening", "Kavya can come day after tomorrow at 11": coming over,
    # with when said right after.
    # "Deepak Patil is coming on friday evening 6", "Priya's coming tomorrow at 5" (a lead coming, with when said next).
    r"(?:\b(?:wants?\s+to|would\s+like\s+to|will|'ll|can|could|plans?\s+to|planning\s+to)\s+come|"
    r"\b(?:is|are|'s|'re)\s+coming)(?:\s+(?:over|down|by|again))?"
    # ("Sneha Iyer will come to the OMR site on sunday morning": where to, said before when.)
    r"(?:\s+to\s+(?:the\s+|our\s+)?(?:[a-z0-9]+\s+){0,2}?(?:site|project|office|sample\s+flat|flat|villa|showroom)"
    r"(?:\s+office)?)?"
    r"(?=\s+(?:on|this|next|coming|tomorrow|tmrw|today|tonight|kal|parso|day\s+after|at|around|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b)|"
    # Coming back, seeing it again, bringing the family, on a day named (batch 1211f): "wants to come back on saturday
    # evening", "wants to see it again on sunday at 10", "wants to bring her parents on tuesday at 11". A week alone
    # ("…, put her in progress, wants to bring her brother next week") is the status's story, no booking.
    r"\b(?:wants?\s+to|would\s+like\s+to)\s+(?:come\s+back(?:\s+again)?|see\s+(?:it|the\s+(?:site|flat|project|sample\s+flat))"
    r"\s+again|bring\s+(?:his|her|their)\s+(?:parents|family|wife|husband|mother|father|son|daughter|brother|sister|"
    r"kids))(?=\s+(?:on\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|tmrw|kal|parso)\b)|"
    # Hinglish: "Rohan aa raha hai kal 4 baje", "Rohan Sharma kal 4 baje aayega": a name, then when, then coming
    # (or coming, then when). Only a name opens it: "Rohan ka cheque kal aayega" is a thing, not a visit.
    rf"^{_COMING_WHO}\s+(?:{_COMING_WHEN}\s+)+(?:{_COMING})\b|^{_COMING_WHO}\s+(?:{_COMING})\s+(?:{_COMING_WHEN}\b)|"
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


_STATUS_TAIL = frozenset({"now", "today", "finally", "already", "again", "too", "also", "yaar", "hai", "ho", "gaya", "gayi",
                          "anymore", "ab", "abhi", "currently"})


def _whole_name(who: str) -> bool:
    who = who.strip().rstrip(" .")
    name = _name_after(who, 0) if who else None
    return name is not None and name[1][1] == len(who)


_UNTIL_WHEN = re.compile(r"\s+(?:till|until|upto|up\s+to)\s+(?:next\s+|the\s+)?[a-z0-9]+(?:\s+(?:end|week|month))?\s*",
                         re.I)


_STATE_SAID = re.compile(r"(?:is|was)\s+(?:still\s+|now\s+|very\s+|really\s+|super\s+)*(?=on\s+hold\b|(?:hot|warm)\b(?:\s+lead)?)")


def _bare_status_statement(head: str) -> bool:
    """A name and a status phrase and nothing else: "Arjun Mehta closed", "deepak patil lost", "Rohan hot".

    Stricter than `_status_statement` (which lets a few words follow the status, for reading a remark
    once the intent is known): here the status must be all that is said about the lead, so "Rohan sold
    his car" or "Priya booked a cab" are no updates.
    """
    words = head.strip(" .!?").split()
    for i in range(1, min(4, len(words))):
        rest = " ".join(words[i:])
        if words[i] in ("is", "was") and _STATE_SAID.match(rest):
            # "Kavya is on hold": the lead's state; "Amit Kulkarni is hot": the sales judgement that marks a
            # lead in progress, as "mark Farhan hot" and "Sneha ka status hot kar do" do.
            rest = _STATE_SAID.sub("", rest, count=1)
        found = find_status(rest)
        if not found or found[1][0] != 0:
            continue
        # "Sneha Iyer follow up next week": a follow-up may say when, as a follow-up ask does (which has
        # its own length limit).
        # "Kavya on hold till january": a follow-up may say until when.
        follow_up_ask = found[0] == "FOLLOW_UP" and (_follow_up_clause(rest) or _UNTIL_WHEN.fullmatch(rest[found[1][1]:]))
        if len(words) - i > 4 and not follow_up_ask:
            continue
        tail_ok = all(w in _STATUS_TAIL for w in rest[found[1][1]:].split()) or bool(follow_up_ask)
        if tail_ok and _whole_name(" ".join(words[:i])):
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
    # "Rohan said he'll think about it, follow up on monday": what the lead said is a statement about them too.
    # "Sneha Iyer not picking up, follow up next week": a call that went unanswered is a statement about the lead.
    rf"^\s*(?P<who>[{_L}][{_L}'.\s]{{0,40}}?)\s+(?:is|was|has\s+been|seems|sounds|looks|said|says|told\s+(?:me|us)|"
    r"(?:is\s+)?(?:not|isn'?t)\s+(?:picking|answering|responding|reachable|available)|did\s*n[o']?t\s+pick|"
    r"asked\s+(?:for\s+)?(?:time|some\s+time)|wants\s+(?:time|some\s+time))\s+(?P<rest>\S.*)$", re.DOTALL
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
    # "follow up karna hai next week": the Hindi verb is no word of the ask.
    rest = re.sub(r"\b(?:karna|karni|karo|kar\s+do|kar\s+dena|kar\s+lena|kar\s+lo|kar\s+lijiye|hai|hain)\b", " ",
                  _WITH_THE_LEAD.sub("", clause, count=1))
    return len(rest.split()) <= 5


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
    r"^\s*(?:all\s+|the\s+|our\s+)?(?:leads|clients|customers|contacts|enquiries|inquiries|prospects)\s+(?:in|from|at)\s*,?\s+"
    r"(?!(?:the|my|our|this|that|your)\b)"
    r"[a-z][a-z\s]{0,30}\??\s*$|"
    # Hinglish: "Nagpur se koi lead hai kya", "Pune mein kitne clients hain?" asks who is there.
    r"^\s*[a-z][a-z\s]{0,30}?\s+(?:se|mein|me|ke)\s+(?:koi\s+|kuch\s+)?(?:leads?|clients?|customers?)\s+(?:hai|hain|he)"
    r"(?:\s+kya)?\s*\??\s*$",
    re.IGNORECASE,
)
# Things about leads that are no lead: "the new lead form on the website is not working" (unless a
# phone says a person is being given: "add new lead Ravi 98765 43210 from the contact form").
_LEAD_THING = re.compile(
    r"\b(?:new\s+)?(?:leads?|enquiry|enquiries|inquiry|contacts?)\s+(?:form|forms|page|template|sheet|tracker|button|"
    r"field|screen|feature|module|section|tab|app|portal|report|count|flow|process|campaign|register)\b",
    re.IGNORECASE,
)
