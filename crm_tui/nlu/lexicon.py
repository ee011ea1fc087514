"""Word lists the parser leans on: Indian cities, lead sources, and words that are never part of a name.

Transcripts arrive lower-cased more often than not (speech-to-text, people typing fast), so capital
letters cannot tell a name from a city or a source; these lists do. They are data, kept apart from the
parser's logic so adding "Bhubaneswar" or "NoBroker" is a one-line change.
"""

from __future__ import annotations

import re

from crm_tui.nlu.prefilter import Prefiltered, prefiltered

__all__ = [
    "CITIES", "CITIES_THAT_ARE_WORDS", "CITY_SHORTHAND", "HINGLISH_SPELLINGS", "HINGLISH_ORDERS", "HINGLISH_ORDER_PATTERN", "SOURCES_TOO_COMMON_ALONE", "STATUS_TYPOS", "DAY_TYPOS", "FIELD_TYPOS", "TWO_WAY_DAY_TYPOS", "TYPOS", "TYPO_PATTERN", "SHORTHAND", "SHORTHAND_PATTERN", "LOCALITIES", "SOURCES", "NOT_NAME_WORDS", "city_pattern", "locality_pattern", "source_pattern", "canonical_source", "strip_honorifics", "TITLES_AFTER_A_NAME", "SPEAKER_IS", "BROKERS_BUYER",
]

# Cities and large towns sales teams across India mention, as people say them (old and new names both).
_CITY_TEXT = """
mumbai|bombay|navi mumbai|thane|pune|delhi|new delhi|gurgaon|gurugram|noida|greater noida|ghaziabad|
faridabad|bangalore|bengaluru|hyderabad|secunderabad|chennai|madras|kolkata|calcutta|ahmedabad|surat|
vadodara|baroda|rajkot|jaipur|udaipur|jodhpur|ajmer|kota|lucknow|kanpur|varanasi|prayagraj|allahabad|
agra|meerut|noida extension|chandigarh|mohali|panchkula|ludhiana|amritsar|jalandhar|dehradun|shimla|
indore|bhopal|gwalior|jabalpur|nagpur|nashik|aurangabad|kolhapur|solapur|goa|panaji|margao|mangalore|
mangaluru|mysore|mysuru|hubli|belgaum|belagavi|coimbatore|madurai|trichy|tiruchirappalli|salem|
kochi|cochin|trivandrum|thiruvananthapuram|kozhikode|calicut|thrissur|visakhapatnam|vizag|vijayawada|
guntur|tirupati|warangal|bhubaneswar|cuttack|patna|ranchi|jamshedpur|dhanbad|guwahati|shillong|
siliguri|durgapur|raipur|bilaspur|srinagar|jammu|vapi|nellore|pondicherry|puducherry|
gandhinagar|bhavnagar|jamnagar|navsari|kalyan|dombivli|vasai|virar|panvel|lonavala|
hosur|vellore|erode|tiruppur|kanchipuram|sonipat|rohtak|karnal|panipat|hisar|bareilly|aligarh|
gorakhpur|jhansi|haridwar|rishikesh|ujjain|satara|sangli|latur|nanded|akola|amravati|bhiwandi|
navi mumbai|howrah|patiala|rewari|ambala|bathinda|hoshiarpur|bhiwadi|asansol|haldwani|roorkee|
mathura|vrindavan|agra|moradabad|saharanpur|muzaffarnagar|firozabad|ayodhya|faizabad|prayagraj|mirzapur|
jhansi|gonda|bahraich|sitapur|hardoi|shahjahanpur|rampur|noida|ghaziabad|hapur|bulandshahr|etawah|mainpuri|
solan|kasauli|dharamshala|manali|kullu|palampur|baddi|nahan|kangra|zirakpur|kharar|rajpura|
kottayam|alappuzha|alleppey|kollam|kannur|palakkad|malappuram|kasaragod|pathanamthitta|idukki|
belgaum|davangere|shimoga|shivamogga|tumkur|tumakuru|udupi|manipal|mandya|bellary|ballari|gulbarga|
kalaburagi|bidar|raichur|hospet|karwar|dharwad|nanded|jalgaon|dhule|ahmednagar|beed|parbhani|wardha|
chandrapur|yavatmal|ratnagiri|sindhudurg|alibag|karjat|badlapur|ambernath|ulhasnagar|mira road|bhayandar|
pimpri chinchwad|pimpri|chinchwad|
nadiad|bharuch|ankleshwar|mehsana|palanpur|junagadh|porbandar|morbi|gandhidham|bhuj|valsad|
ajmer|bikaner|alwar|bhilwara|sikar|tonk|chittorgarh|kishangarh|neemrana|sri ganganagar|ganganagar|hanumangarh|
satna|katni|ratlam|dewas|khandwa|burhanpur|chhindwara|
durg|bhilai|korba|rajnandgaon|jagdalpur|
karimnagar|nizamabad|khammam|nalgonda|kurnool|kadapa|anantapur|rajahmundry|kakinada|eluru|ongole|
thanjavur|tirunelveli|thoothukudi|tuticorin|dindigul|karur|namakkal|nagercoil|cuddalore|
muzaffarpur|bhagalpur|darbhanga|purnia|begusarai|hazaribagh|bokaro|deoghar|
sambalpur|rourkela|berhampur|balasore|
silchar|dibrugarh|jorhat|tezpur|imphal|agartala|aizawl|kohima|itanagar|gangtok|
kota|faridkot|moga|firozpur|pathankot|kapurthala|phagwara|sangrur|barnala
"""
# Localities people name instead of (or as well as) their city: taken only when no city was said, so
# "Andheri, Mumbai" is Mumbai and "Whitefield" alone is Whitefield.
_LOCALITY_TEXT = """
whitefield|powai|andheri|bandra|borivali|dwarka|saket|koramangala|hinjewadi|wakad|kharadi|baner|
gachibowli|kondapur|velachery|salt lake|new town|electronic city|hitech city|indiranagar|jayanagar|
malad|goregaon|thane west|vashi|kharghar|rohini|janakpuri|vasant kunj|sohna road|golf course road|
juhu|worli|chembur|mulund|ghatkopar|kandivali|dadar|lokhandwala|hadapsar|viman nagar|aundh|kothrud|
hsr layout|marathahalli|sarjapur|yelahanka|hebbal|madhapur|kukatpally|banjara hills|jubilee hills|
anna nagar|adyar|omr|gomti nagar|hazratganj|greater kailash|lajpat nagar|dlf phase|
new town|rajarhat|ballygunge|bopal|satellite|prahlad nagar|vijay nagar|malviya nagar|vaishali nagar|
sg highway|thaltej|bodakdev|vastrapur|chandkheda|navrangpura|maninagar|adajan|vesu|piplod|athwa|
balewadi|pashan|bavdhan|wagholi|ravet|tathawade|punawale|pimple saudagar|dharampeth|manish nagar|sarabha nagar|
dugri|aerocity|ranjit avenue|indirapuram|kurla|rajouri garden|model town|civil lines|noida extension|raj nagar extension
"""
#: The side of a town said after a locality ("Andheri West", "Borivali East"): part of the place.
SIDES_OF_A_TOWN: frozenset[str] = frozenset({"east", "west", "north", "south"})
CITIES: frozenset[str] = frozenset(c.strip() for c in _CITY_TEXT.replace("\n", "").split("|") if c.strip())
LOCALITIES: frozenset[str] = frozenset(c.strip() for c in _LOCALITY_TEXT.replace("\n", "").split("|") if c.strip())

# Lead sources: what people say -> the stored spelling (title case, brand spelling where there is one).
SOURCES: dict[str, str] = {
    "instagram": "Instagram", "insta": "Instagram", "ig": "Instagram",
    "facebook": "Facebook", "fb": "Facebook", "face book": "Facebook",
    "website": "Website", "web site": "Website", "our website": "Website", "the website": "Website",
    "site form": "Website", "web": "Website", "online form": "Website",
    "google ads": "Google Ads", "google ad": "Google Ads", "google": "Google",
    "referral": "Referral", "reference": "Referral", "referred": "Referral", "a friend": "Referral",
    "friend": "Referral", "word of mouth": "Referral",
    "walk in": "Walk-in", "walk-in": "Walk-in", "walkin": "Walk-in", "walked in": "Walk-in",
    "justdial": "JustDial", "just dial": "JustDial",
    "magicbricks": "MagicBricks", "magic bricks": "MagicBricks",
    "99acres": "99acres", "99 acres": "99acres", "ninety nine acres": "99acres",
    "housing.com": "Housing.com", "housing dot com": "Housing.com", "housing": "Housing.com",
    "nobroker": "NoBroker", "no broker": "NoBroker",
    "linkedin": "LinkedIn", "linked in": "LinkedIn",
    "whatsapp": "WhatsApp", "whats app": "WhatsApp", "what's app": "WhatsApp",
    "youtube": "YouTube", "you tube": "YouTube",
    "twitter": "Twitter", "newspaper": "Newspaper", "newspaper ad": "Newspaper", "paper ad": "Newspaper",
    "hoarding": "Hoarding", "billboard": "Hoarding", "banner": "Hoarding", "signboard": "Hoarding",
    "cold call": "Cold Call", "cold calling": "Cold Call",
    "exhibition": "Exhibition", "property expo": "Exhibition", "expo": "Exhibition",
    "email": "Email", "e-mail": "Email", "mail campaign": "Email",
    # The other property portals and classifieds leads come from.
    "sulekha": "Sulekha", "commonfloor": "CommonFloor", "common floor": "CommonFloor", "squareyards": "Square Yards",
    "square yards": "Square Yards", "proptiger": "PropTiger", "prop tiger": "PropTiger", "makaan": "Makaan",
    "makaan.com": "Makaan", "olx": "OLX", "quikr": "Quikr", "indiamart": "IndiaMART", "india mart": "IndiaMART",
    "sms": "SMS", "sms campaign": "SMS", "bulk sms": "SMS", "channel partner": "Channel Partner", "broker": "Broker",
}

# Words that end a name (or never start one): grammar, CRM vocabulary, time words, fillers, and the verbs
# a quick report puts right after a name ("kavya reddy visited site today"; not every "-ed" word, since
# Ahmed, Javed and Saeed are names).
NOT_NAME_WORDS: frozenset[str] = frozenset(
    """
    a an the and or but of from in at on to for with by via through thru into as is are was were be been
    it its it's this that these those he she him her his hers they them their we our us you your i me my
    who whose which what where when why how new lead leads contact contacts client clients customer
    customers prospect prospects enquiry inquiry buyer person guy lady sir madam ji bhai please pls plz
    phone number no num mobile mob cell ph tel telephone whatsapp contact-number email city town source
    came come coming found find saw seen heard based lives living staying stays located located wants
    want wanted interested looking needs need budget bhk 1bhk 2bhk 3bhk 4bhk flat flats plot plots villa
    apartment property site visit visits meeting meet appointment demo schedule book fix arrange set
    up today tomorrow tonight yesterday morning evening afternoon night noon am pm oclock next this
    coming monday tuesday wednesday thursday friday saturday sunday january february march april may
    june july august september october november december status mark update change move won lost
    closed close deal progress follow followup pending called named name add create register save log
    enter capture also just then so okay ok yes yeah um umm uh hmm er ah haan na yaar acha accha arre
    referral reference referred walk walked walkin friend ad ads campaign details detail note notes
    said says has have had will would should can could did does do not can't don't dont kindly
    quickly asap immediately regarding re about around after before day days week weeks month hours
    backed went signed bought booked paid dropped agreed asked told wants liked sorry wait mean no
    hai h ek ka ke ki ko ne se saath sath karo kar kal parso baje rakh rakho do gaya gayi li liya wala
    wali abhi aaj bhi toh aur matlab hua nahi kiya kia
    put down reschedule keep plan organise organize pencil line slot block confirm need take show bulao
    liye pe par still thinking maybe boss note noted ph if whether unless
    now back hot cold warm gone daal dal se wants see competitor competitors competition mein
    finally already again yes stage phase bucket pipeline category weekend anymore yet longer
    between picking sample naya nayi naye daalo dalo alt alternate alternative another second other
    zero one two three four five six seven eight nine ten double triple treble oh plus bhk rk lakh lakhs crore
    family wife husband son daughter father mother parents brother sister friends kids children team both all everyone
    confirmed confirmation postpone postponed prepone preponed cancel cancelled canceled rescheduled shift shifted move moved push pushed delay delayed badal badlo din samay almost nearly probably likely aap aapko tum list
    visiting fixed done scheduled tentative tentatively instead date time project karke badalke offered quoted
    aaya aya aayi ayi aaye aye aae mila mili mile ncr sector road office showroom reception counter branch finished
    hdfc icici sbi axis kotak pnb idfc reached arrived turned showed till until untill stuck teesri tisri doosri dusri pehli pahli chauthi baar
    bring brings send share carry bahut achha accha acha badhiya
    visited messaged texted emailed pinged spoke met replied enquired inquired rejected decided discussed
    negotiated shortlisted loved disliked finalised finalized checked likes loves wanting mtg mtng appt
    got get gets getting make makes made making
    laga lagao lagana news rakhna rakhni rakhne bulana bulani bulane dikhana dikhani
    payment order delivery loan application booking registration approval kyc visa flight train server
    system network wifi internet battery account ticket leave salary invoice cheque without
    """.split()
)
# Words that are never part of a person's name in a sales person's sentence: chat abbreviations,
# Hinglish verbs and postpositions, Hindi day and time words, the words that start a clause. A name
# read with one of these in it is a misreading, so the bot asks before it writes ("Banao", "Frm").
NEVER_IN_NAME: frozenset[str] = frozenset(
    """
    frm fr tmrw tmr tmw tomo pls plz thx asap ur no. nos ph
    banao bana banado banaiye banana daalo daal dalna karo karna kariye kardo karwao shift cancel book likh likho likhna
    aage peeche pichhe badha badhao khiska khiskao sarka sarkao
    timing baad thoda thodi early late bola boli bole kaha bataya dono teeno wo vo acres bricks
    somvar mangalvar budhvar guruvar brihaspativar shukravar shanivar ravivar somwar mangalwar budhwar
    guruwar shukrawar shaniwar raviwar itwar itwaar itvar itvaar shanichar
    saadhe sadhe sade saade dhai dhaai paune pauney sawa sava savaa dedh chaar paanch chhe aath subah shaam sham dopahar raat tareekh tarikh baje kal parso aaj
    batana batao bataiye bata inka inki inke inko inhe inhone isne iske maar maaro yaad
    because coz cause cuz since forgot forget calling callback kyunki kyonki kyuki same woh voh yeh kitne kitna kitni kyun kaise kahan
    anything something everything nothing anyone someone everyone aa aao aana
    ka ki ke ko ne se liye wala wali wale waali naam unka unki uska uski iska iski hai usko unko usne unhone unhe isko uske unke iske inke aur kiska kiski kiske kinka
    hoga hogi hoge mera meri mere dost agle agli agla registered rehne rehna gyarah barah daalna daalni banani karni entry aayega aayegi aayenge aayengi aaega aaegi aaenge ayega ayegi ayenge jayega jayegi jayenge jaega jaegi jaenge rehta rehti off radd kainsal banda bandi aadmi forward ahead bulao bulana chhutti mat ho hua hui gaye gya raha rahi rahe tha thi
    he'll she'll they'll he'd she'd they'd he's she's they're we're you're i'm i'll
    kya koi kab kaun kon kis kisko kisne kuch sab sabhi kahin
    karega karegi karenge karunga karungi karoge ghost ghosting ghosted mahina mahine mahiney hafta hafte twice thrice
    token advance bayana summary wrap wrapup recap eod
    like sirf bas pakka pakki tenant tenants kirayedar owner landlord nikli nikla card form alert info ab right away
    soch socha sochenge sochega sochegi sochna only rent rental resale lease kiraya kiraye post
    wapas vapas waapas vaapas dobara dubara phirse firse lined spelt spelled
    comes happens happen arrives reaches
    dijiye dijie
    sheher shahar shehar
    party itself there
    jin jinhone jinhon jinka jinki jinke jinko jinse logon pichle pichhle ghante ghanta ghanton
    """.split()
)
#: Source words too common to mean a source alone ("she forgot her email", "my friend's cousin"): a source
#: only after a cue ("via", "came through") or with Hinglish "se" ("reference se aaya").
SOURCES_TOO_COMMON_ALONE: frozenset[str] = frozenset(
    {"web", "friend", "a friend", "broker", "reference", "referred", "email", "housing", "e-mail", "sms", "banner",
     "signboard"})
#: Towns whose names are also everyday words (Hindi "gaya" is "went"): read as the city only when said as
#: a field of their own ("Chanda Devi, Gaya, 94310 22334") or after "from"/"in", never inside a sentence.
CITIES_THAT_ARE_WORDS: frozenset[str] = frozenset({"gaya", "mau", "una", "dhar"})
#: Misspellings thumbs make of the few words the intent rules read, fixed before they do ("shedule a vist").
TYPOS: dict[str, str] = {
    "shedule": "schedule", "schedual": "schedule", "scedule": "schedule", "shcedule": "schedule", "schdule": "schedule",
    "sheduled": "scheduled", "vist": "visit", "visti": "visit", "vsit": "visit", "viset": "visit", "vists": "visits",
    "meting": "meeting", "meetng": "meeting", "meeing": "meeting", "apointment": "appointment",
    "appoinment": "appointment", "apointmnt": "appointment", "cancle": "cancel", "cancell": "cancel",
    "resechedule": "reschedule", "reshedule": "reschedule", "postpne": "postpone",
    # "Priya ma'am monday 11 baje aayengi" (batch 67): the title with its apostrophe, read as "madam" is
    "ma'am": "madam", "ma’am": "madam",
    # Chat shorthand for the words the day, time and intent readers look for ("mtg w/ Kavya nxt mon 5pm",
    # "call him next wk", "cancel Meera's appt"): spelt out before they read.
    "nxt": "next", "wk": "week", "wks": "weeks", "appt": "appointment", "appts": "appointments",
    "mtg": "meeting", "mtng": "meeting", "mtgs": "meetings", "abt": "about", "newlead": "new lead",
    # …and a junior agent's ("rohan vst tmrw 5pm", "sunday 11 bje bulao", "amit kulkarni f/u next week").
    "vst": "visit", "vsts": "visits", "bje": "baje", "bjy": "baje",
    "f/u": "follow up", "followup": "follow up",
    # Status and field words as thumbs type them ("show folow up leads", "whats Snehas numbr").
    "folow": "follow", "follw": "follow", "fllow": "follow", "folllow": "follow", "progess": "progress",
    "progres": "progress",
    # Cities misspelt a letter off ("show me leads in Hyderbad", "leads from chenai"): the city the lookup means.
    "hyderbad": "hyderabad", "hydrabad": "hyderabad", "hyderabd": "hyderabad", "chenai": "chennai", "chennia": "chennai",
    "banglore": "bangalore", "bangalor": "bangalore", "mumabi": "mumbai", "kolkatta": "kolkata",
    "ahmedbad": "ahmedabad", "lucknw": "lucknow", "jaipr": "jaipur", "gurgoan": "gurgaon", "nagpr": "nagpur",
    # Typed fast on a phone (batch 57): a letter doubled, dropped or swapped in the words of an order, a day, a part
    # of the day and a status ("viist with Sneha frday", "tmorrow evng", "nxt monday mrng", "Vikas wonn", "Amit
    # lsot"). Only spellings that are no other word: "lst" (lost or list) and "thuesday" (Tuesday or Thursday) are
    # left unread, so the line is asked about, not written as either.
    "viist": "visit", "vissit": "visit", "visitt": "visit", "vistt": "visit",
    "whos": "who's",
    # Chat shorthand typed between calls (batch 66): "visit wid meera kapoor on sunday eve" had looked for a lead "Wid
    # Meera Kapoor", "won ho gyi bcoz loan approved" kept "bcoz" in the notes, "won this mnth" read no period, "show
    # folowup leads" no status. Only forms that are no other word ("bc" is a curse, "coz" stays a name's end).
    "wid": "with", "wth": "with", "bcoz": "because", "bcz": "because", "bcos": "because",
    "becoz": "because", "bcuz": "because", "becuz": "because", "cuz": "because", "mnth": "month", "mnths": "months",
    "mth": "month", "folowup": "follow up", "follwup": "follow up", "fllowup": "follow up", "folloup": "follow up",
}
#: A status as a thumb types it ("Vikas wonn", "mark Amit lsot", "Farhan inprogress"): spelt out early
#: (`thumbs.typed_words_spelt_early`), before the correction cues read "mark Kavya wonn sorry lsot".
STATUS_TYPOS: dict[str, str] = {"wonn": "won", "lsot": "lost", "lostt": "lost", "inprogress": "in progress",
                                "inprogres": "in progress",
                                # …and the halves of one, a letter dropped or doubled: "follw up, no wait, in progess"
                                # had kept follow up (the correction read before the rest of TYPOS was spelt out).
                                "progess": "progress", "progres": "progress", "progresss": "progress",
                                "follw": "follow", "folow": "follow", "fllow": "follow", "folllow": "follow",
                                "folloow": "follow", "foloow": "follow"}
TYPOS.update(STATUS_TYPOS)
#: Day words and parts of the day as thumbs type them ("on satuday at 4" was booked today: the day unread; "tmorrow
#: evng" booked 4 pm). Spelt out early too (`thumbs.typed_words_spelt_early`): "book Meera's visit frday evening,
#: actually make it saturday" had kept Friday, the correction reader not seeing the day taken back.
DAY_TYPOS: dict[str, str] = {
    "tomorow": "tomorrow", "tommorow": "tomorrow", "tommorrow": "tomorrow", "tomorrw": "tomorrow", "tmorrow": "tomorrow",
    "satuday": "saturday", "saturaday": "saturday", "sturday": "saturday", "satarday": "saturday",
    "wensday": "wednesday", "wednesay": "wednesday", "wedensday": "wednesday", "thurday": "thursday",
    "thrusday": "thursday", "thursay": "thursday", "tuesay": "tuesday", "tusday": "tuesday", "firday": "friday",
    "fridy": "friday", "frday": "friday", "mondy": "monday", "monady": "monday", "sundy": "sunday", "sunady": "sunday",
    "evng": "evening", "eveng": "evening", "evning": "evening", "evenng": "evening",
    "mrng": "morning", "mornng": "morning", "mrning": "morning", "morng": "morning",
    "aftrnoon": "afternoon", "afternon": "afternoon", "aftrnon": "afternoon", "afternooon": "afternoon",
    "wednsday": "wednesday", "wendsday": "wednesday", "wedsday": "wednesday", "wednessday": "wednesday",
}
TYPOS.update(DAY_TYPOS)
#: …and the word of a field edit ("Priya ka new numbr 98450 99887 hai", "Vikas shiftd to Ghaziabad"), which the
#: edit readers look for before the rest of TYPOS is spelt out.
FIELD_TYPOS: dict[str, str] = {"numbr": "number", "nmbr": "number", "numbar": "number", "nubmer": "number",
                               "shiftd": "shifted", "shfted": "shifted"}
TYPOS.update(FIELD_TYPOS)
#: A day typed a letter off two days at once ("book Rohan's visit thuesday 4pm": Tuesday or Thursday): never spelt
#: as either; the visit is asked about (`thumbs.which_day_asked`).
TWO_WAY_DAY_TYPOS: dict[str, tuple[str, str]] = {
    "thuesday": ("tuesday", "thursday"), "tursday": ("tuesday", "thursday"), "thusday": ("thursday", "tuesday"),
    "thuesdy": ("tuesday", "thursday"),
}
#: Cities as sales teams type them: airport codes and the consonant skeletons of chat ("Nikhil Rao blr
#: 98450-67812", "Sana Sheikh, hyd, …", "moved to ggn"). Spelt out like a typo, so the city, the name's end
#: and a lookup ("show me blr leads") all read the city. Only abbreviations that are no word of English or
#: Hindi: "del", "kol", "pun", "maa" (mother) are left alone.
CITY_SHORTHAND: dict[str, str] = {
    "blr": "bangalore", "bglr": "bangalore", "bnglr": "bangalore", "hyd": "hyderabad", "hyb": "hyderabad",
    "ggn": "gurgaon", "bom": "mumbai", "ahd": "ahmedabad", "amd": "ahmedabad", "chd": "chandigarh",
    "pnq": "pune", "ccu": "kolkata", "lko": "lucknow",
}
TYPOS.update(CITY_SHORTHAND)
#: Hinglish as it is typed in chat, one spelling of each word the readers look for: "kaun aa rha hai", "wo
#: nhi aayegi". The readers know "raha", "nahi".
HINGLISH_SPELLINGS: dict[str, str] = {"rha": "raha", "rhi": "rahi", "rhe": "rahe", "nhi": "nahi",
                                      # "kl 5 bje", "visit rkh do", "lost ho gyi": the vowels a thumb leaves out
                                      "kl": "kal", "rkh": "rakh", "rkho": "rakho", "gyi": "gayi", "gya": "gaya"}
TYPOS.update(HINGLISH_SPELLINGS)
#: Marathi, Punjabi, Kannada, Malayalam and Bengali words of a day, an hour and a visit, said inside Hinglish ("Deepak Patil udya sakali 10 vajta
#: yenar aahe site la", "Harpreet Kaur kal shaam nu 5 vaje aayegi flat vekhan", "Deepak Patil cha number de"): spelt
#: as the Hindi word every reader knows. Only words that are no English or Hindi word besides ("la", "nu" only in the
#: phrases they make).
REGIONAL_WORDS: dict[str, str] = {
    # Marathi
    "udya": "kal", "parva": "parso", "sakali": "subah", "sakaali": "subah", "dupari": "dopahar", "dupaari": "dopahar",
    "sandhyakali": "shaam", "sandhyakaali": "shaam", "ratri": "raat", "vajta": "baje", "vajata": "baje",
    "vajle": "baje", "yenar": "aayega", "yeil": "aayega", "aahe": "hai", "site la": "site pe", "office la": "office pe",
    "cha number": "ka number", "chi details": "ki details", "cha status": "ka status", "cha phone": "ka phone",
    "cha contact": "ka contact", "chi city": "ki city",
    # Punjabi
    "vaje": "baje", "shaam nu": "shaam ko", "savere": "subah", "vekhan": "dekhne", "vekhne": "dekhne",
    "da visit": "ka visit", "da number": "ka number", "da status": "ka status", "da phone": "ka phone",
    # Kannada and Malayalam "naale" is tomorrow only (never yesterday, as "kal" can be): "book Priya naale 11 am".
    "naale": "tomorrow",
    # Bengali "aajke" (today) and "dekhao" (show) in Hinglish: "aajke visits dekhao".
    "aajke": "aaj ke", "dekhao": "dikhao",
}
TYPOS.update(REGIONAL_WORDS)
#: The Hindi verb of an order as it is typed ("kal visit fix krdo", "lost kr do", "won kardo"), spelt the one
#: way every reader knows ("kar do") before anything reads the sentence, the edit readers included.
HINGLISH_ORDERS: dict[str, str] = {
    "krdo": "kar do", "kardo": "kar do", "kr do": "kar do", "krdijiye": "kar dijiye", "kardijiye": "kar dijiye",
    "krdena": "kar dena", "kardena": "kar dena", "kr dena": "kar dena", "kro": "karo", "krna": "karna",
    "karlo": "kar lo", "krlo": "kar lo", "kr lo": "kar lo",
}
HINGLISH_ORDER_PATTERN = re.compile(r"\b(?:" + "|".join(sorted(HINGLISH_ORDERS, key=len, reverse=True)).replace(" ", r"\s+")
                                    + r")\b", re.IGNORECASE)
#: A sales team's shorthand for a call's outcome ("mark Arjun NI", "Sneha CB next week", "Vikas RNR, mark FU"),
#: spelt out before anything reads the sentence. Capitals only: typed lower-case "ni" is Hindi ("pata ni").
SHORTHAND: dict[str, str] = {
    "NI": "not interested", "CB": "call back", "FU": "follow up", "RNR": "not picking up",
    "DNP": "did not pick up", "SV": "site visit",
}
SHORTHAND_PATTERN = prefiltered(r"(?<![\w.'-])(?:" + "|".join(sorted(SHORTHAND, key=len, reverse=True)) + r")(?![\w'-])")
TYPO_PATTERN = prefiltered(r"\b(?:" + "|".join(sorted(TYPOS, key=len, reverse=True)) + r")\b", re.IGNORECASE)
#: Builders a lead went to instead ("Meera Kapoor went with Godrej, mark lost"): a competitor named, never a name left
#: over (`doubts`), and a sale gone elsewhere (`status`). Only brands that are not common surnames (not Oberoi, Raheja).
COMPETITORS = frozenset({"godrej", "prestige", "sobha", "dlf", "brigade", "puravankara", "m3m", "supertech", "mahagun",
                         "gaursons", "omaxe", "emaar", "bptp", "runwal", "rustomjee", "kalpataru", "shriram", "purva"})
NOT_NAME_WORDS = NOT_NAME_WORDS | NEVER_IN_NAME | {"call", "oops", "lunch", "dinner", "breakfast", "sometime", "anytime",
                                                   "whenever", "scratch", "strike",
                                                   # "… she has a meeting till 2:30": how long, never whom (it had
                                                   # booked the visit with a lead "Till", batch 1212d)
                                                   "till", "until", "untill",
                                                   # "ok bye, talk later": a leave-taking, never a lead "Bye" (1212f)
                                                   "bye", "goodbye", "byee",
                                                   # "Rohan se baat hui …" (spoke with Rohan): talk, not a name
                                                   "baat",
                                                   # Hindi "kisi/kiska" (anyone's, whose): "aaj kisi ka visit hai kya"
                                                   # asks about anyone's visit, it names nobody (batch 1211b)
                                                   "kisi", "kisika", "kisiki", "kisike", "kisiko", "kiska", "kiski",
                                                   "kiske", "kisko",
                                                   # Hindi "to have it done" after a visit: "Harpreet ko visit karwana
                                                   # hai next week" (it had booked a lead called "Karwana")
                                                   "karwana", "karwani", "karwane", "karvana", "karana", "karani",
                                                   # a voice note's story words after a name (batch 1211f): "Vikas
                                                   # Gupta just left the site", "site visit over", "payment plan
                                                   # bhejna hai" had made leads "… Left", "Over", "Bhejna"
                                                   "left", "over", "bhejna", "bhejni", "bhejne",
                                                   # Hindi "jo" (who, which) opens a relative clause: "jo banda aaj
                                                   # mila tha, usko kal bulao" (the guy who was met) names nobody
                                                   "jo",
                                                   # Hindi "apni" (one's own): "wo apni wife ke saath aayega"
                                                   "apni", "apna", "apne",
                                                   # what is said after an order, never a name: "…, thanks", "… jaldi"
                                                   "thanks", "thank", "thankyou", "jaldi", "quickly", "urgently",
                                                   # a visit's story after the lead (batch 61): "Vikas Gupta missed the
                                                   # visit", "Sneha ka visit baarish ki wajah se postpone hua", "Kavya
                                                   # ji site dekh ke gayi"
                                                   "missed", "baarish", "barish", "dekh", "dekhke",
                                                   # a site visit's story said right after the name, and how it went
                                                   # (batch 80): "Deepak Patil brought his family", "Priya Nair
                                                   # enjoyed the walkthrough", "came for round two", "long visit, …",
                                                   # "ka visit solid raha" had made leads "… Brought", "… Enjoyed",
                                                   # "Round", "Long", "Solid"
                                                   "brought", "enjoyed", "spent", "took", "round", "long", "solid",
                                                   "great", "walkthrough", "walkaround",
                                                   # "Harpreet Kaur never turned up" ("… Never" had been booked)
                                                   "never",
                                                   # what a visit is for (batch 81): "registry ke liye visit next
                                                   # wednesday rakh do" had booked a lead called "Registry"
                                                   "registry", "registration", "possession", "handover",
                                                   # Hindi words that point back at someone already talked about
                                                   # ("wahi wala lead", "usi lead ka status", "jiska number … hai,
                                                   # usko …") or agree ("theek hai, usko …"): they name nobody
                                                   "wahi", "vahi", "wohi", "vohi", "usi", "unhi", "isi", "inhi",
                                                   "jiska", "jiski", "jiske", "jisko", "jinka", "jinki", "jinke",
                                                   "jinko", "theek", "thik"}
# The speaker saying what they are, before the word for it: "I am the broker", "main broker hoon" (the lead came
# through them: the source, in the reading and in the remark check).
#: Names that are also words of time: "Sham Lal" (shaam: evening), "Subah Singh" (subah: morning), "Parso Ram" (parso: the
#: day after tomorrow). Said before a second name (`SECOND_NAMES`) they are the person's first name, for the time reader
#: (`dates`) and the name reader (`names`) alike: "Sham Lal ka visit kal shaam 5 baje" had been a visit for "Lal".
TIME_WORDS_THAT_ARE_FIRST_NAMES = frozenset({"sham", "shaam", "subah", "parso"})
#: The second names of North India that follow a first name and are seldom first names themselves: "Lal", "Singh",
#: "Ram", "Dev" ("Parso Rohan ka visit" is the day and Rohan, "Parso Ram ka visit" is a man).
SECOND_NAMES = frozenset({"lal", "singh", "ram", "kumar", "dev", "devi", "bibi", "kaur", "chand", "nath", "prasad", "das",
                          "babu", "bhai", "ben", "rani", "khan", "sundar", "lata"})
#: A time word that is a first name, with its second name after it (the time reader leaves it alone).
A_FIRST_NAME_OF_TIME = prefiltered(
    # (Not after a day: "kal subah Singh sahab aayenge" is tomorrow morning.)
    r"(?<!kal\s)(?<!aaj\s)(?<!parso\s)(?<!day\s)(?<!tomorrow\s)(?<!var\s)(?<!vaar\s)(?<!war\s)(?<!waar\s)"
    r"\b(?:" + "|".join(sorted(TIME_WORDS_THAT_ARE_FIRST_NAMES)) + r")(?=\s+(?:" + "|".join(sorted(SECOND_NAMES)) + r")\b)",
    re.IGNORECASE)

#: "Will come", the future of "aana" as it is typed: aayega, aaegi, ayenge, aayengi (a woman spoken of with respect), and
#: "aa jayega" / "aa jaegi" (will turn up). One spelling list for every reader that hears a lead coming
#: ("Harpreet Kaur aaj shaam 7 baje aayengi" had been read as nothing: only three of the endings were known).
WILL_COME = r"(?:a{1,2}\s+ja{1,2}|a{1,2})y?e(?:ga|gi|nge|ngi)"
SPEAKER_IS = r"\b(?:i\s+am|i'm|im|main|mai)\s+(?:the\s+|a\s+|his\s+|her\s+|their\s+)?"
# A broker's buyer, said before the buyer's name: "my party is Girish Kamath", "mera client Rakesh Jha hai".
# (A friend or a relative introduced the same way: "mera dost Amit Shah, Surat, 98250 …".)
BROKERS_BUYER = r"\b(?:my|mera|meri|mere|our|hamara|hamari)\s+(?:client|party|customer|buyer|dost|friend|cousin|relative)\s+"
# Respect said after a name ends it: "Sharma ji", "Qureshi sahab", "Iyer madam", Telugu "Reddy garu".
TITLES_AFTER_A_NAME = frozenset({"ji", "sahab", "saab", "saheb", "sahib", "sir", "madam", "maam", "ma'am", "mam", "garu"})
# A Sikh gentleman's title ("Sardar Harpreet Singh", "Sardarni Jasleen Kaur"), and a priest's or a rank's, typed short
# with its full stop and capital ("Fr. Joseph Mathew", "Rev. Thomas", "Prof. Iyer", "Col. Rathore"): "fr" alone is
# chat for "for" / "from", so only "Fr." with the stop is the title.
_HONORIFICS = prefiltered(r"\b(?:mr|mrs|ms|miss|shri|shrimati|smt|sri|dr|mister|sardar|sardarni)\b\.?\s*|"
                         r"\b(?-i:Fr|Rev|Prof|Col|Capt|Maj)\.\s*(?=[A-Z])", re.IGNORECASE)


def strip_honorifics(text: str) -> str:
    """ "Mr. Rohan Sharma" -> "Rohan Sharma": the CRM keeps names without titles."""
    return _HONORIFICS.sub("", text)


def _alternation(words: object) -> str:
    items = sorted(words, key=len, reverse=True)  # type: ignore[call-overload]
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in items)


_CITY_RE = re.compile(rf"\b(?:{_alternation(CITIES)})\b", re.IGNORECASE)
_LOCALITY_RE = re.compile(rf"\b(?:{_alternation(LOCALITIES)})(?:\s+(?:{'|'.join(sorted(SIDES_OF_A_TOWN))})(?!\s+of\b))?\b",
                          re.IGNORECASE)
_SOURCE_RE = prefiltered(rf"(?<![\w.])(?:{_alternation(SOURCES)})(?![\w])", re.IGNORECASE)


def city_pattern() -> re.Pattern[str]:
    return _CITY_RE


def locality_pattern() -> re.Pattern[str]:
    return _LOCALITY_RE


def source_pattern() -> Prefiltered:
    return _SOURCE_RE


def canonical_source(spoken: str) -> str:
    """The stored spelling of a known source, or the words as spoken in title case."""
    key = re.sub(r"\s+", " ", spoken.strip().lower())
    if key in SOURCES:
        return SOURCES[key]
    return title_case(key)


def title_case(text: str) -> str:
    """The one title-casing of names and cities (the parser, the bot core and its answers use it).

    'rohan SHARMA' -> 'Rohan Sharma', but a word already in mixed case ('McDonald') is left as said.

    Each part of a hyphenated word is capitalised ('Kumar-Singh'), and so is the letter after a
    one-letter prefix and an apostrophe ("o'brien" -> "O'Brien", "d'souza" -> "D'Souza") or an initial's dot
    ("r.k." -> "R.K.").
    """
    words = re.sub(r"\s+", " ", text).strip().split(" ")
    out = []
    for word in words:
        if word.islower() or word.isupper():
            word = "-".join(part[:1].upper() + part[1:].lower() for part in word.split("-"))
            word = re.sub(r"(?<![^\W\d_])([^\W\d_])(['.])([^\W\d_])",
                          lambda m: f"{m.group(1)}{m.group(2)}{m.group(3).upper()}", word)
        out.append(word)
    return " ".join(out)

# The lead's family and friends, by the words sales people use for them: someone who comes along with the lead
# or decides with them, never the lead. `doubts._someone_elses_visit` asks before booking their visit as the lead's.
RELATIVES = (
    r"(?:wife|husband|father|mother|dad|mom|mum|papa|mummy|parents|brother|sister|son|daughter|family|friend|uncle|"
    r"aunt|cousin|in-laws|father-in-law|mother-in-law|bhai|bhaiya|behen|didi|beta|beti|bhabhi|jija|chacha|mama|"
    r"relatives?|gharwale|ghar\s+wale|colleague|boss)"
)
