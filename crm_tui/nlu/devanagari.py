"""Hinglish written in Devanagari, read as the romanised Hinglish the parser already knows.

A speech recogniser set to Hindi (and Gemini's transcription) writes a Hindi sales person's words in Devanagari,
with the English ones often in Latin: "रोहन शर्मा को won मार्क करो", "राहुल का विज़िट कल 4 बजे", "नया लीड बनाओ
अमित वर्मा, नोएडा, 98765 43210, इंस्टाग्राम से". The parser's rules read Hinglish in Latin letters ("ko", "mark karo",
"kal 4 baje", "naya lead banao", "instagram se"), so before they run each Devanagari word (or phrase) that is a
known function or command word is replaced by the romanised word they read (`romanised`), and every other
Devanagari word stands in, while they read, as a Latin word no list holds ("Qza", "Qzb", …):

    रोहन शर्मा को won मार्क करो            -> Qza Qzb ko won mark karo
    राहुल का विज़िट कल 4 बजे               -> Qza ka visit kal 4 baje
    प्रिया का स्टेटस फॉलो अप कर दो          -> Qza ka status follow up kar do
    नया लीड बनाओ अमित वर्मा, नोएडा, …       -> naya lead banao Qza Qzb, noida, …

The words are data (`_LEXICON`, read once at import): postpositions, verbs of an order, the CRM's nouns, times and
days, statuses, sources, cities (spelt as the city list `lexicon.CITIES` spells them), number words and fillers.
A word the table lacks is kept as typed: it is a name ("रोहन शर्मा" stays in Devanagari, as the name reader keeps
it, and a new lead is saved as typed). Spelling variants (a nukta or none, chandrabindu or anusvara, ZWJ/ZWNJ,
"ऑ" or "ओ") are looked up by one key (`spelling_key`) made the same way for the table and for the line.

The stand-ins are read where the readers read a name (their patterns know Latin letters best: `\\w` lacks the Indic
vowel signs), and `read_in_devanagari` puts the words as typed back into what they read ("Qza Qzb" -> "रोहन शर्मा";
notes as they were typed). Only a line with Devanagari letters takes this way; a Latin line is read as before.

Safety: a Devanagari word that no reader took (not in a name, a lead, a query, a place, a source or the notes) may
stand where a status, a time or a field value would be ("रोहन शर्मा का विज़िट कल फलाना बजे"): a write read from such
a line carries a doubt naming the word, so the bot asks before it writes anything.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from crm_tui.nlu.devanagari_names import has_devanagari, spelling_key
from crm_tui.nlu.doubts import DOUBT_CHECKED_TOOLS
from crm_tui.nlu.utterance import ParsedCommand

#: The lexicon: one entry a line, "spellings = romanised", the spellings separated by commas; a phrase (several
#: words) is matched before the words in it ("कर दो" before "दो"). Romanised as the parser's rules read Hinglish.
_LEXICON = """
# Postpositions and particles
का = ka
की = ki
के = ke
को = ko
ने = ne
से = se
में, मे = mein
मैं = main
पर = par
पे = pe
तक = tak
वाला = wala
वाली = wali
वाले = wale
के साथ = ke saath
के लिए, के लिये = ke liye
की जगह = ki jagah
और = aur
या = ya
भी = bhi
नहीं, नही = nahi
मत = mat
क्या = kya
कब = kab
कौन = kaun
कहाँ = kahan
कितने = kitne
कितना = kitna
कितनी = kitni
है = hai
हैं = hain
था = tha
थी = thi
हो = ho
हुआ = hua
हुई = hui
अभी = abhi
अब = ab
फिर = phir
बाद = baad
पहले = pehle
जगह = jagah
इस = is
उस = us
यह, ये = ye
वो, वह = wo
उसका = uska
उसकी = uski
उसके = uske
उसको, उसे = usko
मेरा = mera
मेरी = meri
मेरे = mere
मुझे = mujhe
# Verbs of an order
करो = karo
कर = kar
कर दो = kar do
कर दीजिए, कर दीजिये = kar dijiye
कर देना = kar dena
कर लो = kar lo
करना = karna
करें = karein
कीजिए, कीजिये = kijiye
दो = do
देना = dena
दे = de
दीजिए, दीजिये = dijiye
बनाओ = banao
बना दो = bana do
बनाना = banana
डालो = daalo
डाल दो = daal do
जोड़ो = add karo
जोड़ दो = add kar do
ऐड, एड = add
ऐड करो, एड करो = add karo
क्रिएट = create
बुक = book
शिफ्ट = shift
कैंसिल, कैंसल = cancel
रद्द = radd
मार्क = mark
बदलो = badlo
बदल दो = badal do
बदल = badal
बदलकर, बदल कर, बदल के = badal kar
करके, कर के = kar ke
करनी = karni
लगा = laga
लगाओ = lagao
लगा दो = laga do
भेजो = bhejo
भेज दो = bhej do
सुनो, सुनिए = suno
देखो = dekho
सारे, सभी = saare
सब = sab
हटाओ = hatao
हटा दो = hata do
दिखाओ = dikhao
दिखा दो = dikha do
बताओ = batao
बता दो = bata do
रखो = rakho
रख दो = rakh do
फिक्स = fix
सेट = set
अपडेट = update
चेंज = change
शेड्यूल, शेड्यूल = schedule
बुलाओ = bulao
आया = aaya
आई = aayi
आए, आये = aaye
आएगा = aayega
आएगी = aayegi
गया = gaya
गई, गयी = gayi
गए, गये = gaye
चाहिए = chahiye
दिया = diya
दी = di
दिए, दिये = diye
लिया = liya
ली = li
# Nouns
नया = naya
नई, नयी = nayi
नए, नये = naye
लीड = lead
लीड्स = leads
# Hindi says one lead and many alike: "लखनऊ के लीड दिखाओ", "कितने लीड आए" ask for leads.
लीड दिखाओ, लीड्स दिखाओ = leads dikhao
लीड दिखा दो = leads dikha do
लीड बताओ = leads batao
कितने लीड = kitne leads
विज़िट दिखाओ, विज़िट्स दिखाओ = visits dikhao
विज़िट बताओ, विज़िट्स बताओ = visits batao
मीटिंग दिखाओ = meetings dikhao
कितने विज़िट = kitne visits
विज़िट, विसिट = visit
विज़िट्स = visits
साइट, साईट = site
साइट विज़िट = site visit
मीटिंग = meeting
मीटिंग्स = meetings
अपॉइंटमेंट, अपोइंटमेंट = appointment
डेमो = demo
स्टेटस = status
नंबर, नम्बर = number
फ़ोन, फोन = phone
मोबाइल = mobile
कॉन्टैक्ट = contact
सोर्स = source
शहर, सिटी = city
नाम = name
नोट = note
नोट्स = notes
डील = deal
क्लाइंट = client
कस्टमर, ग्राहक = customer
फ्लैट = flat
डिटेल्स, डिटेल = details
टाइम, समय = time
कॉल = call
टोकन = token
बजट = budget
पेमेंट = payment
लोन = loan
बुकिंग = booking
बॉस = boss
ऑफिस = office
टीम = team
# Times and days
आज = aaj
कल = kal
परसों = parso
सुबह = subah
दोपहर = dopahar
शाम = shaam
रात = raat
बजे = baje
साढ़े = saadhe
सवा = sawa
पौने = paune
ढाई = dhai
डेढ़ = dedh
अगले = agle
अगला = agla
अगली = agli
पिछले = pichle
पिछली = pichli
पिछला = pichla
हफ्ते, हफ़्ते = hafte
हफ्ता = hafta
महीने = mahine
महीना = mahina
दिन = din
तारीख = tareekh
सोमवार = somvar
मंगलवार = mangalvar
बुधवार = budhvar
गुरुवार, बृहस्पतिवार = guruvar
शुक्रवार = shukravar
शनिवार = shanivar
रविवार, इतवार = ravivar
मंडे = monday
ट्यूज़डे, ट्यूसडे = tuesday
वेडनेसडे, वेन्सडे = wednesday
थर्सडे = thursday
फ्राइडे, फ्रायडे = friday
सैटरडे = saturday
संडे = sunday
वीकेंड = weekend
जनवरी = january
फरवरी = february
मार्च = march
अप्रैल = april
मई = may
जून = june
जुलाई = july
अगस्त = august
सितंबर, सितम्बर = september
अक्टूबर = october
नवंबर, नवम्बर = november
दिसंबर, दिसम्बर = december
# Hindi numbers (the time readers know "do baje", "saadhe chaar")
एक = ek
तीन = teen
चार = char
पांच = paanch
छह, छः, छे = chhah
सात = saat
आठ = aath
नौ = nau
दस = das
ग्यारह = gyarah
बारह = barah
# Statuses and outcomes
फॉलो अप, फॉलोअप = follow up
फॉलो = follow
अप = up
जीत गए, जीत लिया, जीत गये, वॉन, वोन = won
डील जीत गए, डील जीत गये, डील जीत ली = deal ho gayi
लॉस्ट, लोस्ट = lost
हार गए, हार गये = lost
इंटरेस्टेड, इंट्रेस्टेड, इंटरेस्टिड = interested
प्रोग्रेस = progress
इन प्रोग्रेस = in progress
न्यू = new
क्लोज़, क्लोज = close
क्लोज़्ड, क्लोज्ड = closed
कॉल बैक = call back
# Sources
इंस्टाग्राम, इन्स्टाग्राम = instagram
इंस्टा = insta
फेसबुक, फ़ेसबुक = facebook
गूगल = google
वेबसाइट = website
रेफरल, रेफ़रल = referral
रेफरेंस, रेफ़रेंस = reference
एकड़, एकर्स = acres
नाइनटी नाइन एकड़ = 99acres
मैजिकब्रिक्स = magicbricks
मैजिक ब्रिक्स = magic bricks
जस्टडायल = justdial
जस्ट डायल = just dial
हाउसिंग = housing
नोब्रोकर = nobroker
व्हाट्सएप, व्हाट्सऐप, वॉट्सऐप = whatsapp
लिंक्डइन = linkedin
यूट्यूब = youtube
अखबार, न्यूज़पेपर = newspaper
होर्डिंग = hoarding
वॉक इन = walk in
# Cities
दिल्ली = delhi
नई दिल्ली = new delhi
मुंबई, मुम्बई = mumbai
बॉम्बे = bombay
नवी मुंबई = navi mumbai
ठाणे = thane
गुड़गांव, गुड़गाँव, गुडगांव = gurgaon
गुरुग्राम = gurugram
नोएडा, नोयडा = noida
ग्रेटर नोएडा = greater noida
गाज़ियाबाद, गाजियाबाद = ghaziabad
फरीदाबाद = faridabad
पुणे = pune
जयपुर = jaipur
लखनऊ = lucknow
बेंगलुरु, बेंगलुरू, बेंगलूरु = bengaluru
बैंगलोर, बंगलौर = bangalore
हैदराबाद = hyderabad
सिकंदराबाद = secunderabad
चेन्नई = chennai
कोलकाता = kolkata
अहमदाबाद = ahmedabad
सूरत = surat
वडोदरा = vadodara
राजकोट = rajkot
चंडीगढ़ = chandigarh
मोहाली = mohali
इंदौर = indore
भोपाल = bhopal
नागपुर = nagpur
नासिक, नाशिक = nashik
कानपुर = kanpur
वाराणसी = varanasi
आगरा = agra
मेरठ = meerut
प्रयागराज = prayagraj
इलाहाबाद = allahabad
पटना = patna
रांची = ranchi
देहरादून = dehradun
लुधियाना = ludhiana
अमृतसर = amritsar
जालंधर = jalandhar
कोच्चि = kochi
गोवा = goa
उदयपुर = udaipur
जोधपुर = jodhpur
अजमेर = ajmer
ग्वालियर = gwalior
जबलपुर = jabalpur
रायपुर = raipur
भुवनेश्वर = bhubaneswar
गुवाहाटी = guwahati
मैसूर = mysore
कोयंबटूर = coimbatore
मथुरा = mathura
हरिद्वार = haridwar
ऋषिकेश = rishikesh
शिमला = shimla
जम्मू = jammu
सोनीपत = sonipat
पानीपत = panipat
करनाल = karnal
रोहतक = rohtak
# An outcome said in Hindi (the status readers know "baat chal rahi hai", "mana kar diya", "soch raha hai", "phone
# nahi utha raha", "token de diya")
बात = baat
चल = chal
रहा = raha
रही = rahi
रहे = rahe
मना = mana
सोच = soch
उठा = utha
उठाया = uthaya
उठाता = uthata
दोबारा = dobara
फिर से = phir se
# Said to see or to tell, and the ifs of a condition
देखने = dekhne
देखा = dekha
देख = dekh
ऐड देखा, एड देखा, विज्ञापन देखा = ad dekha
ऐड देख के, ऐड देखकर, एड देख के = ad dekh ke
बोल = bol
बोल दो = bol do
देखना = dekhna
दिखाना = dikhana
बोला = bola
बोली = boli
कहा = kaha
अगर = agar
जब = jab
करे = kare
# Answers to a question
सही = sahi
गलत, ग़लत = galat
रहने = rehne
# A self-correction said in Hindi, and the words a Latin line's readers already know around it (batch 84): "मतलब"
# and "सॉरी" start a correction as "matlab" and "sorry" do; "किसका किसका visit है" asks who comes; "पक्की" is a deal
# won; "12 बजे ही" keeps the hour; "पुणे में रहता है" is where the lead lives
मतलब, मेरा मतलब = matlab
सॉरी, सॉरी सॉरी = sorry
किसका = kiska
किसकी = kiski
किसके = kiske
पक्की = pakki
पक्का = pakka
ही = hi
वही = wahi
दिखानी = dikhani
दिखाना है = dikhana hai
रहता = rehta
रहती = rehti
रहते = rehte
# Fillers and courtesy
हाँ, हां = haan
अच्छा = accha
तो = toh
ठीक है = ok
अरे = arre
यार = yaar
भाई = bhai
जी = ji
सर = sir
श्री = shri
श्रीमती = smt
डॉ, डॉ. = dr
डॉक्टर = doctor
मिस्टर = mr
मिसेज़ = mrs
मैडम = madam
ज़रा = zara
प्लीज़ = please
ओके = ok
जल्दी = jaldi
"""

#: Devanagari letters and signs (no danda, no digits), with the zero-width joiners typed inside words.
_WORD = re.compile(r"[\u0900-\u0963\u0971-\u097F\u200C\u200D]+")
# Devanagari digits as ASCII ones, and the danda as the comma it stands for (one character for one, so the spans
# of the words stay where they were): the readers of a remark look for a comma before the clean step.
_DIGITS = str.maketrans("०१२३४५६७८९\u0964\u0965", "0123456789,,")
#: What stands for a word the lexicon lacks while the Latin readers read the line: a word of Latin letters that is
#: in no word list, so the readers take it where they take a name, and nothing else reads it ("Qza", "Qzb", …).
_STAND_IN = re.compile(r"\bQz[a-z]+\b", re.IGNORECASE)
#: The slots whose value may hold words kept as typed (a name, a lead, a query, a place or source said after its cue).
_KEPT_SLOTS = ("name", "lead_id", "query", "notes", "city", "source")


def _read_lexicon(text: str) -> dict[tuple[str, ...], str]:
    """The table as {words' keys: romanised}."""
    table: dict[tuple[str, ...], str] = {}
    for line in text.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        spellings, romanised = (part.strip() for part in line.split("="))
        for spelling in spellings.split(","):
            table[tuple(spelling_key(w) for w in spelling.split())] = romanised
    return table


LEXICON: Mapping[tuple[str, ...], str] = _read_lexicon(_LEXICON)
_HOUR_KEY = spelling_key("बजे")
#: A number said before a month or "तारीख" is the day of the month ("दो दिसंबर": 2 december).
_NUMBERS = {spelling_key(word): str(n) for n, words in enumerate(
    ["एक", "दो", "तीन", "चार", "पांच पाँच", "छह छः छे", "सात", "आठ", "नौ", "दस", "ग्यारह", "बारह"], 1) for word in words.split()}
_DATE_NOUNS = {key[0] for key, meant in LEXICON.items() if len(key) == 1 and meant in (
    "january february march april may june july august september october november december tareekh").split()}
#: Digits said one by one, as a phone number is: three or more in a row are read as digits.
_DIGIT_WORDS = {spelling_key(word): str(digit) for digit, words in enumerate(
    ["शून्य ज़ीरो", "एक", "दो", "तीन", "चार", "पांच पाँच", "छह छः छे", "सात", "आठ", "नौ"]) for word in words.split()}
_LONGEST = max(len(words) for words in LEXICON)


def _stand_in(n: int) -> str:
    letters = ""
    while True:
        letters = chr(ord("a") + n % 26) + letters
        n = n // 26 - 1
        if n < 0:
            return "Qz" + letters


@dataclass(frozen=True)
class Romanised:
    """A line as the Latin readers read it (`text`) and as it was typed (`said`), and how to go back: which words stand
    in for words kept as typed (`kept`), and where each replaced word was (`pieces`: its span in `text`, in `said`)."""

    text: str
    said: str
    kept: Mapping[str, str] = field(default_factory=dict)
    pieces: tuple[tuple[int, int, int, int], ...] = ()
    # Words not understood where the hour is said ("कल फलाना बजे"): left out of `text`, so no reader takes them
    # for a name, and the time they were part of is asked.
    hours_unread: tuple[str, ...] = ()

    def restored(self, value: str) -> str:
        """A value read from `text` with the words kept as typed put back ("Qza Qzb" -> "रोहन शर्मा")."""
        return _STAND_IN.sub(lambda m: self.kept.get(m.group().casefold(), m.group()), value)

    def restored_with_spans(self, read: str, spans: Mapping[str, list[tuple[int, int]]]
                            ) -> tuple[str, dict[str, list[tuple[int, int]]]]:
        """`restored` of the sentence the slot readers read, with the spans they consumed moved along (for `--explain`)."""
        moves: list[tuple[int, int]] = []  # (where a stand-in ended in `read`, how much longer the word as typed is)
        for m in _STAND_IN.finditer(read):
            moves.append((m.end(), len(self.kept.get(m.group().casefold(), m.group())) - len(m.group())))

        def moved(i: int) -> int:
            return i + sum(longer for end, longer in moves if end <= i)

        return self.restored(read), {slot: [(moved(a), moved(b)) for a, b in taken] for slot, taken in spans.items()}

    def as_said(self, value: str) -> str:
        """A stretch of `text` (notes) as it was typed, when it is one; else `restored`."""
        at = self.text.casefold().find(value.casefold())
        if at < 0 or not value:
            return self.restored(value)
        return self.said[self._said_at(at, start=True):self._said_at(at + len(value), start=False)].strip()

    def _said_at(self, i: int, *, start: bool) -> int:
        shift = 0
        for a, b, sa, sb in self.pieces:
            if i <= a:
                break
            if i < b:
                return sa if start else sb
            shift = sb - b
        return i + shift

    def unread(self, args: Mapping[str, str]) -> list[str]:
        """The words kept as typed that no reader took (in no name, lead, query, place, source or notes)."""
        # A place or a source is typed in Devanagari whole ("कोट्टयम"); a word kept as typed beside a known one ("बदलकर
        # Thane") is a word not understood, not part of the place.
        taken = {w.casefold() for slot in _KEPT_SLOTS for w in _STAND_IN.findall(str(args.get(slot, "")))
                 if slot not in ("city", "source") or _STAND_IN.sub("", str(args[slot])).strip() == ""}
        left = [w.casefold() for w in _STAND_IN.findall(self.text) if w.casefold() not in taken]
        return [*self.hours_unread, *(self.kept[w] for w in dict.fromkeys(left) if w in self.kept)]


def romanised(text: str) -> Romanised:
    """The line with each Devanagari word or phrase of the lexicon replaced by its romanised Hinglish, Devanagari
    digits as ASCII ones, and every other Devanagari word (a name) standing in as a `_STAND_IN` word."""
    if not has_devanagari(text):
        return Romanised(text, text)
    words = list(_WORD.finditer(text))
    keys = [spelling_key(m.group()) for m in words]
    kept: dict[str, str] = {}
    stand_ins: dict[str, str] = {}
    out: list[str] = []
    pieces: list[tuple[int, int, int, int]] = []
    length = 0  # of what is in `out`
    at = 0  # where the text not yet copied starts
    i = 0
    hours_unread: list[str] = []
    while i < len(words):
        meant, n = _meaning(text, words, keys, i)
        if meant is None and i + 1 < len(words) and keys[i + 1] == _HOUR_KEY and text[words[i].end():words[i + 1].start()].isspace():
            hours_unread.append(words[i].group())
            meant = ""
        elif meant is None:
            stand_in = stand_ins.setdefault(keys[i], _stand_in(len(stand_ins)))
            kept[stand_in.casefold()] = words[i].group()
            meant = stand_in
        start, end = words[i].start(), words[i + n - 1].end()
        out.append(text[at:start])
        length += start - at
        pieces.append((length, length + len(meant), start, end))
        out.append(meant)
        length += len(meant)
        at = end
        i += n
    out.append(text[at:])
    return Romanised("".join(out).translate(_DIGITS), text, kept, tuple(pieces), tuple(hours_unread))


def _meaning(text: str, words: list[re.Match[str]], keys: list[str], i: int) -> tuple[str | None, int]:
    """The romanised phrase of the lexicon that starts at word `i` (the longest), and how many words it spans; three or
    more digits said in a row ("नौ आठ सात छह …", a phone number) are those digits, and a number before a month its
    day ("दो दिसंबर")."""
    digits = 0
    while i + digits < len(keys) and keys[i + digits] in _DIGIT_WORDS and (
            digits == 0 or text[words[i + digits - 1].end():words[i + digits].start()].isspace()):
        digits += 1
    if digits >= 3:
        return " ".join(_DIGIT_WORDS[key] for key in keys[i:i + digits]), digits
    if keys[i] in _NUMBERS and i + 1 < len(keys) and keys[i + 1] in _DATE_NOUNS:
        return _NUMBERS[keys[i]], 1
    for n in range(min(_LONGEST, len(words) - i), 0, -1):
        # The words of a phrase stand next to each other, with nothing but spaces between them.
        if all(text[words[j].end():words[j + 1].start()].isspace() for j in range(i, i + n - 1)):
            meant = LEXICON.get(tuple(keys[i:i + n]))
            if meant is not None:
                return meant, n
    return None, 1


def _kept_as_said(slot: str, value: str) -> bool:
    """A slot whose value is a stretch of the line as typed: the notes, and a visit time that is no date (a date that
    cannot be, "31 नवंबर को 2 बजे", is asked about in the words it was said in, as a Latin one is)."""
    return slot == "notes" or (slot == "visit_time" and _ISO_TIME.match(value) is None)


#: A visit time the readers made into a date and hour ("2026-11-26T16:00:00+05:30").
_ISO_TIME = re.compile(r"\d{4}-\d\d-\d\dT")


def read_in_devanagari(text: str, read_latin: Callable[[str], ParsedCommand]) -> ParsedCommand:
    """What `read_latin` (the parser) reads in the romanised line, with the words kept as typed put back, and a doubt
    when a write leaves a Devanagari word unread."""
    line = romanised(text)
    parsed = read_latin(line.text)
    unread = line.unread(parsed.args)
    # A town or a source the lexicon lacks, kept as typed ("शहर कोट्टयम", "सोर्स सुलेखा"), may be a word misheard: it is
    # asked once before it is saved, where its Latin spelling would be taken as said.
    unknown = [f"the {slot} {line.restored(parsed.args[slot])!r} is none I know" for slot in ("city", "source")
               if _STAND_IN.search(parsed.args.get(slot, "")) and parsed.tool in DOUBT_CHECKED_TOOLS]
    parsed.args = {slot: line.as_said(value) if _kept_as_said(slot, value) else line.restored(value)
                   for slot, value in parsed.args.items()}
    parsed.problems = {slot: line.restored(value) for slot, value in parsed.problems.items()}
    parsed.read, parsed.consumed = line.restored_with_spans(parsed.read, parsed.consumed)
    parsed.doubts = [line.restored(doubt) for doubt in parsed.doubts]
    if line.hours_unread:
        parsed.args.pop("visit_time", None)  # the hour was not understood: the time is asked, not guessed
    if unread and parsed.tool in DOUBT_CHECKED_TOOLS:
        parsed.doubts.append(f"{' '.join(unread)!r} not understood")
    if unread or unknown:
        parsed.doubts += [doubt for doubt in unknown if doubt not in parsed.doubts]
        parsed.confidence = max(0.0, round(1.0 - 0.3 * len(parsed.doubts), 2))
    return parsed


def slot_in_devanagari(text: str, read_latin: Callable[[str], str | None], notes: bool = False) -> str | None:
    """The answer to a question (`parse_slot`) said in Devanagari: read romanised, the words as typed put back."""
    line = romanised(text)
    value = read_latin(line.text)
    if value is None:
        return None
    return line.as_said(value) if notes else line.restored(value)

