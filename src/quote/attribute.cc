// Telling speech from other quotation marks, and finding the speaker (see
// stet/quote.h).
//
// The text is read as words with their case and position. A quotation's
// speaker is looked for in its own sentence: a speech verb right after it
// ('"...," said Johnson', '"...," Johnson told ITV News') or before it
// ('Johnson said: "..."', 'Lavrov called the claims "..."'), the subject
// of the verb being the words next to it. A subject is a name (the last
// run of capitalised words, titles left out, resolved to the fullest name
// the article gives that surname), a role the article ties to a name
// ("Foreign Secretary Boris Johnson", "Boris Johnson, the foreign
// secretary,"), a pronoun (the speaker before, or the person last named),
// or a description kept as written ("a police spokesman"). A paragraph
// that opens with a quotation and names no one goes on with the speaker of
// the quotation before it, as news writing does; a paragraph ending in
// "X said:" gives X the quotation after it.
#include <algorithm>
#include <cctype>
#include <limits>
#include <map>
#include <optional>
#include <unordered_map>
#include <unordered_set>

#include "quote/internal.h"
#include "stet/quote.h"
#include "stet/text.h"
#include "story/words.h"

namespace stet {
namespace quote {

bool Title(std::string_view k) {
  static const std::unordered_set<std::string_view> t = {
      "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame",
      "lord", "lady", "president", "prime", "minister", "secretary", "foreign",
      "home", "defence", "defense", "state", "senator", "sen", "rep",
      "representative", "gov", "governor", "mayor", "chief", "officer", "coach",
      "prosecutor", "clerk", "member", "advocate", "councilman", "councilwoman",
      "assemblyman", "assemblywoman", "businessman", "businesswoman",
      "detective", "inspector", "commissioner", "judge", "justice", "general",
      "gen", "col", "colonel", "captain", "capt", "sgt", "sergeant", "lt",
      "lieutenant", "ambassador", "chancellor", "spokesman", "spokeswoman",
      "spokesperson", "ceo", "director", "chairman", "chairwoman", "chair",
      "king", "queen", "prince", "princess", "pope", "rev", "reverend",
      "father", "bishop", "deputy", "attorney", "commissioner", "inspector",
      "detective", "det", "trooper", "agent", "speaker", "leader", "vice",
      "chairperson", "superintendent", "supt", "insp", "cmdr", "cpl",
      "constable", "pc", "sheriff", "councillor", "councilman", "councilwoman",
      "congressman", "congresswoman", "mp", "mep", "editor", "founder",
      "executive", "manager", "head", "adm", "admiral", "marshal", "major",
      "maj", "cpl", "corporal", "pvt", "private", "st", "saint", "dr", "former",
      "acting", "interim", "senior", "junior", "assistant", "associate",
      "analyst", "actor", "actress", "star", "singer", "writer", "author",
      "producer", "showrunner", "administrator", "envoy", "presenter",
      "narrator", "rep.", "controller", "commander", "cmdr",
      "secretary-general", "chancellor", "premier", "emir", "sheikh", "rabbi",
      "imam", "cardinal", "archbishop", "alhaji", "alhaja", "collector",
      "coroner", "magistrate", "registrar", "warden", "deacon", "pastor",
      "vicar", "cllr", "coun", "fr", "mullah", "olympian", "athlete", "rapper",
      "swimmer", "golfer", "sprinter", "boxer", "cyclist", "skier",
      "footballer",
      // Not "dean": more
      // often a first name
      // ("Dean McCarron").
      "provost", "principal", "quarterback", "receiver", "striker",
      "midfielder", "defender", "goalkeeper", "pitcher", "guard", "forward",
      "center", "centre", "tackle", "lineman", "linebacker", "cornerback",
      "safety", "wr", "nt", "cbs", "abc", "nbc", "cnn", "bbc", "itv", "fox",
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
      "sunday", "january", "february", "march", "april", "july", "august",
      "september", "october", "november", "december", "correspondent",
      "reporter", "journalist", "presenter", "host", "anchor", "columnist",
      "economist", "scientist", "researcher", "lawyer", "doctor", "official",
      "spokeswoman", "commentator", "critic", "analyst", "historian", "md",
      "cfo", "coo", "cto", "cmo", "vp", "svp", "evp", "gm",
      // Ireland's and the UK's legislatures and offices.
      "taoiseach", "tanaiste", "undersecretary", "msp", "mla",
      // Church and council styles ("Rt Revd Paul Butler", "Councilmember
      // Al Abdel-aziz").
      "rt", "revd", "councilmember", "alderman", "alderwoman"};
  return t.count(k) > 0;
}

}  // namespace quote

namespace {

using quote::Title;

struct Word {
  size_t begin = 0, end = 0;
  std::string key;    // folded
  bool cap = false;   // starts with a capital letter
  bool open = false;  // opens a sentence (so its capital says nothing)
  bool punct = false;
  bool verb = false;            // a speech verb's form ("said"), noun or not
  bool lowercase_text = false;  // in lower case, outside a web address
  int8_t gender = 0;  // he/him/his/himself > 0, she/her/hers/herself < 0
  int paragraph = 0;
  int quote = -1;  // the quotation it is inside, if any
};

const std::unordered_set<std::string_view>& SpeechVerbs() {
  static const std::unordered_set<std::string_view> k = {
      "said",       "says",        "say",        "saying",        "told",
      "tells",      "telling",     "added",      "adds",          "adding",
      "asked",      "asks",        "replied",    "replies",       "responded",
      "wrote",      "writes",      "tweeted",    "posted",        "stated",
      "explained",  "explains",    "noted",      "notes",         "insisted",
      "insists",    "argued",      "argues",     "claimed",       "claims",
      "warned",     "warns",       "declared",   "announced",     "urged",
      "continued",  "continues",   "admitted",   "acknowledged",  "recalled",
      "suggested",  "protested",   "complained", "joked",         "conceded",
      "agreed",     "stressed",    "emphasized", "emphasised",    "predicted",
      "promised",   "vowed",       "accused",    "denied",        "confirmed",
      "remarked",   "observed",    "commented",  "maintained",    "countered",
      "retorted",   "cautioned",   "lamented",   "boasted",       "shouted",
      "testified",  "quipped",     "reiterated", "concluded",     "concluding",
      "speaks",     "described",   "called",     "sings",         "sang",
      "thundered",  "fumed",       "explaining", "describing",    "calling",
      "writing",    "asking",      "begged",     "pleaded",       "demanded",
      "yelled",     "whispered",   "laughed",    "sighed",        "mused",
      "cried",      "exclaimed",   "answered",   "interjected",   "dubbed",
      "labelled",   "labeled",     "branded",    "texted",        "emailed",
      "messaged",   "reported",    "revealed",   "shared",        "wrote",
      "assured",    "offered",     "barked",     "snapped",       "murmured",
      "promises",   "warns",       "tweets",     "recounted",     "recalls",
      "remembers",  "remembered",  "described",  "describes",     "calls",
      "announces",  "admits",      "adds",       "acknowledges",  "agrees",
      "notes",      "argues",      "add",        "tell",          "ask",
      "explain",    "warn",        "insist",     "write",         "warning",
      "insisting",  "arguing",     "claiming",   "noting",        "stating",
      "declaring",  "announcing",  "adding",     "urging",        "admitting",
      "suggesting", "recalling",   "joking",     "replying",      "responding",
      "tweeting",   "posting",     "accusing",   "complaining",   "promising",
      "vowing",     "confirming",  "describing", "reiterating",   "stressing",
      "predicting", "remarking",   "conceding",  "acknowledging", "answer",
      "reply",      "respond",     "alleged",    "alleges",       "contended",
      "contends",   "charged",     "assures",    "written",       "assured",
      "pleads",     "wonders",     "wondered",   "insisted",      "writes",
      "asserted",   "asserts",     "disclosed",  "expressed",     "highlighted",
      "indicated",  "mentioned",   "proclaimed", "proposed",      "recommended",
      "underlined", "underscored", "opined",     "speculated",    "hinted",
      "gushed",     "marveled",    "marvelled",  "scoffed",       "teased",
      "affirmed",   "clarified",   "elaborated", "estimated",     "implored",
      "informed",   "reasoned",    "reassured",  "reckoned",      "reflected",
      "reminded",   "repeated",    "pointed",    "signaled",      "signalled",
      "ventured",   "suggests",    "predicts",   "stresses",      "concedes",
      "responds",   "reveals",     "confirms",   "denies",        "declares",
      "states",     "observes",    "remarks",    "reiterates",    "emphasizes",
      "emphasises", "counters",    "cautions",   "laments",       "jokes",
      "quips",      "muses",       "concludes",  "testifies",     "posts",
      "shares",     "comments",    "shouts",     "shout",         "ordered",
      "orders",     "screamed",    "screams",    "yells",         "chanted",
      "chants",     "whispers",    "exclaims",   "retorts",       "chanting",
      "shouting",   "screaming",   "yelling",    "apologised",    "apologized",
      "apologises", "apologizes",  "proclaims",  "proclaimed",    "estimates",
      "notified",   "bragged",     "brags",      "bragging",      "echoed",
      "echoes",     "echoing",     "accuses",    "urges",         "vows",
      "pledged",    "pledges",     "demands",    "slammed",       "slams",
      "blasted",    "blasts",      "hailed",     "hails",         "condemned",
      "condemns",   "decried",     "decries",    "termed",        "sobbed"};
  return k;
}

// A title that makes one with the word after it ("Home Secretary",
// "Prime Minister", "General Mark Milley").
bool CombiningTitle(std::string_view k) {
  static const std::unordered_set<std::string_view> kCombining = {
      "home",  "foreign", "state", "defence", "defense",
      "prime", "general", "chief", "vice"};
  return kCombining.count(k) > 0;
}

// A form of "be", before a passive's participle.
bool BeVerb(std::string_view k) {
  return k == "was" || k == "were" || k == "is" || k == "are" || k == "been" ||
         k == "being";
}

// Words that may sit between a subject and its speech verb.
bool Filler(std::string_view k) {
  static const std::unordered_set<std::string_view> f = {
      "also",       "later",      "then",       "once",       "had",
      "has",        "have",       "would",      "will",       "was",
      "is",         "reportedly", "again",      "further",    "simply",
      "just",       "has",        "had",        "previously", "recently",
      "earlier",    "quickly",    "even",       "only",       "still",
      "once",       "first",      "often",      "openly",     "privately",
      "publicly",   "flatly",     "repeatedly", "himself",    "herself",
      "themselves", "did",        "does",       "do",         "not",
      "never",      "can",        "could",      "might",      "may",
      "should",     "shall",      "must",       "instead",    "now",
      "already",    "always",     "soon",       "meanwhile",  "separately",
      "likewise"};
  // Nouns in -ly are no adverbs: "the Smith family said".
  static const std::unordered_set<std::string_view> nouns = {
      "family", "assembly", "rally", "supply", "monopoly", "anomaly"};
  return f.count(k) > 0 ||
         (k.size() > 4 && k.ends_with("ly") && !nouns.count(k));
}

// Words that end a subject going backwards from its verb.
bool Boundary(std::string_view k) {
  static const std::unordered_set<std::string_view> b = {
      "that",  "which",  "who",      "whom",   "and",     "but",    "or",
      "when",  "as",     "after",    "before", "because", "if",     "while",
      "where", "so",     "than",     "what",   "how",     "why",    "in",
      "since", "though", "although", "until",  "unless",  "whether"};
  return b.count(k) > 0;
}

const std::unordered_set<std::string_view>& Pronouns() {
  static const std::unordered_set<std::string_view> p = {
      "he", "she", "they", "we", "i", "it", "you"};
  return p;
}

// A conjunction opening a clause of its own ("When asked ..., Papermaster
// would not", "Since 1998, the Food and Drug Administration has").
bool Subordinator(std::string_view k) {
  static const std::unordered_set<std::string_view> kSubordinate = {
      "when",    "while", "after", "before", "although", "though",  "if",
      "because", "since", "once",  "unless", "until",    "whereas", "whenever"};
  return kSubordinate.count(k) > 0;
}

// Verbs that follow a subject ("the "deal" was").
bool Auxiliary(std::string_view k) {
  static const std::unordered_set<std::string_view> a = {
      "is",     "was",     "are",      "were",   "be",    "been", "has",
      "have",   "had",     "will",     "would",  "could", "can",  "may",
      "might",  "should",  "must",     "did",    "does",  "do",   "became",
      "seemed", "remains", "remained", "cannot", "shall"};
  return a.count(k) > 0;
}

bool Determiner(std::string_view k) {
  return k == "the" || k == "a" || k == "an" || k == "his" || k == "her" ||
         k == "their" || k == "its" || k == "our" || k == "this" ||
         k == "that" || k == "one" || k == "another";
}

// What someone is by trade, that a story calls them by as by a title
// ("the artist", "rapper Tinashe").
bool Trade(std::string_view k) {
  static const std::unordered_set<std::string_view> kTrades = {
      "artist",     "musician", "guitarist",    "drummer",   "rapper",
      "comedian",   "novelist", "photographer", "filmmaker", "poet",
      "designer",   "chef",     "broadcaster",  "comic",     "songwriter",
      "dj",         "model",    "influencer",   "youtuber",  "vlogger",
      "politician", "native"};
  return kTrades.count(k) > 0;
}

// "spokesman", "spokeswoman", "spokesperson": one role, whichever word a
// story uses for it where.
bool SpokesNoun(std::string_view k) {
  return k == "spokesman" || k == "spokeswoman" || k == "spokesperson";
}

// Small words inside names and titles ("Ambassador to the UK", "Leonardo
// da Vinci").
bool NameJoiner(std::string_view k) {
  return k == "de" || k == "da" || k == "van" || k == "von" || k == "al" ||
         k == "bin" || k == "der" || k == "la" || k == "le" || k == "del" ||
         k == "dos" || k == "das" || k == "du" || k == "di" || k == "den" ||
         k == "ter" || k == "ten" || k == "los";
}

bool Preposition(std::string_view k) {
  static const std::unordered_set<std::string_view> p = {
      "with",   "to",      "from", "by",     "for",     "at",
      "in",     "on",      "of",   "about",  "against", "into",
      "toward", "towards", "over", "under",  "between", "among",
      "than",   "like",    "via",  "during", "after",   "before"};
  return p.count(k) > 0;
}

// The last word of an organisation's name.
bool OrgWord(std::string_view k) {
  static const std::unordered_set<std::string_view> o = {
      "university", "school", "college", "institute", "times", "post",
      "journal", "news", "magazine", "press", "insider", "records", "inc",
      "corp", "corporation", "co", "ltd", "llc", "plc", "group", "company",
      "center", "centre", "council", "ministry", "department", "agency",
      "association", "foundation", "bank", "club", "hospital", "court",
      "police", "army", "force", "forces", "office", "academy", "committee",
      "commission", "service", "services", "network", "party", "union",
      "league", "board", "authority", "administration", "government", "house",
      "productions", "studios", "pictures", "entertainment", "media", "reuters",
      "nasa", "fbi", "cia", "bbc", "cnn", "itv", "nbc", "cbs", "abc", "fox",
      "nfl", "nba", "un", "eu", "nato", "security", "securities", "research",
      "capital", "partners", "fund", "trust", "system", "systems",
      "technologies", "labs", "laboratory", "church", "embassy", "parliament",
      "congress", "senate", "kremlin", "pentagon", "microsoft", "apple",
      "google", "facebook", "twitter", "instagram",
      // How companies' names end ("Brightwell Energy", "Vantor Motors").
      "energy", "foods", "motors", "holdings", "industries", "airlines",
      "airways", "pharmaceuticals", "therapeutics", "brands", "stores",
      "resources", "mining", "petroleum", "electric", "telecom",
      "communications", "software", "solutions", "logistics", "insurance",
      "financial", "investments", "properties", "hotels", "restaurants",
      "automotive", "aerospace", "chemicals", "semiconductor", "robotics",
      "ventures", "beverages", "brewing", "enterprises", "manufacturing",
      // Sports clubs'.
      "rovers", "wanderers", "rangers", "athletic", "albion", "hotspur", "fc",
      // Public bodies'.
      "bureau", "directorate", "inspectorate", "tribunal", "assembly",
      "cooperative", "utilities", "railway", "railways", "transit", "airport",
      "federation", "society", "alliance", "coalition", "organisation",
      "organization", "institution", "navy", "nations",
      // Things a capitalised name can end in, no one's surname ("the
      // Exceptional Space Act Award"): never "he" or "she".
      "award", "awards", "prize", "medal", "trophy", "festival", "summit",
      "treaty", "accord"};
  return o.count(k) > 0;
}

// What public bodies are named for, the word before "and" in "Food and
// Drug Administration", "Department of Health and Human Services".
bool Field(std::string_view k) {
  static const std::unordered_set<std::string_view> f = {
      "health",      "fire",      "rescue",      "food",
      "drug",        "safety",    "science",     "technology",
      "trade",       "industry",  "education",   "culture",
      "sport",       "sports",    "energy",      "environment",
      "housing",     "transport", "justice",     "security",
      "social",      "family",    "arts",        "research",
      "development", "planning",  "works",       "water",
      "power",       "wildlife",  "fisheries",   "agriculture",
      "forestry",    "parks",     "emergency",   "police",
      "veterans",    "labor",     "labour",      "commerce",
      "finance",     "defence",   "defense",     "immigration",
      "customs",     "border",    "land",        "natural",
      "marine",      "aviation",  "tobacco",     "alcohol",
      "firearms",    "nutrition", "conservation"};
  return f.count(k) > 0;
}

// Words after a noun that go on to say who ("a source close to the
// talks", "an official briefed on the probe", "a man wearing ski
// goggles").
bool PostModifier(std::string_view k) {
  return k == "close" || k == "familiar" || k == "briefed" || k == "standing" ||
         k == "wearing" || k == "believed";
}

// Words naming a time ("last month", "earlier this week", "on Monday").
bool TimeWord(std::string_view k) {
  static const std::unordered_set<std::string_view> t = {
      "year",      "month",    "week",     "weekend", "night",     "morning",
      "afternoon", "evening",  "summer",   "winter",  "spring",    "autumn",
      "fall",      "season",   "monday",   "tuesday", "wednesday", "thursday",
      "friday",    "saturday", "sunday",   "january", "february",  "march",
      "april",     "may",      "june",     "july",    "august",    "september",
      "october",   "november", "december", "time",    "day",       "decade",
      "term"};
  return t.count(k) > 0;
}

bool Weekday(std::string_view k) {
  return k == "monday" || k == "tuesday" || k == "wednesday" ||
         k == "thursday" || k == "friday" || k == "saturday" || k == "sunday";
}

// The gender a personal title before a name shows ("Mr", "Dame",
// "Queen"): 1 a man's, -1 a woman's, 0 neither.
int TitleGender(std::string_view k) {
  if (k == "mr" || k == "sir" || k == "lord" || k == "king" || k == "prince")
    return 1;
  if (k == "mrs" || k == "ms" || k == "miss" || k == "dame" || k == "lady" ||
      k == "queen" || k == "princess")
    return -1;
  return 0;
}
// Nouns for a man or a woman ("his daughter Morag McKinnon", "one
// mother"): > 0 a man, < 0 a woman, 0 neither.
int NounGender(std::string_view k) {
  static const std::unordered_set<std::string_view> kShe = {
      "mother",      "woman",         "wife",       "daughter",     "sister",
      "girl",        "mom",           "mum",        "widow",        "actress",
      "girlfriend",  "grandmother",   "aunt",       "niece",        "lady",
      "spokeswoman", "businesswoman", "chairwoman", "congresswoman"};
  static const std::unordered_set<std::string_view> kHe = {
      "father", "man",       "husband",     "son",       "brother",     "boy",
      "dad",    "widower",   "actor",       "boyfriend", "grandfather", "uncle",
      "nephew", "spokesman", "businessman", "chairman",  "congressman"};
  return kHe.count(k) ? 1 : kShe.count(k) ? -1 : 0;
}

// The last word of a place's name ("Third Street", "North Richland
// Hills"): somewhere, not someone.
bool PlaceWord(std::string_view k) {
  static const std::unordered_set<std::string_view> p = {
      "street",  "avenue",  "road",    "boulevard", "lane",     "square",
      "park",    "river",   "county",  "city",      "island",   "islands",
      "bay",     "hills",   "valley",  "beach",     "lake",     "mountains",
      "airport", "station", "bridge",  "highway",   "district", "province",
      "state",   "states",  "kingdom", "republic",  "coast",    "peninsula",
      "ocean",   "sea",     "desert",  "camp",      "village",  "heights",
      "strip",   "zone",    "region",  "territory", "corridor", "canal",
      "gulf"};
  return p.count(k) > 0;
}

// Writing that speaks for whoever it is from: "the statement said", "a
// report from ...", "an editorial in ...".
// Kinds of work whose title follows them ("1999 movie American Pie", "UK
// drama 'The Salisbury Poisonings'").
bool WorkNoun(std::string_view k) {
  static const std::unordered_set<std::string_view> w = {
      "movie",       "film",   "show",    "series", "song",
      "album",       "book",   "novel",   "play",   "drama",
      "documentary", "sitcom", "musical", "opera",  "podcast"};
  return w.count(k) > 0;
}

bool Document(std::string_view k) {
  static const std::unordered_set<std::string_view> d = {
      "statement", "letter",    "report",   "release",      "post",
      "tweet",     "email",     "memo",     "filing",       "lawsuit",
      "complaint", "documents", "papers",   "announcement", "message",
      "website",   "blog",      "notice",   "affidavit",    "indictment",
      "policy",    "study",     "survey",   "guidelines",   "rules",
      "editorial", "column",    "article",  "obituary",     "warning",
      "advisory",  "alert",     "bulletin", "note",         "briefing"};
  return d.count(k) > 0;
}

// A description of someone by their role or of some people ("the
// senator", "critics", "residents"): they speak what they call things.
bool People(std::string_view description) {
  static const std::unordered_set<std::string_view> kPeople = {
      "critics",     "residents",    "officials",   "police",
      "protesters",  "lawmakers",    "opponents",   "supporters",
      "activists",   "witnesses",    "experts",     "democrats",
      "republicans", "neighbors",    "neighbours",  "analysts",
      "investors",   "fans",         "parents",     "students",
      "teachers",    "doctors",      "scientists",  "economists",
      "leaders",     "prosecutors",  "lawyers",     "campaigners",
      "senators",    "officers",     "authorities", "investigators",
      "researchers", "firefighters", "workers",     "employees",
      "rescuers",    "voters",       "villagers"};
  std::vector<std::string> w = text::FoldedWords(description);
  // Its head: "critics who had once called him", "officials at the
  // ministry".
  for (size_t k = 1; k < w.size(); ++k)
    if (w[k] == "who" || w[k] == "that" || Preposition(w[k])) {
      w.resize(k);
      break;
    }
  return !w.empty() && (kPeople.count(w.back()) > 0 ||
                        (Title(w.back()) && w.back().size() > 3));
}

// Nouns for what someone is or does, that open a sentence before their
// name ("Nurse Priscilla Tan", "Grazier Noel Hatcher"): no part of it.
bool RoleNoun(std::string_view k) {
  static const std::unordered_set<std::string_view> kRoles = {
      "grandmother", "grandfather", "mother", "mum", "mom", "dad", "widow",
      "widower", "pensioner", "retiree", "teenager", "schoolgirl", "schoolboy",
      "nurse", "midwife", "paramedic", "surgeon", "dentist", "pharmacist",
      "neighbor", "neighbour", "resident", "tenant", "landlord", "landlady",
      "homeowner", "shopkeeper", "farmer", "grazier", "rancher", "fisherman",
      "driver", "passenger", "commuter", "cyclist", "motorist", "jogger",
      "hiker", "climber", "surfer", "swimmer", "diver", "skipper", "jockey",
      "boxer", "golfer", "rookie", "veteran", "student", "teacher",
      "headteacher", "lecturer", "pastor", "priest", "vicar", "devotee",
      "pilgrim", "worshipper", "parishioner", "volunteer", "activist",
      "protester", "campaigner", "organiser", "organizer", "witness",
      "survivor", "victim", "rescuer", "firefighter", "ranger", "warden",
      "soldier", "sailor", "engineer", "architect", "designer", "artist",
      "musician", "guitarist", "drummer", "rapper", "comedian", "broadcaster",
      "photographer", "filmmaker", "novelist", "poet", "baker", "butcher",
      "waiter", "bartender", "carer", "caregiver", "collector", "entrepreneur",
      "investor", "trader", "banker", "barrister", "solicitor", "magistrate",
      "coroner", "juror", "consultant", "adviser", "advisor", "aide", "staffer",
      "builder", "plumber", "electrician", "mechanic", "courier", "miner",
      "chef", "shortstop", "fan", "owner", "worker", "shopper", "landowner",
      "traveler", "traveller", "tourist", "meteorologist", "forecaster", "gp",
      "publican", "crofter", "trucker", "carrier", "postman", "postwoman",
      // Sports positions and roles.
      "opener", "substitute", "batter", "batsman", "bowler", "spinner",
      "wicketkeeper", "keeper", "winger", "fullback", "playmaker", "flanker",
      "sprinter", "hurdler", "skater", "caddie", "teammate", "debutant",
      "newcomer", "reliever", "pitcher", "catcher", "quarterback", "striker",
      "midfielder", "defender", "goalkeeper", "goalie", "southpaw",
      // "right-hander", "left-hander" (their last part).
      "hander"};
  return kRoles.count(k) > 0;
}

// What a body is, said before "the" ("the company said", "the German
// carmaker") or before its name ("regional airline SkyCoast").
bool Firm(std::string_view k) {
  static const std::unordered_set<std::string_view> kFirm = {
      "company",   "firm",      "retailer",     "chain",
      "automaker", "carmaker",  "chipmaker",    "maker",
      "giant",     "startup",   "airline",      "carrier",
      "bank",      "insurer",   "lender",       "manufacturer",
      "publisher", "studio",    "label",        "network",
      "team",      "club",      "franchise",    "theatre",
      "theater",   "utility",   "cooperative",  "charity",
      "museum",    "orchestra", "league",       "council",
      "agency",    "group",     "regulator",    "watchdog",
      "provider",  "platform",  "broadcaster",  "operator",
      "developer", "supplier",  "organisation", "organization",
      "union",     "coalition", "nonprofit"};
  return kFirm.count(k) > 0;
}

// What kind of body a name is, said just before it ("messaging app
// Nimbus", "cryptocurrency exchange Vaultex"): besides Firm()'s words.
bool FirmKind(std::string_view k) {
  static const std::unordered_set<std::string_view> kKind = {
      "app",   "service",  "site",   "website",
      "brand", "streamer", "outlet", "exchange"};
  return kKind.count(k) > 0;
}

// The head of a description, before what it is of ("a spokesman for
// Kesterton Fire Service" -> "spokesman"), folded; "" for none. (Not cut
// in "Superintendent of Police Madhavi Reddy": a name.)
std::string DescriptionHead(const std::string& speaker) {
  std::vector<std::string> w = text::FoldedWords(speaker);
  if (w.empty()) return "";
  const size_t space = speaker.rfind(' ');
  const auto initial = static_cast<unsigned char>(
      speaker[space == std::string::npos ? 0 : space + 1]);
  // (Or before what says who they are: "an official briefed on the probe",
  // "a man who lives nearby".)
  if (OrgWord(w.back()) || !std::isupper(initial))
    for (size_t k = 1; k < w.size(); ++k)
      if (Preposition(w[k]) || PostModifier(w[k]) || w[k] == "who" ||
          w[k] == "that")
        return w[k - 1];
  return w.back();
}

// One described by a role, not named ("her publicist confirmed", "a
// local official told AFP"): RoleNoun's list and a few more, by the
// description's head.
bool OneInARole(const std::string& speaker) {
  static const std::unordered_set<std::string_view> kRoles = {
      "publicist", "source", "friend",         "relative",
      "employee",  "rep",    "representative", "executive"};
  const std::string head = DescriptionHead(speaker);
  return !head.empty() &&
         (Title(head) || RoleNoun(head) || kRoles.count(head) > 0);
}

// A description of people by what they are or do, its head before what
// it is of ("organizers of the festival", "officials at the ministry").
bool PeopleDescribed(const std::string& description) {
  std::string head;
  for (const std::string& w : text::FoldedWords(description)) {
    if (Preposition(w)) break;
    head = w;
  }
  return !head.empty() &&
         (People(head) || Title(head) || RoleNoun(head) ||
          (head.size() > 5 && (head.ends_with("ers") || head.ends_with("ors") ||
                               head.ends_with("ists"))));
}

// A title's or a name's abbreviation, whose dot ends no sentence ("Mr.
// Kelly", "Sen. Warren", "James Kennedy Jr. said").
bool Abbreviation(std::string_view k) {
  static const std::unordered_set<std::string_view> kAbbreviated = {
      "mr", "mrs", "ms",  "mx",   "dr",   "prof", "sen",  "rep",  "gov",  "gen",
      "lt", "col", "sgt", "capt", "maj",  "cpl",  "pvt",  "adm",  "rev",  "hon",
      "st", "jr",  "sr",  "det",  "supt", "insp", "cmdr", "coun", "cllr", "fr"};
  return kAbbreviated.count(k) > 0;
}

// "Democrat", "Tory": one of a party.
bool Party(std::string_view k) {
  return k == "democrat" || k == "republican" || k == "conservative" ||
         k == "tory" || k == "liberal" || k == "socialist";
}

// "Dutchman", "Brazilian": one of a country's people.
bool Demonym(std::string_view k) {
  static const std::unordered_set<std::string_view> kDemonyms = {
      "dutchman", "frenchman", "englishman", "irishman", "welshman", "scotsman",
      "scot", "spaniard", "swede", "dane", "finn", "pole", "norwegian",
      "german", "italian", "portuguese", "brazilian", "argentine",
      "argentinian", "colombian", "mexican", "american", "canadian",
      "australian", "kiwi", "belgian", "swiss", "austrian", "croatian",
      "serbian", "russian", "ukrainian", "georgian", "turk", "greek",
      "egyptian", "moroccan", "nigerian", "ghanaian", "kenyan", "ethiopian",
      "japanese", "chinese", "korean", "indian", "pakistani", "uruguayan",
      "chilean", "peruvian", "venezuelan", "jamaican", "cameroonian",
      "senegalese", "ivorian", "algerian", "czech", "slovak", "hungarian",
      "romanian", "bulgarian", "israeli", "iranian", "iraqi", "afghan",
      "briton",
      // A US state's ("Arkansan Dannie Daughhetee").
      "texan", "californian", "arkansan", "floridian", "alaskan", "arizonan",
      "kansan", "nebraskan", "ohioan", "minnesotan", "iowan", "kentuckian",
      "michigander"};
  return kDemonyms.count(k) > 0;
}

// A role in -man or -woman ("Alderman", "Gunman", "Sportswoman"), folded;
// not a given name in -man ("Hackman Owusu-Agyemang", "Freeman Dyson",
// "Herman Cain").
bool ManRole(std::string_view k) {
  static const std::unordered_set<std::string_view> kStems = {
      "air",    "alder",    "anchor",  "assembly", "bats",   "boat",
      "bowls",  "business", "camera",  "cave",     "chair",  "church",
      "clergy", "congress", "council", "country",  "crafts", "crew",
      "door",   "dust",     "fire",    "fisher",   "fore",   "frog",
      "front",  "gentle",   "grounds", "gun",      "head",   "hench",
      "hit",    "horse",    "hunts",   "jury",     "kins",   "law",
      "lay",    "lines",    "mail",    "marks",    "middle", "milk",
      "news",   "noble",    "oars",    "ombuds",   "patrol", "police",
      "post",   "repair",   "rifle",   "sales",    "sea",    "show",
      "sound",  "spokes",   "sports",  "states",   "strong", "stunt",
      "swords", "tax",      "towns",   "trades",   "water",  "weather",
      "yachts", "yeo"};
  const std::string_view stem =
      k.substr(0, k.size() - (k.ends_with("woman") ? 5 : 3));
  return kStems.count(stem) > 0;
}

// A country or a region of the world, folded ("south korea"): somewhere,
// never "he" or "she".
bool Country(std::string_view folded) {
  static const std::unordered_set<std::string_view> kCountries = {
      "afghanistan", "albania", "algeria", "andorra", "angola", "argentina",
      "armenia", "australia", "austria", "azerbaijan", "bahamas", "bahrain",
      "bangladesh", "barbados", "belarus", "belgium", "belize", "benin",
      "bhutan", "bolivia", "bosnia", "botswana", "brazil", "brunei", "bulgaria",
      "burundi", "cambodia", "cameroon", "canada", "chile", "china", "colombia",
      "comoros", "congo", "croatia", "cuba", "cyprus", "czechia", "denmark",
      "djibouti", "dominica", "ecuador", "egypt", "eritrea", "estonia",
      "eswatini", "ethiopia", "fiji", "finland", "france", "gabon", "gambia",
      "germany", "ghana", "greece", "grenada", "guatemala", "guinea", "guyana",
      "haiti", "honduras", "hungary", "iceland", "indonesia", "iran", "iraq",
      "ireland", "italy", "jamaica", "japan", "kazakhstan", "kiribati",
      "kosovo", "kuwait", "kyrgyzstan", "laos", "latvia", "lebanon", "lesotho",
      "liberia", "libya", "liechtenstein", "lithuania", "luxembourg",
      "madagascar", "malawi", "malaysia", "maldives", "mali", "malta",
      "mauritania", "mauritius", "mexico", "micronesia", "moldova", "monaco",
      "mongolia", "montenegro", "morocco", "mozambique", "myanmar", "namibia",
      "nauru", "nepal", "netherlands", "nicaragua", "niger", "nigeria",
      "norway", "oman", "pakistan", "palau", "palestine", "panama", "paraguay",
      "peru", "philippines", "poland", "portugal", "qatar", "romania", "russia",
      "rwanda", "samoa", "senegal", "serbia", "seychelles", "singapore",
      "slovakia", "slovenia", "somalia", "spain", "sudan", "suriname", "sweden",
      "switzerland", "syria", "taiwan", "tajikistan", "tanzania", "thailand",
      "togo", "tonga", "tunisia", "turkey", "turkmenistan", "tuvalu", "uganda",
      "ukraine", "uruguay", "uzbekistan", "vanuatu", "venezuela", "vietnam",
      "yemen", "zambia", "zimbabwe", "britain", "england", "scotland", "wales",
      "europe", "africa", "asia",
      // Of more than one word.
      "south korea", "north korea", "south africa", "south sudan",
      "new zealand", "saudi arabia", "sri lanka", "united states",
      "united kingdom", "united arab emirates", "costa rica", "el salvador",
      "sierra leone", "papua new guinea", "burkina faso", "ivory coast",
      "czech republic", "dominican republic", "east timor", "northern ireland",
      "hong kong", "latin america", "north america", "south america",
      "middle east"};
  return kCountries.count(folded) > 0;
}

// "ATI", "SLS": an acronym, no one's first name.
bool AllCaps(std::string_view s) {
  bool letters = false;
  for (char c : s) {
    if (c >= 'a' && c <= 'z') return false;
    letters |= c >= 'A' && c <= 'Z';
  }
  return letters;
}

// A speaker's name as a reader would give it: an office over "for" or
// "of" before the name left out ("High Commissioner for Refugees Antonio
// Guterres" -> "Antonio Guterres"), and a tabloid's capitals on a first
// name lowered ("JILL Halfpenny has revealed ..." -> "Jill Halfpenny").
// Applied where a quotation's speaker is settled, so the quotations that
// take their speaker from it ("she said") carry the same form.
std::string PersonShown(std::string name) {
  // The office, in a name written capitalised (not "the former business
  // partner of restaurateur Simon Weller", one described), cut from the
  // name's first name on. Split at spaces, as the offsets count: "Women's"
  // and "U.S." are one word each.
  if (!name.empty() && std::isupper(static_cast<unsigned char>(name[0]))) {
    size_t words = 0;
    bool office = false, over = false;
    for (size_t at = name.find_first_not_of(' '); at != std::string::npos;
         at = name.find_first_not_of(' ', at)) {
      const size_t end = std::min(name.find(' ', at), name.size());
      if (end == name.size()) break;  // never the last word
      const std::string key =
          text::SearchKey(std::string_view(name).substr(at, end - at));
      ++words;
      // ("Federal Minister for Information Senator Shibli Faraz": after a
      // second title, whatever the first name.)
      // (Not a word an office's name is made of: "Secretary of State for
      // Health", "Minister of Home Affairs".)
      const bool titled = over && quote::Title(key) && !CombiningTitle(key);
      office = office || quote::Title(key);
      over = over || (office && (key == "for" || key == "of"));
      if (over && words >= 4 && quote::FirstNameGender(key) != 0) {
        name.erase(0, at);
        break;
      }
      at = end;
      if (titled && name.find(' ', end + 1) != std::string::npos) {
        name.erase(0, name.find_first_not_of(' ', end));
        break;
      }
    }
  }
  // The capitals: a first name only, before a name in title case.
  const size_t space = name.find(' ');
  if (space == std::string::npos || space < 3 || space + 2 >= name.size() ||
      !AllCaps(std::string_view(name).substr(0, space)) ||
      !std::isupper(static_cast<unsigned char>(name[space + 1])) ||
      !std::islower(static_cast<unsigned char>(name[space + 2])) ||
      quote::FirstNameGender(
          text::SearchKey(std::string_view(name).substr(0, space))) == 0)
    return name;
  for (size_t k = 1; k < space; ++k)
    name[k] =
        static_cast<char>(std::tolower(static_cast<unsigned char>(name[k])));
  return name;
}

// Words that end a subject when they follow its head: "GCHQ on
// Wednesday", "Johnson in Moscow".
bool Adjunct(std::string_view k) {
  return k == "on" || k == "at" || k == "during" || k == "in" ||
         k == "yesterday" || k == "today" || k == "tonight" || k == "last" ||
         k == "this" || k == "after" || k == "before" || k == "earlier" ||
         k == "later";
}

// A verb in the past that says nothing: one in -ed ("walked"), or a
// common irregular one ("stood", "rose"). What someone did before "and
// said".
bool DidSomething(std::string_view k) {
  static const std::unordered_set<std::string_view> kIrregular = {
      "stood", "rose",   "got",   "went",  "came", "took", "sat",   "ran",
      "left",  "gave",   "made",  "broke", "held", "led",  "began", "threw",
      "shook", "fought", "drove", "flew",  "won",  "lost"};
  return (k.size() > 4 && k.ends_with("ed")) || kIrregular.count(k) > 0;
}

// How something was said: "angrily", "resignedly", "cheerfully" (not
// "family", "ally", "assembly").
bool MannerAdverb(std::string_view k) {
  if (k.size() < 6 || k == "family" || k == "assembly" || k == "anomaly" ||
      k == "monopoly")
    return false;
  for (std::string_view end : {"edly", "ily", "fully", "ously", "ively",
                               "ingly", "ably", "ibly", "ently", "antly"})
    if (k.ends_with(end)) return true;
  return false;
}

// Speech verbs that may come before their subject ("..., said Smith"),
// unlike those whose object follows them ("warning Moscow", "telling
// Cook").
bool Inverted(std::string_view k) {
  return k == "said" || k == "says" || k == "added" || k == "adds" ||
         k == "noted" || k == "wrote" || k == "explained" || k == "continued";
}

// "9", "nine", "dozens": a count before a noun.
bool Number(std::string_view k) {
  static const std::unordered_set<std::string_view> kWords = {
      "two",    "three",    "four",      "five",     "six",     "seven",
      "eight",  "nine",     "ten",       "eleven",   "twelve",  "dozen",
      "dozens", "hundreds", "thousands", "millions", "several", "many"};
  if (kWords.count(k)) return true;
  if (k.empty()) return false;
  for (char c : k)
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
  return true;
}

// "Sergei Lavrov" and "Sergey Lavrov": one spelling away, one person.
// Whether a and b differ by one letter at most, added, dropped or changed
// (or, with `swaps`, two neighbouring letters swapped: "Staurt").
bool WithinOneEdit(std::string_view a, std::string_view b, bool swaps) {
  if (a.size() < b.size()) std::swap(a, b);
  if (a.size() - b.size() > 1) return false;
  size_t i = 0;
  while (i < b.size() && a[i] == b[i]) ++i;
  if (swaps && a.size() == b.size() && i + 1 < a.size() && a[i] == b[i + 1] &&
      a[i + 1] == b[i] && a.substr(i + 2) == b.substr(i + 2))
    return true;
  size_t ea = a.size(), eb = b.size();
  while (eb > i && a[ea - 1] == b[eb - 1]) --ea, --eb;
  return ea - i <= 1 && eb - i <= 1;
}

bool OneEditApart(std::string_view a, std::string_view b) {
  // Only where the first names are long enough for a spelling to differ
  // by a letter ("John" and "Joan" are two people).
  const size_t fa = a.find(' '), fb = b.find(' ');
  if (a != b && (fa == std::string_view::npos || fb == std::string_view::npos ||
                 std::min(fa, fb) < 5))
    return false;
  return WithinOneEdit(a, b, false);
}

// No capital letter anywhere: lower-cased text, as a wire archive keeps it.
bool NoCapitals(std::string_view text) {
  return std::none_of(text.begin(), text.end(),
                      [](char c) { return c >= 'A' && c <= 'Z'; });
}

// Text a tokeniser has spaced, as corpora keep news ("Owen said , "):
// most commas stand apart from the word before. (Commas: a spaced
// ellipsis ". . ." is no tokeniser's.)
bool Tokenised(std::string_view text) {
  size_t spaced = 0, attached = 0;
  for (size_t i = 1; i + 1 < text.size(); ++i) {
    if (text[i] != ',' || (text[i + 1] != ' ' && text[i + 1] != '\n')) continue;
    if (text[i - 1] == ' ')
      ++spaced;
    else if (std::isalpha(static_cast<unsigned char>(text[i - 1])))
      ++attached;
  }
  return spaced >= 3 && spaced > 2 * attached;
}

// Text wrapped at a fixed width, as wire copy and e-mail keep it: lines
// broken inside sentences, the next line going on in lower case, again
// and again. A paragraph there ends at a blank line, not at a line's end.
bool HardWrapped(std::string_view text) {
  size_t breaks = 0, inside = 0;
  for (size_t b = 0; b < text.size();) {
    size_t e = text.find('\n', b);
    if (e == std::string_view::npos || e + 1 >= text.size()) break;
    std::string_view line = text.substr(b, e - b);
    while (!line.empty() && (line.back() == ' ' || line.back() == '\r'))
      line.remove_suffix(1);
    const unsigned char next = static_cast<unsigned char>(text[e + 1]);
    if (!line.empty() && next != '\n' && next != '\r') {
      ++breaks;
      // ("across most of the island of Samar and nearby Leyte / province.")
      inside += std::islower(next) &&
                std::isalpha(static_cast<unsigned char>(line.back())) &&
                line.size() >= 40;
    }
    b = e + 1;
  }
  return inside >= 3 && 4 * inside >= breaks;
}

// Text kept a sentence a line, as corpora keep news: no blank line, and
// most lines a sentence or less (a stop ends them, none inside). (Asked
// of tokenised text only: web text with a line per paragraph is no
// corpus's.)
bool SentenceALine(std::string_view text) {
  size_t lines = 0, single = 0;
  for (size_t b = 0; b < text.size();) {
    size_t e = text.find('\n', b);
    if (e == std::string_view::npos) e = text.size();
    std::string_view line = text.substr(b, e - b);
    while (!line.empty() && (line.back() == ' ' || line.back() == '\r'))
      line.remove_suffix(1);
    if (line.empty() && lines > 0 && e < text.size()) return false;
    if (!line.empty()) {
      ++lines;
      const size_t stop = line.find(". ");
      single += stop == std::string_view::npos || stop + 3 >= line.size();
    }
    b = e + 1;
  }
  return lines >= 6 && single * 10 >= lines * 7;
}

// How far back (words, mentions, speakers) a speaker is looked for: far
// enough for any real attribution, and it keeps hostile text linear.
constexpr size_t kReach = 200;

class Reader {
 public:
  Reader(std::string_view text, const std::vector<quote::Marked>& marks)
      : t_(text),
        marks_(marks),
        lowercased_(NoCapitals(text)),
        tokenised_(Tokenised(text)),
        wrapped_(HardWrapped(text)),
        line_scale_(tokenised_ && SentenceALine(text) ? 3 : 1) {
    ReadWords();
    if (lowercased_) RecaseNames();
    IndexNames();
    DescribedMentions();
  }

  std::vector<Quote> Run();
  // After Run(): for each quotation, the stage that chose its speaker
  // (quote/internal.h, SpeakerStages).
  const std::vector<const char*>& Stages() const { return stage_; }
  // In text with no quotation marks, lower-cased and tokenised as a
  // newswire's archive keeps it ("... we can t pretend ... , said johnson
  // ."): the direct speech its reporting clauses give away.
  std::vector<quote::Marked> UnmarkedSpeech() const;
  bool SentenceAfterSpeech(size_t q, size_t prev) const;
  bool EndsReportedSentence(size_t q) const;

 private:
  struct Subject {
    std::string speaker, mention;
    bool person = false;  // a name or a pronoun resolved to one
    bool org = false;     // an organisation, named
  };
  // A stage's result, noting the stage in *how when it found someone.
  static std::optional<Subject> Chose(std::optional<Subject> s,
                                      const char* stage, const char** how) {
    if (s) *how = stage;
    return s;
  }

  void ReadWords();
  void RecaseNames();
  void IndexNames();
  void DescribedMentions();
  std::string Span(size_t a, size_t b) const;  // words [a, b] as written
  // Span(a, b) with its first letter in lower case: a description as it
  // would stand mid-sentence ("A police report" -> "a police report").
  std::string Lowered(size_t a, size_t b) const {
    std::string s = Span(a, b);
    if (!s.empty())
      s[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(s[0])));
    return s;
  }
  std::string Name(size_t a, size_t b) const;  // a capitalised run, cleaned
  std::optional<Subject> Resolve(size_t a, size_t b, size_t at);
  std::optional<Subject> ResolveOne(size_t a, size_t b, size_t at);
  // The person named by the capitalised run joined by "and" to the name at
  // words [a, b] as one subject ("Justin Welby and Stephen Cottrell
  // said", "Mary Bousted and Kevin Courtney, joint general secretaries,
  // said"), with `first` set to whether it comes first; none if no such
  // run.
  std::optional<Subject> Partner(size_t a, size_t b, size_t at, bool* first);
  std::optional<Subject> Introduced(size_t a, size_t b,
                                    const std::string& mention);
  size_t DescribedEnd(size_t k) const;
  size_t WhereDescribed(size_t k) const;
  bool HyphenInWord(size_t k) const;
  const std::vector<size_t>& LowerAt(std::string_view key);
  std::optional<Subject> OneOpening(size_t before, const std::string& mention);
  std::optional<Subject> OneOfThose(std::string_view plural, size_t before,
                                    const std::string& mention);
  std::optional<Subject> DocumentSource(size_t k, size_t limit);
  std::optional<Subject> After(size_t q);
  std::optional<Subject> ClosingSource(size_t q, bool according_only);
  std::optional<Subject> Before(size_t q, bool* called);
  std::optional<Subject> Pronoun(size_t at, std::string_view pronoun);
  // "The official also outlined", "The German Chancellor defended", "The
  // singer was nominated": a sentence opening at word a on someone by
  // their role (capitals or titles after "the", the last a role), then a
  // word in lower case that is no preposition or article; the role's
  // word, or `end` when the sentence opens otherwise. Looks no further
  // than `end`.
  size_t RoleOpening(size_t a, size_t end) const;
  size_t RunEnd(size_t i) const;
  size_t AfterBodyOfTitle(size_t a, size_t b) const;
  // Whether the capitalised run at word k, then a lower-case word, is
  // followed by a name before word v ("Direction star Niall Horan").
  bool NamedAfterRole(size_t k, size_t v) const {
    const size_t r = RunEnd(k);
    return r + 2 < v && !words_[r + 1].punct && !words_[r + 1].cap &&
           words_[r + 2].cap && !words_[r + 2].punct;
  }
  // Whether word i is a participle opening a clause ("Stating that ...",
  // "Speaking on a podcast"), not a name in -ing ("Manning said",
  // "Channing Tatum, ...").
  bool Participle(size_t i) const {
    const Word& w = words_[i];
    return !w.punct && w.key.size() > 5 && w.key.ends_with("ing") &&
           !capital_.count(w.key) && quote::FirstNameGender(w.key) == 0 &&
           i + 1 < words_.size() && !words_[i + 1].cap &&
           !words_[i + 1].punct && !Verb(i + 1) &&
           !Auxiliary(words_[i + 1].key);
  }
  // Whether the capitalised run ending at word j is an office over "for"
  // or "of", no one's name: "Federal Minister" in "Federal Minister for
  // Information Senator Shibli Faraz" (the name comes after).
  // (Not a surname that is a title: "Mark Judge of Georgetown
  // University", "Gayle King of CBS": a first name before it.)
  bool OfficeOver(size_t j) const {
    if (!(j + 2 < words_.size() && !words_[j].punct && words_[j].cap &&
          Title(words_[j].key) &&
          (words_[j + 1].key == "for" || words_[j + 1].key == "of") &&
          words_[j + 2].cap && !words_[j + 2].punct &&
          words_[j + 2].paragraph == words_[j].paragraph))
      return false;
    for (size_t k = j; k-- > 0 && j - k <= 6;) {
      if (words_[k].punct || !words_[k].cap ||
          words_[k].paragraph != words_[j].paragraph)
        break;
      if (quote::FirstNameGender(words_[k].key) != 0) return false;
    }
    return true;
  }
  // "MP", "GP", "CEO": a role written as its capitals.
  bool RoleAbbreviation(size_t k) const {
    const Word& w = words_[k];
    return !w.punct && w.key.size() <= 4 && w.end - w.begin == w.key.size() &&
           AllCaps(t_.substr(w.begin, w.end - w.begin)) &&
           (Title(w.key) || RoleNoun(w.key));
  }
  // Words in [a, b], punctuation not counted ("James P. Kennedy" is 3).
  size_t Parts(size_t a, size_t b) const {
    size_t n = 0;
    for (size_t k = a; k <= b && k < words_.size(); ++k) n += !words_[k].punct;
    return n;
  }
  // The fullest form the article gives `name`, whose last word is word
  // `last`: "Johnson" -> "Boris Johnson", "Van Der Beek" -> "James Van Der
  // Beek", "Rose-Lynn" -> "Rose-Lynn Harlan" (FullFromFirst); but "Gene
  // Hansbrough" is not "Tyler Hansbrough", and an acronym ("AMD") is no
  // surname.
  std::string Fullest(const std::string& name, size_t last,
                      bool person_only) const {
    // "says Parata" where Hori Parata and Te Kaurinui Robert Parata are
    // both named, "Lee" for Lee Jae-myung or Lee Sang-min: the one named
    // in full nearest before.
    if (name.find(' ') == std::string::npos && !AllCaps(name)) {
      auto f = first_.find(text::Fold(name));
      if (shared_surnames_.count(words_[SurnameWord(last)].key) ||
          (f != first_.end() && f->second.empty())) {
        const auto end = std::lower_bound(
            mentions_.begin(), mentions_.end(), last,
            [](const Mention& m, size_t w) { return m.word < w; });
        // The one just named in full (this paragraph or the one before);
        // else the one the article names in full most often (the story's
        // subject, not the father named once), the first named on a tie.
        const std::string* best = nullptr;
        int best_count = 0;
        size_t seen = 0;
        const std::string as_last = " " + name, as_first = name + " ";
        // "Mr Platt" of Brian and Sheila Platt: the one of his gender.
        int titled = 0;
        {
          size_t t = last;
          if (t > 0 && words_[t - 1].key == ".") --t;
          const std::string_view k =
              t > 0 ? std::string_view(words_[t - 1].key) : std::string_view();
          titled = TitleGender(k);
        }
        for (auto it = std::make_reverse_iterator(end);
             it != mentions_.rend() && seen++ < kReach; ++it) {
          if (it->org ||
              !(it->name.ends_with(as_last) || it->name.starts_with(as_first)))
            continue;
          // (Of the gender the text has shown them, where the first name
          // shows none: "Ms Deshpande" is not Vikram Deshpande, "he".)
          if (titled != 0) {
            int g = quote::FirstNameGender(text::SearchKey(
                std::string_view(it->name).substr(0, it->name.find(' '))));
            if (g == 0) {
              const auto shown = gender_.find(it->name);
              g = shown == gender_.end()
                      ? 0
                      : (shown->second > 0) - (shown->second < 0);
            }
            if (g * titled < 0) continue;
          }
          if (!best && words_[it->word].paragraph + 1 >= words_[last].paragraph)
            return it->name;
          auto c = full_count_.find(it->name);
          const int count = c == full_count_.end() ? 0 : c->second;
          if (!best || count >= best_count) {
            best = &it->name;
            best_count = count;
          }
        }
        if (best) return *best;
      }
    }
    if (!AllCaps(name)) {
      auto s = surname_.find(words_[SurnameWord(last)].key);
      if (s != surname_.end() && s->second.size() > name.size() &&
          (name.find(' ') == std::string::npos ||
           s->second.ends_with(" " + name)))
        return s->second;
    }
    if (name.find(' ') != std::string::npos) {
      auto p = prefix_.find(text::Fold(name));
      if (p != prefix_.end() && !p->second.empty()) return p->second;
    }
    if (std::string body = LongerBody(name, last); !body.empty()) return body;
    std::string full = FullFromFirst(name, person_only);
    if (full.empty()) full = Misspelt(name);
    return full.empty() ? name : full;
  }
  // "Nebitt" where the text names Sterling Nesbitt, "Staurt" for Ricky
  // Stuart: a surname of five letters or more, given nowhere in full, one
  // letter away from (or two letters swapped in) the surname of the one
  // person named in full so; "" if none or several.
  std::string Misspelt(const std::string& name) const {
    if (name.size() < 5 || name.find(' ') != std::string::npos ||
        AllCaps(name) || surname_.count(text::Fold(name)))
      return "";
    const std::string key = text::Fold(name);
    const auto near = [](std::string_view a, std::string_view b) {
      return a[0] == b[0] && WithinOneEdit(a, b, true);
    };
    std::string found;
    size_t seen = 0;
    for (const auto& [surname, full] : surname_) {
      if (seen++ > kReach) break;
      if (surname.size() < 5 || full.find(' ') == std::string::npos ||
          !near(key, surname) || shared_surnames_.count(surname))
        continue;
      if (!found.empty() && found != full) return "";
      found = full;
    }
    return found;
  }
  // The one full name the article gives a first word ("Rose-Lynn" ->
  // "Rose-Lynn Harlan", "GateHouse" -> "GateHouse Media"), "" if none.
  // For a person only: never an acronym or a body's first word ("ATI" is
  // someone only as "ATI Technologies", no person).
  std::string FullFromFirst(const std::string& name, bool person) const {
    if (name.find(' ') != std::string::npos) return "";
    auto f = first_.find(text::Fold(name));
    if (f == first_.end() || f->second.size() <= name.size()) return "";
    const std::string& full = f->second;
    if (person && (AllCaps(name) ||
                   OrgWord(text::Fold(full.substr(full.rfind(' ') + 1)))))
      return "";
    return full;
  }
  // The body (an organisation) named last before word `before`, within
  // its paragraph and the `paragraphs` before; with `subject`, only one
  // named as its sentence's subject, and no place.
  std::optional<Subject> BodyBefore(size_t before, int paragraphs,
                                    bool subject) const {
    const int here = words_[std::min(before, words_.size() - 1)].paragraph;
    const auto end =
        std::lower_bound(mentions_.begin(), mentions_.end(), before,
                         [](const Mention& m, size_t w) { return m.word < w; });
    size_t seen = 0;
    for (auto it = std::make_reverse_iterator(end);
         it != mentions_.rend() && seen++ < kReach; ++it) {
      if (words_[it->word].paragraph + paragraphs < here) break;
      if (it->org && (!subject || (it->subject && !Place(it->name))))
        return Subject{it->name, "", false, true};
    }
    return std::nullopt;
  }
  // One past the last word of the source "according to" names from word
  // j, before `limit`: up to a punctuation mark (or a boundary word, with
  // `boundary`), a possessive kept ("the church 's minister").
  size_t SourceEnd(size_t j, size_t limit, bool boundary) const {
    while (j < limit) {
      if (!words_[j].punct) {
        if (boundary && Boundary(words_[j].key)) break;
        ++j;
      } else if ((words_[j].key == "'" || words_[j].key == "’") &&
                 j + 1 < limit && words_[j + 1].key == "s") {
        j += 2;
      } else if (words_[j].key == "-" && j > 0 && j + 1 < limit &&
                 words_[j - 1].end == words_[j].begin &&
                 words_[j + 1].begin == words_[j].end && !words_[j + 1].punct) {
        // "Pedalwise co-founder Jules Okonkwo".
        j += 2;
      } else if (words_[j].key == "." && j > 0 && !words_[j - 1].punct &&
                 !SentenceEnd(j) && words_[j - 1].key != "jr" &&
                 words_[j - 1].key != "sr" &&
                 (Abbreviation(words_[j - 1].key) ||
                  words_[j - 1].end - words_[j - 1].begin == 1)) {
        // "Dr. Helen Park", "U.S. officials": an abbreviation's dot (not
        // "according to Tom Baker Sr. His son disagreed.").
        ++j;
      } else {
        break;
      }
    }
    return j;
  }
  // Word k, or the one after it when k is a lower-case "the" ("a
  // statement from the Acme Group": where the name starts).
  size_t PastThe(size_t k) const {
    return k + 1 < words_.size() && words_[k].key == "the" && !words_[k].cap
               ? k + 1
               : k;
  }
  // The first word of [a, b] after its last title ("British Foreign
  // Secretary Boris Johnson" -> "Boris").
  size_t AfterTitles(size_t a, size_t b) const {
    // Never the surname before a suffix ("Martin Luther King III").
    for (size_t k = SurnameWord(b); k > a; --k)
      if (!words_[k - 1].punct && TitleAt(k - 1, b)) return k;
    return a;
  }
  // Whether word i, in a name ending at word b, is a title. A word that is
  // one only with another ("Home Secretary", "General Mark Milley") is
  // part of a body's name before a single word ("Home Depot", "General
  // Motors", "State Department").
  bool TitleAt(size_t i, size_t b) const {
    // "Oliver King-Smith": a title's word joined to a name by a hyphen is
    // part of the name (but "Vice-President", "Director-General").
    if (i + 2 <= b && words_[i + 1].key == "-" &&
        words_[i + 1].begin == words_[i].end &&
        words_[i + 2].begin == words_[i + 1].end && words_[i + 2].cap &&
        !words_[i + 2].punct && !Title(words_[i + 2].key))
      return false;
    // "MD" heads a firm; "Md" is Mohammad, part of a name ("Md Quamrul
    // Hasan", "Tajudin Md Isa").
    if (words_[i].key == "md" &&
        !AllCaps(t_.substr(words_[i].begin, words_[i].end - words_[i].begin)))
      return false;
    // "District Collector Meenakshi Iyer", "Nurse Priscilla Tan": a role
    // noun before a name of two words is a title too.
    if (!Title(words_[i].key)) {
      // What a company is, before its name of any length ("Developer
      // Valve", "Retailer Target").
      static const std::unordered_set<std::string_view> kCompanyKinds = {
          "developer",    "publisher", "retailer",   "carmaker",
          "automaker",    "chipmaker", "insurer",    "lender",
          "manufacturer", "supplier",  "distributor"};
      // (All end in -er or -or: the ending spares most words the look-up.)
      const std::string& k = words_[i].key;
      if ((k.ends_with("er") || k.ends_with("or")) && kCompanyKinds.count(k))
        return i < b && !words_[i + 1].punct;
      // Football positions as rosters write them, in capitals ("DL Sheldon
      // Richardson"; not "50 lb"; not "de" or "te", which open names).
      if (k.size() == 2 && i < b &&
          (k == "qb" || k == "rb" || k == "dl" || k == "lb" || k == "cb" ||
           k == "ol" || k == "dt") &&
          AllCaps(t_.substr(words_[i].begin, words_[i].end - words_[i].begin)))
        return true;
      // "Owners Earl and Loretta Pickett", "Neighbours John and Mary
      // Smith": what a couple are, opening the sentence, before a first
      // name.
      if (k.size() > 4 && k.ends_with("s") && words_[i].open && i < b &&
          RoleNoun(std::string_view(k).substr(0, k.size() - 1)) &&
          quote::FirstNameGender(words_[i + 1].key) != 0)
        return true;
      if (!RoleNoun(words_[i].key)) return false;
      size_t rest = 0;
      for (size_t k = i + 1; k <= b && rest < 2; ++k) rest += !words_[k].punct;
      return rest >= 2;
    }
    // ("National Transportation Safety Board", "Islamic Revolutionary
    // Guard Corps Navy": a body's name, whatever titles are in it.)
    if (i < b && OrgWord(words_[b].key) && words_[b].cap && !words_[i].open &&
        !AllCaps(Span(b, b)))
      for (size_t k = i; k <= b; ++k) {
        if (words_[k].punct || !words_[k].cap) break;
        if (k == b) return false;
      }
    if (!CombiningTitle(words_[i].key)) return true;
    if (i + 1 <= b && !words_[i + 1].punct && Title(words_[i + 1].key))
      return true;
    size_t rest = 0;
    for (size_t k = i + 1; k <= b && rest < 2; ++k) rest += !words_[k].punct;
    // ("Chief Fluck" after "Police Chief Henry Fluck": before the surname
    // of someone named in full, a title.)
    if (rest == 1 && i + 1 == b && !words_[b].punct) {
      const auto known = surname_.find(words_[b].key);
      if (known != surname_.end() &&
          known->second.find(' ') != std::string::npos &&
          !shared_surnames_.count(words_[b].key))
        return true;
    }
    return rest >= 2;
  }
  // The fullest name of the nearest mention before word `at` (of the
  // kReach nearest) that `want` accepts; null if none does.
  template <typename Want>
  const std::string* NearestMention(size_t at, Want want) const {
    const auto upto =
        std::lower_bound(mentions_.begin(), mentions_.end(), at,
                         [](const Mention& m, size_t w) { return m.word < w; });
    size_t seen = 0;
    for (auto it = std::make_reverse_iterator(upto);
         it != mentions_.rend() && seen++ < kReach; ++it)
      if (want(*it)) return &it->name;
    return nullptr;
  }
  // A filler word at i ("also", "quickly"), unless its capital makes it a
  // name ("Early says", "Kelly said", '"...," Lovely said').
  bool FillerAt(size_t i) const {
    // "his family", "the assembly": a noun in -ly after a determiner.
    return !words_[i].punct && Filler(words_[i].key) && !words_[i].cap &&
           !(i > 0 && Determiner(words_[i - 1].key) &&
             words_[i].key.ends_with("ly"));
  }
  // The word a surname key is read from: "Kennedy" in "James P. Kennedy
  // Jr.", else j itself.
  size_t SurnameWord(size_t j) const {
    static const std::unordered_set<std::string_view> kSuffixes = {
        "jr", "sr", "ii", "iii", "iv"};
    if (PostNominal(j)) return j - 1;
    if (!kSuffixes.count(words_[j].key)) return j;
    size_t k = j;
    while (k > 0 && words_[k - 1].punct &&
           (words_[k - 1].key == "." || words_[k - 1].key == ","))
      --k;
    return k > 0 && k + 3 > j && !words_[k - 1].punct && words_[k - 1].cap
               ? k - 1
               : j;
  }
  // Letters after a name for a rank, an honour or a seat ("Morgan Shelley
  // BL", "Jonathan Laidlaw QC", "Jane Doe MBE"): the name's fullest form
  // keeps them, but the surname is the word before ("Mr Shelley").
  bool PostNominal(size_t k) const {
    static const std::unordered_set<std::string_view> kLetters = {
        "qc",  "kc",  "bl",  "sc",  "mp",  "msp", "mla", "mep", "td",
        "obe", "mbe", "cbe", "kbe", "dbe", "gbe", "frs", "phd"};
    return k > 0 && !words_[k].punct && kLetters.count(words_[k].key) &&
           words_[k - 1].cap && !words_[k - 1].punct &&
           words_[k - 1].end < words_[k].begin &&
           words_[k].end - words_[k].begin >= 2 &&
           (AllCaps(Span(k, k)) || words_[k].key == "phd");
  }
  // Whether word x is an acronym whose letters run in order through the
  // name [a, b], from its first ("BALPA", "British Airline Pilots'
  // Association").
  bool LettersOf(size_t x, size_t a, size_t b) const {
    if (words_[x].punct || words_[x].key.size() < 2 || !AllCaps(Span(x, x)) ||
        words_[x].key[0] != words_[a].key[0])
      return false;
    const std::string folded = text::Fold(Span(a, b));
    size_t at = 0;
    for (char c : words_[x].key) {
      at = folded.find(c, at);
      if (at == std::string::npos) return false;
      ++at;
    }
    return true;
  }
  // Whether word i names a thing ("a small guesthouse called “Umi no
  // Ie”"): no one's words ("the senator called the bill ..." has an object
  // between; "a neighbour called “Help!”" is someone calling out).
  bool NamingParticiple(size_t i) const {
    if (i > 0 && i + 1 < words_.size() &&
        (words_[i].key == "called" || words_[i].key == "named" ||
         words_[i].key == "dubbed") &&
        !words_[i - 1].punct && !words_[i - 1].cap &&
        !Pronouns().count(words_[i - 1].key) && !Auxiliary(words_[i - 1].key) &&
        !RoleNoun(words_[i - 1].key) && !Title(words_[i - 1].key) &&
        NounGender(words_[i - 1].key) == 0 && !People(words_[i - 1].key)) {
      size_t n = i + 1;
      while (n < words_.size() && n < i + 3 && words_[n].punct &&
             words_[n].quote < 0)
        ++n;
      if (n < words_.size() && (words_[n].quote >= 0 || words_[n].cap))
        return true;
    }
    return false;
  }
  // A speech verb at word i, not a noun ("the claims", "his statement").
  // Not one said to be refused ("declined to say", "would not say").
  bool Verb(size_t i) const {
    if (!words_[i].verb) return false;
    // "the claims", "his statement"; but "next to her screamed", "a source
    // close to her said": a past tense is no noun.
    static const std::unordered_set<std::string_view> kQuantifiers = {
        "those", "these", "such", "some", "any",   "many",
        "no",    "few",   "my",   "your", "whose", "several"};
    // ("another replied", "one said": a past tense after a determiner
    // standing alone.)
    const bool alone =
        i > 0 &&
        (words_[i - 1].key == "another" || words_[i - 1].key == "one") &&
        (words_[i].key.ends_with("ed") || words_[i].key == "said" ||
         words_[i].key == "told" || words_[i].key == "wrote");
    if (i > 0 && !alone &&
        (Determiner(words_[i - 1].key) || words_[i - 1].key == "s" ||
         kQuantifiers.count(words_[i - 1].key)) &&
        !(words_[i - 1].key == "her" &&
          (words_[i].key.ends_with("ed") ||
           // (After a preposition only: not "Police who interviewed her
           // said", a clause's object.)
           ((words_[i].key == "said" || words_[i].key == "told" ||
             words_[i].key == "wrote") &&
            i > 1 && Preposition(words_[i - 2].key)))))
      return false;
    // "offered a warning: ..." says something; "the setting offered a
    // "unique opportunity"" does not: the quotation is what was offered.
    if ((words_[i].key == "offered" || words_[i].key == "offers") &&
        i + 2 < words_.size() && Determiner(words_[i + 1].key) &&
        (words_[i + 2].quote >= 0 ||
         (i + 3 < words_.size() && words_[i + 3].quote >= 0)))
      return false;
    // "pointed out" says something; "pointed a gun" does not.
    if (words_[i].key == "pointed" &&
        !(i + 1 < words_.size() && words_[i + 1].key == "out"))
      return false;
    // "wouldn't say", "never said".
    if (i > 0 && (words_[i - 1].key == "never" ||
                  (words_[i - 1].key == "t" && i > 1 && words_[i - 2].punct)))
      return false;
    if (i > 1 && (words_[i - 1].key == "to" || words_[i - 1].key == "not")) {
      static const std::unordered_set<std::string_view> kRefusal = {
          "declined", "refused", "declines", "refuses", "declining",
          "refusing", "would",   "did",      "does",    "could"};
      if (kRefusal.count(words_[i - 2].key)) return false;
    }
    // "left the court to chants of": a noun.
    if (i > 0 && i + 1 < words_.size() && words_[i + 1].key == "of" &&
        words_[i].key.ends_with("s") &&
        (words_[i - 1].key == "to" || Preposition(words_[i - 1].key)))
      return false;
    // "have the final say", "a quick reply": a noun after a determiner
    // and its adjective.
    // (Not "Fifty-one percent say", "a statement warning".)
    static const std::unordered_set<std::string_view> kAlsoNouns = {
        "say", "reply", "answer", "comment", "tweet", "post", "claim"};
    // (Determiners that only go before a noun: not "that", "this" or
    // "one", which may open a clause: "a view that most say is wrong".)
    static const std::unordered_set<std::string_view> kArticles = {
        "the", "a", "an", "his", "her", "their", "its", "our", "my", "your"};
    // (Nor "the residents say", "the police say": a plural subject.)
    if (i > 1 && kAlsoNouns.count(words_[i].key) &&
        kArticles.count(words_[i - 2].key) && !words_[i - 1].cap &&
        !words_[i - 1].punct && !words_[i - 1].key.ends_with("s") &&
        !People(words_[i - 1].key))
      return false;
    // "said in brief remarks": a noun after a preposition and its
    // adjective.
    // (Only nouns' plurals: not "a spokesperson for police says".)
    static const std::unordered_set<std::string_view> kPlurals = {
        "remarks", "comments", "statements", "claims",
        "tweets",  "posts",    "replies",    "notes"};
    if (i > 1 && kPlurals.count(words_[i].key) && !words_[i - 1].cap &&
        !words_[i - 1].punct && Preposition(words_[i - 2].key))
      return false;
    // "advance orders were", "the claims are": a plural noun before its
    // verb.
    if (i + 1 < words_.size() && words_[i].key.ends_with("s") &&
        !words_[i].key.ends_with("ss")) {
      static const std::unordered_set<std::string_view> kBe = {"were", "are",
                                                               "have", "had"};
      if (kBe.count(words_[i + 1].key)) return false;
    }
    // "Hegarty issues warning to Kassim": a noun the verb before takes.
    if (i > 0 && words_[i].key.ends_with("ing")) {
      static const std::unordered_set<std::string_view> kTakes = {
          "issues", "issued",   "issue",   "gives",   "gave",
          "sends",  "sent",     "ignores", "ignored", "heeds",
          "heeded", "receives", "received"};
      if (kTakes.count(words_[i - 1].key)) return false;
    }
    return true;
  }
  // Whether the punctuation at word i ends a sentence: not the dot of an
  // abbreviation ("U.S. attorney", "Mr. Trump").
  bool SentenceEnd(size_t i) const;
  std::optional<Subject> FirstSubject(size_t start, size_t v);
  std::optional<Subject> OpeningDescription(size_t start, size_t v);
  size_t SentenceStart(size_t last, int paragraph) const;
  // Not part of a name: a function word opening a sentence ("But Mr
  // Johnson", "When Lavrov").
  // A function word inside a capitalised run ("The Thick Of It", "Lord Of
  // The Rings"): the run is a title, not a person's name.
  static bool Inner(const Word& w) {
    static const std::unordered_set<std::string_view> kInner = {
        "of",  "the", "and",  "it", "in", "on", "a", "an",
        "for", "to",  "with", "is", "at", "by", "or"};
    return !w.punct && kInner.count(w.key) > 0;
  }
  // A function word inside a capitalised run, which makes the run a title
  // ("The Thick Of It"); not a middle initial ("John A. Martinez").
  bool InnerAt(size_t k) const {
    return Inner(words_[k]) &&
           !(words_[k].cap && words_[k].end - words_[k].begin == 1 &&
             k + 1 < words_.size() && words_[k + 1].key == "." &&
             words_[k + 1].begin == words_[k].end);
  }
  bool Lead(const Word& w) const {
    static const std::unordered_set<std::string_view> kLead = {
        "however", "meanwhile", "instead", "still", "now", "ahead", "despite",
        "indeed", "moreover", "furthermore", "last", "next", "earlier", "later",
        "today", "yesterday", "asked", "speaking", "according", "separately",
        "elsewhere", "overall", "nonetheless", "nevertheless", "thus",
        "therefore", "finally", "first", "second", "lastly", "like", "unlike",
        "following", "amid", "although", "though", "yet", "already", "recently",
        "previously", "currently", "initially", "eventually", "ultimately",
        "additionally", "also", "even", "perhaps", "maybe", "writing",
        "responding", "addressing", "describing", "explaining", "noting",
        "citing", "reacting", "clearly", "certainly", "obviously", "apparently",
        "reportedly", "similarly", "unfortunately", "fortunately", "luckily",
        "sadly", "interestingly", "importantly", "notably", "specifically",
        "generally", "usually", "typically", "originally", "publicly",
        "privately", "immediately", "shortly", "presumably", "allegedly",
        "officially", "only", "early", "nearly", "roughly", "partly", "mostly",
        "largely", "rarely", "frequently", "occasionally", "surprisingly",
        "critically", "separately", "subsequently",
        // (And a clause's conjunction, Subordinator below: "Since 1998, the
        // Food and Drug Administration has ...".)
        "whilst", "during", "throughout",
        // A verb opening the sentence: "Enter Stuart R. Kaplan, ...",
        // "Meet Jane Doe", "Says Smith: ...".
        "enter", "meet", "says", "said", "thanks", "welcome", "consider",
        "cue"};
    // An adverb in -ly, unless a capitalised word follows it: "Billy King",
    // "Kelly Smith" (common adverbs are listed above).
    const size_t at = static_cast<size_t>(&w - words_.data());
    const bool name_follows =
        at + 1 < words_.size() && !words_[at + 1].punct && words_[at + 1].cap;
    // ("Mrs Smith was cautious.", "Dr. Smith said": a title before a name
    // leads no clause, whatever list of common words holds it.)
    const bool dotted_name_follows =
        at + 2 < words_.size() && words_[at + 1].key == "." &&
        !words_[at + 2].punct && words_[at + 2].cap;
    if ((name_follows || dotted_name_follows) && Title(w.key)) return false;
    return w.open && (Stopwords().count(w.key) > 0 || kLead.count(w.key) > 0 ||
                      Subordinator(w.key) ||
                      (w.key.size() > 4 && w.key.ends_with("ly") &&
                       !name_follows && !capital_.count(w.key)) ||
                      // (Not "Downing Street", "Reading Borough Council":
                      // a name's first word before its others.)
                      (w.key.size() > 5 && w.key.ends_with("ing") &&
                       !capital_.count(w.key) && !name_follows) ||
                      lower_.count(w.key) > 0);
  }
  // `depth`: how many verbs joined to this one were followed back; the
  // chain is cut so hostile text cannot exhaust the stack.
  std::optional<Subject> SubjectOf(size_t v, size_t start, int depth = 0);
  std::optional<Subject> AuthorOf(size_t start, size_t b, size_t at);
  std::optional<Subject> QuotedFrom(size_t k, size_t as, size_t start);
  // The speech verb of a finished sentence's main clause, for the verb v
  // found last in it: "Kelly said officers fired after Gray pleaded
  // guilty." reports Kelly, not Gray. v itself when no clause opens
  // between.
  size_t MainVerb(size_t v, size_t start) const {
    // (Not "since March, and economist Mark Webb said", nor a contrast,
    // "..., while council leader Omar Ali said": clauses of their own.)
    static const std::unordered_set<std::string_view> kOpens = {
        "after", "before", "when", "because", "since", "once", "if"};
    for (size_t c = v; c-- > start;) {
      if (words_[c].quote >= 0 || words_[c].key == "," || words_[c].key == ";")
        return v;
      if (words_[c].punct || !kOpens.count(words_[c].key)) continue;
      for (size_t u = c; u-- > start;) {
        if (words_[u].quote >= 0) return v;
        if (Verb(u)) return u;
      }
      return v;
    }
    return v;
  }
  bool TitleLike(const std::string& text) const;
  bool NamedAsTerm(size_t prev, int paragraph) const;
  bool Described(size_t prev) const;
  static bool Clause(const std::string& description);
  size_t FirstWordAfter(size_t offset) const;
  size_t LastWordBefore(size_t offset) const;  // words_.size() if none
  // The last character of a quotation's words, ' ' if it has none.
  char LastChar(const quote::Marked& m) const {
    return m.end > m.begin ? t_[m.end - 1] : ' ';
  }
  // Whether a quotation's words close on a stop inside its marks ("...
  // happy."): its sentence ends with it.
  bool EndsOnStop(const quote::Marked& m) const {
    const char c = LastChar(m);
    return c == '.' || c == '?' || c == '!';
  }
  // Whether the sentence holding quotation q ends on a question mark of
  // its own (in its paragraph, within kReach words).
  bool EndsOnQuestion(size_t q) const {
    const size_t from = quote_last_[q];
    for (size_t k = from + 1; k < words_.size() && k - from <= kReach; ++k) {
      if (words_[k].paragraph != words_[from].paragraph) return false;
      if (words_[k].quote >= 0) {
        // (A quoted question is its speaker's: 'Kelly said an
        // "earwitness" heard a cop yell, "What do you have?"'.)
        if (EndsOnStop(marks_[static_cast<size_t>(words_[k].quote)]))
          return false;
        continue;
      }
      if (SentenceEnd(k)) return words_[k].key == "?";
    }
    return false;
  }

  std::string_view t_;
  const std::vector<quote::Marked>& marks_;
  // No capital letter anywhere: names are found by their titles
  // (RecaseNames) and written capitalised.
  bool lowercased_ = false;
  bool tokenised_ = false;  // Tokenised(t_), asked once
  bool wrapped_ = false;    // HardWrapped(t_): a blank line ends a paragraph
  // How many lines make a paragraph's worth of story when a pronoun looks
  // back: 3 in text kept a sentence a line (SentenceALine), else 1.
  int line_scale_ = 1;
  // Set while Resolve looks for whoever issued "a statement", and while
  // Pronoun reads the sentence before a quotation: neither step starts
  // again from inside itself (hostile text would chain it through the
  // whole text, one level of recursion a sentence).
  bool in_statement_ = false;
  bool in_reported_ = false;
  // Set while Resolve reads the holder after a title ("Lagos State
  // Governor, Babajide Sanwo-Olu,"): a holder's run is not read as a title
  // with a holder of its own (hostile text chains "Jane Doctor, " on).
  bool in_holder_ = false;
  std::vector<Word> words_;
  std::vector<size_t> quote_first_, quote_last_;  // word range per quote
  // Folded surname -> the fullest name the article gives it.
  std::unordered_map<std::string, std::string> surname_;
  // A fuller name for `surname`, taken where the article gave it none but
  // itself (or nothing).
  void FullerName(const std::string& surname, const std::string& name) {
    auto [it, added] = surname_.emplace(surname, name);
    if (!added && it->second.find(' ') == std::string::npos) it->second = name;
  }
  // People the text names by one word, seen with a title ("Prince
  // Andrew", "Mr Lavrov").
  std::unordered_set<std::string> one_word_people_;
  // Capitalised words the text also uses alone after a preposition or
  // article ("in Ukraine", "the Kremlin"): before a name of two words they
  // are a place or body, not part of the name ("envoy to Ukraine Kurt
  // Volker").
  std::unordered_set<std::string> run_ends_;
  // Capitalised words standing alone as a speech verb's subject ("Yoon
  // said"): a person (a surname said first), wherever else they stand.
  std::unordered_set<std::string> speakers_alone_;
  // Surnames of two people or more ("Hori Parata", "Te Kaurinui Parata").
  std::unordered_set<std::string> shared_surnames_;
  // How often each name of two words or more is written.
  std::unordered_map<std::string, int> full_count_;
  // The first two words of a name of three or more, folded -> the one
  // such name ("" when two share them).
  std::unordered_map<std::string, std::string> prefix_;
  // Bodies named in full ("New Zealand Department of Conservation",
  // "Doctors for Camp Closure"): (last word, name), in order.
  struct Body {
    size_t begin, end;                // its first and last word
    std::string name;                 // as written
    std::vector<std::string> folded;  // its words, folded
  };
  std::vector<Body> bodies_;
  // "Brian and Sheila Platt": where each first name of a couple stands,
  // and the full name it gives ("Brian Platt"), in order.
  std::vector<std::pair<size_t, std::string>> couples_;
  // A description ending "for/of/at the <noun>" with the body named
  // before `at` whose name ends in that noun given by its name ("a
  // spokesperson for the office" -> "a spokesperson for the Broadcast
  // Standards Office"); else the description as it is.
  std::string NameTheBody(const std::string& description, size_t at) const {
    const size_t the = description.rfind(" the ");
    if (the == std::string::npos || the < 4) return description;
    const std::string noun = description.substr(the + 5);
    if (noun.empty() || noun.find(' ') != std::string::npos ||
        !std::islower(static_cast<unsigned char>(noun[0])))
      return description;
    const std::string before = description.substr(0, the);
    if (!before.ends_with(" for") && !before.ends_with(" of") &&
        !before.ends_with(" at"))
      return description;
    const auto end =
        std::lower_bound(bodies_.begin(), bodies_.end(), at,
                         [](const Body& x, size_t w) { return x.end < w; });
    size_t seen = 0;
    for (auto it = std::make_reverse_iterator(end);
         it != bodies_.rend() && seen++ < kReach; ++it)
      if (!it->folded.empty() && it->folded.back() == noun) {
        std::string name = it->name;
        if (name.starts_with("The ")) name.erase(0, 4);
        return description.substr(0, the) + " the " + name;
      }
    return description;
  }
  // "the Association" -> "Association of Freight Carriers": the body
  // named by word `at` whose name is `name` going on over "of" or
  // "for" (the nearest), when `name` ends as a body's name does; else "".
  std::string LongerBody(const std::string& name, size_t at) const {
    // (Most names are people's: the last word first, before any folding.)
    const size_t space = name.rfind(' ');
    if (bodies_.empty() ||
        !OrgWord(text::SearchKey(std::string_view(name).substr(
            space == std::string::npos ? 0 : space + 1))))
      return "";
    const std::vector<std::string> words = text::FoldedWords(name);
    if (words.empty() || !OrgWord(words.back())) return "";
    // Those begun by `at`: the one it stands in, and those before.
    const auto end =
        std::upper_bound(bodies_.begin(), bodies_.end(), at,
                         [](size_t w, const Body& x) { return w < x.begin; });
    size_t seen = 0;
    for (auto it = std::make_reverse_iterator(end);
         it != bodies_.rend() && seen++ < kReach; ++it) {
      const std::vector<std::string>& f = it->folded;
      size_t k = !f.empty() && f[0] == "the";
      if (f.size() <= k + words.size() + 1 ||
          !std::equal(words.begin(), words.end(), f.begin() + k))
        continue;
      const std::string& joint = f[k + words.size()];
      if (joint != "of" && joint != "for") continue;
      std::string full = it->name;
      if (k) full.erase(0, full.find(' ') + 1);
      return full;
    }
    return "";
  }
  // The first word of the body's name of bodies_ word k is inside, or
  // words_.size().
  size_t BodyAt(size_t k) const {
    auto body =
        std::lower_bound(bodies_.begin(), bodies_.end(), k,
                         [](const Body& x, size_t w) { return x.end < w; });
    return body != bodies_.end() && body->begin <= k ? body->begin
                                                     : words_.size();
  }
  // Lower-case words outside quotations -> where they stand (see "the
  // man" in Resolve); empty until first needed.
  std::unordered_map<std::string_view, std::vector<size_t>> lower_at_;
  // People the story names beside what was done to them ("sentenced
  // Brian Nichols"): "the convicted killer" is one of them. Built on first
  // use.
  std::unordered_set<std::string> accused_;
  bool accused_built_ = false;
  // Folded initials -> the name they stand for ("dea" -> "Drug
  // Enforcement Administration"), from names of two words or more.
  std::unordered_map<std::string, std::string> acronyms_;
  // Per paragraph: a headline or link line (see ReadWords).
  std::vector<bool> title_line_;
  // Per paragraph: short, with no stop, as a headline in any case is.
  std::vector<bool> headline_;
  // Names the text puts somewhere ("in Washington", "across the United
  // States"), folded: a place that does not speak for itself.
  std::unordered_set<std::string> places_;
  bool Place(const std::string& name) const {
    // "Whangārei Harbour", "Third Street": a last word only a place has
    // (not "Park" or "Bay", which are people's names too, nor "County",
    // "District" or "Airport", whose bodies speak).
    static const std::unordered_set<std::string_view> kOnlyPlaces = {
        "harbour", "harbor", "street",  "avenue",    "road",
        "ocean",   "desert", "highway", "boulevard", "peninsula"};
    const size_t space = name.rfind(' ');
    if (space != std::string::npos &&
        kOnlyPlaces.count(
            text::SearchKey(std::string_view(name).substr(space + 1))))
      return true;
    return !places_.empty() && places_.count(text::Fold(name)) > 0;
  }
  // Whether a name a mention gives can be someone "he" or "she" stands
  // for: not a place, nor a phrase whose first and last words the text
  // also writes in lower case ("Young People" beside "young people"),
  // unless it opens on a given name or the text shows its gender.
  bool Someone(const std::string& name) const {
    if (Place(name)) return false;
    const size_t first = name.find(' '), last = name.rfind(' ');
    if (first == std::string::npos) return true;
    // (One common end is a person's: "Chris Hope", "Alex Young".)
    if (!lower_.count(
            text::SearchKey(std::string_view(name).substr(last + 1))) ||
        !lower_.count(text::SearchKey(std::string_view(name).substr(0, first))))
      return true;
    const auto g = gender_.find(name);
    return (g != gender_.end() && g->second != 0) || GivenName(name);
  }
  // Folded first name -> the one full name the article gives it ("" when
  // two people share it).
  std::unordered_map<std::string, std::string> first_;
  // Folded role ("foreign secretary") -> a name the article gives it.
  // In text order, each with where its name ends: the one named nearest
  // before is meant where two share a role ("the coach").
  struct Role {
    std::string role, name;
    size_t word;
  };
  std::vector<Role> role_;
  // The name the text last gave `role` (folded, whole) before word `at`,
  // among the kReach roles before it; null if none.
  // Whether `name` opens on a given name: one person, no label or band
  // ("Big Machine", whatever "she" the text seems to give it).
  static bool GivenName(const std::string& name) {
    return quote::FirstNameGender(text::SearchKey(
               std::string_view(name).substr(0, name.find(' ')))) != 0;
  }
  // Whether a name whose first word is r stands where a subject opens:
  // after a stop or a comma (not one after another person's name, inside
  // a list: "Tom Hanks, Rita Wilson and Jane Doe"), at a paragraph's
  // start, or after a speech verb
  // ("said Justin Welby and Stephen Cottrell"); not as an object ("named
  // the victims as Jane Doe and John Roe").
  bool OpensSubject(size_t r) const {
    if (r == 0 || words_[r - 1].paragraph != words_[r].paragraph) return true;
    const Word& w = words_[r - 1];
    if (w.punct) {
      if (w.key != "," || r < 2) return true;
      const auto m = std::lower_bound(
          mentions_.begin(), mentions_.end(), r - 2,
          [](const Mention& x, size_t k) { return x.word < k; });
      return m == mentions_.end() || m->word != r - 2 || m->org;
    }
    return Verb(r - 1);
  }
  // The two people named last before word `at` as "X and Y" (in its
  // paragraph or the one before), as one speaker ("Justin Welby and
  // Stephen Cottrell"); none if there are none.
  std::optional<Subject> Pair(size_t at) const {
    const auto upto =
        std::lower_bound(mentions_.begin(), mentions_.end(), at,
                         [](const Mention& m, size_t w) { return m.word < w; });
    if (upto == mentions_.begin() || at >= words_.size()) return std::nullopt;
    size_t seen = 0;
    for (auto it = upto - 1; it != mentions_.begin() && seen++ < kReach; --it) {
      const Mention& second = *it;
      const Mention& first = *(it - 1);
      if (words_[second.word].paragraph + 1 < words_[at].paragraph) break;
      if (first.org || second.org || first.word + 2 > second.word ||
          second.word - first.word > 5 || words_[first.word + 1].key != "and")
        continue;
      bool names = true;
      for (size_t k = first.word + 2; k <= second.word && names; ++k)
        names = words_[k].cap && !words_[k].punct;
      size_t start = first.word;
      while (start > 0 && first.word - start < 4 && words_[start - 1].cap &&
             !words_[start - 1].punct && words_[start - 1].quote < 0)
        --start;
      if (names && OpensSubject(start) &&
          first.name.find(' ') != std::string::npos &&
          second.name.find(' ') != std::string::npos)
        return Subject{first.name + " and " + second.name, "", false};
    }
    return std::nullopt;
  }
  const std::string* HolderBefore(std::string_view role, size_t at) const {
    const auto upto =
        std::lower_bound(role_.begin(), role_.end(), at,
                         [](const Role& r, size_t w) { return r.word < w; });
    for (auto it = upto; it != role_.begin() &&
                         upto - it < static_cast<std::ptrdiff_t>(kReach);)
      if ((--it)->role == role) return &it->name;
    return nullptr;
  }
  // People named outside quotations: (last word, fullest name), in order;
  // and each name's gender as the text shows it (> 0 he, < 0 she).
  struct Mention {
    size_t word;       // its last word
    std::string name;  // the fullest name
    bool subject;      // the first person named in its sentence
    bool org;          // an organisation ("Big Machine Records")
  };
  std::vector<Mention> mentions_;
  std::optional<Subject> DescribedHolder(size_t a, size_t b, size_t at) const;
  // The words that give the person named by mention `m` a role: the noun
  // phrase before the name ("Apple chief executive", "head of the GDL")
  // and an apposition after it (", Apple's chief executive,").
  std::vector<std::string_view> RoleWordsOf(const Mention& m) const;
  bool headline_colon_ = false;  // After() named a headline's speaker
  // Words the text also writes in lower case: a capital opening a sentence
  // does not make them a name.
  std::unordered_set<std::string_view> lower_;
  // Words the text capitalises inside a sentence: "Sealy" opening one is
  // a name, no adverb in -ly ("Kelly", "Manning" likewise).
  std::unordered_set<std::string_view> capital_;
  std::unordered_map<std::string, int> gender_;
  // Speakers resolved so far: (last word of the quotation, speaker).
  std::vector<std::pair<size_t, Subject>> spoken_;
  // [quotation] -> the stage of Run() that chose its speaker.
  // (Static strings: no allocation per quotation on the hot path.)
  std::vector<const char*> stage_;
};

void Reader::ReadWords() {
  int paragraph = 0;
  bool opening = true;
  size_t mark = 0;
  // A line holding a web address ("http : / / www . bbc . co . uk / news /
  // peter - capaldi") writes names in lower case: it says nothing.
  auto address = [&](size_t from) {
    const size_t eol = t_.find('\n', from);
    const std::string_view line =
        t_.substr(from, eol == std::string_view::npos ? std::string_view::npos
                                                      : eol - from);
    return line.find("http") != std::string_view::npos ||
           line.find("www") != std::string_view::npos;
  };
  bool in_address = address(0);
  std::vector<bool> address_line = {in_address};
  for (const text::Token& tok : text::Tokenize(t_)) {
    const std::string_view w = t_.substr(tok.begin, tok.end - tok.begin);
    if (tok.kind == text::TokenKind::kSpace) {
      const size_t line = w.find('\n');
      if (line != std::string_view::npos &&
          (!wrapped_ || w.find('\n', line + 1) != std::string_view::npos)) {
        in_address = address(tok.end);
        address_line.push_back(in_address);
        ++paragraph;
        opening = true;
      }
      continue;
    }
    while (mark < marks_.size() && marks_[mark].close <= tok.begin) ++mark;
    const int inside = mark < marks_.size() &&
                               tok.begin >= marks_[mark].begin &&
                               tok.end <= marks_[mark].end
                           ? static_cast<int>(mark)
                           : -1;
    Word word;
    word.begin = tok.begin;
    word.end = tok.end;
    word.paragraph = paragraph;
    word.quote = inside;
    if (tok.kind == text::TokenKind::kPunct) {
      word.punct = true;
      word.key = std::string(w);
      // Not the dot of a title or an initial ("Mr. Kelly", "James P.
      // Kennedy").
      const bool abbreviation =
          w == "." && !words_.empty() && !words_.back().punct &&
          (Abbreviation(words_.back().key) ||
           (words_.back().cap && words_.back().end - words_.back().begin == 1));
      if (OpensSentence(w) && !abbreviation) opening = true;
      words_.push_back(std::move(word));
      continue;
    }
    // "intelligence service revealsHe added": a page's blocks run
    // together; the pronoun opens a sentence of its own.
    {
      size_t cut = 0;
      for (std::string_view p : {"He", "She", "They", "We"})
        if (w.size() >= p.size() + 3 && w.ends_with(p))
          cut = w.size() - p.size();
      bool lower = cut > 0;
      for (size_t k = 0; lower && k < cut; ++k)
        lower = w[k] >= 'a' && w[k] <= 'z';
      if (lower) {
        Word head = word;
        head.end = tok.begin + cut;
        head.key = text::SearchKey(w.substr(0, cut));
        head.verb = SpeechVerbs().count(head.key) > 0;
        head.lowercase_text = !in_address;
        head.open = opening;
        words_.push_back(std::move(head));
        word.begin = tok.begin + cut;
        opening = true;
        const std::string_view pronoun = w.substr(cut);
        word.key = text::SearchKey(pronoun);
        word.cap = true;
        word.gender = pronoun == "He" ? 1 : pronoun == "She" ? -1 : 0;
        word.open = true;
        opening = false;
        words_.push_back(std::move(word));
        continue;
      }
    }
    word.key = text::SearchKey(w);
    word.cap = Capitalised(w);
    // "the WHO said": the World Health Organization, no relative pronoun
    // (unless a headline in capitals: "THE MAN WHO SOLD").
    if (w == "WHO" &&
        !(!words_.empty() && !words_.back().punct &&
          words_.back().end - words_.back().begin >= 2 &&
          AllCaps(t_.substr(words_.back().begin,
                            words_.back().end - words_.back().begin))))
      word.key = "w.h.o.";
    // "anti-Scottish", "pro-Trump": part of a lower-case word, no name.
    // (Name particles stay: "al-Assad", "el-Sisi", "bin-Laden".)
    static const std::unordered_set<std::string_view> kParticles = {
        "al", "el", "bin", "ibn", "abu", "abd", "ul", "ud", "de", "da", "di"};
    if (word.cap && words_.size() >= 2 && words_.back().key == "-" &&
        words_.back().end == word.begin &&
        words_[words_.size() - 2].end == words_.back().begin &&
        !words_[words_.size() - 2].cap && !words_[words_.size() - 2].punct &&
        !kParticles.count(words_[words_.size() - 2].key))
      word.cap = false;
    // "Left-wing", "London-based", "Kremlin-backed": a capitalised word
    // joined to one of these makes an adjective, no name (not "Lee
    // Jae-myung").
    static const std::unordered_set<std::string_view> kJoined = {
        "based",      "born",      "led",     "backed", "run",    "owned",
        "made",       "funded",    "style",   "era",    "bound",  "linked",
        "controlled", "sponsored", "leaning", "listed", "allied", "affiliated",
        "raised",     "educated",  "bred",    "area",   "focused"};
    // ("Kwok-wing" is a name's: only "Left-wing", "Right-wing".)
    const auto joined = [&] {
      if (word.key != "wing") return kJoined.count(word.key) > 0;
      const std::string& side = words_[words_.size() - 2].key;
      return side == "left" || side == "right";
    };
    if (words_.size() >= 2 && joined() && words_.back().key == "-" &&
        words_.back().end == word.begin &&
        words_[words_.size() - 2].end == words_.back().begin &&
        words_[words_.size() - 2].cap && !words_[words_.size() - 2].punct)
      words_[words_.size() - 2].cap = false;
    word.verb = SpeechVerbs().count(word.key) > 0;
    word.lowercase_text = !word.cap && !in_address;
    static const std::unordered_map<std::string_view, int8_t> kGender = {
        {"he", 1},   {"him", 1},  {"his", 1},   {"himself", 1},
        {"she", -1}, {"her", -1}, {"hers", -1}, {"herself", -1}};
    if (word.key.size() <= 7) {
      auto g = kGender.find(word.key);
      if (g != kGender.end()) word.gender = g->second;
    }
    word.open = opening;
    opening = false;
    words_.push_back(std::move(word));
  }
  // Lines in title case with no closing stop ("3 Hospitalized After
  // Wrong-Way Crash in North Richland Hills"): headlines and links to
  // other stories, whose names are no one in this one.
  title_line_.assign(static_cast<size_t>(paragraph) + 1, false);
  headline_.assign(static_cast<size_t>(paragraph) + 1, false);
  for (size_t i = 0; i < words_.size();) {
    size_t j = i;
    int n = 0, caps = 0;
    for (; j < words_.size() && words_[j].paragraph == words_[i].paragraph;
         ++j) {
      if (words_[j].punct || words_[j].quote >= 0) continue;
      ++n;
      caps += words_[j].cap ||
              std::isdigit(static_cast<unsigned char>(words_[j].key[0]));
    }
    const Word& last = words_[j - 1];
    // (The stop may sit inside the closing marks: '... like me . ''.)
    size_t e = j - 1;
    while (e > i && words_[e].punct &&
           (words_[e].key == "'" || words_[e].key == "’" ||
            words_[e].key == "”" || words_[e].key == "\"" ||
            words_[e].key == "''" || words_[e].key == "»"))
      --e;
    const bool stop =
        words_[e].punct && (words_[e].key == "." || words_[e].key == "?" ||
                            words_[e].key == "!" || words_[e].key == ":");
    if (n >= 4 && !stop && caps * 10 >= n * 7 && last.quote < 0)
      title_line_[static_cast<size_t>(words_[i].paragraph)] = true;
    // "READ MORE", "Europe Ukraine": a page's furniture between paragraphs,
    // a word or three in capitals and nothing else, below the headline.
    // (Not a credit, "Source: Maria Zebbar": the name it gives is a
    // person's, nearer than the paragraph before.)
    if (words_[i].paragraph > 0 && n >= 1 && n <= 3 && caps == n && !stop &&
        last.quote < 0 && static_cast<int>(j - i) == n)
      title_line_[static_cast<size_t>(words_[i].paragraph)] = true;
    // A headline in sentence case: a short paragraph with no stop.
    headline_[static_cast<size_t>(words_[i].paragraph)] =
        n >= 3 && n <= 20 && !stop;
    i = j;
  }
  // "johnson shot back", "she hit back": a retort.
  for (size_t i = 1; i < words_.size(); ++i)
    if (words_[i].key == "back" && !words_[i - 1].punct &&
        (words_[i - 1].key == "shot" || words_[i - 1].key == "hit" ||
         words_[i - 1].key == "fired" || words_[i - 1].key == "snapped"))
      words_[i - 1].verb = true;
  // "MARSHALL CITY —", "LONDON , Oct 14 ( Reuters ) -": a dateline
  // opening a paragraph names where the story was filed, no one who
  // speaks; its sentence opens after the dash.
  const auto upper = [&](const Word& w) {
    return !w.punct && w.cap && w.end - w.begin >= 2 &&
           AllCaps(t_.substr(w.begin, w.end - w.begin));
  };
  for (size_t i = 0; i < words_.size(); ++i) {
    if (i > 0 && words_[i - 1].paragraph == words_[i].paragraph) continue;
    const int here = words_[i].paragraph;
    const auto in = [&](size_t k) {
      return k < words_.size() && words_[k].paragraph == here &&
             words_[k].quote < 0;
    };
    size_t k = i;
    while (in(k) && k < i + 4 && upper(words_[k])) ++k;
    if (k == i) continue;
    // A hyphen only after a date or an agency ("LONDON , Oct 14 ( Reuters
    // ) -"): "AMD - ATI deal" is a headline.
    bool dated = false;
    if (in(k) && words_[k].key == ",") {
      const size_t from = ++k;
      while (in(k) && k < from + 3 && !words_[k].punct) {
        dated =
            dated || std::isdigit(static_cast<unsigned char>(words_[k].key[0]));
        ++k;
      }
    }
    if (in(k) && words_[k].key == "(") {
      const size_t from = k;
      while (in(k) && k < from + 4 && words_[k].key != ")") ++k;
      if (in(k) && words_[k].key == ")") {
        ++k;
        dated = true;
      }
    }
    if (!in(k) || !((words_[k].key == "-" && dated) || words_[k].key == "—" ||
                    words_[k].key == "–"))
      continue;
    for (size_t x = i; x < k; ++x) words_[x].cap = false;
    if (in(k + 1)) words_[k + 1].open = true;
  }
  // Tokenised text ("Gov. Babajide Sanwo - Olu said", "Darragh O ’ Brien")
  // spaces off the hyphen or apostrophe inside a name, which the rest of
  // the reader knows by its touching the words either side: the mark is
  // taken to reach them, so "Sanwo - Olu" is one name, as "Sanwo-Olu" is.
  // (Only between two words, each capitalised or a name's syllable, one
  // space either side, and not a quotation mark: "LONDON - The" is a
  // dateline, above, and "said - and" a dash.)
  if (tokenised_) {
    size_t m = 0;
    for (size_t k = 1; k + 1 < words_.size(); ++k) {
      Word& p = words_[k];
      if (!p.punct || (p.key != "-" && p.key != "’" && p.key != "'")) continue;
      const Word& a = words_[k - 1];
      const Word& b = words_[k + 1];
      while (m < marks_.size() && marks_[m].close <= p.begin) ++m;
      const bool mark = m < marks_.size() &&
                        (marks_[m].open == p.begin || marks_[m].close == p.end);
      if (mark || a.punct || b.punct || a.paragraph != b.paragraph ||
          a.quote != b.quote || p.begin != a.end + 1 || b.begin != p.end + 1 ||
          t_[a.end] != ' ' || t_[p.end] != ' ')
        continue;
      // "Sanwo - Olu", "Park Ji - won"; "O ’ Brien", "Lohan ’ s" (not
      // "Reunion Pictures ' Matthew", a plural's).
      // (A lower-case word after the hyphen only as a short name's
      // syllable after a short one, "Ji - won": not "Mourinho - who".)
      const bool syllable = !b.cap && a.key.size() <= 4 && b.key.size() <= 4 &&
                            !Boundary(b.key) && !Preposition(b.key) &&
                            !Determiner(b.key) && !Auxiliary(b.key) &&
                            b.key != "not";
      const bool name =
          a.cap && !upper(a) &&
          (p.key == "-" ? b.cap || syllable
                        : b.key == "s" || (a.end - a.begin == 1 && b.cap));
      if (!name || address_line[static_cast<size_t>(a.paragraph)]) continue;
      p.begin = a.end;
      p.end = b.begin;
    }
  }
  // Views into words_, which no longer changes.
  for (const Word& w : words_) {
    if (w.lowercase_text) lower_.insert(w.key);
    if (w.cap && !w.open && !w.punct) capital_.insert(w.key);
  }
  quote_first_.assign(marks_.size(), words_.size());
  quote_last_.assign(marks_.size(), words_.size());
  for (size_t i = 0; i < words_.size(); ++i) {
    const int q = words_[i].quote;
    if (q < 0) continue;
    if (quote_first_[q] == words_.size()) quote_first_[q] = i;
    quote_last_[q] = i;
  }
}

std::string Reader::Span(size_t a, size_t b) const {
  return std::string(
      t_.substr(words_[a].begin, words_[b].end - words_[a].begin));
}

// The name in words [a, b], a run of capitalised words: titles before it
// and a possessive after it left out.
std::string Reader::Name(size_t a, size_t b) const {
  // Titles and lead words go, but never the last word ("Ken Doctor",
  // "Doctor").
  while (a < b && (words_[a].punct || TitleAt(a, b) || Lead(words_[a]))) ++a;
  // "Envoy Andrei Kelin": a word the text also writes in lower case, before
  // a name of two words, is a title the list does not know.
  {
    size_t caps = 0;
    for (size_t k = a + 1; k <= b; ++k)
      caps += !words_[k].punct && words_[k].cap;
    // So is a country's person, a party's member or a word of a role's
    // making ("Meteorologist", "Alderman"); not another given name ("Owen
    // John Dempsey"). (Listed role nouns went with the titles above.)
    auto role_word = [&] {
      const std::string& k = words_[a].key;
      return Demonym(k) || Party(k) || (k.size() > 6 && k.ends_with("ist")) ||
             // "Brexiteer Jacob Rees-Mogg", "Mountaineer".
             (k.size() > 6 && k.ends_with("eer")) ||
             // (Or one unlisted before a known given name: "Linkman John
             // Hale".)
             (k.size() > 5 && (k.ends_with("man") || k.ends_with("woman")) &&
              (ManRole(k) || (quote::FirstNameGender(words_[a + 1].key) != 0 &&
                              quote::FirstNameGender(k) == 0))) ||
             // "Rescuer Omar Haddad", "Resident Maria Lopez": a doer's noun
             // before a first name, itself none.
             ((k.ends_with("er") || k.ends_with("or") || k.ends_with("ent") ||
               k.ends_with("ant")) &&
              words_[a].open && !capital_.count(k) &&
              quote::FirstNameGender(words_[a + 1].key) != 0 &&
              quote::FirstNameGender(k) == 0);
    };
    // ("Conservative Brexiteer Jacob Rees-Mogg": a party's, then a role:
    // two such words, a name of two left.)
    for (int n = 0;
         n < 2 && a < b && caps >= 2 && words_[a].key.size() >= 3 &&
         !words_[a + 1].punct && (lower_.count(words_[a].key) || role_word());
         ++n) {
      ++a;
      caps -= words_[a].cap ? 1 : 0;
    }
    if (caps >= 2) a = AfterBodyOfTitle(a, b);
  }
  // "British Foreign Secretary Boris Johnson": after the last title (and
  // its dot: "Police Sgt. Marty Earley").
  a = AfterTitles(a, b);
  while (a < b && words_[a].punct) ++a;
  while (b > a && words_[b].punct) --b;
  if (a > b || words_[a].punct) return "";
  // "Petty Officer First Class Michael Anderson": a rank's class.
  if (a + 2 < b && a > 0 && words_[a + 1].key == "class" &&
      (words_[a].key == "first" || words_[a].key == "second" ||
       words_[a].key == "third"))
    a += 2;
  // "Sinn Féin TD Matt Carthy", "Radio DJ Scott Mills": a role written
  // as its capitals just before a known first name and a surname is what
  // the person is, no part of the name (nor is anything before it). Not
  // a place's or a body's name, nor initials before one first name ("BJ
  // Thomas").
  // (Only the last few words can be a first name and a surname: the scan
  // starts there, so a long run costs no more than a short one.)
  for (size_t k = std::max(a + 1, b > 6 ? b - 6 : 0); k < b; ++k) {
    const Word& w = words_[k];
    const Word& role = words_[k - 1];
    if (w.punct || !w.cap || role.punct || Parts(k, b) > 3) continue;
    if (quote::FirstNameGender(w.key) != 0 && role.key.size() >= 2 &&
        role.key.size() <= 4 && role.end < w.begin &&
        AllCaps(Span(k - 1, k - 1)) && quote::FirstNameGender(role.key) == 0 &&
        !PlaceWord(words_[b].key) && !OrgWord(words_[b].key)) {
      a = k;
      break;
    }
  }
  // "Doctor Who": a show, no one called Who.
  if (a == b && (words_[a].key == "who" || words_[a].key == "what")) return "";
  // "..., Tory MP Says": a headline's verb in title case after a title,
  // no one called Says.
  if (a == b && a > 0 && words_[a].verb && words_[a].key.size() > 3 &&
      words_[a].key.ends_with("s") && !words_[a - 1].punct && TitleAt(a - 1, b))
    return "";
  // "Ukraine Kurt Volker": a place or body the text names on its own.
  {
    size_t parts = Parts(a, b);
    if (parts >= 3 && run_ends_.count(words_[a].key) &&
        !speakers_alone_.count(words_[a].key) && !words_[a + 1].punct &&
        !OrgWord(words_[b].key))
      ++a;
  }
  // "Prince Andrew", "Queen Elizabeth": a royal title is how one is named.
  if (a == b && a > 0 && !words_[a - 1].punct) {
    const std::string& t = words_[a - 1].key;
    if (t == "prince" || t == "princess" || t == "king" || t == "queen" ||
        t == "pope" || t == "duke" || t == "duchess")
      --a;
  }
  // Normalise spacing: the words joined by single spaces, initials kept;
  // a nickname inside left out.
  std::string out;
  for (size_t i = a; i <= b; ++i) {
    if ((words_[i].quote >= 0 ||
         (words_[i].punct && i + 1 <= b && words_[i + 1].quote >= 0) ||
         (words_[i].punct && i > a && words_[i - 1].quote >= 0)) &&
        words_[a].quote < 0)
      continue;
    const std::string_view w =
        t_.substr(words_[i].begin, words_[i].end - words_[i].begin);
    if (words_[i].punct) {
      // (By its key: tokenised text's "Sanwo - Olu" spans the spaces.)
      const std::string& m = words_[i].key;
      if (m == "." || m == "-" || m == "'" || m == "’") out += m;
      if (m == "&") out += " &";  // "Carrow & Finch"
      continue;
    }
    // A space between words, none inside "O'Connor", "Rose-Lynn" or "A.J."
    // but one after initials before a surname ("A.J. Smith").
    const bool joined =
        !out.empty() && (out.back() == '.' || out.back() == '-' ||
                         out.back() == '\'' || out.ends_with("’"));
    const bool after_initials = !out.empty() && out.back() == '.' && i > a &&
                                words_[i - 1].punct &&
                                words_[i].end - words_[i].begin > 1;
    if ((!out.empty() && !joined) || after_initials) out += ' ';
    const size_t first = out.size();
    out += w;
    if (lowercased_ && out[first] >= 'a' && out[first] <= 'z')
      out[first] = static_cast<char>(out[first] - 'a' + 'A');
  }
  return out;
}

// "british foreign minister boris johnson told": in lower-cased text the
// words after a title, up to a verb or a function word, are a name; its
// words are one wherever else they stand ("said johnson").
void Reader::RecaseNames() {
  // Titles of people only (not the days, places and roles the Title list
  // also holds: "on monday night residents said").
  static const std::unordered_set<std::string_view> kBefore = {
      "mr", "mrs", "ms", "dr", "prof", "professor", "sir", "lord", "lady",
      "president", "minister", "secretary", "senator", "sen", "rep", "governor",
      "gov", "mayor", "ambassador", "chancellor", "premier", "spokesman",
      "spokeswoman", "spokesperson", "judge", "coach", "ceo", "chairman",
      "chairwoman", "king", "queen", "prince", "princess", "pope", "rev",
      "envoy", "commissioner", "general", "gen", "leader",
      // Police ranks ("sgt. maria lopez-gant said").
      "sgt", "sergeant", "det", "detective", "insp", "inspector", "constable",
      "supt", "superintendent", "capt", "captain", "lt", "lieutenant",
      "officer", "deputy"};
  std::unordered_set<std::string> names;
  for (size_t i = 0; i + 1 < words_.size(); ++i) {
    if (words_[i].punct || !kBefore.count(words_[i].key)) continue;
    size_t from = i + 1;
    if (words_[from].key == "." && words_[from].begin == words_[i].end) ++from;
    size_t j = from;
    // "lopez-gant", "o'hara": a hyphen or apostrophe inside a word, no
    // space either side.
    // (An apostrophe only after one letter, "o'hara", "d'angelo": not a
    // possessive, "smith's car".)
    const auto hyphen = [&](size_t k) {
      return (words_[k].key == "-" ||
              ((words_[k].key == "'" || words_[k].key == "’") &&
               words_[k - 1].key.size() == 1)) &&
             k > from && k + 1 < words_.size() &&
             words_[k - 1].end == words_[k].begin &&
             words_[k + 1].begin == words_[k].end && !words_[k + 1].punct;
    };
    while (j < words_.size() && j < from + 5 &&
           (hyphen(j) ||
            (!words_[j].punct && words_[j].quote < 0 &&
             (words_[j].key.size() >= 2 ||
              (j + 1 < words_.size() && hyphen(j + 1))) &&
             !Title(words_[j].key) && !words_[j].verb &&
             !words_[j].key.ends_with("ed") &&
             !Stopwords().count(words_[j].key) && !Auxiliary(words_[j].key) &&
             !Boundary(words_[j].key) && !Preposition(words_[j].key) &&
             !Determiner(words_[j].key) && !Pronouns().count(words_[j].key) &&
             // ("the team captain last season said")
             !TimeWord(words_[j].key) && words_[j].key != "last" &&
             words_[j].key != "next")))
      j += hyphen(j) ? 2 : 1;
    // Two words or more: "minister boris johnson", not "minister said".
    if (j >= from + 2 && j < words_.size() && !words_[j].punct &&
        (words_[j].verb || words_[j].key.ends_with("ed") ||
         Auxiliary(words_[j].key)))
      for (size_t k = from; k < j; ++k)
        if (!words_[k].punct) names.insert(words_[k].key);
  }
  if (names.empty()) return;
  for (Word& w : words_)
    if (!w.punct && names.count(w.key)) {
      w.cap = true;
      w.lowercase_text = false;
    }
  for (const std::string& n : names) lower_.erase(n);
}

// The last word of the capitalised run starting at word i (joiners,
// initials and hyphens inside it), within one paragraph and one side of a
// quotation mark.
// "Minister of Health Ana Ruiz", "Director of Public Prosecution Eva-Marie
// Persson": the run [a, b] after a title and "of" is the body the title is
// of, then the name's two words (a hyphened one, "Eva-Marie", as one);
// where they start, else a.
size_t Reader::AfterBodyOfTitle(size_t a, size_t b) const {
  if (a < 2 || (words_[a - 1].key != "of" && words_[a - 1].key != "for") ||
      words_[a - 2].punct || !Title(words_[a - 2].key))
    return a;
  // From the end: where the name's second word from last starts.
  size_t n = 0;
  for (size_t k = b + 1; k > a;) {
    --k;
    const bool joined = k > a && words_[k - 1].key == "-" &&
                        words_[k - 1].end == words_[k].begin;
    if (!words_[k].punct && !joined && ++n == 2) return k;
  }
  return a;
}

size_t Reader::RunEnd(size_t i) const {
  size_t j = i;
  bool nicknamed = false, joined = false;
  while (j + 1 < words_.size()) {
    const Word& n = words_[j + 1];
    // 'Rosalind "Rosie" Kaminski', 'Terry "The Hammer" Boswell': a
    // nickname of a word or three, in title case, inside the name.
    // One a name: a chain of them is no name.
    if (!nicknamed && n.punct && n.quote < 0 && words_[j].quote < 0 &&
        words_[j].cap && !words_[j].punct && j + 2 < words_.size() &&
        words_[j + 2].quote >= 0 && n.paragraph == words_[j].paragraph) {
      const int nick = words_[j + 2].quote;
      size_t e = j + 2;
      bool nickname = true;
      while (e < words_.size() && words_[e].quote == nick && nickname) {
        nickname = e < j + 5 && (words_[e].cap || words_[e].punct);
        ++e;
      }
      if (e < words_.size() && words_[e].punct && words_[e].quote < 0) ++e;
      if (nickname && e < words_.size() && words_[e].quote < 0 &&
          words_[e].cap && !words_[e].punct &&
          words_[e].paragraph == n.paragraph) {
        j = e;
        nicknamed = true;
        continue;
      }
    }
    if (n.paragraph != words_[j].paragraph || n.quote != words_[j].quote) break;
    // "sentenced Brian Nichols Saturday to": the day it happened, after
    // the name (not "Good Friday Agreement").
    if (!n.punct && n.cap && j > i && n.key.size() >= 6 && Weekday(n.key) &&
        !(j + 2 < words_.size() && words_[j + 2].cap && !words_[j + 2].punct))
      break;
    if (!n.punct && (n.cap || (NameJoiner(n.key) && j + 2 < words_.size() &&
                               words_[j + 2].cap))) {
      ++j;
      continue;
    }
    // "Pieter van der Hoeven", "Inés de la Fuente": two particles.
    if (!n.punct && NameJoiner(n.key) && j + 3 < words_.size() &&
        !words_[j + 2].punct && NameJoiner(words_[j + 2].key) &&
        words_[j + 3].cap && !words_[j + 3].punct &&
        words_[j + 3].paragraph == n.paragraph) {
      j += 2;
      continue;
    }
    // Initials: "A.J. Smith", "J. K. Rowling".
    if (n.punct && t_.substr(n.begin, 1) == "." &&
        words_[j].end - words_[j].begin == 1 && j + 2 < words_.size() &&
        words_[j + 2].cap && !words_[j + 2].punct) {
      ++j;
      continue;
    }
    // "National Workers’ Coalition": a plural's possessive inside a body's
    // name, ending as a body's does.
    if (n.punct && (n.key == "'" || n.key == "’") && n.begin == words_[j].end &&
        words_[j].key.ends_with("s") && j + 2 < words_.size() &&
        words_[j + 2].cap && !words_[j + 2].punct &&
        words_[j + 2].begin > n.end && words_[j + 2].quote == n.quote &&
        words_[j + 2].paragraph == n.paragraph) {
      size_t e = j + 2;
      while (e + 1 < words_.size() && e < j + 5 && words_[e + 1].cap &&
             !words_[e + 1].punct && words_[e + 1].paragraph == n.paragraph)
        ++e;
      if (OrgWord(words_[e].key)) {
        j = e;
        continue;
      }
    }
    // "Carrow & Finch", "Procter & Gamble".
    // (Spaced: not "M&A".)
    if (n.punct && n.key == "&" && n.begin > words_[j].end &&
        j + 2 < words_.size() && words_[j + 2].cap && !words_[j + 2].punct &&
        words_[j + 2].begin > n.end && words_[j + 2].quote == n.quote &&
        words_[j + 2].paragraph == n.paragraph) {
      ++j;
      continue;
    }
    // Hyphenated names and O'Connor, De’Broski; "Teuila Fa'avae".
    if (n.punct && (n.key == "-" || n.key == "'" || n.key == "’") &&
        n.begin == words_[j].end && j + 2 < words_.size() &&
        words_[j + 2].begin == n.end && !words_[j + 2].punct &&
        (words_[j + 2].cap ||
         (n.key != "-" && words_[j].cap && words_[j + 2].key.size() >= 3 &&
          words_[j + 2].key != "ll" && words_[j + 2].key != "re" &&
          words_[j + 2].key != "ve"))) {
      ++j;
      continue;
    }
    // "Bashar al-Assad", "Abdel Fattah el-Sisi": a particle joined to the
    // surname by a hyphen.
    if (!n.punct && (NameJoiner(n.key) || n.key == "el" || n.key == "abu") &&
        n.begin > words_[j].end && j + 3 < words_.size() &&
        words_[j + 2].key == "-" && words_[j + 2].begin == n.end &&
        words_[j + 3].cap && !words_[j + 3].punct &&
        words_[j + 3].begin == words_[j + 2].end) {
      j += 3;
      continue;
    }
    // Korean given names: "Han Dong-hoon", "Lee Jae-myung", "Kim Jong-un"
    // (a syllable, not "New York-based" or "Senate Republican-led"); and
    // given name first, "Hye-jin Park", when a name follows.
    // (Syllables: not "Runner-up Tomás Ibarra", "Ex-wife Jane Doyle".)
    if (j == i && n.punct && n.key == "-" && n.begin == words_[j].end &&
        words_[j].key.size() <= 4 && words_[j].key != "ex" &&
        words_[j].key != "co" && words_[j].key != "non" &&
        words_[j].key != "pre" && words_[j].key != "vice" &&
        words_[j].key != "step" && words_[j].key != "half" &&
        words_[j].key != "anti" && words_[j].key != "pro" &&
        words_[j].key != "mid" && j + 3 < words_.size() &&
        !words_[j + 2].punct && !words_[j + 2].cap &&
        words_[j + 2].begin == n.end && words_[j + 2].key.size() <= 4 &&
        !Preposition(words_[j + 2].key) && words_[j + 2].key != "up" &&
        words_[j + 2].key != "old" && words_[j + 3].cap &&
        !words_[j + 3].punct && words_[j + 3].quote == n.quote &&
        words_[j + 3].paragraph == n.paragraph) {
      j += 3;
      continue;
    }
    if (j > i && n.punct && n.key == "-" && n.begin == words_[j].end &&
        j + 2 < words_.size() && !words_[j + 2].punct &&
        words_[j + 2].begin == n.end && words_[j + 2].key.size() <= 5 &&
        !words_[j + 2].key.ends_with("ed") &&
        words_[j + 2].paragraph == n.paragraph) {
      j += 2;
      // "Chief Executive Min-jun Seo": the surname after the given name.
      if (j + 1 < words_.size() && words_[j + 1].cap && !words_[j + 1].punct &&
          words_[j + 1].quote == n.quote &&
          words_[j + 1].paragraph == n.paragraph && !OrgWord(words_[j + 1].key))
        continue;
      break;
    }
    // "Food and Drug Administration", "Kesterton Fire and Rescue
    // Service": a body's name goes on over "and" after a common word (one
    // the text also writes in lower case, or a field bodies are named
    // for) when what follows is two words or more ending as a body's name
    // does ("Gannett and GateHouse Media" are two). Once a run.
    if (!joined && !n.punct && n.key == "and" && words_[j].cap &&
        !words_[j].punct && !OrgWord(words_[j].key) &&
        (lower_.count(words_[j].key) || Field(words_[j].key))) {
      size_t e = j + 2;
      while (e < words_.size() && e < j + 6 && words_[e].cap &&
             !words_[e].punct && words_[e].quote == n.quote &&
             words_[e].paragraph == n.paragraph)
        ++e;
      if (e > j + 3 && OrgWord(words_[e - 1].key)) {
        j = e - 1;
        joined = true;
        continue;
      }
    }
    break;
  }
  return j;
}

// Capitalised runs that are names: two words or more after titles, not
// opening a sentence alone. Each gives its surname; a title run before it
// gives a role.
void Reader::IndexNames() {
  for (size_t i = 0; i < words_.size();) {
    // "Yoon said", "said Yoon": someone, wherever else the word stands.
    if (!words_[i].punct && words_[i].cap && words_[i].quote < 0 &&
        (i == 0 || !words_[i - 1].cap) &&
        ((i + 1 < words_.size() && !words_[i + 1].punct && Verb(i + 1)) ||
         (i > 0 && !words_[i - 1].punct && Verb(i - 1))) &&
        RunEnd(i) == i)
      speakers_alone_.insert(words_[i].key);
    // "BALPA (British Airline Pilots' Association)": the name the letters
    // stand for.
    // "the British Airline Pilots' Association (BALPA)" too.
    if (words_[i].key == "(" && i > 0 && i + 2 < words_.size()) {
      const auto in_name = [&](size_t k) {
        return (words_[k].cap && !words_[k].punct) ||
               NameJoiner(words_[k].key) || words_[k].key == "and" ||
               words_[k].key == "of" || words_[k].key == "for" ||
               words_[k].key == "'" || words_[k].key == "’";
      };
      size_t e = i + 1;
      while (e + 1 < words_.size() && e < i + 10 && in_name(e) &&
             words_[e + 1].key != ")")
        ++e;
      if (e > i + 1 && e + 1 < words_.size() && words_[e + 1].key == ")" &&
          in_name(e) && LettersOf(i - 1, i + 1, e))
        acronyms_[words_[i - 1].key] = Span(i + 1, e);
      if (i + 2 < words_.size() && words_[i + 2].key == ")") {
        size_t f = i;
        while (f > 0 && i - f < 10 && in_name(f - 1) &&
               words_[f - 1].paragraph == words_[i].paragraph)
          --f;
        for (; f + 1 < i; ++f)
          if (words_[f].cap && LettersOf(i + 1, f, i - 1)) {
            acronyms_[words_[i + 1].key] = Span(f, i - 1);
            break;
          }
      }
    }
    if (words_[i].punct || !words_[i].cap || words_[i].open) {
      ++i;
      continue;
    }
    const size_t j = RunEnd(i);
    if (words_[j].quote < 0 && !words_[j].punct) {
      // A word standing alone after a preposition or article ("in
      // Ukraine", "the Kremlin"): somewhere or some body, not a surname.
      // "in Rose-Lynn's voice", "over Yoon's order": someone's, not
      // somewhere.
      const bool possessive = j + 2 < words_.size() && words_[j + 1].punct &&
                              words_[j + 2].key == "s";
      if (j == i && i > 0 && !possessive &&
          (Preposition(words_[i - 1].key) || Determiner(words_[i - 1].key)))
        run_ends_.insert(words_[j].key);
      std::string initials;
      int parts = 0;
      for (size_t k = i; k <= j; ++k) {
        if (words_[k].punct || NameJoiner(words_[k].key) ||
            words_[k].key == "and")
          continue;
        ++parts;
        initials += words_[k].key[0];
      }
      if (parts >= 2 && parts <= 6) {
        acronyms_.emplace(initials, Span(i, j));
        // "NSW Rural Fire Service" is "the RFS" too: a place's letters
        // before it.
        if (parts >= 3 && AllCaps(Span(i, i)))
          acronyms_.emplace(initials.substr(1), Span(i, j));
      }
      // A body's name goes on over "of", "for" and "on", then "and"
      // ("Department of Conservation", "Doctors for Camp Closure",
      // "Committee on Intelligence and Security"); a few links at most,
      // each run read once.
      size_t e = j;
      for (int links = 0; links < 4 && e + 2 < words_.size(); ++links) {
        const std::string& joint = words_[e + 1].key;
        const bool joins = !words_[e + 1].punct &&
                           (joint == "of" || joint == "for" || joint == "on" ||
                            (joint == "and" && e > j));
        // "Federation of the Rift Region".
        const size_t next = e + 3 < words_.size() && joint != "and" &&
                                    words_[e + 2].key == "the" &&
                                    !words_[e + 2].cap
                                ? e + 3
                                : e + 2;
        // ("the Institute for Fiscal Studies on Monday": when, no part of
        // the name.)
        if (!joins || !words_[next].cap || words_[next].punct ||
            words_[next].quote >= 0 ||
            words_[next].paragraph != words_[j].paragraph ||
            (joint == "on" && TimeWord(words_[next].key)))
          break;
        e = RunEnd(next);
      }
      bool body = e > j;
      for (size_t k = i; k <= e && !body; ++k)
        body = !words_[k].punct && OrgWord(words_[k].key);
      // A sentence's opening word was skipped above: "New Zealand ...".
      size_t from = i;
      if (i > 0 && words_[i - 1].open && words_[i - 1].cap &&
          !words_[i - 1].punct && !lower_.count(words_[i - 1].key) &&
          !Inner(words_[i - 1]) && !Determiner(words_[i - 1].key) &&
          !Preposition(words_[i - 1].key) && !Boundary(words_[i - 1].key) &&
          words_[i - 1].paragraph == words_[i].paragraph)
        from = i - 1;
      if ((parts >= 2 || e > j) && body &&
          (bodies_.empty() || bodies_.back().end < i)) {
        std::string name = Span(from, e);
        std::vector<std::string> folded = text::FoldedWords(name);
        bodies_.push_back({from, e, std::move(name), std::move(folded)});
      }
      size_t g = i;
      if (g > 0 && words_[g - 1].key == "the") --g;
      // ("in the Medoria response", "in the Trump administration": a name
      // before the noun it modifies, no place.)
      const bool modifies =
          g < i && j + 1 < words_.size() && !words_[j + 1].punct &&
          !words_[j + 1].cap && words_[j + 1].quote < 0 &&
          !Preposition(words_[j + 1].key) && !Boundary(words_[j + 1].key) &&
          !Adjunct(words_[j + 1].key) && !TimeWord(words_[j + 1].key) &&
          !Verb(j + 1) && !Auxiliary(words_[j + 1].key);
      if (g > 0 && !possessive && !modifies) {
        const std::string& k = words_[g - 1].key;
        if (k == "in" || k == "across" || k == "inside" || k == "near" ||
            k == "throughout")
          places_.insert(text::Fold(Span(i, j)));
      }
    }
    i = j + 1;
  }
  std::vector<std::pair<size_t, std::string>> two_surnames;
  for (size_t i = 0; i < words_.size();) {
    if (words_[i].punct || !words_[i].cap || Lead(words_[i])) {
      ++i;
      continue;
    }
    const size_t j = RunEnd(i);
    size_t a = i;
    while (a <= j && (words_[a].punct || TitleAt(a, j))) ++a;
    // "EXCLUSIVE: Inside Kasia's secret struggle": a headline's word that
    // leads its phrase, in title case, is no given name.
    static const std::unordered_set<std::string_view> kLeading = {
        "inside", "behind", "beyond", "within", "outside", "why",
        "how",    "what",   "where",  "when",   "meet",    "exclusive"};
    if (a < j && kLeading.count(words_[a].key) &&
        quote::FirstNameGender(words_[a].key) == 0)
      ++a;
    const std::string name = a <= j ? Name(a, j) : "";
    int parts = static_cast<int>(Parts(a, j));
    // "The Thick Of It", "Tax Preparation Service": a title or a thing, no
    // one's name, when a function word sits inside it.
    bool titled_thing = false;
    for (size_t k = a + 1; k < j; ++k)
      titled_thing |= words_[k].quote < 0 && InnerAt(k);
    // "White House National Security Council Ukraine (expert)": a body's
    // name inside the run, no one's.
    // (After the last title: "Indiana House Speaker Brian Bosma" is his.)
    for (size_t k = AfterTitles(a, j); k < j; ++k)
      titled_thing |= !words_[k].punct && OrgWord(words_[k].key);
    if (titled_thing || OfficeOver(j) || name.empty()) parts = 0;
    if (parts >= 2 && words_[j].quote < 0) {
      const std::string& last = words_[SurnameWord(j)].key;
      auto [f, fresh] =
          first_.emplace(text::Fold(name.substr(0, name.find(' '))), name);
      if (!fresh && f->second != name && !name.starts_with(f->second) &&
          !f->second.starts_with(name))
        f->second.clear();
      ++full_count_[name];
      // "Te Kaurinui" -> "Te Kaurinui Robert Parata".
      // (Not "John Smith Jr": a suffix makes another person, the son.)
      if (const size_t second = name.find(' ', name.find(' ') + 1);
          second != std::string::npos && Parts(a, j) <= 4 &&
          SurnameWord(j) == j &&
          !title_line_[static_cast<size_t>(words_[j].paragraph)]) {
        auto [p, fresh_prefix] =
            prefix_.emplace(text::Fold(name.substr(0, second)), name);
        // "Te Kaurinui Parata" and "Te Kaurinui Robert" are "Te Kaurinui
        // Robert Parata": one name's words all in the other's.
        if (!fresh_prefix && !p->second.empty() && p->second != name) {
          const bool longer = name.size() > p->second.size();
          const std::string& shorter = longer ? p->second : name;
          const std::vector<std::string> all =
              text::FoldedWords(longer ? name : p->second);
          bool within = true;
          for (const std::string& w : text::FoldedWords(shorter))
            within =
                within && std::find(all.begin(), all.end(), w) != all.end();
          if (!within)
            p->second.clear();
          else if (longer)
            p->second = name;
        }
      }
      auto [it, added] = surname_.emplace(last, name);
      if (!added && !name.ends_with(" " + it->second) &&
          !it->second.ends_with(" " + name) && !OneEditApart(name, it->second))
        shared_surnames_.insert(last);
      if (!added && name.size() > it->second.size() &&
          name.find(' ') != std::string::npos)
        it->second = name;
      // "José García Márquez", then "García said": a given name, then two
      // surnames (Spanish, Portuguese); the first is his too, unless it is
      // already someone's.
      if (Parts(a, j) == 3 && j == a + 2 && SurnameWord(j) == j &&
          quote::FirstNameGender(words_[a].key) != 0 && words_[a + 1].cap &&
          !words_[a + 1].punct && words_[a + 1].key.size() >= 3 &&
          quote::FirstNameGender(words_[a + 1].key) == 0 &&
          !title_line_[static_cast<size_t>(words_[j].paragraph)] &&
          !headline_[static_cast<size_t>(words_[j].paragraph)])
        two_surnames.push_back({a, name});
      // "Foreign Secretary Boris Johnson": the role, folded; "Superior
      // Court Judge James Bodiford": the title after a body's name too.
      // (Three words at least: a body's word, the title, the name.)
      if (const size_t titled = j >= a + 2 ? std::max(a, AfterTitles(a, j)) : a;
          titled > i) {
        std::string role;
        for (size_t k = i; k < titled; ++k) {
          if (words_[k].punct || words_[k].key == "the") continue;
          if (!role.empty()) role += ' ';
          role += words_[k].key;
        }
        if (!role.empty()) role_.push_back({role, name, j});
      }
      // "Federal Minister for Information Senator Shibli Faraz": he is
      // "the minister" too, the office over "for" before his run.
      if (i >= 2 && OfficeOver(i - 2))
        role_.push_back({words_[i - 2].key, name, j});
      // "Port Melville coach Shane Kettering": a role in lower case; "Her
      // daughter, Margaret Ashgrove-Cole,": whose someone is.
      if (a == i && i > 0) {
        size_t r = i - 1;
        if (r > 1 && words_[r].key == "," && words_[r].quote < 0) --r;
        const bool kin = r > 0 && (words_[r - 1].key == "his" ||
                                   words_[r - 1].key == "her" ||
                                   words_[r - 1].key == "their");
        if (!words_[r].punct && !words_[r].cap && words_[r].quote < 0 &&
            words_[r].paragraph == words_[i].paragraph &&
            (Title(words_[r].key) || RoleNoun(words_[r].key) ||
             (kin && (NounGender(words_[r].key) != 0 || r + 1 == i ||
                      words_[r + 1].key == ",")))) {
          role_.push_back({words_[r].key, name, j});
          // ("her father, Vikram Deshpande": a man, whatever his first
          // name says.)
          gender_[name] += 3 * NounGender(words_[r].key);
        }
      }
      // "Boris Johnson, the foreign secretary,": an apposition; "Graham
      // Tillotson, senior coroner for the Vale of Carrick,".
      if (j + 2 < words_.size() && words_[j + 1].key == ",") {
        std::string role;
        size_t k = j + 2 + (words_[j + 2].key == "the");
        for (; k < words_.size() && k < j + 8 && !words_[k].punct &&
               !Preposition(words_[k].key) && !words_[k].cap;
             ++k) {
          if (!role.empty()) role += ' ';
          role += words_[k].key;
        }
        const bool the = words_[j + 2].key == "the";
        // (Not "Ibrahim Kolawole, the agency's director-general,": the
        // agency is not him.)
        const bool possessive =
            k + 1 < words_.size() &&
            (words_[k].key == "'" || words_[k].key == "’") &&
            words_[k + 1].key == "s";
        // (Not "... outside Calder Springs, a rep for the pair confirmed":
        // the subject of a clause of its own.)
        bool clause = false;
        for (size_t m = k; !clause && m < words_.size() && m < k + 8 &&
                           !words_[m].punct && words_[m].quote < 0;
             ++m)
          clause = Verb(m);
        if (!role.empty() && k < words_.size() && !possessive && !clause &&
            (words_[k].punct || Preposition(words_[k].key)) &&
            (the || (!words_[k].punct || words_[k].key == ",")) &&
            (the || Title(words_[k - 1].key) || RoleNoun(words_[k - 1].key)))
          role_.push_back({role, name, j});
      }
      // "Kenneth Lau Kwok-wing": the surname before a hyphenated given
      // name ("Lau said").
      if (j >= a + 3 && !words_[j].cap && !words_[j].punct &&
          words_[j - 1].key == "-" && words_[j - 2].cap &&
          !words_[j - 2].punct && words_[j - 3].cap && !words_[j - 3].punct)
        surname_.emplace(words_[j - 3].key, name);
      // "Brian and Sheila Platt": a couple; he is Brian Platt.
      if (a == i && a >= 2 && Parts(a, j) == 2 &&
          name.find(' ') != std::string::npos && words_[a - 1].key == "and" &&
          words_[a - 2].cap && !words_[a - 2].punct &&
          words_[a - 2].quote < 0 &&
          // (Not "Tova Noel and Michael Thomas": two people; but a
          // sentence may open on what the couple are, "Neighbours John
          // and Mary Smith".)
          (a < 3 || !words_[a - 3].cap || words_[a - 3].punct ||
           ((a == 3 || words_[a - 4].paragraph != words_[a - 3].paragraph ||
             SentenceEnd(a - 4)) &&
            words_[a - 3].key.size() > 4 && words_[a - 3].key.ends_with("s") &&
            quote::FirstNameGender(words_[a - 3].key) == 0)) &&
          quote::FirstNameGender(words_[a - 2].key) != 0) {
        const std::string partner =
            Span(a - 2, a - 2) + name.substr(name.find(' '));
        auto [p, fresh] = first_.emplace(words_[a - 2].key, partner);
        if (!fresh && p->second != partner) p->second.clear();
        ++full_count_[partner];
        couples_.emplace_back(a - 2, partner);
        if (!surname_.emplace(last, partner).second)
          shared_surnames_.insert(last);
      }
    } else if (parts == 1 && !words_[a].open && words_[j].quote < 0) {
      surname_.emplace(words_[j].key, name);
      // "Prince Andrew", "Mr Lavrov": a person, named by one word; so is
      // "singer-songwriter Adele", "rapper Tinashe" (a title or a trade in
      // lower case just before).
      const bool role_before =
          a == i && i > 0 && !words_[i - 1].punct && !words_[i - 1].cap &&
          words_[i - 1].quote < 0 &&
          words_[i - 1].paragraph == words_[i].paragraph &&
          (Title(words_[i - 1].key) || Trade(words_[i - 1].key)) &&
          // (Not "the former Republican": an adjective before a party's
          // or a people's word.)
          !Party(words_[j].key) && !Demonym(words_[j].key) &&
          !CombiningTitle(words_[i - 1].key) && words_[i - 1].key != "former" &&
          // (Nor "the senior RAB officer": a body's letters before a role.)
          !AllCaps(Span(j, j)) &&
          // (Nor "the official Xinhua news agency": a name before the
          // noun it modifies, after an adjective.)
          words_[i - 1].key != "official" &&
          !(j + 1 < words_.size() && !words_[j + 1].punct &&
            !words_[j + 1].cap && !Verb(j + 1) &&
            !Auxiliary(words_[j + 1].key) && !BeVerb(words_[j + 1].key) &&
            !Preposition(words_[j + 1].key) && !Boundary(words_[j + 1].key));
      if (a > i || role_before) one_word_people_.insert(name);
    }
    i = j + 1;
  }
  // (Not "Peter Capaldi Cast as ...", a headline's words run into "Peter
  // Capaldi", whom the text names so.)
  // (Over the one word itself, "Ortega said" read before.)
  for (const auto& [a, name] : two_surnames) {
    if (full_count_.count(Span(a, a + 1))) continue;
    FullerName(words_[a + 1].key, name);
  }
  // "Adam Neumann Steps Down As WeWork CEO": a headline in title case runs
  // a name into the words after it; a known first name and the word after
  // it give the name in full, where the story gives it no other way.
  for (size_t k = 0; k + 1 < words_.size(); ++k) {
    if (!title_line_[static_cast<size_t>(words_[k].paragraph)] ||
        words_[k].punct || !words_[k].cap || words_[k].quote >= 0 ||
        quote::FirstNameGender(words_[k].key) == 0)
      continue;
    const Word& next = words_[k + 1];
    if (next.punct || !next.cap || next.quote >= 0 ||
        next.paragraph != words_[k].paragraph || Title(next.key) ||
        OrgWord(next.key) || quote::FirstNameGender(next.key) != 0)
      continue;
    surname_.emplace(next.key, Span(k, k + 1));
  }
  // '"I told Frank Vogel"': a full name said only inside a quotation, with
  // a first name that shows it is one, gives a surname no other fuller
  // form.
  // (Or a given name the list does not know, when the story writes the
  // surname alone, capitalised inside its sentences: '"I declare that
  // Adaeze Fennimore is duly elected"' and "the votes for Fennimore".)
  for (size_t k = 0; k + 1 < words_.size(); ++k) {
    if (words_[k].quote < 0 || words_[k].punct || !words_[k].cap ||
        words_[k].open)
      continue;
    const Word& last = words_[k + 1];
    if (last.punct || !last.cap || last.quote != words_[k].quote ||
        Title(last.key) || OrgWord(last.key) || PlaceWord(last.key) ||
        quote::FirstNameGender(last.key) != 0 ||
        (k + 2 < words_.size() && words_[k + 2].cap && !words_[k + 2].punct) ||
        (k > 0 && words_[k - 1].cap && !words_[k - 1].punct))
      continue;
    if (quote::FirstNameGender(words_[k].key) == 0 &&
        (!capital_.count(last.key) || Title(words_[k].key) ||
         OrgWord(words_[k].key) || Demonym(words_[k].key) ||
         lower_.count(words_[k].key)))
      continue;
    FullerName(last.key, Span(k, k + 1));
  }
  // '"Coach (Frank) Vogel came in"': a first name an editor put in
  // brackets, even inside a quotation, gives the name in full.
  for (size_t k = 0; k + 3 < words_.size(); ++k) {
    if ((words_[k].key != "(" && words_[k].key != "[") || words_[k + 1].punct ||
        !words_[k + 1].cap ||
        (words_[k + 2].key != ")" && words_[k + 2].key != "]") ||
        words_[k + 3].punct || !words_[k + 3].cap ||
        quote::FirstNameGender(words_[k + 1].key) == 0 ||
        quote::FirstNameGender(words_[k + 3].key) != 0 ||
        words_[k + 3].paragraph != words_[k].paragraph)
      continue;
    FullerName(words_[k + 3].key,
               Span(k + 1, k + 1) + " " + Span(k + 3, k + 3));
  }
  // Mentions of people outside quotations: names of two words or more, or
  // a surname of one, or a name after a personal title; and the pronouns
  // that follow each, for its gender.
  size_t last = words_.size();  // the last mention's index in mentions_
  bool has_subject = false;     // the sentence has named its subject
  bool lead_clause = false;     // inside a clause before the subject
  bool lead_named = false;      // that clause has named its own subject
  int paragraph = -1;
  size_t couple = 0;  // the next of couples_
  for (size_t i = 0; i < words_.size();) {
    const Word& w = words_[i];
    if (w.paragraph != paragraph) {
      paragraph = w.paragraph;
      has_subject = false;
    }
    // "Brian and Sheila Platt": Brian Platt is named here too.
    // (Its word may sit inside a run read whole: "Neighbours John".)
    for (; couple < couples_.size() && couples_[couple].first <= i; ++couple)
      if (mentions_.empty() || mentions_.back().word <= couples_[couple].first)
        mentions_.push_back(
            {couples_[couple].first, couples_[couple].second, false, false});
    if (w.quote < 0 && w.punct &&
        (w.key == "." || w.key == "?" || w.key == "!" || w.key == ";"))
      has_subject = false;
    // "Asked whether he would bench Jennings, Delgado shook his head": a
    // clause before the subject leaves the subject to be named, up to its
    // comma.
    if (w.quote < 0 && w.punct && w.key == ",") lead_clause = false;
    static const std::unordered_set<std::string_view> kLead = {
        "asked",  "after",   "when",      "while",     "although",
        "though", "despite", "since",     "before",    "if",
        "once",   "unlike",  "following", "because",   "speaking",
        "as",     "until",   "whereas",   "responding"};
    // ("About 20 minutes later, when Schiller was done, Tim Cook came
    // back": a clause before the subject, after a comma.)
    if (!w.open && !w.punct && w.quote < 0 && !has_subject && i > 0 &&
        words_[i - 1].key == "," && words_[i - 1].quote < 0 &&
        kLead.count(w.key) && w.key != "as") {
      lead_clause = true;
      lead_named = false;
    }
    if (w.open && !w.punct && w.quote < 0) {
      // ("Stating that Prime Minister Narendra Modi had ..., Dr Harsh
      // Vardhan said": a participle opening the sentence, which has no
      // subject of its own before the comma; not a name, "Manning said".)
      lead_clause = kLead.count(w.key) > 0 || Participle(i);
      lead_named = false;
      // (A sentence after one that ended inside a quotation's marks
      // names its own subject: '..." said Pacquiao, "... happy." While
      // this may be true, Broner claimed'.)
      size_t p = i;  // past the closing mark
      while (p > 0 && p + 2 > i && words_[p - 1].punct &&
             words_[p - 1].quote < 0)
        --p;
      if (p > 0 && words_[p - 1].paragraph == w.paragraph &&
          words_[p - 1].quote >= 0) {
        const quote::Marked& m =
            marks_[static_cast<size_t>(words_[p - 1].quote)];
        if (EndsOnStop(m)) has_subject = false;
      }
      // "He directed Franz Kafka's It's a Wonderful Life": a sentence
      // opening on a pronoun has its subject; a name after it is not one.
      static const std::unordered_set<std::string_view> kSubjects = {
          "he", "she", "they", "we", "i"};
      if (kSubjects.count(w.key)) has_subject = true;
      // ("The Chancellor defended his row with party leader Christian
      // Lindner": nor after someone by their role.)
      if (RoleOpening(i, i + 6) < i + 6) has_subject = true;
    }
    if (w.quote >= 0 || w.punct ||
        title_line_[static_cast<size_t>(w.paragraph)]) {
      ++i;
      continue;
    }
    const int g = w.gender;
    if (g != 0 && last < mentions_.size() &&
        words_[mentions_[last].word].paragraph == w.paragraph &&
        i - mentions_[last].word < 30) {
      // "Maren Solvik came to him": in the sentence that names someone,
      // "him" is someone else ("himself" would be them).
      bool other = w.key == "him";
      for (size_t k = mentions_[last].word; other && k < i; ++k)
        other = !SentenceEnd(k);
      // "Carlineo made a call to Omar's office, in which he said": "he"
      // goes on with the sentence's subject, not a possessor named since.
      size_t of = last;
      const size_t possessive = mentions_[last].word + 1;
      // (Only after "which": not "Jordan Reed's farm, where she grows".)
      bool which = false;
      for (size_t k = possessive + 2; k < i && k < possessive + 10 && !which;
           ++k)
        which = words_[k].key == "which";
      if ((w.key == "he" || w.key == "she") && possessive + 1 < i && which &&
          words_[possessive].punct &&
          (words_[possessive].key == "'" || words_[possessive].key == "’") &&
          words_[possessive + 1].key == "s") {
        // The sentence's start, at most 80 words back.
        size_t from = mentions_[last].word;
        while (from > 0 && mentions_[last].word - from < 80 &&
               !SentenceEnd(from - 1) &&
               words_[from - 1].paragraph == w.paragraph)
          --from;
        for (size_t m = last;
             m-- > 0 && last - m <= 6 && mentions_[m].word >= from;)
          if (mentions_[m].subject && !mentions_[m].org) {
            of = m;
            break;
          }
      }
      // (No country or place is "he": "said that South Korea has
      // reported ... He added".)
      if (!other && !Country(text::Fold(mentions_[of].name)) &&
          !Place(mentions_[of].name))
        gender_[mentions_[of].name] += g;
    }
    if (!w.cap || Lead(w)) {
      ++i;
      continue;
    }
    const size_t j = RunEnd(i);
    size_t a = i;
    int titled = 0;
    while (a <= j && (words_[a].punct || TitleAt(a, j))) {
      if (const int g = TitleGender(words_[a].key)) titled = g;
      ++a;
    }
    if (a < j) a = AfterBodyOfTitle(a, j);
    // "Mr. Scholz", "Dr. Smith": an honorific and its dot before the run
    // (a run of its own, the dot between); "Dr Smith": one inside it.
    const auto honorific = [&](size_t k) {
      return !words_[k].punct &&
             (TitleGender(words_[k].key) != 0 || words_[k].key == "dr" ||
              words_[k].key == "prof");
    };
    bool honoured = false;
    for (size_t k = i; k < a && !honoured; ++k) honoured = honorific(k);
    const bool dotted = !honoured && a == i && i >= 2 &&
                        words_[i - 1].key == "." && words_[i - 2].quote < 0 &&
                        words_[i - 2].paragraph == w.paragraph &&
                        honorific(i - 2);
    if (dotted) {
      honoured = true;
      titled = TitleGender(words_[i - 2].key);
    }
    int parts = static_cast<int>(Parts(a, j));
    if (parts > 0) {
      const std::string name = Fullest(Name(a, j), j, true);
      // "The Thick Of It": a title, no person; "The Andrew Marr Show",
      // "Third Street": a title or a place.
      // "U.S.", "U.K.": initials alone are a country or body.
      bool initials = true;
      for (size_t k = a; k <= j && initials; ++k)
        initials = words_[k].punct || words_[k].end - words_[k].begin == 1;
      // "Helen Park", "Diane Lane": a first name before a surname that is
      // also a place's last word, not somewhere one is ("in Victoria
      // Park", "the Albert Park").
      static const std::unordered_set<std::string_view> kSurnames = {
          "park", "lane", "lake", "bay", "camp", "bridge", "beach"};
      const bool surname_place =
          kSurnames.count(words_[j].key) > 0 && Parts(a, j) == 2 &&
          quote::FirstNameGender(words_[a].key) != 0 &&
          !(a > 0 && !words_[a - 1].punct &&
            (Preposition(words_[a - 1].key) ||
             Determiner(words_[a - 1].key))) &&
          // (Opening a sentence, "Victoria Park was packed", only with a
          // sign of someone: "Park said", a title before.)
          (!words_[a].open || speakers_alone_.count(words_[j].key) > 0 ||
           (a > 0 && !words_[a - 1].punct && Title(words_[a - 1].key)));
      bool thing = (PlaceWord(words_[j].key) && !surname_place) ||
                   (words_[i].key == "the" && !words_[i].open) ||
                   Place(Span(a, j)) || initials;
      for (size_t k = a + 1; k < j; ++k)
        thing |= words_[k].quote < 0 && InnerAt(k);
      for (size_t k = AfterTitles(a, j); k < j; ++k)
        thing |= !words_[k].punct && OrgWord(words_[k].key);
      thing |= OfficeOver(j);
      // "Juror No. 12": a label, no name ending in "No".
      thing |= words_[j].key == "no" && j + 2 < words_.size() &&
               words_[j + 1].key == "." && !words_[j + 2].key.empty() &&
               std::isdigit(static_cast<unsigned char>(words_[j + 2].key[0]));
      // "the Dunmore Democrat", "the Dutchman": someone named elsewhere;
      // "the Alaska Governor": a role.
      thing |= i > 0 && words_[i - 1].key == "the" &&
               (Party(words_[j].key) || Demonym(words_[j].key) ||
                Title(words_[j].key));
      // "Her daughter Mercy", "his wife, Loretta,": one word after whose
      // kin they are names someone.
      bool kin_named = false;
      if (parts == 1 && a == i && a >= 2) {
        size_t r = a - 1;
        if (words_[r].key == "," && r >= 2) --r;
        kin_named = !words_[r].punct && !words_[r].cap && words_[r].quote < 0 &&
                    NounGender(words_[r].key) != 0 &&
                    (words_[r - 1].key == "her" || words_[r - 1].key == "his" ||
                     words_[r - 1].key == "their" || words_[r - 1].key == "s");
      }
      const bool person =
          !thing && (parts >= 2 || titled != 0 || honoured ||
                     name.find(' ') != std::string::npos ||
                     one_word_people_.count(name) > 0 || kin_named);
      // "in Moscow", "outside of a local Rite Aid": the object of a
      // preposition, not the sentence's subject.
      // ("Speaking to Mr. Smith, the minister said": governed past the
      // honorific and its dot.)
      const size_t lead = dotted ? i - 2 : i;
      bool governed = lead > 0 && Preposition(words_[lead - 1].key);
      // "For Whitford, the hardest thing has been the trees.": a sentence
      // framed as about someone is about them.
      if (governed && words_[lead - 1].key == "for" && words_[lead - 1].open &&
          j + 1 < words_.size() && words_[j + 1].key == "," &&
          words_[j + 1].quote < 0)
        governed = false;
      // "After Ana Ruiz beat Maria Lopez, she said": an opening clause's
      // subject after a word that can also govern a noun.
      if (governed && lead_clause && !lead_named && words_[i - 1].open &&
          j + 1 < words_.size() && !words_[j + 1].punct && !words_[j + 1].cap &&
          words_[j + 1].quote < 0 && !Preposition(words_[j + 1].key) &&
          !Determiner(words_[j + 1].key) && !Boundary(words_[j + 1].key) &&
          words_[j + 1].key != "to")
        governed = false;
      for (size_t k = i, n = 0; !governed && k > 1 && n < 3; --k, ++n) {
        const Word& before = words_[k - 1];
        if (before.punct || before.cap || before.quote >= 0) break;
        // ("an interview with former swimmer Giaan Rooney": the roles
        // between.)
        // (Not "vice president of infrastructure Devin Ashworth": a role
        // over "of" or "for".)
        if (n > 0 && Preposition(before.key) && before.key != "of" &&
            before.key != "for") {
          governed = true;
          break;
        }
        if (Determiner(before.key)) {
          governed = Preposition(words_[k - 2].key);
          break;
        }
      }
      // "The American Pie actress": a name modifying a noun, no one.
      // "nine African-American churchgoers" too.
      // ("Mirror Politics newsletter - the e-mail you need": a name before
      // the kind of publication it names, wherever it stands.)
      static const std::unordered_set<std::string_view> kOutlets = {
          "newsletter", "podcast", "programme", "program",  "channel",
          "website",    "app",     "magazine",  "newspaper"};
      const bool modifier =
          j + 1 < words_.size() && !words_[j + 1].punct && !words_[j + 1].cap &&
          words_[j + 1].paragraph == words_[j].paragraph && !Verb(j + 1) &&
          !Auxiliary(words_[j + 1].key) &&
          ((i > 0 &&
            (Determiner(words_[i - 1].key) || Number(words_[i - 1].key))) ||
           kOutlets.count(words_[j + 1].key) > 0 ||
           // ("UK Russian hackers": a people's adjective.)
           Demonym(words_[j].key));
      // "Helicopter Line pilot Jim Campbell": a body, then a role, then
      // the person the sentence is about.
      bool before_role = false;
      {
        size_t k = j + 1;
        while (k < words_.size() && k <= j + 3 && !words_[k].punct &&
               !words_[k].cap && !words_[k].verb && !Auxiliary(words_[k].key) &&
               !Boundary(words_[k].key) && !Preposition(words_[k].key) &&
               !Determiner(words_[k].key) && !words_[k].key.ends_with("ed") &&
               words_[k].paragraph == words_[j].paragraph)
          ++k;
        // The word before the name is a role: a title or a noun of
        // someone who does something ("pilot", "analyst", "manager"), not
        // a verb ("Joe Biden met Mary Jones").
        const std::string_view role = words_[k - 1].key;
        const bool agent =
            Title(role) || role == "pilot" || role == "official" ||
            role == "champion" || role == "star" || role == "analyst" ||
            ((role.ends_with("er") || role.ends_with("or") ||
              role.ends_with("ist") || role.ends_with("ian") ||
              role.ends_with("man") || role.ends_with("woman")) &&
             role.size() > 4);
        before_role = k > j + 1 && k < words_.size() && agent &&
                      words_[k].cap && !words_[k].punct &&
                      words_[k].quote < 0 &&
                      words_[k].paragraph == words_[j].paragraph &&
                      Parts(k, RunEnd(k)) >= 2;
      }
      // "1999 movie American Pie": a work's title, no one.
      const bool work = i > 0 && !words_[i - 1].punct && !words_[i - 1].cap &&
                        WorkNoun(words_[i - 1].key);
      // ("Mercy laughs.": a first name opening a sentence is the one the
      // text names in full with it, when it never writes it in lower
      // case.)
      // (A word the first-name list does not know, only before a verb's
      // place: not "Will the plan work?".)
      const Word* next = j + 1 < words_.size() ? &words_[j + 1] : nullptr;
      const bool first_name =
          parts == 1 && name.starts_with(Span(a, a) + " ") &&
          !lower_.count(words_[a].key) &&
          (quote::FirstNameGender(words_[a].key) != 0 ||
           (next && !next->punct && !next->cap && next->quote < 0 &&
            !Determiner(next->key) && !Preposition(next->key) &&
            !Pronouns().count(next->key)));
      // ("Hugging Face CEO says ...": a headline's office, no one's name;
      // "he" is the one the story gives it.)
      static const std::unordered_set<std::string_view> kOfficeEnd = {
          "ceo",          "cfo",        "coo",       "cto",
          "chairman",     "chairwoman", "spokesman", "spokeswoman",
          "spokesperson", "boss",       "founder",   "president"};
      const bool office = parts >= 2 && kOfficeEnd.count(words_[j].key) &&
                          quote::FirstNameGender(words_[a].key) == 0;
      if (person && !modifier && !before_role && !work && !office &&
          !(parts == 1 && words_[a].open && titled == 0 &&
            !surname_.count(words_[SurnameWord(j)].key) && !first_name)) {
        const bool org = OrgWord(words_[j].key);
        // "an interview with Smith, who endorsed ...": the one the
        // sentence goes on about.
        const bool described = j + 2 < words_.size() &&
                               words_[j + 1].key == "," &&
                               words_[j + 2].key == "who";
        // "When Tom Baker hired Carl Diaz, he said": the clause's own
        // subject, not its object.
        const bool object = lead_clause && lead_named;
        // "Harlow Polymers’ site director, Selina Markham, visited": the
        // one named for the role is who the sentence is about, not whose
        // role it is.
        bool named_role = false;
        if (i > 3 && words_[i - 1].key == "," && !mentions_.empty() &&
            mentions_.back().subject && j + 1 < words_.size() &&
            words_[j + 1].key == ",") {
          size_t k = i - 1;
          while (k > 0 && i - 1 - k < 4 && !words_[k - 1].punct &&
                 !words_[k - 1].cap && words_[k - 1].quote < 0 &&
                 !Verb(k - 1) && !Preposition(words_[k - 1].key))
            --k;
          if (k < i - 1 && k >= 2 && k - 1 == mentions_.back().word + 1 &&
              (words_[k - 1].key == "'" || words_[k - 1].key == "’" ||
               (words_[k - 1].key == "s" && k >= 3 &&
                (words_[k - 2].key == "'" || words_[k - 2].key == "’")))) {
            mentions_.back().subject = false;
            named_role = true;
          }
        }
        mentions_.push_back(
            {j, name,
             ((!has_subject && !governed) || described || named_role) &&
                 !object,
             org});
        if (!governed && !lead_clause) has_subject = true;
        if (lead_clause) lead_named = true;
        last = mentions_.size() - 1;
        gender_[name] += 3 * titled;
        // "his daughter Morag McKinnon", "Jordan's sister, Mel Tavistock".
        size_t n = i;
        if (n > 1 && words_[n - 1].key == ",") --n;
        if (n > 0 && !words_[n - 1].punct && words_[n - 1].quote < 0 &&
            words_[n - 1].paragraph == words_[i].paragraph)
          gender_[name] += 2 * NounGender(words_[n - 1].key);
      }
    }
    i = j + 1;
  }
  // The first name's gender, where the text shows none ("Mary Steenburgen"
  // never followed by "she"), and weighed above one pronoun's reading
  // where it does ("Judge Martin Oduya said she had ...": she is another).
  std::unordered_set<std::string_view> weighed;
  for (const Mention& m : mentions_) {
    if (m.org || m.name.find(' ') == std::string::npos ||
        !weighed.insert(m.name).second)
      continue;
    int& g = gender_[m.name];
    const int prior = quote::FirstNameGender(
        text::SearchKey(std::string_view(m.name).substr(0, m.name.find(' '))));
    g += 2 * prior;
  }
}

// "Her father is more diplomatic. He says ...": a sentence that opens on
// someone by the role the story gave them with their name ("her father,
// Vikram Deshpande") names them for the pronouns after it, as their name
// would.
void Reader::DescribedMentions() {
  std::vector<Mention> described;
  for (size_t k = 0; k + 2 < words_.size(); ++k) {
    const bool opens =
        k == 0 || words_[k - 1].paragraph != words_[k].paragraph ||
        (words_[k - 1].punct && words_[k - 1].quote < 0 && SentenceEnd(k - 1));
    const std::string& d = words_[k].key;
    if (!opens || words_[k].quote >= 0 ||
        (d != "his" && d != "her" && d != "their" && d != "the"))
      continue;
    const Word& noun = words_[k + 1];
    const Word& next = words_[k + 2];
    if (noun.punct || noun.cap || noun.quote >= 0 || next.punct || next.cap ||
        next.quote >= 0 || Preposition(next.key) || Determiner(next.key) ||
        (NounGender(noun.key) == 0 && !Title(noun.key) && !RoleNoun(noun.key)))
      continue;
    // The one the story gave the role to last, by name ("her father,
    // Vikram Deshpande"; not "his wife" read from whose "his" is).
    // (The roles are in the order of their words; kReach of them back.)
    const Role* named = nullptr;
    const auto upto =
        std::lower_bound(role_.begin(), role_.end(), k,
                         [](const Role& r, size_t w) { return r.word < w; });
    size_t seen = 0;
    for (auto it = std::make_reverse_iterator(upto);
         it != role_.rend() && seen++ < kReach && !named; ++it)
      if (it->role == noun.key) named = &*it;
    if (!named || named->name.find(' ') == std::string::npos) continue;
    described.push_back({k + 1, named->name, true, false});
  }
  if (described.empty()) return;
  const size_t n = mentions_.size();
  mentions_.insert(mentions_.end(), described.begin(), described.end());
  std::inplace_merge(
      mentions_.begin(), mentions_.begin() + static_cast<std::ptrdiff_t>(n),
      mentions_.end(),
      [](const Mention& x, const Mention& y) { return x.word < y.word; });
}

size_t Reader::RoleOpening(size_t a, size_t end) const {
  // `end` itself is the answer "none", whether or not the text runs on
  // that far (a caller near the text's end asks with an end past it).
  const size_t n = std::min(end, words_.size());
  if (a >= n || words_[a].key != "the" || words_[a].quote >= 0) return end;
  size_t h = a + 1;
  while (h < n && h < a + 4 && !words_[h].punct && words_[h].quote < 0 &&
         (words_[h].cap || Title(words_[h].key)) &&
         !(h + 1 < n && !words_[h + 1].cap && !words_[h + 1].punct))
    ++h;
  // (Not a word that is a role only beside another, or a name's: "The
  // Star newspaper", "the former", "the chief".)
  static const std::unordered_set<std::string_view> kNotAlone = {
      "star",    "former", "acting", "senior",    "junior",    "chief",
      "head",    "state",  "home",   "foreign",   "major",     "private",
      "general", "vice",   "deputy", "associate", "assistant", "interim",
      "member",  "agent",  "st",     "saint"};
  if (h + 1 >= n || words_[h].punct || words_[h].quote >= 0 ||
      kNotAlone.count(words_[h].key) ||
      !(Title(words_[h].key) || (RoleNoun(words_[h].key) && !words_[h].cap)))
    return end;
  const Word& next = words_[h + 1];
  if (next.punct || next.cap || next.quote >= 0 || Preposition(next.key) ||
      Determiner(next.key))
    return end;
  return h;
}

bool Reader::SentenceEnd(size_t i) const {
  const Word& w = words_[i];
  if (!w.punct || w.quote >= 0) return false;
  if (w.key == "?" || w.key == "!" || w.key == ";") return true;
  if (w.key != ".") return false;
  // An ellipsis ("... we can t pretend", "or ... on russian activities")
  // leaves words out of a sentence; it does not end one.
  if ((i > 0 && words_[i - 1].key == "." && words_[i - 1].end == w.begin) ||
      (i + 1 < words_.size() && words_[i + 1].key == "." &&
       words_[i + 1].begin == w.end))
    return false;
  if (i + 1 >= words_.size() || words_[i + 1].paragraph != w.paragraph)
    return true;
  const Word& next = words_[i + 1];
  // "the U.S., he warned": an abbreviation's dot before a comma.
  if (next.punct && (next.key == "," || next.key == ";" || next.key == ":"))
    return false;
  // "Sen. Elizabeth Warren (D-Mass.) said": a state's abbreviation closing
  // an aside the sentence goes on after.
  if (next.punct && next.key == ")" && i + 2 < words_.size() &&
      words_[i + 2].paragraph == w.paragraph &&
      (words_[i + 2].punct ? words_[i + 2].key == "," : !words_[i + 2].cap))
    return false;
  // After a title's abbreviation: "Mr. Trump", "Sen. Warren", "Lt. Col.
  // Vindman" (not a day or month the title list holds: "on Monday.
  // Opposition ...").
  if (i > 0 && !words_[i - 1].punct && Abbreviation(words_[i - 1].key) &&
      next.cap)
    return false;
  // Inside "U.S." or "A.J."; and "Polygraph.info", "onmeth.com".
  if (next.begin == w.end && !next.punct &&
      (next.end - next.begin <= 2 || !next.cap))
    return false;
  // An initial: "A.J. Smith", "J. K. Rowling".
  if (i > 0 && !words_[i - 1].punct &&
      words_[i - 1].end - words_[i - 1].begin == 1 && words_[i - 1].cap &&
      next.cap)
    return false;
  // "U.S. attorney": a lower-case word after a short word's dot; "Acme
  // Corp. said", "Acme Inc. spokeswoman": after a company's.
  if (i > 0 && !words_[i - 1].punct && !next.cap && !next.punct &&
      (words_[i - 1].end - words_[i - 1].begin <= 3 ||
       words_[i - 1].key == "corp" || words_[i - 1].key == "bros"))
    return false;
  return true;
}

size_t Reader::FirstWordAfter(size_t offset) const {
  auto it =
      std::lower_bound(words_.begin(), words_.end(), offset,
                       [](const Word& w, size_t o) { return w.begin < o; });
  return static_cast<size_t>(it - words_.begin());
}

size_t Reader::LastWordBefore(size_t offset) const {
  const size_t i = FirstWordAfter(offset);
  return i == 0 ? words_.size() : i - 1;
}

// The person a pronoun at word `at` refers to: the last speaker within
// three paragraphs, else the last person named outside quotations.
std::optional<Reader::Subject> Reader::Pronoun(size_t at,
                                               std::string_view pronoun) {
  const int want = pronoun == "he" ? 1 : pronoun == "she" ? -1 : 0;
  auto fits = [&](const std::string& name, bool strict) {
    auto g = gender_.find(name);
    const int has = g == gender_.end() ? 0 : g->second;
    if (want == 0) return true;
    // (Not two people who spoke as one: "he" is one of them.)
    if (name.find(" and ") != std::string::npos) return false;
    // ("he" is no country, and no phrase of common words at both ends:
    // "China", "Best Pop Solo Performance".)
    if (has == 0 && (Country(text::Fold(name)) || !Someone(name))) return false;
    return strict ? has * want > 0 : has * want >= 0;
  };
  int paragraph = at < words_.size() ? words_[at].paragraph : 0;
  // '"...|...," he wrote': after a quotation over several paragraphs, the
  // story before it is where the quotation starts.
  {
    size_t k = std::min(at, words_.size());
    while (k > 0 && words_[k - 1].punct && words_[k - 1].quote < 0) --k;
    if (k > 0 && words_[k - 1].quote >= 0) {
      const size_t f = quote_first_[static_cast<size_t>(words_[k - 1].quote)];
      if (f < words_.size())
        paragraph = std::min(paragraph, words_[f].paragraph);
    }
  }
  // The quotation the pronoun attributes: mentions inside it do not count.
  auto before_at = [&](size_t word) { return word < at; };
  const bool personal = want != 0;
  // The mentions before `at`, nearest first, at most kReach of them.
  const auto first_after =
      std::lower_bound(mentions_.begin(), mentions_.end(), at,
                       [](const Mention& m, size_t w) { return m.word < w; });
  const auto from = std::make_reverse_iterator(first_after);
  // Each look-up sets `*where` to the word it found its subject at.
  size_t ignored = 0;
  // ("When Eddie asked about Theresa May's deal, she said": a possessor
  // the pronoun's own sentence names before it, not as its subject, is
  // someone else.)
  const size_t own = personal && at < words_.size()
                         ? SentenceStart(at, words_[at].paragraph)
                         : words_.size();
  // (Inside a clause with a verb of its own, before it: not "In Jane
  // Doe's first interview, she said".)
  const auto possessor = [&](const Mention& m) {
    if (!(m.word + 2 < words_.size() &&
          (words_[m.word + 1].key == "'" || words_[m.word + 1].key == "’") &&
          words_[m.word + 2].key == "s"))
      return false;
    for (size_t k = m.word; k-- > own && m.word - k <= 40;)
      if (words_[k].quote < 0 && !words_[k].punct && !words_[k].cap &&
          (Verb(k) || words_[k].key.ends_with("ed")))
        return true;
    return false;
  };
  auto mention = [&](int back, bool strict, bool subjects,
                     size_t* where = nullptr) -> std::optional<Subject> {
    size_t seen = 0;
    for (auto it = from; it != mentions_.rend() && seen++ < kReach; ++it) {
      if (!before_at(it->word)) continue;
      if (it->word >= own && !it->subject && possessor(*it)) continue;
      // (Subjects, a sentence's worth each, looked for over as much story
      // in text kept a sentence a line.)
      if (words_[it->word].paragraph + back * (subjects ? line_scale_ : 1) <
          paragraph)
        break;
      if (subjects && !it->subject) continue;
      if (personal && (it->org || !Someone(it->name))) continue;
      if (fits(it->name, strict)) {
        (where ? *where : ignored) = it->word;
        return Subject{it->name, "", !it->org};
      }
    }
    return std::nullopt;
  };
  auto speaker = [&](bool strict, size_t* where) -> std::optional<Subject> {
    size_t seen = 0;
    for (auto it = spoken_.rbegin(); it != spoken_.rend() && seen++ < kReach;
         ++it) {
      if (words_[it->first].paragraph + 3 * line_scale_ < paragraph) break;
      if (it->second.person && fits(it->second.speaker, strict)) {
        *where = it->first;
        return it->second;
      }
    }
    return std::nullopt;
  };
  // The subject of a sentence in this paragraph or the one before (a
  // pronoun mostly goes on with the subject), someone named earlier in
  // this paragraph, the speaker before, then further back; of the
  // pronoun's gender where the article shows it, else of none shown.
  // A sentence's subject is preferred unless its gender is shown to be the
  // other one.
  // 'He begged lawmakers "..." ... "...," he warned': the speaker of a
  // quotation earlier in this paragraph, when no sentence since has named
  // a subject of its own.
  // ('A senior executive at a rival mill ... said ... "...," he said': one
  // described by a role too.)
  // ('A line operator, who did not want to be named, said ... |"We've
  // been through three owners," she said': for a paragraph that opens
  // with a quotation, the speaker ending the paragraph before.)
  bool opens = false;
  {
    // (A bounded walk back: a paragraph of thousands of quotations asks
    // no more than a short one.)
    size_t k = std::min(at, words_.size());
    const size_t floor = k > 400 ? k - 400 : 0;
    while (k > floor && words_[k - 1].paragraph == paragraph) --k;
    while (k < words_.size() && words_[k].punct && words_[k].quote < 0 &&
           words_[k].paragraph == paragraph)
      ++k;  // (the opening mark)
    opens = k < words_.size() && words_[k].quote >= 0 &&
            words_[k].paragraph == paragraph;
  }
  for (auto it = spoken_.rbegin(); it != spoken_.rend(); ++it) {
    if (it->first >= at) continue;
    if (words_[it->first].paragraph != paragraph &&
        !(opens && words_[it->first].paragraph + 1 == paragraph))
      break;
    // (Of the pronoun's gender where the role shows one: not "Her mother
    // said ... he said".)
    const bool role =
        personal && !it->second.person && !it->second.org &&
        OneInARole(it->second.speaker) &&
        NounGender(DescriptionHead(it->second.speaker)) * want >= 0;
    if (!role && (!it->second.person || !fits(it->second.speaker, false)))
      break;
    bool newer = false;
    size_t seen = 0;
    for (auto m = from;
         m != mentions_.rend() && m->word > it->first && seen++ < kReach; ++m)
      if (m->subject && before_at(m->word) && !(personal && m->org) &&
          fits(m->name, false)) {
        newer = true;
        break;
      }
    // ('"I'm fine," Jones said. Her husband, Mark, was less sure. "...," he
    // said': a sentence since opens on someone of the pronoun's gender,
    // described and named.)
    for (size_t k = it->first + 1;
         personal && !newer && k + 1 < at && k < it->first + kReach; ++k) {
      if (!SentenceEnd(k - 1) || words_[k].quote >= 0) continue;
      size_t d = k;
      while (d < at && d < k + 3 && !words_[d].punct &&
             NounGender(words_[d].key) == 0)
        ++d;
      // (Named in apposition: "His father was a coal miner." is about
      // someone else, in the background.)
      newer = d + 3 < at && d < k + 3 && NounGender(words_[d].key) == want &&
              (d == k || Determiner(words_[k].key)) &&
              words_[d + 1].key == "," && words_[d + 2].cap &&
              !words_[d + 2].punct;
    }
    if (!newer) return it->second;
    break;
  }
  // "WIRED spoke to one mother, who ... "...," she said": someone the
  // story brought in unnamed, nearer than anyone named of that gender.
  if (personal) {
    struct Nouns {
      int want;
      bool count(std::string_view k) const { return NounGender(k) == want; }
    } nouns{want};
    // Someone named of that gender nearer: the named one.
    size_t floor = at > 400 ? at - 400 : 0;
    size_t seen = 0;
    for (auto it = from; it != mentions_.rend() && seen++ < kReach; ++it)
      if (before_at(it->word) && !it->org && fits(it->name, true)) {
        floor = std::max(floor, it->word + 1);
        break;
      }
    size_t said_at = words_.size();  // the verb the noun is subject of
    for (size_t k = std::min(at, words_.size()); k-- > floor;) {
      if (words_[k].paragraph + 1 < paragraph) break;
      // '..., said official Fauzi. "...," he said': someone said
      // something since; unless it was the one brought in ("One woman,
      // who asked not to be named, said her father ...").
      if (words_[k].quote < 0 && Verb(k)) {
        said_at = k;
        size_t subject = k;
        for (size_t j = k; j-- > floor && k - j <= 10;) {
          if (words_[j].quote >= 0 || (words_[j].punct && SentenceEnd(j)) ||
              (words_[j].cap && !words_[j].open && !words_[j].punct))
            break;
          if (nouns.count(words_[j].key)) {
            subject = j;
            break;
          }
        }
        if (subject == k) break;
        k = subject + 1;
        continue;
      }
      if (words_[k].quote >= 0 || words_[k].cap || !nouns.count(words_[k].key))
        continue;
      size_t d = k;
      while (d > 0 && k - d < 4 && !words_[d - 1].punct && !words_[d - 1].cap &&
             words_[d - 1].key != "a" && words_[d - 1].key != "an" &&
             words_[d - 1].key != "one" && !Verb(d - 1) &&
             !Preposition(words_[d - 1].key) && !Determiner(words_[d - 1].key))
        --d;
      // Only someone brought in to be heard: "spoke to one mother",
      // "a man, who ...", not "one man was hurt".
      const bool heard =
          (k + 2 < words_.size() && words_[k + 1].key == "," &&
           words_[k + 2].key == "who") ||
          (d > 2 &&
           (words_[d - 2].key == "to" || words_[d - 2].key == "with") &&
           (words_[d - 3].key == "spoke" || words_[d - 3].key == "talked" ||
            words_[d - 3].key == "speaking" ||
            words_[d - 3].key == "talking")) ||
          (d > 1 &&
           (words_[d - 2].key == "interviewed" ||
            words_[d - 2].key == "asked" || words_[d - 2].key == "told"));
      if (heard && d > 0 &&
          (words_[d - 1].key == "a" || words_[d - 1].key == "an" ||
           words_[d - 1].key == "one")) {
        std::string described = Lowered(d - 1, k);
        return Subject{described, "", false};
      }
      // The subject a sentence opens with: "A woman who did not want to
      // be identified told ...", or "Alvarado's mother let out a cry."
      // right before the quotation.
      size_t s0 = words_.size();
      // "His mother", "Her husband": whose, from the pronoun.
      bool whose = false;
      const bool apostrophe =
          d >= 3 && d < k && words_[d].key == "s" &&
          (words_[d - 1].key == "'" || words_[d - 1].key == "’");
      if (d > 0 && (words_[d - 1].key == "a" || words_[d - 1].key == "an" ||
                    words_[d - 1].key == "one"))
        s0 = d - 1;
      else if (d > 0 &&
               (words_[d - 1].key == "his" || words_[d - 1].key == "her" ||
                words_[d - 1].key == "their")) {
        s0 = d - 1;
        whose = true;
      } else if (apostrophe && words_[d - 2].cap && !words_[d - 2].punct) {
        s0 = d - 2;
        while (s0 > 0 && k - s0 < 8 && words_[s0 - 1].cap &&
               !words_[s0 - 1].punct &&
               words_[s0 - 1].paragraph == words_[s0].paragraph)
          --s0;
      } else if (apostrophe && !words_[d - 2].punct) {
        // "The driver's wife", "the victim's younger sister".
        size_t o = d - 2;
        while (o > 0 && d - o < 4 && !words_[o - 1].punct &&
               !words_[o - 1].cap && !Determiner(words_[o - 1].key) &&
               !Verb(o - 1) && !Preposition(words_[o - 1].key))
          --o;
        if (o > 0 && words_[o - 1].key == "the") s0 = o - 1;
      }
      if (s0 >= words_.size() || words_[s0].quote >= 0 ||
          !(s0 == 0 || words_[s0 - 1].paragraph != words_[s0].paragraph ||
            SentenceEnd(s0 - 1)))
        continue;
      // Someone the sentence does something to ("Her husband was taken to
      // hospital", "The boy's father was arrested") is talked about, not
      // heard.
      {
        size_t n = k + 1;
        while (n < words_.size() && n < k + 3 && FillerAt(n) &&
               !BeVerb(words_[n].key))
          ++n;
        static const std::unordered_set<std::string_view> kDone = {
            "hurt",   "held", "shot",   "hit",     "taken",  "found", "seen",
            "killed", "told", "struck", "stabbed", "beaten", "driven"};
        if (n + 1 < words_.size() && BeVerb(words_[n].key) &&
            !words_[n + 1].punct &&
            ((words_[n + 1].key.size() > 4 &&
              words_[n + 1].key.ends_with("ed")) ||
             kDone.count(words_[n + 1].key)))
          continue;
      }
      // It said something, or its sentence is the one the quotation
      // follows in its paragraph.
      // (Not ", said official Budi Santoso": the one named after it.)
      const bool said = said_at > k && said_at < at && said_at - k <= 10 &&
                        words_[said_at - 1].key != ",";
      bool just_before = false;
      if (!said)
        for (size_t n = k + 1; n < at && n < k + 40; ++n) {
          if (words_[n].quote >= 0 ||
              words_[n].paragraph != words_[k].paragraph)
            break;
          if (SentenceEnd(n)) {
            size_t o = n + 1;  // past the opening mark
            while (o < words_.size() && o < n + 3 && words_[o].punct &&
                   words_[o].quote < 0)
              ++o;
            // ("Her father is more diplomatic. He says ...": the sentence
            // right before the one the pronoun opens.)
            // (Or the paragraph after opens on the quotation: "One woman
            // was a solo parent.|"...," she said.")
            just_before = o < words_.size() &&
                          ((words_[o].quote >= 0 &&
                            words_[o].paragraph <= words_[n].paragraph + 1) ||
                           o == at);
            break;
          }
        }
      if (!said && !just_before) continue;
      size_t end = k;
      // "A woman who did not want to be identified told": the clause is
      // part of who she is.
      if (said && k + 1 < said_at && words_[k + 1].key == "who") {
        end = said_at - 1;
        while (end > k && FillerAt(end)) --end;
      }
      // "Her husband, Padraig Byrne, was more cautious.": the one named.
      if (k + 3 < words_.size() && words_[k + 1].key == "," &&
          words_[k + 2].cap && !words_[k + 2].punct &&
          words_[k + 2].quote < 0) {
        const size_t n = RunEnd(k + 2);
        if (n + 1 < words_.size() && words_[n + 1].key == ",") {
          auto named = Resolve(k + 2, n, k + 2);
          if (named && named->person && !named->org) return named;
          // ("Her husband, Mark, was less sure.": a first name alone, of
          // the pronoun's gender.)
          if (named && !named->org && n == k + 2 && !named->speaker.empty() &&
              quote::FirstNameGender(words_[n].key) * want > 0)
            return Subject{named->speaker, "", true};
        }
      }
      if (whose) {
        auto owned = Resolve(s0, k, s0);
        if (owned && !owned->speaker.empty()) {
          owned->mention.clear();
          return owned;
        }
        continue;
      }
      return Subject{Determiner(words_[s0].key) || words_[s0].key == "one"
                         ? Lowered(s0, end)
                         : Span(s0, end),
                     "", false};
    }
  }
  // '..., said local hospital director Hengky Tewu. "...," he said': the
  // one the sentence right before the quotation reports, when that
  // sentence quotes no one itself.
  // Not from inside such a step: a subject that is itself "he" after a
  // quotation would go back a sentence at a time through the whole text.
  if (personal && at < words_.size() && !in_reported_) {
    size_t k = at;
    while (k > 0 && words_[k - 1].punct && words_[k - 1].quote < 0) --k;
    const int q = k > 0 ? words_[k - 1].quote : -1;
    const size_t e = q >= 0
                         ? LastWordBefore(marks_[static_cast<size_t>(q)].open)
                         : words_.size();
    if (e < words_.size() && words_[e].quote < 0 &&
        words_[e].paragraph + 1 >= paragraph && SentenceEnd(e)) {
      const size_t start = SentenceStart(e, words_[e].paragraph);
      for (size_t v = e; v-- > start;) {
        if (words_[v].quote >= 0) break;
        // "Promises Treatment Center": a capital inside a sentence makes
        // a name, no verb.
        if (!Verb(v) || (words_[v].cap && !words_[v].open)) continue;
        if (const size_t u = MainVerb(v, start); u != v) {
          v = u + 1;  // read u next
          continue;
        }
        // "said hospital director Hengky Tewu." or "noted Dean McCarron,
        // principal analyst at ...": the name after the verb.
        size_t n = v + 1;
        // Only a role between ("said he backed King" names the one
        // backed).
        while (n < e && n < v + 5 && !words_[n].punct && !words_[n].cap &&
               !Pronouns().count(words_[n].key) && !Auxiliary(words_[n].key) &&
               !words_[n].key.ends_with("ed") && !Verb(n))
          ++n;
        std::optional<Subject> s;
        in_reported_ = true;
        // (Only a verb with no subject before it, after a comma or opening
        // the sentence: not "He said the day went well.")
        const bool inverted =
            Inverted(words_[v].key) && (v == start || words_[v - 1].punct);
        if (inverted && n < e && words_[n].cap && !words_[n].punct) {
          const size_t r = RunEnd(n);
          if (r + 1 == e || (r + 1 < e && words_[r + 1].key == ","))
            s = Resolve(v + 1, r, v);
          // "said Trend Micro advanced threat researcher Paul Ferguson.":
          // the name the roles lead up to, not the body they are of.
          else if (e - v <= 10 && words_[e - 1].cap && !words_[e - 1].punct) {
            bool plain = true;
            for (size_t k = r + 1; k < e && plain; ++k)
              plain = !words_[k].punct && words_[k].quote < 0 && !Verb(k) &&
                      !Preposition(words_[k].key) && !Boundary(words_[k].key);
            if (plain) {
              auto named = Resolve(v + 1, e - 1, v);
              if (named && named->person) s = named;
            }
          }
        }
        // "..., said the official who uses one name.": the one described
        // after the verb.
        if (!s && inverted && v + 2 < e &&
            (words_[v + 1].key == "the" || words_[v + 1].key == "a" ||
             words_[v + 1].key == "an") &&
            words_[v + 1].quote < 0) {
          size_t r = v + 2;
          while (r < e && r < v + 8 && !words_[r].punct && !words_[r].cap &&
                 words_[r].key != "who" && words_[r].key != "that" &&
                 !Preposition(words_[r].key) && !Verb(r))
            ++r;
          if (r > v + 2 && (r == e || words_[r].key == "who" ||
                            words_[r].key == "that" || words_[r].punct)) {
            auto described = Resolve(v + 1, r - 1, v);
            if (described && !described->speaker.empty()) s = described;
          }
        }
        if (!s) s = SubjectOf(v, start);
        in_reported_ = false;
        // "He said she was nervous. "...," she said": not him.
        const std::string said_by = s ? text::Fold(s->mention) : "";
        const bool other_gender =
            (said_by == "he" && want < 0) || (said_by == "she" && want > 0);
        // Someone named, or one described by a role.
        // ("Her father was there too. He said ...": one described by a
        // noun of the pronoun's gender.)
        const bool role = s && !s->person && !s->org &&
                          (OneInARole(s->speaker) ||
                           NounGender(DescriptionHead(s->speaker)) * want > 0);
        if (s && (s->person || role) && !other_gender &&
            (role ? !Place(s->speaker)
                  : Someone(s->speaker) && fits(s->speaker, false)))
          return s;
        break;
      }
    }
  }
  // "The official also outlined ... . He said ...", "The Chancellor
  // defended his row with party leader Christian Lindner. "...," he said":
  // the sentence right before, opening on someone by their role, is about
  // them, not about whom it names after its verb.
  if (personal && at < words_.size() && !in_reported_) {
    const size_t own = SentenceStart(at, words_[at].paragraph);
    const size_t e = own > 0 ? own - 1 : words_.size();
    if (e < words_.size() && words_[e].quote < 0 && SentenceEnd(e) &&
        words_[e].paragraph + 1 >= words_[at].paragraph) {
      const size_t a = SentenceStart(e, words_[e].paragraph);
      const size_t h = RoleOpening(a, e);
      const bool described = h < e && NounGender(words_[h].key) * want >= 0;
      bool newer = false;  // someone named a subject since
      for (auto m = from; described && m != mentions_.rend() && m->word > h;
           ++m)
        newer = newer || (m->subject && before_at(m->word));
      if (described && !newer) {
        in_reported_ = true;
        auto r = Resolve(a, h, h);
        in_reported_ = false;
        // ("The Prime Minister met Italian leader Giorgia Meloni. ...
        // she said": someone named since, shown of the pronoun's gender,
        // where the role's holder is not.)
        // (Not over one unnamed: "The official outlined plans, which Ahmed
        // Said disputes. He said" is the official's.)
        const Mention* fitter = nullptr;
        if (r && personal && r->person && !fits(r->speaker, true))
          for (auto m = from; m != mentions_.rend() && m->word > h && !fitter;
               ++m)
            if (before_at(m->word) && !m->org && fits(m->name, true))
              fitter = &*m;
        if (fitter) return Subject{fitter->name, "", true};
        if (r && !r->org && !Place(r->speaker) && !r->speaker.empty() &&
            (r->person
                 ? Someone(r->speaker) && fits(r->speaker, false)
                 : OneInARole(r->speaker) || PeopleDescribed(r->speaker))) {
          r->mention.clear();
          return r;
        }
      }
    }
  }
  if (auto s = mention(1, false, true)) return s;
  for (bool strict : {true, false}) {
    if (auto s = mention(0, strict, false)) return s;
    // The speaker before, or a subject named since ('"...," Bill McAllister
    // said. Mr Steele said ... "...," he said'): the nearer.
    size_t spoke = 0, named = 0;
    auto s = speaker(strict, &spoke);
    auto m = mention(3, strict, true, &named);
    if (s && m && named > spoke) return m;
    if (s) return s;
    if (m) return m;
    if (auto s = mention(2, strict, false)) return s;
  }
  // "he said" with no one named for paragraphs (text with a sentence a
  // line): the last person of that gender the story named.
  if (personal)
    if (auto s = mention(1 << 20, true, false)) return s;
  return std::nullopt;
}

// Who the words [a, b] (a subject) are, read at word `at`: one person or
// body (ResolveOne), or two people named together as one subject.
std::optional<Reader::Subject> Reader::Resolve(size_t a, size_t b, size_t at) {
  std::optional<Subject> s = ResolveOne(a, b, at);
  // (Not again when an inner call joined them already: "Jane Doe and John
  // Roe of Apple".)
  if (!s || !s->person || s->org || !GivenName(s->speaker) ||
      s->speaker.find(" and ") != std::string::npos)
    return s;
  bool first = false;
  if (auto other = Partner(a, b, at, &first)) {
    s->speaker = first ? other->speaker + " and " + s->speaker
                       : s->speaker + " and " + other->speaker;
  }
  return s;
}

std::optional<Reader::Subject> Reader::Partner(size_t a, size_t b, size_t at,
                                               bool* first) {
  while (a < b && words_[a].punct) ++a;
  while (b > a && words_[b].punct) --b;
  const auto name_run = [&](size_t from, size_t to) {
    if (from > to || Parts(from, to) < 2) return false;
    for (size_t k = from; k <= to; ++k)
      if (words_[k].punct || !words_[k].cap || words_[k].quote >= 0 ||
          words_[k].paragraph != words_[a].paragraph)
        return false;
    return !OrgWord(words_[to].key);
  };
  const auto person = [&](size_t from, size_t to) -> std::optional<Subject> {
    auto p = ResolveOne(from, to, at);
    if (p && p->person && !p->org && GivenName(p->speaker)) return p;
    return std::nullopt;
  };
  // "..., Justin Welby and Stephen Cottrell said": the first opens its
  // clause.
  if (a >= 3 && words_[a - 1].key == "and" && words_[a - 2].cap &&
      !words_[a - 2].punct) {
    size_t r = a - 2;
    while (r > 0 && words_[r - 1].cap && !words_[r - 1].punct &&
           words_[r - 1].quote < 0 && a - 2 - r < 4)
      --r;
    if (OpensSubject(r) && !Title(words_[r].key) && name_run(r, a - 2)) {
      *first = true;
      return person(r, a - 2);
    }
  }
  // "Mary Bousted and Kevin Courtney, joint ..., said": the second before
  // a comma or the verb.
  if (b + 3 < words_.size() && words_[b + 1].key == "and" &&
      words_[b + 2].cap && !words_[b + 2].punct) {
    size_t r = b + 2;
    while (r + 1 < words_.size() && words_[r + 1].cap && !words_[r + 1].punct &&
           words_[r + 1].quote < 0 && r - b - 2 < 4)
      ++r;
    if (r + 1 < words_.size() &&
        (words_[r + 1].key == "," || Verb(r + 1) || SentenceEnd(r + 1)) &&
        name_run(b + 2, r)) {
      *first = false;
      return person(b + 2, r);
    }
  }
  return std::nullopt;
}

std::optional<Reader::Subject> Reader::ResolveOne(size_t a, size_t b,
                                                  size_t at) {
  while (a <= b && words_[a].punct) ++a;
  while (b > a && words_[b].punct) --b;
  if (a > b || words_[a].punct) return std::nullopt;
  // '"...," Tusk — Poland's prime minister from 2007 to 2014 — told':
  // the one named before an aside set off by dashes.
  for (size_t k = a + 1; k < b; ++k)
    if (words_[k].punct && (words_[k].key == "—" || words_[k].key == "–") &&
        words_[k].begin > words_[k - 1].end && words_[a].cap) {
      auto named = Resolve(a, k - 1, at);
      if (named && (named->person || named->org)) return named;
      break;
    }
  // "12:47 p.m. ET": a time zone, no one.
  static const std::unordered_set<std::string_view> kZones = {
      "et",   "est",  "edt",  "ct",  "cst", "cdt", "mt",  "mst",
      "mdt",  "pt",   "pst",  "pdt", "gmt", "bst", "utc", "cet",
      "cest", "aest", "aedt", "ist", "jst", "hkt", "sgt"};
  if (a == b && words_[a].cap && kZones.count(words_[a].key) &&
      AllCaps(Span(a, a)))
    return std::nullopt;
  // "the Smith family", "the Gray family": the family, no one of it.
  if (b > a && (words_[b].key == "family" || words_[b].key == "families") &&
      words_[b - 1].cap && !words_[b - 1].punct && words_[a].key == "the" &&
      b - a <= 4) {
    bool named = true;
    for (size_t k = a + 1; k < b && named; ++k)
      named = words_[k].cap && !words_[k].punct;
    if (named) return Subject{Lowered(a, b), Span(a, b), false, false};
  }
  const std::string mention = Span(a, b);
  // "WHO Director-General says": capitalised titles and no name, as a
  // headline writes an office; the one the text gave that whole office
  // ("WHO Director-General Tedros Adhanom Ghebreyesus"), two words at
  // least ("General" alone is any general; "Irish Prime Minister" is not
  // the Prime Minister named before).
  if (b > a && words_[b].cap && Title(words_[b].key)) {
    bool office = true;
    std::string role;
    for (size_t k = a; k <= b && office; ++k) {
      office = words_[k].punct ? words_[k].key == "-"
                               : words_[k].cap && words_[k].quote < 0 &&
                                     (Title(words_[k].key) || k == a);
      if (words_[k].punct) continue;
      if (!role.empty()) role += ' ';
      role += words_[k].key;
    }
    if (office && role.find(' ') != std::string::npos) {
      if (const std::string* holder = HolderBefore(role, at))
        return Subject{*holder, mention, true};
      // (Or, as a headline or its summary in the story's first paragraphs
      // names an office, the one the story below gives it.)
      if (words_[a].paragraph <= 3) {
        auto it = std::lower_bound(
            role_.begin(), role_.end(), at,
            [](const Role& r, size_t w) { return r.word < w; });
        for (size_t n = 0; it != role_.end() && n < kReach; ++it, ++n)
          if (it->role == role) return Subject{it->name, mention, true};
      }
    }
  }
  // "Lagos State Governor, Babajide Sanwo-Olu, said", "The AMA president,
  // Dr Omar Khorshid, said": a title, then the one who holds it in
  // apposition.
  // (The words before being the title's own, none a preposition's: not
  // "an aide to the Governor, Kathy Hochul,". The holder's run itself
  // ending on no title, so this never calls itself again.)
  bool title_phrase = b + 3 < words_.size() && !in_holder_ &&
                      !words_[b].punct && Title(words_[b].key);
  for (size_t k = a; title_phrase && k < b; ++k)
    title_phrase =
        words_[k].quote < 0 && (words_[k].cap || Determiner(words_[k].key) ||
                                Title(words_[k].key) || words_[k].punct);
  if (title_phrase && words_[b + 1].key == "," && words_[b + 1].quote < 0 &&
      words_[b + 2].cap && !words_[b + 2].punct && words_[b + 2].quote < 0 &&
      words_[b + 2].paragraph == words_[b].paragraph) {
    const size_t n = RunEnd(b + 2);
    if (n + 1 < words_.size() && words_[n + 1].punct &&
        (words_[n + 1].key == "," || SentenceEnd(n + 1)) &&
        Parts(AfterTitles(b + 2, n), n) >= 2) {
      in_holder_ = true;
      auto named = Resolve(b + 2, n, at);
      in_holder_ = false;
      if (named && named->person && !named->org &&
          named->speaker.find(' ') != std::string::npos) {
        named->mention = Span(a, n);
        return named;
      }
    }
  }
  // "johnson a leading advocate of brexit": a name, then what it is, with
  // no comma between.
  if (words_[a].cap && !words_[a].punct && a < b) {
    const size_t r = RunEnd(a);
    if (r < b && !words_[r + 1].punct &&
        (words_[r + 1].key == "a" || words_[r + 1].key == "an") &&
        surname_.count(words_[r].key)) {
      auto named = Resolve(a, r, at);
      if (named && named->person) {
        named->mention = mention;
        return named;
      }
    }
  }
  // "researchers at software security firm Trend Micro": people described
  // by where they are, not the body itself.
  {
    size_t h = a;
    if (h < b && (words_[h].key == "the" || Number(words_[h].key))) ++h;
    if (h + 1 < b && !words_[h].punct && (!words_[h].cap || words_[h].open) &&
        (words_[h + 1].key == "at" || words_[h + 1].key == "from" ||
         words_[h + 1].key == "with") &&
        words_[h].key.ends_with("s") && People(words_[h].key)) {
      std::string described = Lowered(a, b);
      return Subject{std::move(described), mention, false};
    }
  }
  // "she heard someone say": speech, of no one the text names.
  if (!words_[b].punct &&
      (words_[b].key == "someone" || words_[b].key == "somebody" ||
       words_[b].key == "anyone" || words_[b].key == "anybody"))
    return Subject{"", mention, false};
  // '"...," one resident told NHK. Another said:': another of those the
  // quotation before was one of.
  if (a == b && words_[a].key == "another" && !spoken_.empty() &&
      !spoken_.back().second.person && !spoken_.back().second.org) {
    const std::string& one = spoken_.back().second.speaker;
    for (std::string_view lead : {"one ", "a ", "an ", "another "})
      if (one.starts_with(lead) && one.size() > lead.size())
        return Subject{"another " + one.substr(lead.size()), mention, false};
  }
  // "The mother of gymnast Max Whitlock": his mother, not him.
  static const std::unordered_set<std::string_view> kKin = {
      "mother", "father",  "wife",  "husband", "daughter", "son",
      "sister", "brother", "widow", "widower", "parents",  "family"};
  if (b > a + 2 && words_[a].key == "the" && kKin.count(words_[a + 1].key) &&
      words_[a + 2].key == "of" && words_[b].cap && !words_[b].punct)
    return Subject{Lowered(a, b), mention, false};
  // "Someone in the public gallery shouted": someone described by where.
  if (b > a && (words_[a].key == "someone" || words_[a].key == "somebody"))
    return Subject{Lowered(a, b), mention, false};
  // "one of the people", "that person" after "two people familiar with
  // the talks".
  if (b == a + 3 && words_[a].key == "one" && words_[a + 1].key == "of" &&
      words_[a + 2].key == "the" &&
      (words_[b].key == "people" || words_[b].key == "sources"))
    if (auto one = OneOfThose(words_[b].key, a, mention)) return one;
  if (b == a + 1 && words_[a].key == "that" &&
      (words_[b].key == "person" || words_[b].key == "source"))
    if (auto one = OneOfThose(words_[b].key == "person" ? "people" : "sources",
                              a, mention))
      return one;
  // "Medoria declined to comment. A spokesman said": the spokesman of the
  // body that opens the sentence just before, as a reader takes it.
  if (b == a + 1 && (words_[a].key == "a" || words_[a].key == "an") &&
      SpokesNoun(words_[b].key)) {
    const size_t own = SentenceStart(a, words_[a].paragraph);
    if (own > 0) {
      const size_t before = SentenceStart(own - 1, words_[own - 1].paragraph);
      const size_t k = words_[before].key == "the" ? before + 1 : before;
      if (k < own && words_[before].paragraph + 1 >= words_[a].paragraph &&
          words_[k].cap && !words_[k].punct && words_[k].quote < 0 &&
          !Lead(words_[k]) && !Pronouns().count(words_[k].key)) {
        const size_t e = RunEnd(k);
        const bool subject = e + 1 < own && !words_[e + 1].punct &&
                             !words_[e + 1].cap && words_[e + 1].quote < 0;
        // ("Police have said ... A spokesperson said": a police
        // spokesperson; "Officials said": some people, none a body.)
        if (subject && e == k && People(words_[k].key))
          return words_[k].key == "police"
                     ? Subject{"a police " + words_[b].key, mention, false}
                     : Subject{Lowered(a, b), mention, false};
        auto body =
            subject && !Place(Span(k, e)) ? Resolve(k, e, k) : std::nullopt;
        const auto g = body ? gender_.find(body->speaker) : gender_.end();
        // (A body, or a name of no one the text shows is a man or a woman:
        // "Medoria Health", not "John Smith".)
        if (body && !body->speaker.empty() &&
            (body->org || !body->person ||
             quote::FirstNameGender(words_[k].key) == 0) &&
            (g == gender_.end() || g->second == 0))
          return Subject{Lowered(a, b) + " for " + (k > before ? "the " : "") +
                             body->speaker,
                         mention, false};
      }
    }
  }
  // "they chanted": the group a sentence just before is about ("The
  // protesters, however, struggle ..."); "it said": the body ("The agency
  // said more rain was forecast.").
  const bool it = a == b && words_[a].key == "it";
  if (a == b && (words_[a].key == "they" || it)) {
    size_t end = a;
    for (int back = 0; back < 2; ++back) {
      const int paragraph = words_[end].paragraph;
      const size_t start = SentenceStart(end, paragraph);
      if (start == 0) break;
      end = start - 1;
      while (end > 0 && words_[end].quote >= 0) --end;
      if (words_[a].paragraph - words_[end].paragraph > 1) break;
      size_t from = SentenceStart(end, words_[end].paragraph);
      // ("Earlier, the district had ...": past an adverb and its comma.)
      if (from + 2 < end && words_[from + 1].key == "," &&
          (Filler(words_[from].key) || Adjunct(words_[from].key) ||
           words_[from].key == "however"))
        from += 2;
      auto group = OpeningDescription(from, end);
      // ("The district had expressed optimism. ... it said": a body by
      // its kind.)
      const auto body = [](const std::string& d) {
        const std::string head = d.substr(d.rfind(' ') + 1);
        return Firm(head) || head == "district";
      };
      if (group && !group->person && !group->speaker.empty() &&
          (it ? group->org || body(group->speaker)
              : group->org || group->speaker.back() == 's')) {
        group->mention = mention;
        return group;
      }
    }
  }
  if (a == b && Pronouns().count(words_[a].key)) {
    auto p = Pronoun(at, words_[a].key);
    // "it" is no one the text names as a person; "they" no one person
    // either, but two named together just before ("Justin Welby and
    // Stephen Cottrell said ... they said"), or else no one the text
    // names.
    if (it && p && p->person && !p->org) p.reset();
    if (words_[a].key == "they" && p && p->person && !p->org &&
        GivenName(p->speaker)) {
      p = Pair(at);
      if (!p) return Subject{"", mention, false};
    }
    if (p) p->mention = mention;
    // "Sarah Mills said. ... he wrote": someone, but not the last
    // speaker, who the text shows is of the other gender.
    if (!p && (words_[a].key == "he" || words_[a].key == "she") &&
        !spoken_.empty() && spoken_.back().second.person) {
      const auto g = gender_.find(spoken_.back().second.speaker);
      const int want = words_[a].key == "he" ? 1 : -1;
      if (g != gender_.end() && g->second * want < 0)
        return Subject{"", mention, false};
    }
    return p;
  }
  // "he’d", "she's", "you’re": the pronoun before its contraction; "who"
  // asks, it names no one.
  if ((a == b || (b == a + 2 && words_[a + 1].punct)) && !words_[a].punct) {
    const std::string_view w = std::string_view(t_).substr(
        words_[a].begin, words_[b].end - words_[a].begin);
    size_t cut = w.find('\'');
    if (cut == std::string_view::npos) cut = w.find("\u2019");
    if (cut != std::string_view::npos && cut > 0) {
      const std::string head = text::Fold(w.substr(0, cut));
      if (head == "he" || head == "she") {
        auto p = Pronoun(at, head);
        if (p) p->mention = mention;
        return p;
      }
      if (Pronouns().count(head) || head == "you" || head == "i" ||
          head == "we")
        return std::nullopt;
    }
    if (a == b && (words_[a].key == "who" || words_[a].key == "what"))
      return std::nullopt;
  }
  // "the Dutchman", "the Brazilian": someone already in the story, by
  // their country, as sports and foreign news call them; or by party.
  // "the Dunmore Democrat", "the Texas Republican": by party.
  const std::string& last_word = words_[b].key;
  const bool party = Party(last_word);
  bool proper = true;
  for (size_t k = a + 1; k <= b; ++k)
    proper = proper && words_[k].cap && !words_[k].punct;
  if (words_[a].key == "the" && b > a && proper &&
      ((b == a + 1 && Demonym(last_word)) || (b <= a + 3 && party))) {
    auto p = Pronoun(at, "");
    if (p && p->person) {
      p->mention = mention;
      return p;
    }
    // The person last named, past bodies ("Kingsbridge Rovers manager
    // Alessandro Fontana ... Rovers sit third ... the Italian told").
    const auto upto =
        std::lower_bound(mentions_.begin(), mentions_.end(), a,
                         [](const Mention& m, size_t w) { return m.word < w; });
    size_t seen = 0;
    for (auto it = std::make_reverse_iterator(upto);
         it != mentions_.rend() && seen++ < kReach; ++it)
      if (!it->org && !Place(it->name) &&
          it->name.find(' ') != std::string::npos)
        return Subject{it->name, mention, true};
  }
  // "the convicted killer said": the one the story is about, as crime
  // news calls them after naming them, unless it brought one in as "a
  // gunman".
  {
    static const std::unordered_set<std::string_view> kAccused = {
        "killer",   "gunman",  "suspect",  "defendant", "accused",
        "attacker", "shooter", "murderer", "fugitive",  "assailant",
        "convict",  "escapee", "inmate",   "prisoner",  "perpetrator"};
    bool lower = words_[a].key == "the" && b > a && b <= a + 3;
    for (size_t k = a + 1; lower && k <= b; ++k)
      lower = !words_[k].cap && !words_[k].punct && words_[k].quote < 0;
    // Only one the story names beside what was done to them ("sentenced
    // Brian Nichols", "Tom Baker was arrested"), not the sheriff who spoke
    // last.
    if (lower && kAccused.count(words_[b].key) && !Introduced(a, b, mention)) {
      if (!accused_built_) {
        accused_built_ = true;
        static const std::unordered_set<std::string_view> kDone = {
            "arrested",   "charged",  "sentenced",  "convicted", "indicted",
            "accused",    "jailed",   "detained",   "acquitted", "suspected",
            "extradited", "captured", "apprehended"};
        for (const Mention& m : mentions_) {
          if (m.org) continue;
          const size_t from = m.word > 8 ? m.word - 8 : 0;
          const size_t to = std::min(words_.size(), m.word + 9);
          for (size_t k = from; k < to; ++k)
            if (words_[k].paragraph == words_[m.word].paragraph &&
                words_[k].quote < 0 && kDone.count(words_[k].key)) {
              accused_.insert(m.name);
              break;
            }
        }
      }
      if (const std::string* named = NearestMention(
              at, [&](const Mention& m) { return accused_.count(m.name) > 0; }))
        return Subject{*named, mention, true};
    }
  }
  // A name when the subject ends in one ("CHP Officer Brad Baehr", "the
  // actress 's rep Jack Ketsoyan"), unless a preposition governs it ("a
  // spokesperson for the British Foreign Office"); a subject that ends in
  // a common noun ("Reid 's rep", "the French foreign ministry") is a
  // description.
  // ("Kenneth Lau Kwok-wing", "Lee Jae-myung": a name's last syllable
  // after a hyphen.)
  const bool syllable =
      !words_[b].punct && !words_[b].cap && b >= a + 2 &&
      words_[b - 1].key == "-" && words_[b - 2].cap && !words_[b - 2].punct &&
      words_[b - 1].begin == words_[b - 2].end &&
      words_[b].begin == words_[b - 1].end && words_[b].key.size() <= 5;
  // ("the 51-year-old GP", "the new MP": a role's capitals end a
  // description.)
  const bool role_capitals =
      a < b && Determiner(words_[a].key) && RoleAbbreviation(b);
  if ((words_[b].cap || syllable) && !words_[b].punct && !role_capitals) {
    // "Intelligence and Security has pointed out": the end of a body's
    // name the text gives in full ("Parliament's Joint Committee on
    // Intelligence and Security"); or that name whole ("Food and Drug
    // Administration").
    {
      auto body =
          std::lower_bound(bodies_.begin(), bodies_.end(), b,
                           [](const Body& x, size_t w) { return x.end < w; });
      if (body != bodies_.end() && body->end == b && words_[a].cap &&
          !words_[a].punct &&
          (Parts(a, b) < body->folded.size() ||
           (Parts(a, b) == body->folded.size() &&
            std::any_of(words_.begin() + static_cast<std::ptrdiff_t>(a),
                        words_.begin() + static_cast<std::ptrdiff_t>(b),
                        [](const Word& w) { return w.key == "and"; }))))
        return Subject{body->name, mention, false, true};
    }
    size_t j = b;
    while (
        j > a && words_[j - 1].paragraph == words_[b].paragraph &&
        ((!words_[j - 1].punct && words_[j - 1].cap && !Lead(words_[j - 1])) ||
         (words_[j - 1].punct &&
          (words_[j - 1].key == "." || words_[j - 1].key == "-") &&
          j >= a + 2) ||
         // "National Workers’ Coalition".
         (words_[j - 1].punct &&
          (words_[j - 1].key == "'" || words_[j - 1].key == "’") &&
          j >= a + 2 && words_[j - 2].cap && words_[j - 2].key.ends_with("s") &&
          words_[j - 2].end == words_[j - 1].begin && RunEnd(j - 2) >= b)))
      --j;
    // "a spokesman for the Food and Drug Administration": a body's name
    // over "and", whole.
    if (j > a + 1 && words_[j - 1].key == "and") {
      auto body =
          std::lower_bound(bodies_.begin(), bodies_.end(), b,
                           [](const Body& x, size_t w) { return x.end < w; });
      if (body != bodies_.end() && body->end == b && body->begin >= a &&
          body->begin < j)
        j = body->begin;
      // "Carrick and Vale Health Board": capitals all the way from the
      // subject's start.
      else if (OrgWord(words_[b].key) && words_[j - 2].cap &&
               !words_[j - 2].punct) {
        size_t f = j - 2;
        while (f > a && words_[f - 1].cap && !words_[f - 1].punct) --f;
        if (f == a || (f == a + 1 && words_[a].key == "the")) j = f;
      }
    }
    size_t g = j;  // the word governing the run, past a determiner
    if (g > a && Determiner(words_[g - 1].key)) --g;
    // "with Jordanian Foreign Minister Ayman Safadi warning": the subject
    // of the participle after it, not governed.
    const bool with = g == a + 1 && words_[a].key == "with";
    // "envoy to Ukraine Kurt Volker": the place governed, not the name.
    size_t parts = Parts(j, b);
    const bool place_first = parts >= 3 && g == j &&
                             run_ends_.count(words_[j].key) &&
                             !OrgWord(words_[b].key);
    // ("The former business partner of restaurateur Simon Weller": a
    // role word between the preposition and the name.)
    size_t p = g;
    while (p > a + 1 && g - p < 2 && !words_[p - 1].punct &&
           !words_[p - 1].cap && !Preposition(words_[p - 1].key) &&
           !Verb(p - 1) && !Determiner(words_[p - 1].key) &&
           (Title(words_[p - 1].key) || RoleNoun(words_[p - 1].key) ||
            words_[p - 1].key.ends_with("er") ||
            words_[p - 1].key.ends_with("or") ||
            words_[p - 1].key.ends_with("eur") ||
            words_[p - 1].key.ends_with("ist")))
      --p;
    const bool governed = !with && !place_first && p > a &&
                          Preposition(words_[p - 1].key) &&
                          (p == g || words_[p - 1].key == "of");
    // Titles alone ("the Foreign Secretary") are a role, below; but one
    // that is someone's surname is them ("says Doctor": Ken Doctor).
    bool titles = true;
    for (size_t k = j; k <= b; ++k)
      titles = titles && (words_[k].punct || Title(words_[k].key));
    // "The NSW Premier", "the Conservative MP", "the Apple CEO": a title
    // after "the", what it is of before it (a place, a party, a body), is
    // a role too; no first name among those words.
    // (An office someone holds, no title a body shares: not "the Coast
    // Guard".)
    static const std::unordered_set<std::string_view> kOffice = {
        "premier",     "minister",    "president",     "governor",
        "mayor",       "mp",          "msp",           "mla",
        "mep",         "senator",     "chancellor",    "ceo",
        "chairman",    "chairwoman",  "ambassador",    "leader",
        "taoiseach",   "coroner",     "sheriff",       "prosecutor",
        "councillor",  "congressman", "congresswoman", "secretary",
        "commissioner"};
    // Its holder only where the text gives that whole role to someone
    // ("NSW Premier Gladys Berejiklian"): "the Russian President" is not
    // President Joe Biden. Else the role as written.
    if (!titles && words_[a].key == "the" && j > a && j < b &&
        kOffice.count(words_[b].key)) {
      bool office = true;
      std::string role;
      for (size_t k = j; k <= b && office; ++k) {
        office = !words_[k].punct && words_[k].quote < 0 &&
                 quote::FirstNameGender(words_[k].key) == 0;
        if (!role.empty()) role += ' ';
        role += words_[k].key;
      }
      if (office) {
        if (const std::string* holder = HolderBefore(role, at))
          return Subject{*holder, mention, true};
        return Subject{Lowered(a, b), mention, false};
      }
    }
    if (titles && j == b) {
      auto s = surname_.find(words_[SurnameWord(b)].key);
      if (s != surname_.end() && s->second.find(' ') != std::string::npos)
        return Subject{s->second, mention, true};
    }
    // "planetary geologist Rosaly Lopes of NASA('s Jet Propulsion
    // Laboratory)": the person before the body they belong to.
    for (size_t k = a + 2; k < b; ++k) {
      const std::string& by = words_[k].key;
      if ((by != "of" && by != "at" && by != "from" && by != "with" &&
           by != "in") ||
          words_[k].cap || !words_[k - 1].cap || words_[k - 1].punct)
        continue;
      // A full name, no work's title ("The Thick of It writer"); "Hye-jin
      // Park" one.
      size_t r = k - 1;
      while (r > a && ((words_[r - 1].cap && !words_[r - 1].punct) ||
                       (r > a + 2 && words_[r - 2].key == "-" &&
                        words_[r - 3].cap && RunEnd(r - 3) >= k - 1)))
        r -= words_[r - 1].cap ? 1 : 3;
      size_t parts = Parts(AfterTitles(r, k - 1), k - 1);
      if (parts < 2 || words_[r].key == "the") break;
      auto s = Resolve(a, k - 1, at);
      if (s && s->person) {
        s->mention = mention;
        return s;
      }
      break;
    }
    // An organisation is named whole ("the UK Foreign Office").
    if (!governed && !titles && OrgWord(words_[b].key)) {
      size_t o = j;
      // "the Los Angeles County Sheriff's Department": a possessive
      // inside the body's name.
      // "the Beverage Producers' Federation": a plural's.
      const auto apostrophe = [&](size_t k) {
        return words_[k].key == "'" || words_[k].key == "’";
      };
      if (o >= a + 3 && words_[o - 1].key == "s" && apostrophe(o - 2) &&
          words_[o - 3].cap && !words_[o - 3].punct) {
        o -= 3;
      } else if (o >= a + 2 && apostrophe(o - 1) && words_[o - 2].cap &&
                 !words_[o - 2].punct && words_[o - 2].key.ends_with("s")) {
        o -= 2;
      }
      if (o < j)
        while (o > a && words_[o - 1].cap && !words_[o - 1].punct &&
               !Lead(words_[o - 1]))
          --o;
      while (o < b && (words_[o].punct || Lead(words_[o]))) ++o;
      std::string body = Span(o, b);
      if (std::string longer = LongerBody(body, b); !longer.empty())
        body = std::move(longer);
      return Subject{std::move(body), mention, false, true};
    }
    std::string name = governed || titles ? "" : Name(j, b);
    // "DEA", "U.N.": the body the article names in full.
    if (!name.empty() && name.size() <= 12) {
      std::string letters;
      bool upper = true;
      for (char c : name) {
        if (c == '.') continue;
        upper = upper && c >= 'A' && c <= 'Z';
        letters += static_cast<char>(c - 'A' + 'a');
      }
      auto full = upper && letters.size() >= 2 ? acronyms_.find(letters)
                                               : acronyms_.end();
      // "the PM" after "Prime Minister Justin Trudeau": an office's
      // capitals, its holder named nearest before.
      static const std::unordered_map<std::string_view, std::string_view>
          kOffices = {{"pm", "prime minister"},
                      {"fm", "foreign minister"},
                      {"cm", "chief minister"},
                      {"ag", "attorney general"},
                      {"da", "district attorney"}};
      const auto known = kOffices.find(letters);
      if (full != acronyms_.end() || (upper && known != kOffices.end() &&
                                      j > 0 && words_[j - 1].key == "the")) {
        const std::string office = full != acronyms_.end()
                                       ? text::Fold(full->second)
                                       : std::string(known->second);
        if (Title(std::string_view(office).substr(office.rfind(' ') + 1)))
          if (const std::string* holder = HolderBefore(office, at))
            return Subject{*holder, mention, true};
        if (full != acronyms_.end())
          return Subject{full->second, mention, false, true};
      }
    }
    if (!name.empty()) return Subject{Fullest(name, b, false), mention, true};
  }
  // "Doctor Sokal Pirg of the unit", "John Smith from the ministry": the
  // person before what they belong to. ("said Bellamy of the latter": a
  // surname the story gives in full elsewhere.)
  if (!words_[b].cap) {
    for (size_t k = a; k + 1 < b; ++k) {
      if (words_[k].punct || !words_[k].cap) continue;
      const size_t e = RunEnd(k);
      if (e >= b || !Preposition(words_[e + 1].key)) {
        k = e;
        continue;
      }
      const size_t parts = Parts(AfterTitles(k, e), e);
      if (parts >= 1) {
        auto named = Resolve(a, e, at);
        // (A surname alone only bare and one person's: not "said Mrs
        // Baker of her husband", not "Miliband" of two.)
        const bool bare = AfterTitles(k, e) == k && k == e &&
                          !shared_surnames_.count(words_[e].key);
        if (named && named->person &&
            (parts >= 2 ||
             (bare && named->speaker.find(' ') != std::string::npos))) {
          named->mention = mention;
          return named;
        }
      }
      break;
    }
  }
  // "her rep", "his spokesman": someone's, named.
  if (a < b && (words_[a].key == "her" || words_[a].key == "his")) {
    // "Her daughter, Margaret Ashgrove-Cole, said ... her daughter said":
    // the one named so, nearest before.
    if (b == a + 1)
      if (const std::string* named = HolderBefore(words_[b].key, at))
        return Subject{*named, mention, true};
    auto owner = Pronoun(at, words_[a].key == "her" ? "she" : "he");
    if (owner && owner->person) {
      // "Clive and Susan Harrington ... His wife laughed": the other of
      // the couple.
      const std::string& noun = words_[b].key;
      if (b == a + 1 && (noun == "wife" || noun == "husband" ||
                         noun == "spouse" || noun == "partner"))
        for (auto c = couples_.rbegin();
             c != couples_.rend() &&
             c - couples_.rbegin() < static_cast<std::ptrdiff_t>(kReach);
             ++c) {
          const auto& [first, name] = *c;
          if (first >= at || first + 2 >= words_.size()) continue;
          const std::string other =
              Span(first + 2, first + 2) + name.substr(name.find(' '));
          if (owner->speaker == name) return Subject{other, mention, true};
          if (owner->speaker == other) return Subject{name, mention, true};
        }
      return Subject{owner->speaker + "'s " + Span(a + 1, b), mention, false};
    }
  }
  // "the statement said", "a Tumblr post": a document speaks for whoever
  // the text is about.
  {
    // "a report from Kotak Institutional Equities", "the NFL 's
    // substance-abuse policy": whoever the document is from.
    // The first such document only: one call more, never one per word
    // (hostile text repeats "report by Report by ...").
    for (size_t k = a; k < b; ++k) {
      if (words_[k].punct || !Document(words_[k].key)) continue;
      // ("a statement released by park officials": issued by whom.)
      static const std::unordered_set<std::string_view> kIssued = {
          "released",  "issued", "sent",  "posted",
          "published", "shared", "signed"};
      if (k + 2 < b && kIssued.count(words_[k + 1].key) &&
          words_[k + 2].key == "by")
        ++k;
      const std::string& by = words_[k + 1].key;
      // ("The statement from the White House".)
      const size_t o = k + 3 <= b ? PastThe(k + 2) : k + 2;
      if ((by == "from" || by == "by" || by == "in") && o <= b &&
          words_[o].cap) {
        auto from = Resolve(o, b, at);
        if (from && (from->person || from->org)) {
          from->mention = mention;
          return from;
        }
        break;
      }
      // ("a statement from the family of the victim".)
      if (by == "from" || by == "by") {
        auto from = DocumentSource(k, b + 1);
        if (from) {
          from->mention = mention;
          return from;
        }
        break;
      }
    }
    if (!words_[b].punct && Document(words_[b].key)) {
      // A finding or a filing ("The complaint, filed Monday, accuses the
      // outlet of ..."): it speaks for itself, not for a body named near.
      static const std::unordered_set<std::string_view> kFindings = {
          "report",     "complaint", "lawsuit",  "suit",     "study",
          "indictment", "filing",    "ruling",   "judgment", "affidavit",
          "survey",     "poll",      "inquiry",  "review",   "audit",
          "analysis",   "paper",     "petition", "verdict",  "order"};
      const bool finding = kFindings.count(words_[b].key) > 0;
      // "the AMD statement", "a White House statement": the name before
      // the document's noun is whose it is.
      if (b > a + 1 && words_[b - 1].cap && !words_[b - 1].punct &&
          Determiner(words_[a].key) && !Title(words_[b - 1].key)) {
        size_t r = b - 1;
        while (r > a + 1 && words_[r - 1].cap && !words_[r - 1].punct) --r;
        if (r == a + 1) {
          auto owner = Resolve(r, b - 1, at);
          if (owner && (owner->person || owner->org)) {
            owner->mention = mention;
            return owner;
          }
        }
      }
      // "X 's policy": X's; "the company's statement": the company's.
      for (size_t k = b; k > a + 1; --k) {
        if (words_[k - 1].key != "s" || !words_[k - 2].punct) continue;
        if (k >= a + 3 && (words_[k - 3].cap || Firm(words_[k - 3].key))) {
          auto owner = Resolve(a, k - 3, at);
          if (owner && (owner->person || owner->org)) {
            owner->mention = mention;
            return owner;
          }
        }
        break;
      }
      // "Big Machine Records issued a statement ... The statement,
      // which ..., claimed": whoever gave the one the story brought in
      // ("a statement") within the three paragraphs before.
      // Not from inside such a lookup: "The statement issued a statement.
      // The statement issued ..." would go back through the whole text.
      if (words_[a].key == "the" && at < words_.size() && !in_statement_) {
        const int here = words_[at].paragraph;
        for (size_t k = a; k-- > 1 && a - k < 400;) {
          if (words_[k].paragraph + 3 < here) break;
          if (words_[k].key != words_[b].key || words_[k].quote >= 0) continue;
          // "a statement", "an emergency warning".
          size_t d = k - 1;
          // ("its security response blog": whose it is, after up to three
          // words.)
          const auto possessive = [&](size_t x) {
            return words_[x].key == "its" || words_[x].key == "their";
          };
          while (d > 1 && k - d <= 3 && !words_[d].punct && !words_[d].cap &&
                 !Determiner(words_[d].key) && !possessive(d) && !Verb(d))
            --d;
          const bool owned = possessive(d);
          // "the criminal complaint" before "the complaint said": as the
          // story named the finding, fuller.
          if (finding && words_[d].key == "the" && k >= d + 2) {
            std::string described = Lowered(d, k);
            return Subject{described, mention, false};
          }
          if (words_[d].key != "a" && words_[d].key != "an" && !owned) continue;
          const size_t from = SentenceStart(k, words_[k].paragraph);
          std::optional<Subject> owner;
          // "a statement from Big Machine Records", "a report by a
          // government-appointed panel".
          owner = DocumentSource(k, words_.size());
          const bool sourced = owner.has_value();
          // "Big Machine Records issued a statement", "X said in a
          // statement".
          // (Not "Police stopped Tyler Brooks, according to a police
          // report": the report's source, not its author.)
          const bool according = d >= 2 && words_[d - 1].key == "to" &&
                                 words_[d - 2].key == "according";
          bool said_in = false;  // "X said in a statement": X, however named
          if (!owner && from + 1 < d && !according && !owned) {
            in_statement_ = true;
            // "..., the US military said in a statement": the subject of
            // that verb, not whoever the sentence opens with.
            // (Not "being told in a letter": who was told wrote nothing.)
            if (d >= from + 3 && words_[d - 1].key == "in" && Verb(d - 2) &&
                words_[d - 2].quote < 0 &&
                !(d >= from + 4 && BeVerb(words_[d - 3].key))) {
              owner = SubjectOf(d - 2, from);
              said_in = owner && !owner->speaker.empty();
            }
            if (!said_in) owner = FirstSubject(from, d);
            in_statement_ = false;
          }
          // "In a statement, organizers said": the subject of the verb
          // after it.
          if (!owner && k + 2 < words_.size() && words_[k + 1].key == ",") {
            for (size_t v = k + 2; v < words_.size() && v < k + 14; ++v) {
              if (words_[v].punct || words_[v].quote >= 0) break;
              if (!Verb(v)) continue;
              in_statement_ = true;
              owner = SubjectOf(v, k + 2);
              in_statement_ = false;
              break;
            }
          }
          // ("In a statement, organizers of the Driftwood Music Festival
          // said": some people, described.)
          if (owner &&
              (owner->person || owner->org || said_in || sourced ||
               PeopleDescribed(owner->speaker)) &&
              !Place(owner->speaker)) {
            owner->mention = mention;
            return owner;
          }
          // A finding no one is named as giving: as the story brought it
          // in ("a police report").
          if (finding && d < k) {
            std::string described = Lowered(d, k);
            return Subject{described, mention, false};
          }
          break;
        }
      }
      // "the statement": a body's, when the story names one just before
      // ("The company denied it in a statement ... Big Machine Records").
      if (words_[a].key == "the" && at < words_.size() && !finding)
        if (auto body = BodyBefore(at, 3, false)) {
          body->mention = mention;
          return body;
        }
      // "Taking to Facebook, she explains ... "...," the statement
      // reads": whoever the sentence before has speaking, by a verb of
      // their own, issued it.
      if (!finding && words_[a].key == "the" && a > 0 && !in_statement_) {
        const size_t own = SentenceStart(a - 1, words_[a].paragraph);
        const size_t before =
            own > 0 ? SentenceStart(own - 1, words_[own - 1].paragraph) : own;
        for (size_t v = before; v + 1 < own; ++v) {
          if (words_[v].quote >= 0 || words_[v].punct || !Verb(v)) continue;
          in_statement_ = true;
          auto who = SubjectOf(v, before);
          in_statement_ = false;
          if (who && who->person) {
            who->mention = mention;
            return who;
          }
          break;
        }
      }
      // Writing is from a body: "it" is no one the text calls "he" or
      // "she".
      auto p = finding ? std::nullopt : Pronoun(at, "it");
      const auto g = p ? gender_.find(p->speaker) : gender_.end();
      if (p && (g == gender_.end() || g->second == 0)) {
        p->mention = mention;
        return p;
      }
    }
  }
  // A role or a description.
  std::string role;
  for (size_t k = a; k <= b; ++k) {
    if (words_[k].punct || Determiner(words_[k].key)) continue;
    if (!role.empty()) role += ' ';
    role += words_[k].key;
  }
  // Titles alone, or a title after proper words ("the Alaska Governor");
  // two roles of one ("the singer and guitarist").
  const auto paired = [&](size_t k) {
    return k > a && k < b && words_[k].key == "and" && !words_[k - 1].cap &&
           !words_[k + 1].cap;
  };
  bool pair = false;
  for (size_t k = a + 1; k < b && !pair; ++k) pair = paired(k);
  // (What someone is by trade, as a title is: "the artist", "the
  // comedian", someone already in the story.)
  const auto role_word = [&](size_t k) {
    return Title(words_[k].key) || (pair && RoleNoun(words_[k].key)) ||
           (k == b && Trade(words_[k].key));
  };

  bool titles_only = !role.empty() && !words_[b].punct && role_word(b);
  // ('the "Pose" actor': a work's title inside is no part of the role.)
  // ("the star-turned-director": two roles of one.)
  const auto turned = [&](size_t k) {
    return words_[k].key == "turned" && k > a && k < b &&
           words_[k - 1].key == "-" && words_[k + 1].key == "-";
  };
  // ("the acclaimed filmmaker", "the embattled minister", "the
  // long-serving MP": what a role is like, as news calls someone again;
  // adjectives by their endings (and "veteran", used as one), not a noun:
  // not "the police officer". Not what keeps someone unnamed, nor a
  // participle that is the role's work, "the arresting officer": someone
  // new.)
  const auto like = [&](size_t k) {
    static const std::unordered_set<std::string_view> kLike = {
        "veteran", "outspoken", "famous", "young", "legendary", "new"};
    static const std::unordered_set<std::string_view> kUnnamed = {
        "unnamed", "unidentified", "anonymous", "named", "unknown"};
    const std::string& w = words_[k].key;
    return k > a && k < b && !words_[k].cap && !Verb(k) && !Auxiliary(w) &&
           !Preposition(w) && !kUnnamed.count(w) &&
           (kLike.count(w) > 0 ||
            (w.size() > 5 && (w.ends_with("ed") || w.ends_with("ous") ||
                              w.ends_with("ful") || w.ends_with("ive"))) ||
            (k + 1 < b && words_[k + 1].key == "-") ||
            (k > a + 1 && words_[k - 1].key == "-"));
  };
  for (size_t k = a; k <= b; ++k)
    if (!words_[k].punct && words_[k].quote < 0 && !Determiner(words_[k].key) &&
        !role_word(k) && !paired(k) && !turned(k) && !like(k) &&
        !(words_[k].cap && !words_[k].open))
      titles_only = false;
  // "the 29-year-old", "the 55 - year - old": the age of someone already
  // in the story, as a title is.
  // And "the 63-year-old crofter": what they do after the age.
  if (!titles_only && words_[a].key == "the" && b > a) {
    size_t o = a + 1;
    while (o < b && o < a + 8 && words_[o].key != "old") ++o;
    bool age = words_[o].key == "old" && o > a + 1;
    for (size_t k = a + 1; k < o && age; ++k)
      age = words_[k].punct
                ? words_[k].key == "-"
                : (Number(words_[k].key) || words_[k].key.starts_with("year"));
    for (size_t k = o + 1; k <= b && age; ++k)
      age = k <= o + 4 && !words_[k].punct && words_[k].quote < 0 &&
            (!words_[k].cap || RoleAbbreviation(k)) && !Verb(k) &&
            !Preposition(words_[k].key) && !Boundary(words_[k].key) &&
            !Auxiliary(words_[k].key);
    // Not when the text gave the person named last another age ("Tom
    // Baker, 45, was arrested. ... the 23-year-old neighbour told"): some
    // one else.
    if (age) {
      std::string_view years;
      for (size_t k = a + 1; k < o && years.empty(); ++k)
        if (!words_[k].punct &&
            std::isdigit(static_cast<unsigned char>(words_[k].key[0])))
          years = words_[k].key;
      const std::string* last = NearestMention(
          a, [&](const Mention& m) { return !m.org && m.word < a; });
      const std::string surname =
          last ? text::Fold(last->substr(last->rfind(' ') + 1)) : "";
      for (size_t k = a > 400 ? a - 400 : 1; age && k + 2 < a; ++k)
        if (words_[k].key == "," && words_[k - 1].key == surname &&
            !words_[k + 1].punct &&
            std::isdigit(static_cast<unsigned char>(words_[k + 1].key[0])) &&
            words_[k + 1].key.size() <= 3 &&
            (words_[k + 2].key == "," || words_[k + 2].key == ")"))
          age = years.empty() || words_[k + 1].key == years;
    }
    titles_only = age;
  }
  // "an officer", "a spokesman": someone not named before.
  const bool indefinite = words_[a].key == "a" || words_[a].key == "an" ||
                          words_[a].key == "another" || words_[a].key == "one";
  // Of two with the role, the one the text names (in any form) nearest
  // before; else the first.
  if (!indefinite) {
    // "x y" ends in the words of "y".
    const auto ends_in = [](const std::string& x, const std::string& y) {
      return x.size() > y.size() && x.ends_with(y) &&
             x[x.size() - y.size() - 1] == ' ';
    };
    // The roles given up to kReach before `at` and after it, in order: a
    // text of a thousand judges asks about no more.
    const auto upto =
        std::lower_bound(role_.begin(), role_.end(), at,
                         [](const Role& r, size_t w) { return r.word < w; });
    std::vector<const Role*> window;
    for (auto it = upto; it != role_.begin() && window.size() < kReach;)
      window.push_back(&*--it);
    std::reverse(window.begin(), window.end());
    for (auto it = upto; it != role_.end() && window.size() < 2 * kReach; ++it)
      window.push_back(&*it);
    std::vector<const std::string*> named;
    std::unordered_set<std::string_view> once;
    for (const Role* r : window)
      if ((role == r->role || ends_in(role, r->role) ||
           (titles_only && ends_in(r->role, role))) &&
          once.insert(r->name).second)
        named.push_back(&r->name);
    if (named.size() > 1 && at < words_.size())
      if (const std::string* nearest = NearestMention(
              at, [&](const Mention& m) { return once.count(m.name) > 0; }))
        return Subject{*nearest, mention, true};
    if (!named.empty()) return Subject{*named.front(), mention, true};
  }
  // "the union boss" after "Claus Weselsky, head of the train drivers'
  // union GDL", "the Apple boss" after "Apple chief executive Tim Cook":
  // the one named nearest before with those words and a role of that kind
  // around the name.
  if (!indefinite && words_[a].key == "the" && b > a && b <= a + 4)
    if (auto named = DescribedHolder(a, b, at)) {
      named->mention = mention;
      return named;
    }
  // A headline's "Governor says ...", "..., coroner warns": the one the
  // story gives that role, headlines having no "the".
  if (titles_only && a == b && at < words_.size() &&
      headline_[static_cast<size_t>(words_[a].paragraph)]) {
    static const std::unordered_map<std::string_view, std::string_view> kShort =
        {{"governor", "gov"},       {"senator", "sen"},
         {"representative", "rep"}, {"superintendent", "supt"},
         {"professor", "prof"},     {"detective", "det"},
         {"inspector", "insp"},     {"sergeant", "sgt"},
         {"captain", "capt"},       {"general", "gen"},
         {"lieutenant", "lt"},      {"commander", "cmdr"}};
    const auto abbreviated = kShort.find(role);
    size_t seen = 0;
    for (const Mention& m : mentions_) {
      if (seen++ >= kReach) break;  // the story's first names only
      if (m.org || m.name.find(' ') == std::string::npos) continue;
      // The role in the name's run ("Gov. Catherine Wexford") or right
      // before it ("Senior coroner Graham Tillotson").
      size_t start = m.word;
      while (start > 0 && m.word - start < 8 &&
             words_[start - 1].paragraph == words_[m.word].paragraph &&
             ((words_[start - 1].cap && !words_[start - 1].punct) ||
              words_[start - 1].key == "."))
        --start;
      bool titled = false;
      for (size_t k = m.word + 1; k-- > 0 && k + 2 >= start && !titled;) {
        if (words_[k].paragraph != words_[m.word].paragraph ||
            words_[k].quote >= 0)
          break;
        titled =
            words_[k].key == role || (abbreviated != kShort.end() &&
                                      words_[k].key == abbreviated->second);
      }
      if (titled) return Subject{m.name, mention, true};
    }
  }
  // "the source", "the man", "the spokesman": the one an earlier speaker's
  // description named by the same noun ("Nisan Ahmado's source inside the
  // camp", "a 43-year-old man"), before anyone the story names.
  // ("the weather agency": "the national weather agency", every word
  // of the shorter in the earlier one.)
  bool lower_words = words_[a].key == "the" && b > a && b <= a + 3;
  for (size_t k = a + 1; lower_words && k <= b; ++k)
    lower_words = !words_[k].cap && !words_[k].punct;
  if (lower_words) {
    const std::string& head = words_[b].key;
    size_t seen = 0;
    for (auto it = spoken_.rbegin(); it != spoken_.rend() && seen++ < kReach;
         ++it) {
      const std::string& earlier = it->second.speaker;
      if (it->second.person || earlier.empty()) continue;
      // Its head: the noun before what it is of or for ("a spokesman for
      // the company" is a spokesman, no company).
      std::string earlier_head;
      std::vector<std::string> before_head;
      for (std::string& w : text::FoldedWords(earlier)) {
        if (Preposition(w) || PostModifier(w) || w == "inside" || w == "who" ||
            w == "that")
          break;
        if (!earlier_head.empty()) before_head.push_back(earlier_head);
        earlier_head = std::move(w);
      }
      bool modifiers = true;
      for (size_t k = a + 1; modifiers && k < b; ++k)
        modifiers = std::find(before_head.begin(), before_head.end(),
                              words_[k].key) != before_head.end();
      // ("an eyewitness" is "the witness".)
      if (modifiers && (earlier_head == head ||
                        (b == a + 1 && earlier_head.size() > head.size() + 2 &&
                         earlier_head.ends_with(head))))
        return Subject{earlier, mention, false, it->second.org};
    }
  }
  // Who the story brought in by these words (Introduced), looked up once
  // for the three places below that ask.
  std::optional<std::optional<Subject>> introduced_once;
  const auto introduced = [&]() -> const std::optional<Subject>& {
    if (!introduced_once) introduced_once = Introduced(a, b, mention);
    return *introduced_once;
  };
  // "the Foreign Secretary", "the actor": someone already in the story;
  // but "the rep" is "a rep for the pair" where the story brought one in.
  // (Not one named in a phrase opening the same sentence: "Speaking to
  // Mr Smith, the minister said" is not Smith.)
  // ("the reporter" asking is seldom the one the story is about: only
  // one given that role, above.)
  static const std::unordered_set<std::string_view> kPress = {
      "reporter", "journalist", "correspondent", "interviewer"};
  if (titles_only && !indefinite && Determiner(words_[a].key) &&
      !kPress.count(words_[b].key)) {
    if (introduced()) return introduced();
    auto p = Pronoun(at, "");
    bool opening = false;
    if (p && a > 0 && words_[a - 1].key == ",") {
      const size_t start = SentenceStart(a - 1, words_[a].paragraph);
      for (auto m = std::lower_bound(
               mentions_.begin(), mentions_.end(), start,
               [](const Mention&x, size_t w) { return x.word < w; });
           m != mentions_.end() && m->word < a && !opening; ++m)
        opening = m->name == p->speaker;
    }
    // (Someone, no body: "The National Disaster Management Authority
    // will implement the plan, he said" does not make it the minister.)
    if (p && !opening && p->person && !p->org && Someone(p->speaker)) {
      p->mention = mention;
      return p;
    }
    // Else the person named nearest before, within the paragraphs a
    // pronoun reaches, and not in this sentence ("Speaking to John Smith,
    // the minister said").
    if (p && !opening && at < words_.size()) {
      const int here = words_[at].paragraph;
      const size_t sentence = SentenceStart(a, words_[a].paragraph);
      if (const std::string* named = NearestMention(at, [&](const Mention& m) {
            return m.word < sentence && words_[m.word].paragraph + 2 >= here &&
                   !m.org && m.name.find(' ') != std::string::npos &&
                   Someone(m.name);
          }))
        return Subject{*named, mention, true};
    }
  }
  // "the weather agency": "the national weather agency" that reported.
  if (b == a + 2 && introduced()) return introduced();
  // "the conservation department", "the doctors": the body named in full
  // before whose name holds every word ("New Zealand Department of
  // Conservation", "Doctors for Camp Closure").
  if (words_[a].key == "the" && b > a && b <= a + 3) {
    std::vector<std::string_view> want;
    for (size_t k = a + 1; k <= b; ++k)
      if (!words_[k].punct && !words_[k].cap) want.push_back(words_[k].key);
    // (Not "the minister", someone: "Federal Minister for Information
    // Shibli Faraz" is no body.)
    if (want.size() == b - a &&
        !(Title(want.back()) && !OrgWord(want.back()))) {
      const auto end = std::lower_bound(
          bodies_.begin(), bodies_.end(), at,
          [](const Body& body, size_t w) { return body.end < w; });
      size_t seen = 0;
      for (auto it = std::make_reverse_iterator(end);
           it != bodies_.rend() && seen++ < kReach; ++it) {
        const std::vector<std::string>& has = it->folded;
        bool all = true;
        for (std::string_view w : want)
          all = all && std::find(has.begin(), has.end(), w) != has.end();
        // The description's noun is what the body is, not a word saying
        // what kind ("the airline" is not the "British Airline Pilots
        // Association"): the name's last word, or before "of" or "for".
        const auto head = std::find(has.begin(), has.end(), want.back());
        all = all && (head + 1 == has.end() || Preposition(*(head + 1)));
        if (all) return Subject{it->name, mention, false, true};
      }
    }
  }
  // "the zoo", "the conference": the name before that ends in the noun
  // ("Kettering Park Zoo", "the Love Won Out Conference"), the nearest;
  // not a place's ("the city"), a company's (below) or someone's.
  if (b == a + 1 && words_[a].key == "the" && !words_[b].cap &&
      !words_[b].punct && words_[b].quote < 0 && !Firm(words_[b].key) &&
      !PlaceWord(words_[b].key) && !People(words_[b].key) &&
      !Title(words_[b].key) && !RoleNoun(words_[b].key) &&
      NounGender(words_[b].key) == 0 && words_[b].key != "state") {
    for (size_t k = a; k-- > 0 && a - k < 1500;) {
      const Word& w = words_[k];
      // (A name in quotation marks, the marks holding nothing else:
      // 'promoting a "Love Won Out Conference"'.)
      const bool quoted_name =
          w.quote >= 0 && quote_last_[static_cast<size_t>(w.quote)] == k &&
          marks_[static_cast<size_t>(w.quote)].end == w.end;
      if ((w.quote >= 0 && !quoted_name) || w.punct || !w.cap ||
          w.key != words_[b].key ||
          (k + 1 < words_.size() && words_[k + 1].cap && !words_[k + 1].punct &&
           words_[k + 1].paragraph == w.paragraph))
        continue;
      size_t f = k;
      while (f > 0 && f + 6 > k && words_[f - 1].cap && !words_[f - 1].punct &&
             words_[f - 1].quote == w.quote &&
             words_[f - 1].paragraph == w.paragraph)
        --f;
      if (quoted_name && quote_first_[static_cast<size_t>(w.quote)] != f)
        continue;
      const bool the =
          words_[f].key == "the" || (f > 0 && words_[f - 1].key == "the" &&
                                     words_[f - 1].paragraph == w.paragraph);
      if (words_[f].key == "the") ++f;
      // ("Yesterday Kettering Park Zoo": a word the text writes in lower
      // case opens the sentence, no part of the name.)
      if (f < k && words_[f].open && lower_.count(words_[f].key)) ++f;
      if (f >= k) continue;
      return Subject{(the ? "the " : "") + Span(f, k), mention, false, true};
    }
  }
  // "the company said", "the production company said": the company a
  // sentence before is about, its name opening that sentence ("TSMC, the
  // world's largest maker of chips, said ..."), within this paragraph and
  // the four before (news names the company up top and says "the company"
  // for paragraphs after); else the body last named as a sentence's
  // subject there ("..., Dick Clark Productions denied ...").
  // ("the US software giant", "the German carmaker": a country's kind of
  // body too.)
  // ("the FTSE 100 company": an index and its number; not "the NASA
  // team", a body of its own.)
  const auto modifier = [&](size_t k) {
    return !words_[k].punct &&
           (!words_[k].cap || Demonym(words_[k].key) ||
            (AllCaps(Span(k, k)) &&
             (words_[k].key.size() <= 3 ||
              (words_[k].key.size() == 4 && k + 1 < words_.size() &&
               Number(words_[k + 1].key)))));
  };
  // (Two words before the kind only with a country's: "the retired mail
  // carrier" is a person.)
  // ("the Los Angeles-based tech company", "the Elon Musk-owned
  // spacecraft maker": a body by where it is or whose, at any length.)
  bool placed = false;
  if (words_[a].key == "the" && b > a + 3 && b <= a + 10) {
    static const std::unordered_set<std::string_view> kPlaced = {
        "based", "owned", "backed", "listed", "headquartered", "controlled"};
    placed = true;
    bool marker = false;
    for (size_t k = a + 1; k < b && placed; ++k) {
      placed = words_[k].quote < 0 &&
               (words_[k].punct ? words_[k].key == "-"
                                : !Preposition(words_[k].key) && !Verb(k) &&
                                      !Boundary(words_[k].key) &&
                                      !Auxiliary(words_[k].key));
      // (A named place or owner: not "the state-owned utility".)
      marker =
          marker ||
          (kPlaced.count(words_[k].key) && words_[k - 1].key == "-" && k >= 2 &&
           !words_[k - 2].punct &&
           std::isupper(static_cast<unsigned char>(t_[words_[k - 2].begin])) &&
           !words_[k + 1].punct);
    }
    placed = placed && marker;
  }
  if (words_[a].key == "the" && !words_[b].punct &&
      (b == a + 1 || (b == a + 2 && modifier(a + 1)) ||
       (b == a + 3 && modifier(a + 1) && modifier(a + 2) &&
        (words_[a + 1].cap || words_[a + 2].cap)) ||
       placed)) {
    if (Firm(words_[b].key)) {
      const int here = words_[a].paragraph;
      const size_t own = SentenceStart(a, here);  // not this sentence's
      std::optional<Subject> fallback;
      size_t fallback_start = 0;
      for (size_t k = own; k-- > 0 && a - k < 400;) {
        const Word& w = words_[k];
        if (fallback && k < fallback_start) return fallback;
        if (w.paragraph + 4 < here) break;
        // A sentence's first word: the one after a sentence's end.
        auto opens = [&](size_t i) {
          return i == 0 || words_[i - 1].paragraph != words_[i].paragraph ||
                 (words_[i - 1].punct && words_[i - 1].quote < 0 &&
                  SentenceEnd(i - 1));
        };
        // "The Northfield Wolves fired ...": a name after "The" is a
        // body's.
        const bool after_the = k > 0 && words_[k - 1].key == "the" &&
                               opens(k - 1) &&
                               words_[k - 1].paragraph == w.paragraph;
        // "regional airline SkyCoast said": the kind of body it is, named.
        const bool after_kind =
            k > 0 && !words_[k - 1].punct && words_[k - 1].quote < 0 &&
            words_[k - 1].paragraph == w.paragraph &&
            (Firm(words_[k - 1].key) || FirmKind(words_[k - 1].key)) &&
            (!words_[k - 1].cap || opens(k - 1));
        // "Officials at the Food and Drug Administration approved ...":
        // a body's name the text gives in full, wherever it stands, when
        // no name opens its sentence ("Acme signed with Harbor Logistics
        // Group" is about Acme).
        bool named_body = false;
        if (w.cap && !w.punct && !fallback) {
          auto body = std::lower_bound(
              bodies_.begin(), bodies_.end(), k,
              [](const Body& x, size_t at) { return x.end < at; });
          named_body =
              body != bodies_.end() && body->begin == k && !Place(body->name);
        }
        // "A Drafthaus spokesperson confirmed ...": whose spokesperson.
        bool speaks_for = false;
        if (k > 0 && w.cap && !w.punct &&
            (words_[k - 1].key == "a" || words_[k - 1].key == "an")) {
          const size_t r = RunEnd(k);
          const std::string_view next =
              r + 1 < words_.size() ? std::string_view(words_[r + 1].key) : "";
          speaks_for = SpokesNoun(next) || next == "representative" ||
                       next == "statement" || next == "spokesperson's";
        }
        // "Shares of Marks & Spencer fell": the body the opening word is
        // of, not that word.
        // (Some of them, "Shares of", "Employees of"; not "Bank of America",
        // a body's name over "of".)
        const auto some_of = [&](size_t x) {
          // ("Members of the Regional Airline Crews Union".)
          const size_t n = x + 3 < words_.size() && words_[x + 2].key == "the"
                               ? x + 3
                               : x + 2;
          return opens(x) && words_[x].key.size() > 3 &&
                 words_[x].key.ends_with("s") && n < words_.size() &&
                 words_[x + 1].key == "of" && words_[n].cap &&
                 !words_[n].punct && BodyAt(RunEnd(n)) != x;
        };
        if (some_of(k)) continue;
        const bool of_body = k >= 2 && words_[k - 2].cap &&
                             !words_[k - 2].punct && some_of(k - 2);
        const bool starts =
            opens(k) || after_the || after_kind || speaks_for || of_body;
        if ((!starts && !named_body) || w.punct || !w.cap || w.quote >= 0 ||
            // (A brand the text also writes in lower case, "adidas", is
            // still a name where it is capitalised inside a sentence too.)
            (lower_.count(w.key) && !capital_.count(w.key)) || Inner(w) ||
            Pronouns().count(w.key) || Lead(w))
          continue;
        const size_t e = RunEnd(k);
        // "Officials at ...": some people, no body's name.
        if ((Place(Span(k, e)) && !speaks_for) || (e == k && People(w.key)))
          continue;
        auto body = Resolve(k, e, k);
        if (!body || body->speaker.empty()) continue;
        const auto g = gender_.find(body->speaker);
        if (g != gender_.end() && g->second != 0) continue;  // a person
        // Someone's full name, not a company's.
        // ("Marks & Spencer", "Gulf Coast Power & Light": a firm's; and
        // "Medoria Health", named so up top, when its first word is no
        // given name: "Medoria, which employs 2,300 people, said".)
        const std::string first_word =
            text::Fold(body->speaker.substr(0, body->speaker.find(' ')));
        if (body->person && !body->org && !AllCaps(Span(k, e)) &&
            quote::FirstNameGender(first_word) != 0 &&
            body->speaker.find(' ') != std::string::npos &&
            body->speaker.find(" & ") == std::string::npos &&
            !OrgWord(words_[e].key) && !after_the && !after_kind && !speaks_for)
          continue;
        // A trade's noun ("the airline", "the company") is no union, party
        // or ministry named since ("British Airline Pilots' Association").
        static const std::unordered_set<std::string_view> kNotTrade = {
            "association", "union",      "federation", "party",
            "ministry",    "department", "council",    "committee",
            "commission",  "police",     "government", "court",
            "university",  "society",    "congress",   "parliament"};
        // (Firm()'s nouns of bodies that may be one: "the union", "the
        // group".)
        static const std::unordered_set<std::string_view> kBodies = {
            "union",    "council",      "agency",       "group",   "coalition",
            "league",   "organisation", "organization", "charity", "regulator",
            "watchdog", "nonprofit",    "cooperative"};
        if (!kBodies.count(words_[b].key) &&
            kNotTrade.count(
                text::Fold(body->speaker.substr(body->speaker.rfind(' ') + 1))))
          continue;
        // The name as written after its kind: no "Chipmaker Nvidia".
        if (after_kind) body->speaker = Span(k, e);
        body->mention = mention;
        body->person = false;
        body->org = true;
        if (!starts) {
          fallback = std::move(body);
          fallback_start = SentenceStart(k, w.paragraph);
          continue;
        }
        return body;
      }
      if (fallback) return fallback;
      if (auto body = BodyBefore(own, 4, true)) {
        body->mention = mention;
        return body;
      }
    }
  }
  // "the man": the one the story brought in as "a 43-year-old man".
  if (introduced()) return introduced();
  // "Regular customer Walt Brenner has eaten there since 1989. "...," the
  // retired mail carrier said.": someone the story never brought in by
  // that noun is the one person its paragraph names before, as a
  // sentence's subject.
  // ("the new MP", "the GP": a role's abbreviation.)
  if (words_[a].key == "the" && b > a && b <= a + 4 && at < words_.size() &&
      (RoleNoun(words_[b].key) || RoleAbbreviation(b))) {
    bool plain = true;
    for (size_t k = a + 1; k <= b; ++k)
      plain = plain && (!words_[k].cap || (k == b && RoleAbbreviation(k))) &&
              (!words_[k].punct || words_[k].key == "-") &&  // right-hander
              words_[k].quote < 0;
    const int paragraph = words_[a].paragraph;
    const auto end =
        std::lower_bound(mentions_.begin(), mentions_.end(), a,
                         [](const Mention& m, size_t w) { return m.word < w; });
    const Mention* only = nullptr;
    bool one = plain;
    size_t seen = 0;
    for (auto it = std::make_reverse_iterator(end);
         one && it != mentions_.rend() &&
         words_[it->word].paragraph == paragraph && seen++ < kReach;
         ++it) {
      if (it->org || Place(it->name)) continue;
      if (only && only->name != it->name) one = false;
      if (!only) only = &*it;
    }
    if (one && only && only->subject &&
        only->name.find(' ') != std::string::npos) {
      const auto g = gender_.find(only->name);
      const int noun = NounGender(words_[b].key);
      if (noun == 0 || g == gender_.end() || g->second * noun >= 0)
        return Subject{only->name, mention, true};
    }
  }
  std::string as_written = mention;
  if (words_[a].open && Determiner(words_[a].key) && !as_written.empty())
    as_written[0] = static_cast<char>(std::tolower(as_written[0]));
  // "Reid 's rep": the possessor named in full, "Tara Reid's rep".
  if (words_[a].cap && !Determiner(words_[a].key)) {
    size_t r = a;
    while (r < b && !words_[r + 1].punct && words_[r + 1].cap) ++r;
    auto s = surname_.find(words_[r].key);
    // Only a possessive: "Babin referred to those" is a clause, no one.
    const bool possessive =
        r + 2 <= b && words_[r + 1].punct &&
        (words_[r + 1].key == "'" || words_[r + 1].key == "’") &&
        words_[r + 2].key == "s";
    if (possessive && s != surname_.end() &&
        s->second.find(' ') != std::string::npos) {
      std::string rest(t_.substr(words_[r].end, words_[b].end - words_[r].end));
      if (rest.starts_with(" '") || rest.starts_with(" ’")) rest.erase(0, 1);
      as_written = s->second + rest;
    }
  }
  return Subject{as_written, mention, false};
}

// The last word of a description whose noun is word k, with what follows
// the noun to say who ("an aide to Senate leadership", "a source close to
// the production"), up to a comma, a verb or a clause; k when nothing
// follows.
size_t Reader::DescribedEnd(size_t k) const {
  size_t e = k;
  // (Not "A judge on Saturday sentenced the man": when, not who.)
  const bool when = k + 2 < words_.size() && (TimeWord(words_[k + 2].key) ||
                                              TimeWord(words_[k + 1].key));
  if (k + 1 < words_.size() && !words_[k + 1].punct && !when &&
      ((Preposition(words_[k + 1].key) && words_[k + 1].key != "as" &&
        words_[k + 1].key != "than" && words_[k + 1].key != "after" &&
        words_[k + 1].key != "before" && words_[k + 1].key != "during") ||
       PostModifier(words_[k + 1].key))) {
    // ("a spokesman for the Chicago-based company", "one employee
    // in the company's customer service division": a hyphen or a
    // possessive inside; "a spokesman for Medoria Health declined",
    // "... was asked": a past tense after a name, or an auxiliary,
    // is the verb.)
    const auto joined = [&](size_t j) {
      if (j + 1 >= words_.size() || words_[j + 1].punct ||
          words_[j + 1].quote >= 0)
        return false;
      return words_[j].key == "-" ||
             ((words_[j].key == "'" || words_[j].key == "’") &&
              words_[j + 1].key == "s");
    };
    size_t f = k + 1;
    bool named_end = false;
    while (f + 1 < words_.size() && f < k + 10 &&
           (!words_[f + 1].punct || joined(f + 1)) && words_[f + 1].quote < 0 &&
           !Verb(f + 1) && !Auxiliary(words_[f + 1].key) &&
           !Boundary(words_[f + 1].key) &&
           words_[f + 1].paragraph == words_[k].paragraph) {
      // (A verb in the past after a noun: "the mother of one of the
      // victims spoke", "a spokesman for Medoria Health declined", "one
      // officer at the scene disagreed."; not "for the embattled
      // company".)
      // (Not "left" or "thought": "a source on the Labour left", "a
      // professor of modern thought".)
      static const std::unordered_set<std::string_view> kPast = {
          "spoke", "went",  "came", "gave", "took",  "made", "met",    "wrote",
          "sent",  "stood", "sat",  "ran",  "fled",  "won",  "kept",   "held",
          "began", "saw",   "knew", "got",  "broke", "paid", "brought"};
      const Word& n = words_[f + 1];
      // ("One officer at the scene disagreed.": in -ed, then a stop.)
      // ("The family of the accused declined to comment", "A teacher at
      // St Mary's retired last year": in -ed, then "to" or when.)
      // (Not in lower-cased text, where a name may end in -ed: "a friend
      // of sheikh mohammed .")
      const bool ends_clause =
          f + 2 < words_.size() && !lowercased_ &&
          (words_[f + 2].punct || Determiner(words_[f + 2].key) ||
           words_[f + 2].key == "that" || words_[f + 2].key == "to" ||
           words_[f + 2].key == "last" || words_[f + 2].key == "yesterday" ||
           TimeWord(words_[f + 2].key));
      if ((!words_[f].punct || words_[f].key == "s") && !n.cap &&
          !Determiner(words_[f].key) && !Preposition(words_[f].key) &&
          (kPast.count(n.key) || ((words_[f].cap || ends_clause) &&
                                  n.key.size() > 4 && n.key.ends_with("ed")))) {
        named_end = true;
        break;
      }
      f += joined(f + 1) ? 2 : 1;
    }
    if (f > k + 1 &&
        (named_end || f + 1 >= words_.size() || words_[f + 1].punct ||
         Verb(f + 1) || Boundary(words_[f + 1].key) ||
         Auxiliary(words_[f + 1].key)))
      e = f;
  }
  return e;
}

// Kinds of role (bits), by the words news uses for them: "the union boss"
// is the one the text calls the union's head, leader or general secretary;
// "the Timberwolves boss" the one it calls their coach.
int RoleKind(std::string_view k) {
  static const std::unordered_map<std::string_view, int> kKinds = {
      {"boss", 1 | 2},
      {"chief", 1},
      {"head", 1},
      {"leader", 1},
      {"chairman", 1},
      {"chairwoman", 1},
      {"chair", 1},
      {"president", 1},
      {"executive", 1},
      {"ceo", 1},
      {"director", 1},
      {"founder", 1},
      {"secretary", 1},
      {"leads", 1},
      {"heads", 1},
      {"chairs", 1},
      {"runs", 1},
      {"manager", 2},
      {"coach", 2},
      {"manages", 2},
      {"coaches", 2},
      {"pope", 4},
      {"pontiff", 4},
      {"captain", 8},
      {"skipper", 8},
      {"captains", 8},
      {"lawmaker", 16},
      {"legislator", 16},
      {"senator", 16},
      {"congressman", 16},
      {"congresswoman", 16},
      {"mp", 16},
      {"representative", 16},
      {"premier", 32},
      {"prime", 32}};
  const auto it = kKinds.find(k);
  return it == kKinds.end() ? 0 : it->second;
}

std::vector<std::string_view> Reader::RoleWordsOf(const Mention& m) const {
  std::vector<std::string_view> out;
  const int paragraph = words_[m.word].paragraph;
  const auto usable = [&](size_t k) {
    return words_[k].paragraph == paragraph && words_[k].quote < 0 &&
           !words_[k].verb &&
           (!words_[k].punct || words_[k].key == "-" || words_[k].key == "'" ||
            words_[k].key == "’");
  };
  size_t start = m.word;
  while (start > 0 && m.word - start < 5 && words_[start - 1].cap &&
         !words_[start - 1].punct && usable(start - 1))
    --start;
  // (Before the name, only its own phrase: capitals, role words, "of",
  // "the"; not "Union leader Mary Jones met Acme chief executive".)
  for (size_t k = start, n = 0; k > 0 && n < 8 && usable(k - 1); --k, ++n) {
    const Word& w = words_[k - 1];
    if (!w.cap && !w.punct && w.key != "of" && w.key != "the" && w.key != "s" &&
        !Title(w.key) && !RoleNoun(w.key) && RoleKind(w.key) == 0)
      break;
    out.push_back(w.key);
  }
  if (m.word + 2 < words_.size() && words_[m.word + 1].key == ",")
    for (size_t k = m.word + 2;
         k < words_.size() && k < m.word + 14 && usable(k); ++k)
      out.push_back(words_[k].key);
  return out;
}

std::optional<Reader::Subject> Reader::DescribedHolder(size_t a, size_t b,
                                                       size_t at) const {
  const int kind = RoleKind(words_[b].key);
  if (kind == 0 || at >= words_.size()) return std::nullopt;
  // ("the coach" alone is whoever the story has coaching: the readings of
  // a title alone stand; "the pontiff" and "the skipper" are no title.)
  if (b == a + 1 && (Title(words_[b].key) || Trade(words_[b].key)))
    return std::nullopt;
  std::vector<std::string_view> modifiers;
  for (size_t k = a + 1; k < b; ++k) {
    if (words_[k].punct || words_[k].quote >= 0) return std::nullopt;
    if (RoleKind(words_[k].key) & kind) continue;
    modifiers.push_back(words_[k].key);
  }
  const auto holds = [](const std::vector<std::string_view>& words,
                        std::string_view w) {
    for (std::string_view x : words)
      if (x == w ||
          (x.size() == w.size() + 1 && x.starts_with(w) && x.back() == 's'))
        return true;
    return false;
  };
  const std::string* named = NearestMention(at, [&](const Mention& m) {
    if (m.org || m.word >= a || m.name.find(' ') == std::string::npos)
      return false;
    const std::vector<std::string_view> around = RoleWordsOf(m);
    bool of_kind = false;
    for (std::string_view w : around) of_kind = of_kind || (RoleKind(w) & kind);
    if (!of_kind) return false;
    for (std::string_view w : modifiers)
      if (!holds(around, w)) return false;
    return true;
  });
  if (!named) return std::nullopt;
  return Subject{*named, "", true};
}

// Whether word k is a hyphen inside a word: "36-year-old", no spaces
// around it, or an age as tokenised text writes it ("36 - year - old").
bool Reader::HyphenInWord(size_t k) const {
  if (k == 0 || k + 1 >= words_.size() || words_[k].key != "-" ||
      words_[k + 1].punct)
    return false;
  const Word& before = words_[k - 1];
  return (words_[k].begin == before.end &&
          words_[k + 1].begin == words_[k].end) ||
         Number(before.key) ||
         std::isdigit(static_cast<unsigned char>(before.key[0])) ||
         before.key.starts_with("year");
}

// The last word of where someone described is, said with "in" or "on"
// at word k ("a nurse in the ward", "one shopper in the market"): a
// determiner, then a few lower-case words of a place, not of a time
// ("in the morning") or of how the words came ("in a statement", "on the
// phone"); k when word k starts no such phrase.
size_t Reader::WhereDescribed(size_t k) const {
  static const std::unordered_set<std::string_view> kNotWhere = {
      "end",   "past",    "meantime", "aftermath", "wake",    "interview",
      "phone", "call",    "future",   "way",       "case",    "face",
      "name",  "words",   "absence",  "process",   "light",   "run-up",
      "hope",  "event",   "moment",   "video",     "podcast", "radio",
      "show",  "meeting", "hearing",  "court",     "record"};
  if (k + 2 >= words_.size() || words_[k].punct ||
      (words_[k].key != "in" && words_[k].key != "on"))
    return k;
  const std::string& d = words_[k + 1].key;
  if (d != "the" && d != "a" && d != "an" && d != "his" && d != "her" &&
      d != "their")
    return k;
  size_t e = k + 1;
  while (e + 1 < words_.size() && e < k + 8) {
    // ("in the company's customer service division": a possessive inside.)
    if (e > k + 1 && e + 3 < words_.size() &&
        (words_[e + 1].key == "'" || words_[e + 1].key == "’") &&
        words_[e + 2].key == "s" && !words_[e + 3].punct &&
        !words_[e + 3].cap) {
      e += 2;
      continue;
    }
    const Word& w = words_[e + 1];
    if (w.punct || w.cap || w.quote >= 0 ||
        w.paragraph != words_[k].paragraph || Verb(e + 1) || Auxiliary(w.key) ||
        Boundary(w.key) || Preposition(w.key) || Determiner(w.key))
      break;
    if (TimeWord(w.key) || Document(w.key) || Number(w.key) ||
        kNotWhere.count(w.key))
      return k;
    ++e;
  }
  return e > k + 1 ? e : k;
}

// Whom the document whose noun is word k is from or by ("a statement from
// Big Machine Records", "from the Acme Group", "a report by a
// government-appointed panel", "a statement from the family of the
// victim"), its words before `limit`; nullopt when it says no one.
std::optional<Reader::Subject> Reader::DocumentSource(size_t k, size_t limit) {
  limit = std::min(limit, words_.size());
  if (k + 2 >= limit ||
      (words_[k + 1].key != "from" && words_[k + 1].key != "by"))
    return std::nullopt;
  // ("a statement from the Acme Group".)
  const size_t o = PastThe(k + 2);
  if (o < limit && words_[o].cap && !words_[o].punct)
    return Resolve(o, std::min(RunEnd(o), limit - 1), k);
  // Someone described: a determiner, lower-case words up to a verb, a
  // clause or a stop.
  if (!Determiner(words_[k + 2].key) || words_[k + 2].quote >= 0)
    return std::nullopt;
  // (Up to a preposition but "of", "for" or "at": "a letter from the
  // council to residents" is the council's, "a statement from a lawyer for
  // the family" the lawyer's.)
  size_t e = k + 2;
  while (e + 1 < limit && words_[e + 1].quote < 0 && !Verb(e + 1) &&
         !Auxiliary(words_[e + 1].key) && !Boundary(words_[e + 1].key) &&
         !(Preposition(words_[e + 1].key) && words_[e + 1].key != "of" &&
           words_[e + 1].key != "for" && words_[e + 1].key != "at") &&
         words_[e + 1].paragraph == words_[k].paragraph &&
         (!words_[e + 1].punct || words_[e + 1].key == "-" ||
          ((words_[e + 1].key == "'" || words_[e + 1].key == "’") &&
           e + 2 < limit && words_[e + 2].key == "s")) &&
         e < k + 12)
    ++e;
  if (e < k + 3) return std::nullopt;
  auto from = Resolve(k + 2, e, k);
  if (!from || from->speaker.empty()) return std::nullopt;
  return from;
}

// Where the lower-case word `key` stands outside quotations, in order;
// built on first use.
const std::vector<size_t>& Reader::LowerAt(std::string_view key) {
  if (lower_at_.empty()) {
    for (size_t k = 0; k < words_.size(); ++k)
      if (!words_[k].punct && !words_[k].cap && words_[k].quote < 0)
        lower_at_[words_[k].key].push_back(k);
    lower_at_[""];  // built, even for a text with none
  }
  static const std::vector<size_t> kNone;
  const auto it = lower_at_.find(key);
  return it == lower_at_.end() ? kNone : it->second;
}

// "one of the people", "the person": one of those the story brought in
// before word `before` as "two people familiar with the talks" (the
// plural `plural`, then who they are), as "one of the people familiar
// with the talks"; nullopt if none.
std::optional<Reader::Subject> Reader::OneOfThose(std::string_view plural,
                                                  size_t before,
                                                  const std::string& mention) {
  const std::vector<size_t>& heads = LowerAt(plural);
  const auto first_after = std::lower_bound(heads.begin(), heads.end(), before);
  for (auto h = std::make_reverse_iterator(first_after);
       h != heads.rend() && before - *h <= 1500; ++h) {
    const size_t k = *h;
    // ("one of the people familiar ...": not the same words again.)
    if (k >= 3 && words_[k - 1].key == "the" && words_[k - 2].key == "of")
      continue;
    if (k + 1 >= words_.size() || !PostModifier(words_[k + 1].key)) continue;
    const size_t e = DescribedEnd(k);
    if (e > k + 1)
      return Subject{"one of the " + Lowered(k, e), mention, false};
  }
  return std::nullopt;
}

// "the man", "the rep": the one the story brought in as "a 43-year-old
// man", "a rep for the pair" (the words [a, b] being "the" and a
// lower-case noun); nullopt if none.
std::optional<Reader::Subject> Reader::Introduced(size_t a, size_t b,
                                                  const std::string& mention) {
  // "the weather agency": a word before the noun, which the earlier
  // one must have too.
  // ("the UN official": "a UN official" before, an acronym's capitals.)
  const bool modified =
      b == a + 2 &&
      (!words_[a + 1].cap ||
       (words_[a + 1].key.size() >= 2 && AllCaps(Span(a + 1, a + 1)))) &&
      !words_[a + 1].punct && !Determiner(words_[a + 1].key) &&
      // "the police officer" is "a senior police officer";
      // "the foreign secretary" is an office, held by
      // someone the story names.
      // ("the former director" is "a former Veltra director", though:
      // someone who no longer holds the office.)
      !(Title(words_[b].key) && words_[a + 1].key != "former" &&
        (Title(words_[a + 1].key) || CombiningTitle(words_[a + 1].key) ||
         Demonym(words_[a + 1].key)));
  if (words_[a].key == "the" && (b == a + 1 || modified) && !words_[b].cap &&
      !words_[b].punct && !Document(words_[b].key)) {
    const std::vector<size_t>* found = &LowerAt(words_[b].key);
    // ("An eyewitness, who said ..." is "the witness"; "A Sydney Trains
    // spokesperson says ..." is "the spokesman".)
    static const std::unordered_map<std::string_view,
                                    std::vector<std::string_view>>
        kSame = {{"witness", {"eyewitness"}},
                 {"spokesman", {"spokesperson"}},
                 {"spokeswoman", {"spokesperson"}},
                 {"spokesperson", {"spokesman", "spokeswoman"}}};
    std::vector<size_t> merged;
    if (const auto same = kSame.find(words_[b].key); same != kSame.end()) {
      merged = *found;
      for (std::string_view other : same->second)
        if (const auto at = lower_at_.find(other); at != lower_at_.end())
          merged.insert(merged.end(), at->second.begin(), at->second.end());
      std::sort(merged.begin(), merged.end());
      found = &merged;
    }
    const std::vector<size_t>& heads = *found;
    const auto first_after = std::lower_bound(heads.begin(), heads.end(), a);
    size_t tried = 0;
    for (auto h = std::make_reverse_iterator(first_after);
         h != heads.rend() && tried++ < 50 && a - *h <= 1500; ++h) {
      const size_t k = *h;
      size_t d = k;
      // ("a senior U.S . negotiator", "a White House official": capitals
      // and an abbreviation's dot among the words before the noun.)
      while (d > 0 && k - d < 5 &&
             (!words_[d - 1].punct ||
              (words_[d - 1].key == "." && d > 1 && words_[d - 2].cap &&
               !SentenceEnd(d - 1))) &&
             words_[d - 1].key != "a" && words_[d - 1].key != "an" &&
             words_[d - 1].key != "one" && !Verb(d - 1) &&
             !Preposition(words_[d - 1].key) &&
             !Determiner(words_[d - 1].key) &&
             words_[d - 1].paragraph == words_[k].paragraph)
        --d;
      while (d > 1 && k - d < 6 && words_[d - 1].key == "-") d -= 2;
      // "the agency": "the national disaster agency" named before.
      if (b == a + 1 && OrgWord(words_[b].key) && d > 0 && k > d &&
          words_[d - 1].key == "the" && words_[d - 1].quote < 0) {
        bool lower = true;
        for (size_t m = d; m < k; ++m)
          lower = lower && !words_[m].cap && !words_[m].punct;
        if (lower) {
          std::string described = Lowered(d - 1, k);
          return Subject{described, mention, false};
        }
      }
      if (modified) {
        bool has = false;
        for (size_t m = d; m < k && !has; ++m)
          has = words_[m].key == words_[a + 1].key;
        if (!has) continue;
        // "The quake hit ..., the national weather agency said.": one
        // brought in with "the" too, fuller and reporting.
        if (d > 0 && k > d + 1 && words_[d - 1].key == "the" &&
            k + 1 < words_.size() && Verb(k + 1) && words_[k + 1].quote < 0) {
          std::string described = Lowered(d - 1, k);
          return Subject{described, mention, false};
        }
      }
      // (Not "a pattern researchers call": a plural after "a" is the
      // subject of a clause, the "a" another noun's.)
      const std::string& noun = words_[k].key;
      const bool plural = d < k && noun.size() > 3 && noun.ends_with("s") &&
                          !noun.ends_with("ss") && !noun.ends_with("us") &&
                          !noun.ends_with("is");
      // "The family of John Kerr said ... "...," the family said": as the
      // story brought them in, with whom they are of or for (not an
      // office, "the president of the club", held by someone named).
      if (b == a + 1 && d == k && k > 0 && words_[k - 1].key == "the" &&
          words_[k - 1].quote < 0 && !Title(noun) && k + 2 < words_.size() &&
          (words_[k + 1].key == "of" || words_[k + 1].key == "for")) {
        const size_t e = DescribedEnd(k);
        const bool named = e + 2 < words_.size() && words_[e + 1].key == "," &&
                           words_[e + 2].cap && !words_[e + 2].punct;
        if (e > k + 1 && !named)
          return Subject{Lowered(k - 1, e), mention, false};
        // ("The family of another victim, Tom Hart, said": the nearest
        // such, whoever the name is; no older one.)
        if (e > k + 1 && named) return std::nullopt;
      }
      // "One employee, who spoke on condition of anonymity, said".
      if (d > 0 && !plural &&
          (words_[d - 1].key == "a" || words_[d - 1].key == "an" ||
           words_[d - 1].key == "one" || words_[d - 1].key == "another") &&
          words_[d - 1].paragraph == words_[k].paragraph) {
        const size_t e = DescribedEnd(k);
        // "A former president of the club, Tom Hughes, said": the one so
        // described, named after.
        if (e + 3 < words_.size() && words_[e + 1].key == "," &&
            words_[e + 2].cap && !words_[e + 2].punct &&
            words_[e + 2].quote < 0) {
          const size_t n = RunEnd(e + 2);
          if (n + 1 < words_.size() && words_[n + 1].punct) {
            auto named = Resolve(e + 2, n, e + 2);
            if (named && named->person && !named->org &&
                !Place(named->speaker)) {
              named->mention = mention;
              return named;
            }
          }
        }
        // "Fauzi, an official from the local disaster agency,": the one
        // so described, named.
        // (Not "outside Calder Springs, a rep for the pair confirmed": the
        // subject of a clause, no apposition.)
        if (d >= 3 && words_[d - 2].key == "," && words_[d - 3].cap &&
            !words_[d - 3].punct && words_[d - 3].quote < 0 &&
            e + 1 < words_.size() && words_[e + 1].punct) {
          size_t n = d - 3;
          while (n > 0 && d - 3 - n < 4 && words_[n - 1].cap &&
                 !words_[n - 1].punct && !words_[n - 1].open)
            --n;
          auto named = Resolve(n, d - 3, n);
          if (named && named->person && !named->org && !Place(named->speaker)) {
            named->mention = mention;
            return named;
          }
        }
        std::string described = Lowered(d - 1, e);
        return Subject{described, mention, false};
      }
      // "Veloria's finance ministry said ...": whose it is, named.
      if (d > 1 && d < k && words_[d].key == "s" &&
          (words_[d - 1].key == "'" || words_[d - 1].key == "’") &&
          words_[d - 2].cap && !words_[d - 2].punct && k + 1 < words_.size() &&
          Verb(k + 1)) {
        size_t o = d - 2;
        while (o > 0 && words_[o - 1].cap && !words_[o - 1].punct &&
               !Lead(words_[o - 1]))
          --o;
        return Subject{Span(o, k), mention, false, OrgWord(words_[k].key)};
      }
    }
    // "the person" after "two people familiar with the talks"; else the
    // one a sentence just before opened on ("One employee described a
    // pause ... said the person").
    if (b == a + 1 &&
        (words_[b].key == "person" || words_[b].key == "source")) {
      if (auto one = OneOfThose(
              words_[b].key == "person" ? "people" : "sources", a, mention))
        return one;
      return OneOpening(a, mention);
    }
  }
  return std::nullopt;
}

// The one a sentence opened on in this paragraph or the one before, within
// 80 words of word `before`: "One employee described ...", "A source
// said ..." (a singular noun of someone after "one", "a" or "an").
std::optional<Reader::Subject> Reader::OneOpening(size_t before,
                                                  const std::string& mention) {
  static const std::unordered_set<std::string_view> kSomeone = {
      "employee",  "official", "source",  "staffer", "insider",
      "executive", "worker",   "manager", "aide",    "person"};
  const int here = words_[before].paragraph;
  for (size_t k = before; k-- > 0 && before - k <= 80;) {
    if (words_[k].paragraph + 1 < here) break;
    const std::string& d = words_[k].key;
    if ((d != "one" && d != "a" && d != "an") || k + 1 >= before ||
        words_[k].quote >= 0 || words_[k + 1].punct || words_[k + 1].cap ||
        words_[k + 1].quote >= 0 ||
        !(k == 0 || words_[k - 1].paragraph != words_[k].paragraph ||
          SentenceEnd(k - 1)))
      continue;
    const std::string& noun = words_[k + 1].key;
    // (Who spoke or told of something: "One employee described ...", not
    // "An official was arrested".)
    if ((kSomeone.count(noun) || RoleNoun(noun)) && k + 2 < before &&
        Verb(k + 2))
      return Subject{Lowered(k, k + 1), mention, false};
  }
  return std::nullopt;
}

// A speech verb right after quotation q: '"...," said Johnson' or
// '"...," Johnson said'.
std::optional<Reader::Subject> Reader::After(size_t q) {
  size_t i = FirstWordAfter(marks_[q].close);
  const auto dash_at = [&](size_t k) {
    return k < words_.size() && words_[k].punct &&
           (words_[k].key == "-" || words_[k].key == "—" ||
            words_[k].key == "–");
  };
  // '"..."' alone in its paragraph, then '-- Elina Svitolina on her plans
  // to celebrate.': a credit line below it, as quote round-ups give it.
  if (dash_at(i) && quote_first_[q] < words_.size() &&
      quote_last_[q] < words_.size() &&
      words_[i].paragraph == words_[quote_last_[q]].paragraph + 1 &&
      (i == 0 || words_[i - 1].paragraph != words_[i].paragraph)) {
    const size_t before = LastWordBefore(marks_[q].open);
    // (Not after a lead-in's colon, "The Sheriff's Office posted on X:",
    // which names the speaker; the credit below names the account.)
    const bool alone =
        before >= words_.size() ||
        (words_[before].paragraph != words_[quote_first_[q]].paragraph &&
         words_[before].key != ":");
    size_t n = i;
    while (dash_at(n) && n < i + 2) ++n;
    // (A credit's shape: the name, then the line's end, a comma, a
    // bracket or what it was said of, "on", "after"; not "- Venus
    // Williams won seven majors.", a sentence of its own.)
    static const std::unordered_set<std::string_view> kOf = {
        "on", "after", "before", "following", "speaking",   "talking", "in",
        "at", "when",  "about",  "during",    "reflecting", "asked",   "to"};
    const size_t r = n < words_.size() ? RunEnd(n) : n;
    const bool credit = r < words_.size() &&
                        (r + 1 >= words_.size() ||
                         words_[r + 1].paragraph != words_[n].paragraph ||
                         words_[r + 1].key == "," || words_[r + 1].key == "(" ||
                         kOf.count(words_[r + 1].key) > 0);
    if (alone && credit && words_[n].cap &&
        words_[n].paragraph == words_[i].paragraph) {
      auto s = Resolve(n, r, n);
      if (s && s->person && !s->speaker.empty()) return s;
    }
  }
  // Punctuation between the quotation and its attribution.
  while (i < words_.size() && words_[i].punct &&
         (words_[i].key == "," || words_[i].key == "-" ||
          words_[i].key == "—" || words_[i].key == "–" ||
          // a stray mark ("...workers’’, the boss said")
          words_[i].key == "’" || words_[i].key == "'"))
    ++i;
  if (i >= words_.size() ||
      words_[i].paragraph !=
          words_[quote_last_[q] < words_.size() ? quote_last_[q] : i].paragraph)
    return std::nullopt;
  // A headline's "'...': Boris Johnson meets ...".
  if (i < words_.size() && words_[i].key == ":" && i + 1 < words_.size() &&
      words_[i + 1].cap && !words_[i + 1].punct &&
      words_[i + 1].paragraph == words_[i].paragraph) {
    const size_t j = RunEnd(i + 1);
    auto s = Resolve(i + 1, j, i + 1);
    // A name, not the word a headline opens on ("Jogger, 29, attacked",
    // "Families flee"): one of two words, or one the story gives in full.
    if (s && s->person && s->speaker.find(' ') != std::string::npos) {
      headline_colon_ = true;
      return s;
    }
  }
  if (words_[i].punct) return std::nullopt;
  // 'The plan was described as "reckless" by Labour leader Keir Starmer',
  // 'the deaths are being treated as "unexplained" by police': what
  // someone calls a thing, in the passive; whoever "by" names.
  if (words_[i].key == "by" && i == FirstWordAfter(marks_[q].close) &&
      i + 1 < words_.size() && words_[i + 1].paragraph == words_[i].paragraph) {
    size_t as = LastWordBefore(marks_[q].open);
    if (as < words_.size() && as > 0 && Determiner(words_[as].key)) --as;
    if (as < words_.size() && words_[as].key == "as" && words_[as].quote < 0) {
      size_t e = i + 1;
      while (e + 1 < words_.size() && e < i + 8 && !words_[e + 1].punct &&
             words_[e + 1].quote < 0 &&
             words_[e + 1].paragraph == words_[i].paragraph &&
             !Preposition(words_[e + 1].key) && !Boundary(words_[e + 1].key) &&
             !Verb(e + 1))
        ++e;
      if (!words_[i + 1].punct) {
        auto s = Resolve(i + 1, e, i);
        if (s && !s->speaker.empty()) return s;
      }
    }
  }
  // The quotation ended its sentence and a new one starts after it.
  const bool new_sentence = [&] {
    const std::string_view said =
        t_.substr(marks_[q].begin, marks_[q].end - marks_[q].begin);
    const char last = said.empty() ? ' ' : said.back();
    return words_[i].cap && (last == '.' || last == '?' || last == '!');
  }();
  // 'Tom Baker said it was "encouraged." Patrice Nguyen confirmed ...': a
  // quotation that ends a sentence whose own speech verb came before it;
  // the next sentence is about something else.
  if (new_sentence && EndsReportedSentence(q)) return std::nullopt;
  // '"Will you resign?" She replied: "No."': a new sentence that leads in
  // to the next quotation with a colon says who said that one.
  if (new_sentence && q + 1 < marks_.size())
    for (size_t k = i + 1; k < words_.size() && k <= i + 6; ++k) {
      if (words_[k].quote >= 0 || SentenceEnd(k)) break;
      if (words_[k].key == ":" && marks_[q + 1].open >= words_[k].end &&
          marks_[q + 1].open <= words_[k].end + 2)
        return std::nullopt;
    }
  // '"I've saved more than ever." — Fatima Osei, member since 2019': a
  // dash, then who said it, as testimonials and epigraphs give it.
  {
    const size_t first = FirstWordAfter(marks_[q].close);
    bool dash = false;
    for (size_t k = first; k < i; ++k)
      dash = dash || words_[k].key == "—" || words_[k].key == "–" ||
             (words_[k].key == "-" && k + 1 == i && words_[k].begin > 0 &&
              t_[words_[k].begin - 1] == ' ') ||
             // ("--", a dash typed as two hyphens.)
             (words_[k].key == "-" && k + 2 == i && words_[k + 1].key == "-" &&
              words_[k].begin > 0 && t_[words_[k].begin - 1] == ' ');
    if (dash && words_[i].cap) {
      const size_t r = RunEnd(i);
      // ("'I'll finish him inside six' - Hegarty issues warning": a
      // headline's subject after the dash, one the story names.)
      const bool headline_subject =
          headline_[static_cast<size_t>(words_[i].paragraph)] &&
          r + 1 < words_.size() && !words_[r + 1].punct && !words_[r + 1].cap &&
          words_[r + 1].paragraph == words_[i].paragraph;
      if (headline_subject) {
        auto s = Resolve(i, r, i);
        if (s && s->person && s->speaker.find(' ') != std::string::npos)
          return s;
      }
      if (r > i && (r + 1 >= words_.size() ||
                    words_[r + 1].paragraph != words_[i].paragraph ||
                    words_[r + 1].key == "," || words_[r + 1].key == "(")) {
        auto s = Resolve(i, r, i);
        if (s && s->person) return s;
      }
      // ('"..." – Novak Djokovic reflects on winning', '"..." – Federer on
      // what ...': what they said it of, after the name.)
      if (r + 1 < words_.size() &&
          words_[r + 1].paragraph == words_[i].paragraph &&
          !words_[r + 1].punct && !words_[r + 1].cap &&
          words_[r + 1].quote < 0) {
        auto s = Resolve(i, r, i);
        if (s && s->person && s->speaker.find(' ') != std::string::npos)
          return s;
      }
    }
  }
  // '"igniting," as Reuters reported', 'the "new Gannett," as Reed dubbed
  // the combination': whoever the "as" clause names.
  if (words_[i].key == "as" && i + 2 < words_.size() && words_[i + 1].cap &&
      !words_[i + 1].punct) {
    const size_t r = RunEnd(i + 1);
    if (r + 1 < words_.size() && Verb(r + 1)) {
      auto s = Resolve(i + 1, r, i);
      if (s && (s->person || s->org)) return s;
    }
  }
  // A new sentence that starts with a capital is not about this quotation
  // unless it is only its attribution ('"We will." Johnson said.').
  // Twelve words on (punctuation not counted).
  size_t limit = i;
  for (int n = 0; limit < words_.size() && n < 12; ++limit)
    n += words_[limit].punct ? 0 : 1;
  // '"...", saying he trusted the courts': a participle goes on with the
  // sentence's subject, named before the quotation.
  if (Verb(i) && words_[i].key.ends_with("ing")) return std::nullopt;
  if (Verb(i)) {
    // "said Johnson", "said the foreign secretary, Boris Johnson".
    size_t j = i + 1;
    while (
        j < limit && words_[j].paragraph == words_[i].paragraph &&
        (!words_[j].punct ||
         (words_[j].key == "-" && j > i + 1 &&
          words_[j].begin == words_[j - 1].end) ||
         // Tokenised "the 36 - year - old Klitschko".
         (words_[j].key == "-" && j > i + 1 && j + 1 < words_.size() &&
          ((Number(words_[j - 1].key) &&
            words_[j + 1].key.starts_with("year")) ||
           (words_[j - 1].key.starts_with("year") &&
            words_[j + 1].key == "old"))) ||
         // "said Biancardi's attorney, James Zeszutek", "said Teuila
         // Fa'avae".
         ((words_[j].key == "'" || words_[j].key == "’") &&
          j + 1 < words_.size() &&
          (words_[j + 1].key == "s" || (words_[j].begin == words_[j - 1].end &&
                                        words_[j + 1].begin == words_[j].end &&
                                        words_[j + 1].key.size() >= 3))) ||
         (words_[j].key == "." && !SentenceEnd(j))) &&
        !Boundary(words_[j].key) && words_[j].quote < 0 &&
        words_[j].key != "on" && words_[j].key != "in" &&
        words_[j].key != "at" && words_[j].key != "during" &&
        words_[j].key != "to" && words_[j].key != "with" &&
        words_[j].key != "from" && words_[j].key != "by" &&
        words_[j].key != "about" &&
        // "said the Sevilla coach resignedly", "said Kohli angrily".
        !(j > i + 1 && !words_[j].cap && MannerAdverb(words_[j].key)) &&
        // "said Lawrence yesterday" (right after a name only: "the
        // last survivor").
        !(j > i + 1 && Adjunct(words_[j].key) && words_[j - 1].cap) &&
        // "said Puigdemont referring to the vote", "said Smith speaking
        // at a rally": a participle's clause after the name (not "said the
        // Apple marketing chief").
        !(j > i + 1 && words_[j - 1].cap && !words_[j].cap &&
          words_[i + 1].cap && !words_[i + 1].punct && RunEnd(i + 1) + 1 == j &&
          words_[j].key.size() > 4 && words_[j].key.ends_with("ing") &&
          j + 1 < words_.size() &&
          (Preposition(words_[j + 1].key) || Determiner(words_[j + 1].key) ||
           words_[j + 1].key == "that" || words_[j + 1].punct)))
      ++j;
    // "said SeaMicro CEO and new AMD general manager Andrew Feldman",
    // "said Anchorage businessman and blogger Andrew Halcro": two roles of
    // one person, named last.
    if (j > i + 1 && j + 1 < words_.size() && words_[j].key == "and") {
      for (size_t k = j + 1; k < limit + 4 && k <= j + 8 && k < words_.size();
           ++k) {
        if (words_[k].punct || words_[k].quote >= 0 || Verb(k)) break;
        if (!words_[k].cap || Title(words_[k].key)) continue;
        const size_t e = RunEnd(k);
        if (Parts(AfterTitles(k, e), e) >= 2 &&
            (e + 1 >= words_.size() || words_[e + 1].punct)) {
          auto named = Resolve(k, e, i);
          if (named && named->person) return named;
          break;
        }
        k = e;
      }
    }
    // "said an editorial in the conservative daily Eleftheros Typos": the
    // paper the writing is in.
    if (j > i + 1 && j + 1 < limit && Document(words_[j - 1].key) &&
        (words_[j].key == "in" || words_[j].key == "from" ||
         words_[j].key == "by")) {
      for (size_t k = j + 1; k < limit && k <= j + 5; ++k) {
        if (words_[k].punct) break;
        if (!words_[k].cap) continue;
        auto from = Resolve(k, RunEnd(k), i);
        if (from) return from;
        break;
      }
      // ("said a statement from the family of the victim".)
      if (auto from = DocumentSource(j - 1, limit + 4)) return from;
    }
    if (j == i + 1) {
      // '"... the little deal" announced in October, said Derek Scissors':
      // the quoted words went on past the marks; the attribution is the
      // next "said" and name in the sentence.
      for (size_t k = i + 1; k + 2 < words_.size() && k < i + 20; ++k) {
        if (SentenceEnd(k) || words_[k].quote >= 0 ||
            words_[k].paragraph != words_[i].paragraph)
          break;
        if (words_[k].key == "," && Verb(k + 1) && words_[k + 2].cap &&
            !words_[k + 2].punct)
          return Resolve(k + 2, RunEnd(k + 2), k + 1);
      }
      return std::nullopt;
    }
    // "said the envoy to Ukraine Kurt Volker": the name after the place.
    if (j + 1 < limit && !words_[j].punct && words_[j + 1].cap &&
        !words_[j + 1].punct && run_ends_.count(words_[j + 1].key)) {
      const size_t e = RunEnd(j + 1);
      size_t parts = Parts(j + 1, e);
      if (parts >= 3) {
        auto named = Resolve(j + 1, e, i);
        if (named && named->person) return named;
      }
    }
    auto s = Resolve(i + 1, j - 1, i);
    // "said a police officer at the scene.", "said a man wearing ski
    // goggles and a dark blue jacket.": one described, not named, in all
    // the words the sentence gives, short of when and where it was said.
    static const std::unordered_set<std::string_view> kWhen = {
        "on",      "in",        "during",  "yesterday", "today",
        "tonight", "last",      "earlier", "later",     "this",
        "after",   "before",    "when",    "while",     "as",
        "who",     "according", "adding",  "but"};
    // "said people familiar with the matter", "said two sources close to
    // the talks" likewise.
    if (s && !s->person && !s->org && j + 1 < words_.size() &&
        (words_[i + 1].key == "a" || words_[i + 1].key == "an" ||
         words_[i + 1].key == "another" || words_[i + 1].key == "people" ||
         words_[i + 1].key == "sources" || words_[i + 1].key == "several" ||
         (Number(words_[i + 1].key) && words_[i + 1].key != "one")) &&
        !words_[j].punct &&
        (!kWhen.count(words_[j].key) || WhereDescribed(j) > j)) {
      // ("said a nurse on the ward": where, not when.)
      size_t e = j;
      while (e < words_.size() && e < j + 10 && !words_[e].punct &&
             words_[e].quote < 0 &&
             (!kWhen.count(words_[e].key) || WhereDescribed(e) > e) &&
             !Title(words_[e].key) && !Verb(e))
        e = WhereDescribed(e) + 1;
      if (e < words_.size() && e > j &&
          ((words_[e].punct && (SentenceEnd(e) || words_[e].key == ",")) ||
           kWhen.count(words_[e].key))) {
        std::string described = Lowered(i + 1, e - 1);
        s->speaker = described;
      }
    }
    // "said the white woman, who was identified as Juror No. 12": how the
    // story names her.
    if (s && !s->person && j + 4 < words_.size() && words_[j].key == ",") {
      size_t k = j + 1;
      if (words_[k].key == "who" && k + 1 < words_.size() &&
          (words_[k + 1].key == "was" || words_[k + 1].key == "is"))
        k += 2;
      if (k + 2 < words_.size() && words_[k].key == "identified" &&
          words_[k + 1].key == "as" && words_[k + 2].cap &&
          !words_[k + 2].punct && words_[k + 2].quote < 0) {
        const size_t n = k + 2;
        size_t e = n;
        // ("Juror No. 12": a number and its abbreviation are the name's.)
        while (
            e + 1 < words_.size() && e < n + 5 && words_[e + 1].quote < 0 &&
            words_[e + 1].paragraph == words_[n].paragraph &&
            (words_[e + 1].cap || Number(words_[e + 1].key) ||
             std::isdigit(static_cast<unsigned char>(words_[e + 1].key[0])) ||
             (words_[e + 1].key == "." && !SentenceEnd(e + 1) &&
              (Abbreviation(words_[e].key) || words_[e].key == "no"))))
          ++e;
        auto named = Resolve(n, e, i);
        if (named && named->person) return named;
        // (Someone identified so is a person: "she added" goes on with them.)
        return Subject{Span(n, e), s->mention, true};
      }
    }
    // "said the foreign secretary, Boris Johnson": the name after the comma.
    if (s && !s->person && j + 1 < words_.size() && words_[j].key == "," &&
        words_[j + 1].cap && !words_[j + 1].punct) {
      size_t k = j + 1;
      while (k + 1 < words_.size() && words_[k + 1].cap && !words_[k + 1].punct)
        ++k;
      auto named = Resolve(j + 1, k, i);
      if (named && named->person) return named;
    }
    // "said one of the people, a law enforcement official briefed on the
    // probe.": someone described, then described more fully.
    if (s && !s->person && !s->org && j + 3 < words_.size() &&
        words_[j].key == "," &&
        (words_[j + 1].key == "a" || words_[j + 1].key == "an")) {
      size_t e = j + 2;
      while (e < words_.size() && e < j + 14 && !words_[e].punct &&
             !words_[e].cap && words_[e].quote < 0 && !Verb(e) &&
             !Boundary(words_[e].key) &&
             words_[e].paragraph == words_[j].paragraph)
        ++e;
      // (Someone by a role: not "said one young man, a hard plastic
      // helmet covering his hair".)
      std::string fuller = e < words_.size() ? Lowered(j + 1, e - 1) : "";
      if (e > j + 2 && e < words_.size() && words_[e].punct &&
          (SentenceEnd(e) || words_[e].key == ",") &&
          (OneInARole(fuller) || NounGender(DescriptionHead(fuller)) != 0)) {
        s->speaker = std::move(fuller);
        s->mention = Span(i + 1, e - 1);
      }
    }
    return s;
  }
  // 'labeled "suspicious" by James Steele': the agent of the verb that
  // puts the words on something.
  // 'described as "heartbreaking" by the conservation department'.
  if (words_[i].key == "by" && i + 1 < limit && !words_[i + 1].punct) {
    size_t lead = LastWordBefore(marks_[q].open);
    if (lead < words_.size() && lead > 0 && words_[lead].key == "as") --lead;
    if (lead < words_.size() && Verb(lead)) {
      if (words_[i + 1].cap) {
        auto agent = Resolve(i + 1, RunEnd(i + 1), i);
        if (agent && (agent->person || agent->org)) return agent;
      } else if (Determiner(words_[i + 1].key)) {
        size_t e = i + 1;
        while (e + 1 < limit && e < i + 5 && !words_[e + 1].punct &&
               !Boundary(words_[e + 1].key) && !Preposition(words_[e + 1].key))
          ++e;
        // Someone or some body, not "by the end of the week".
        if (e > i + 1) {
          auto agent = Resolve(i + 1, e, i);
          if (agent && (agent->person || agent->org)) return agent;
        }
      }
    }
  }
  // 'the "Philly Max," as Brand later called it'.
  if (words_[i].key == "as" && i + 1 < limit && words_[i + 1].cap &&
      !words_[i + 1].punct) {
    const size_t e = RunEnd(i + 1);
    size_t k = e + 1;
    while (k < limit && FillerAt(k)) ++k;
    if (k + 1 < words_.size() && Verb(k) && words_[k + 1].key == "it")
      return Resolve(i + 1, e, i);
  }
  // '"...," BBCOne promoted on Twitter', '"...," Benioff weighed in': a
  // quotation that ends in a comma goes on with who said it, whatever the
  // verb (one in the past tense right after a name or pronoun).
  {
    std::string_view quoted =
        t_.substr(marks_[q].begin, marks_[q].end - marks_[q].begin);
    while (!quoted.empty() && quoted.back() == ' ') quoted.remove_suffix(1);
    if (!quoted.empty() && quoted.back() == ',') {
      size_t e = words_.size();
      if (Pronouns().count(words_[i].key) && words_[i].key != "it")
        e = i;
      else if (words_[i].cap)
        e = RunEnd(i);
      // Features tell it in the present: '"...," Whitfield shrugs.'
      static const std::unordered_set<std::string_view> kManner = {
          "shrugs",   "laughs", "smiles", "grins",  "nods",
          "sighs",    "beams",  "winces", "frowns", "scoffs",
          "chuckles", "gasps",  "smirks", "snorts", "giggles"};
      auto past = [&](size_t v, size_t until) {
        return v < until && !words_[v].punct && !words_[v].cap &&
               words_[v].key.size() > 3 &&
               ((words_[v].key.ends_with("ed") && words_[v].key.size() > 4 &&
                 !Auxiliary(words_[v].key) && !Preposition(words_[v].key) &&
                 // (Not "Reuters quoted Rui Costa as saying": his words.)
                 words_[v].key != "quoted") ||
                kManner.count(words_[v].key) > 0);
      };
      if (e < words_.size() && past(e + 1, limit)) return Resolve(i, e, i);
      // '"...," Karen Olson, president of Valley Dairy, notified the panel'.
      if (e + 1 < words_.size() && words_[e + 1].key == "," && words_[i].cap) {
        for (size_t k = e + 2; k + 1 < limit + 8 && k + 1 < words_.size();
             ++k) {
          if (words_[k].quote >= 0 || SentenceEnd(k)) break;
          if (words_[k].key == "," && past(k + 1, words_.size()))
            return Resolve(i, e, i);
        }
      }
      // '"...," crowed Nvidia CEO Jen-Hsun Huang'.
      if (past(i, limit) && i + 1 < limit && words_[i + 1].cap &&
          !words_[i + 1].punct) {
        auto named = Resolve(i + 1, RunEnd(i + 1), i);
        if (named && named->person) return named;
      }
    }
  }
  if (words_[i].key == "according" && i + 2 < words_.size() &&
      words_[i + 1].key == "to") {
    size_t j = i + 2;
    j = SourceEnd(j, limit, true);
    return Resolve(i + 2, j - 1, i);
  }
  // '"...," per Acme spokesperson Ana Ruiz.': as "according to".
  if (words_[i].key == "per" && i + 1 < limit && !words_[i + 1].punct &&
      (words_[i + 1].cap || Determiner(words_[i + 1].key))) {
    const size_t j = SourceEnd(i + 1, limit, true);
    // (Not '"...," per the timetable, said Ana Ruiz': she says it.)
    const bool more = j + 1 < words_.size() && words_[j].key == "," &&
                      words_[j + 1].quote < 0 && Verb(j + 1);
    if (j > i + 1 && !more) {
      auto per = Resolve(i + 1, j - 1, i);
      if (per && !per->speaker.empty()) return per;
    }
  }
  // '"...," reads a statement from Apple.': whoever the writing is from.
  if ((words_[i].key == "reads" || words_[i].key == "read") && i + 4 < limit &&
      (words_[i + 1].key == "a" || words_[i + 1].key == "the") &&
      Document(words_[i + 2].key) &&
      (words_[i + 3].key == "from" || words_[i + 3].key == "by")) {
    const size_t from = PastThe(i + 4);
    const size_t j = SourceEnd(from, limit, true);
    if (j > from) {
      auto by = Resolve(from, j - 1, i);
      if (by && !by->speaker.empty()) return by;
    }
  }
  // '"...," chairman, CEO and president Craig Menear said': roles listed
  // before the name, commas and all.
  if (!words_[i].cap && (Title(words_[i].key) || RoleNoun(words_[i].key))) {
    size_t k = i;
    bool listed = false;
    while (k < limit && words_[k].quote < 0 &&
           (words_[k].key == "," || words_[k].key == "and" ||
            (!words_[k].punct &&
             (Title(words_[k].key) || RoleNoun(words_[k].key))))) {
      listed = listed || words_[k].key == ",";
      ++k;
    }
    if (listed && k < limit && words_[k].cap && !words_[k].punct) {
      const size_t r = RunEnd(k);
      size_t v = r + 1;
      while (v < words_.size() && FillerAt(v)) ++v;
      if (v < words_.size() && Verb(v)) {
        auto named = Resolve(k, r, i);
        if (named && named->person) return named;
      }
    }
  }
  // "Geoffrey Berman, the U.S. attorney for ..., said": the subject is
  // what comes before its apposition.
  size_t comma = words_.size();
  const size_t far = std::min(words_.size(), i + 40);
  // A quotation that ended its sentence, then a new one ('...was "dead."
  // Republicans called it "overdue."'): the new one attributes this one
  // only if it quotes no other.
  for (size_t v = i + 1; v < far; ++v) {
    // (A headline has no stop: its line's end ends it.)
    if (words_[v].key == ":" || SentenceEnd(v) ||
        words_[v].paragraph != words_[i].paragraph)
      break;
    if (new_sentence && words_[v].quote >= 0 &&
        words_[v].quote != static_cast<int>(q))
      return std::nullopt;
    if (new_sentence && Verb(v))
      for (size_t k = v + 1; k < words_.size() && k < v + 15; ++k) {
        if (words_[k].quote >= 0 && words_[k].quote != static_cast<int>(q))
          return std::nullopt;
        if (SentenceEnd(k) || words_[k].paragraph != words_[v].paragraph) break;
      }
    // A short quotation inside the subject ('the "Pose" actor') is part of
    // it; a longer one is another quotation.
    if (words_[v].quote >= 0 && words_[v].quote != static_cast<int>(q)) {
      const size_t n = static_cast<size_t>(words_[v].quote);
      if (quote_last_[n] - quote_first_[n] > 4) break;
    }
    if (words_[v].key == "," && comma == words_.size()) comma = v;
    if (v >= limit && comma == words_.size()) break;
    // '"...," the statement read.': writing reads what it says.
    // ('"...," it read.' after "Acme Corp released a statement.")
    const bool reads =
        (words_[v].key == "read" || words_[v].key == "reads") && v > i &&
        (Document(words_[v - 1].key) ||
         (words_[v - 1].key == "it" && v - 1 == i) ||
         // ("the statement from TikTok read")
         (v <= i + 6 && i + 2 < v && Determiner(words_[i].key) &&
          Document(words_[i + 1].key) &&
          (words_[i + 2].key == "from" || words_[i + 2].key == "by" ||
           words_[i + 2].key == "issued")));
    // '"...," Reuters quoted Rui Costa as saying.', '"...," Costa was
    // quoted as saying.'
    if (words_[v].key == "quoted") {
      for (size_t as = v + 1; as + 1 < words_.size() && as < v + 12; ++as) {
        if (words_[as].quote >= 0 || (words_[as].punct && SentenceEnd(as)))
          break;
        if (words_[as].key != "as" || !words_[as + 1].key.ends_with("ing"))
          continue;
        if (auto from = QuotedFrom(v, as, i)) return from;
        break;
      }
    }
    if (!Verb(v) && !reads) continue;
    // ('"...," a resident who asked not to be named said.': the verb of a
    // relative clause, no commas, is not the subject's.)
    if (v > i + 1 && Determiner(words_[i].key) &&
        (words_[v - 1].key == "who" || words_[v - 1].key == "that") &&
        words_[v - 1].quote < 0)
      continue;
    // '"...," the official, who asked not to be named, said.': a verb of
    // the relative clause inside the subject is not its verb.
    if (comma + 1 < v &&
        (words_[comma + 1].key == "who" || words_[comma + 1].key == "which")) {
      bool closed = false;
      for (size_t k = comma + 2; k < v && !closed; ++k)
        closed = words_[k].key == ",";
      if (!closed) continue;
    }
    // '"...," the Daily News quoted witness Devonte Brown as saying.'
    if (v > i + 2 && words_[v - 1].key == "as") {
      for (size_t k = v - 2; k > i; --k) {
        if (words_[k].key != "quoted") continue;
        if (k + 1 < v - 1) {
          auto quoted = Resolve(k + 1, v - 2, i);
          if (quoted) return quoted;
        }
        break;
      }
    }
    size_t b = v - 1;
    while (b > i && FillerAt(b)) --b;
    // '"...!" a woman could be heard shouting', "a man was heard
    // yelling": heard saying it, the subject before.
    if (b > i + 1 && (words_[b].key == "heard" || words_[b].key == "seen") &&
        words_[v].key.ends_with("ing")) {
      size_t c = b;
      while (c > i + 1 && c + 3 > b && Auxiliary(words_[c - 1].key)) --c;
      if (c < b) b = c - 1;
    }
    // "Sen. Mark Ellis (R-Texas) said", "Ellis (pictured) said": an aside
    // in brackets is no part of the subject.
    if (words_[b].key == ")") {
      size_t o = b;
      while (o > i + 1 && b - o < 10 && words_[o].key != "(") --o;
      if (words_[o].key == "(") {
        b = o - 1;
        while (b > i && FillerAt(b)) --b;
      }
    }
    // '"...interests" mutually shared by ...': an adverb is no subject.
    if (b == i && FillerAt(i)) continue;
    // '... to "take detailed histories" of the patients, Dempsey said.': a
    // short subject and verb closing the sentence after its last comma
    // attribute the quotations in it.
    if (comma < b && words_[b].key != ",") {
      size_t last = comma;
      for (size_t k = comma; k < b; ++k)
        if (words_[k].key == ",") last = k;
      // The verb closes the sentence, or only says where or to whom
      // ("Noem said in the announcement.").
      bool closes = false;
      for (size_t k = v + 1; k <= v + 12; ++k) {
        if (k >= words_.size() || words_[k].paragraph != words_[v].paragraph ||
            SentenceEnd(k)) {
          closes = true;
          break;
        }
        if (words_[k].quote >= 0 || Verb(k) || words_[k].key == ",") break;
        // "... , a senior political source told Reuters.": whom it was
        // told, then the stop.
        const bool told_whom =
            (words_[v].key == "told" || words_[v].key == "tells") &&
            words_[k].cap && !words_[k].punct;
        if (k == v + 1 && !Preposition(words_[k].key) && !told_whom) break;
      }
      bool clean = b - last <= 4;
      for (size_t k = last + 1; k <= b && clean; ++k)
        clean =
            !words_[k].punct && !Boundary(words_[k].key) && words_[k].quote < 0;
      // ('"...," Anupama, a local resident said.': a name and its
      // apposition, the closing comma left out; the name is the subject.)
      if (closes && clean && last == comma && comma > i &&
          RunEnd(i) + 1 == comma && words_[i].cap && !words_[i].punct &&
          !Lead(words_[i]) &&
          (words_[last + 1].key == "a" || words_[last + 1].key == "an" ||
           words_[last + 1].key == "another")) {
        auto named = Resolve(i, comma - 1, i);
        if (named && named->person && !named->org && !Place(named->speaker))
          return named;
      }
      if (closes && clean) return Resolve(last + 1, b, last + 1);
    }
    if (comma < b) {
      // Only after an apposition that closes with a comma right before
      // the verb; or one a name of two words or more opens ('"...," Kurinji
      // Selvaraj, a research analyst at a think tank told CBS News').
      if (words_[b].key != ",") {
        const size_t e = RunEnd(i);
        size_t parts = Parts(i, e);
        if (e + 1 == comma && words_[i].cap && parts >= 2) {
          auto named = Resolve(i, e, i);
          if (named && named->person) return named;
        }
        return std::nullopt;
      }
      // "the candidate , regional bureaucrat Resulberdy Mammedov , said":
      // a description, then the name it belongs to in apposition.
      // "a witness, Mark Ellis, 54, told": the age after the name left out.
      size_t named_end = b - 1;
      if (named_end > comma + 2 && Number(words_[named_end].key) &&
          words_[named_end - 1].key == ",")
        named_end -= 2;
      // ("a Buhari supporter in the northern city of Kano, Mohammed Aliyu,
      // said": a description ending on where they are from.)
      // (Not "an aide to the Governor, Kathy Hollis,": whose aide.)
      bool placed = false;
      for (size_t k = i + 1; k + 1 < comma && !placed; ++k)
        placed = Determiner(words_[i].key) && !words_[k].cap &&
                 words_[k].quote < 0 &&
                 (words_[k].key == "in" || words_[k].key == "from") &&
                 !Title(words_[comma - 1].key);
      if ((!words_[comma - 1].cap || placed) && words_[named_end].cap &&
          named_end > comma) {
        const size_t e = named_end;
        size_t s0 = e;
        while (s0 > comma + 1 &&
               (words_[s0 - 1].cap ||
                (words_[s0 - 1].punct && words_[s0 - 1].key == ".")))
          --s0;
        size_t parts = Parts(AfterTitles(s0, e), e);
        auto named = Resolve(comma + 1, e, i);
        // "her mother, Fiona, said": one word, when the article gives it
        // in full elsewhere ("Fiona Parry").
        if (named && named->person &&
            (parts >= 2 || named->speaker.find(' ') != std::string::npos))
          return named;
      }
      b = comma - 1;
    } else if (v >= limit) {
      return std::nullopt;
    }
    for (size_t k = i; k <= b; ++k) {
      if (!Boundary(words_[k].key)) continue;
      // '"...," that person said': one brought in before, no clause.
      if (k == i && b == i + 1 && words_[k].key == "that" &&
          (words_[b].key == "person" || words_[b].key == "source"))
        continue;
      // "the embassy in Kyiv said": where the subject is, not a clause.
      if (words_[k].key == "in" && k > i && k < b && words_[k + 1].cap &&
          !words_[k + 1].punct && !words_[k - 1].punct &&
          (words_[i].cap || Determiner(words_[i].key) ||
           // "police in Manchester said"
           (RunEnd(k + 1) == b && Place(Span(k + 1, b)))))
        continue;
      // '"...," a nurse in the ward said': where someone described is.
      if (k > i && k < b && Determiner(words_[i].key) && WhereDescribed(k) == b)
        continue;
      // "a spokesman for Kesterton Fire and Rescue Service said": "and"
      // inside a body's name.
      if (words_[k].key == "and" && BodyAt(k) < k) continue;
      // "JPL scientist and study co-author Michael Malaska said": two
      // roles of one person, named last.
      if (words_[k].key == "and" && k < b && words_[b].cap) {
        auto s = Resolve(k + 1, b, i);
        if (s && s->person) return s;
      }
      // '"...," a witness who was there said': someone described, a
      // clause of who they are and all.
      if ((words_[k].key == "who" || words_[k].key == "that") && k > i &&
          b < k + 9 && Determiner(words_[i].key) && !words_[k - 1].punct &&
          !words_[k - 1].cap && !Pronouns().count(words_[k - 1].key)) {
        bool plain = true;
        for (size_t m = k + 1; m <= b && plain; ++m)
          plain = words_[m].quote < 0 && !Boundary(words_[m].key) &&
                  (!words_[m].punct || words_[m].key == "-");
        // (Someone named, when the head resolves to them; else the
        // description as written.)
        if (plain) {
          auto s = Resolve(i, k - 1, i);
          if (s && (s->person || s->org)) return s;
          return Subject{Lowered(i, b), Span(i, b), false};
        }
      }
      return std::nullopt;
    }
    // '"..." Emery retweeted the story, saying': a verb of the sentence's
    // own after the name; the sentence is no attribution.
    for (size_t k = i + 1; k <= b; ++k)
      if (!words_[k].punct && !words_[k].cap && words_[k].key.size() > 4 &&
          words_[k].key.ends_with("ed") && words_[k - 1].cap &&
          !words_[k - 1].punct)
        return std::nullopt;
    // '... had a "bird's-eye view" of the shooting says': the quotation is
    // inside a longer subject that began before it.
    if (Preposition(words_[i].key)) return std::nullopt;
    return Resolve(i, b, i);
  }
  return std::nullopt;
}

// The sentence's subject: the first likely subject from `start` before
// word `v` ("Last week Theresa May accused ..., warning Moscow:").
std::optional<Reader::Subject> Reader::FirstSubject(size_t start, size_t v) {
  // "When asked about when AMD and SeaMicro started talking, Papermaster
  // would not ...": the subject comes after an opening clause.
  {
    size_t o = start;
    while (o < v && words_[o].punct) ++o;
    if (o < v && Subordinator(words_[o].key)) {
      for (size_t c = o + 1; c + 1 < v; ++c) {
        if (words_[c].quote >= 0) break;
        if (words_[c].key == ",") {
          start = c + 1;
          break;
        }
      }
    }
  }
  // "Trump has been eager to withdraw, but General Mark Milley, chairman
  // of ..., told": the clause the verb is in has a subject of its own.
  for (size_t c = v; c-- > start + 1;) {
    if (words_[c].quote >= 0) break;
    // (Not ", while Jane Doe looked on,": an aside that closes before the
    // verb.)
    const bool joined = words_[c].key == ";" ||
                        (words_[c - 1].key == "," &&
                         (words_[c].key == "but" || words_[c].key == "yet"));
    if (joined && c + 2 < v && words_[c + 1].cap && !words_[c + 1].punct) {
      start = c + 1;
      break;
    }
  }
  // "The FTSE 100 company, whose trademark is ..., added": a description
  // opening the sentence, then a clause on it set off by a comma; the
  // description, whatever it names inside.
  {
    size_t o = start;
    while (o < v && words_[o].punct && words_[o].quote < 0) ++o;
    size_t c = o + 1;
    while (c < v && c < o + 6 && !words_[c].punct && words_[c].quote < 0 &&
           !Verb(c) && !Preposition(words_[c].key) && !Boundary(words_[c].key))
      ++c;
    // (Its verb right after the clause's closing comma: not "..., whose
    // shares fell, was fined by Ofcom, which said".)
    size_t after = v;  // past the clause's closing comma
    while (after > c + 1 && words_[after - 1].key != "," &&
           words_[after - 1].quote < 0)
      --after;
    bool next_verb = after > c + 1 && words_[after - 1].key == ",";
    for (size_t k = after; next_verb && k < v; ++k) next_verb = FillerAt(k);
    if (o + 2 < c && c + 1 < v && words_[o].key == "the" && next_verb &&
        words_[o].quote < 0 && words_[c].key == "," &&
        (words_[c + 1].key == "whose" || words_[c + 1].key == "which") &&
        !words_[c - 1].cap && !words_[c - 1].punct) {
      auto described = Resolve(o, c - 1, c - 1);
      if (described && !described->speaker.empty() && described->org)
        return described;
    }
  }
  // "The authority closed the case after Kahawa House agreed ..., saying":
  // a description opening the sentence right before its verb in the past
  // is the subject, not a name in the clauses after it.
  {
    size_t o = start;
    while (o < v && words_[o].punct && words_[o].quote < 0) ++o;
    if (o + 2 < v &&
        (words_[o].key == "the" || words_[o].key == "a" ||
         words_[o].key == "an") &&
        words_[o].quote < 0) {
      size_t n = o + 1;
      while (n < v && n < o + 4 && !words_[n].punct && !words_[n].cap &&
             words_[n].quote < 0 && !Verb(n) && !Auxiliary(words_[n].key) &&
             !words_[n].key.ends_with("ed") && !Preposition(words_[n].key) &&
             !Boundary(words_[n].key))
        ++n;
      // (A verb with its object, "closed the case"; not a participle
      // describing the noun, "The man charged with murder, Tom Baker,".)
      if (n > o + 1 && n + 1 < v && !words_[n].punct && !words_[n].cap &&
          words_[n].quote < 0 && words_[n].key.size() > 3 &&
          words_[n].key.ends_with("ed") && Determiner(words_[n + 1].key))
        if (auto described = OpeningDescription(start, v);
            described && !described->speaker.empty())
          return described;
    }
  }
  // "A senior executive at a rival mill, who asked not to be named
  // because he did business with the family, said": no one inside a
  // relative clause set off by commas is the subject.
  bool relative = false;
  for (size_t i = start; i < v; ++i) {
    const Word& w = words_[i];
    // "Superintendent of Police (Cyber Crime) Deepak Rawat": an aside in
    // brackets before a name is no subject (but "The company's CEO (Tom
    // Baker) said" names him).
    if (w.quote < 0 && w.key == "(") {
      size_t c = i + 1;
      while (c < v && c < i + 8 && words_[c].key != ")") ++c;
      if (c + 1 < v && words_[c].key == ")" && words_[c + 1].cap &&
          !words_[c + 1].punct && words_[c + 1].quote < 0) {
        i = c;
        continue;
      }
    }
    if (w.quote < 0 && w.punct && w.key == ",") relative = false;
    if (w.quote >= 0 || w.punct) continue;
    // ("Ruiz, whose lawyer is Mark Stone, said".)
    if ((w.key == "who" || w.key == "whom" || w.key == "which" ||
         w.key == "whose") &&
        i > start && words_[i - 1].key == ",") {
      relative = true;
      continue;
    }
    if (relative) continue;
    if (Pronouns().count(w.key) && w.key != "it" && w.key != "you")
      return Resolve(i, i, i);
    // "A Veltra director, who left in 2022, said": a description opening
    // the sentence, a name modifying its noun (not "One Direction star
    // Niall Horan, who ..., said": a name after the role is who it is).
    if (w.open && w.quote < 0 &&
        (w.key == "a" || w.key == "an" || w.key == "one" ||
         w.key == "another") &&
        i + 1 < v && words_[i + 1].cap && !words_[i + 1].punct &&
        !NamedAfterRole(i + 1, v))
      if (auto d = OpeningDescription(i, v); d && !d->speaker.empty()) return d;
    if (Lead(w)) continue;
    if (!w.cap) continue;
    // "in culpability A", "category B": a letter alone names no one.
    if (w.key.size() == 1 && w.key != "i" &&
        !(i + 1 < v && (words_[i + 1].key == "." ||
                        (words_[i + 1].cap && !words_[i + 1].punct))))
      continue;
    // The run, initials included ("Dr. Silvia S. Martins").
    size_t j = std::min(RunEnd(i), v - 1);
    while (j > i && words_[j].punct) --j;
    size_t g = i;  // the word governing the run, past a determiner
    if (g > start && Determiner(words_[g - 1].key)) --g;
    bool titles = true;  // "Tuesday", "Foreign Secretary": no one named
    for (size_t k = i; k <= j; ++k) titles = titles && Title(words_[k].key);
    // "welcomed by Smith": the agent of a passive is no object.
    const bool agent = g > start + 1 && words_[g - 1].key == "by" &&
                       words_[g - 2].key.ends_with("ed");
    // "weeks after Theresa May used a speech": a clause's subject after a
    // word that can also govern a noun.
    const bool clause =
        g > start && j + 1 < v && !words_[j + 1].punct && !words_[j + 1].cap &&
        (words_[g - 1].key == "after" || words_[g - 1].key == "before" ||
         words_[g - 1].key == "since" || words_[g - 1].key == "until") &&
        (words_[j + 1].key.ends_with("ed") || Auxiliary(words_[j + 1].key) ||
         words_[j + 1].verb);
    const bool governed = titles || (!agent && !clause && g > start &&
                                     Preposition(words_[g - 1].key));
    // ("Brooks' rep": a plural's or an s-name's apostrophe alone.)
    const bool possessor =
        j + 2 < v && words_[j + 1].punct &&
        (words_[j + 2].key == "s" ||
         ((words_[j + 1].key == "'" || words_[j + 1].key == "’") &&
          words_[j].key.ends_with("s") && !words_[j + 2].punct &&
          !words_[j + 2].cap && words_[j + 2].quote < 0));
    // "The Calloway County Sheriff's Office said": a body's name with a
    // possessive inside, whole.
    if (possessor && j + 3 < v && words_[j + 3].cap && !words_[j + 3].punct &&
        (g == start || !Preposition(words_[g - 1].key))) {
      const size_t e = std::min(RunEnd(j + 3), v - 1);
      if (OrgWord(words_[e].key)) {
        auto body = Resolve(i, e, i);
        if (body && body->org) return body;
      }
    }
    // "Snider, who attended ...": "who" makes the word someone.
    const bool who =
        j + 2 < v && words_[j + 1].key == "," &&
        (words_[j + 2].key == "who" || words_[j + 2].key == "whose");
    // "Acme, the Ohio-based retailer, said": a description set off by
    // commas right before the verb says who the word is.
    bool described = false;
    if (j + 3 < v && words_[j + 1].key == "," && words_[v - 1].key == "," &&
        Determiner(words_[j + 2].key) && v - j <= 12) {
      described = true;
      for (size_t k = j + 2; k + 1 < v && described; ++k)
        described = words_[k].quote < 0 && !Verb(k) &&
                    (!words_[k].punct || words_[k].key == "-") &&
                    !Boundary(words_[k].key);
    }
    // ("Samsung issued a statement": one word, never written in lower
    // case, before a verb that puts words out ("issued", "released"; not
    // "received") is a name; not a plural ("Astronomers"), nor "Nobody"
    // or "Staff".)
    static const std::unordered_set<std::string_view> kIssue = {
        "issued", "released", "published", "posted", "tweeted", "announced"};
    static const std::unordered_set<std::string_view> kNoOne = {
        "nobody",  "everybody", "somebody", "anybody", "everyone",
        "someone", "anyone",    "none",     "staff",   "management"};
    const bool acts = j + 1 < v && !w.key.ends_with("s") &&
                      !kNoOne.count(w.key) && !People(w.key) &&
                      words_[j + 1].quote < 0 &&
                      kIssue.count(words_[j + 1].key) && !lower_.count(w.key);
    const bool lone_opening = j == i && w.open && !surname_.count(w.key) &&
                              !who && !described && !acts;
    // "BBC1's The Andrew Marr Show": a title.
    const bool titled_work = w.key == "the" && !w.open && j > i;
    // "his initial Instagram announcement": a name modifying a noun.
    // ("a senior U.S. negotiator": past an abbreviation's dot.)
    const size_t next =
        j + 2 < v && words_[j + 1].key == "." && !SentenceEnd(j + 1) ? j + 2
                                                                     : j + 1;
    const Word* after = next < v ? &words_[next] : nullptr;
    const Word* before = i > start ? &words_[i - 1] : nullptr;
    // (Not "Cryptocurrency exchange Vaultex froze": the kind of body the
    // name is.)
    const bool modifier =
        before && !before->punct && !before->cap && !before->verb &&
        !Preposition(before->key) && !Boundary(before->key) &&
        !Firm(before->key) && !FirmKind(before->key) && after &&
        !after->punct && !after->cap && !after->verb &&
        !after->key.ends_with("ed") && !after->key.ends_with("s") &&
        !FillerAt(next) && !Auxiliary(after->key) && !Boundary(after->key) &&
        !Preposition(after->key) && !Determiner(after->key) &&
        after->key != "to" && after->quote < 0;
    if (!governed && !possessor && !lone_opening && !titled_work && !modifier) {
      // "ITV News political correspondent Carl Dinnen": a role, then the
      // name it belongs to.
      size_t k = j + 1;
      while (k < v && k <= j + 3 && !words_[k].punct && !words_[k].cap) ++k;
      // "New Media investor Leon Cooperman": a full name after any role.
      // Not "Theresa May accused Vladimir Putin": the words between are
      // a role, no verb.
      bool role = true;
      for (size_t m = j + 1; m < k && role; ++m)
        role = !words_[m].verb && !words_[m].key.ends_with("ed") &&
               !Auxiliary(words_[m].key) && !Boundary(words_[m].key) &&
               !Preposition(words_[m].key) && !FillerAt(m);
      if (k > j + 1 && k < v && words_[k].cap && !words_[k].punct) {
        size_t e = std::min(RunEnd(k), v - 1);
        size_t parts = Parts(k, e);
        if (Title(words_[k - 1].key) || (parts >= 2 && role)) j = e;
      }
      return Resolve(i, j, i);
    }
    i = j;
  }
  return OpeningDescription(start, v);
}

// "An assistant delivered ...", "The crowd started ...": a description
// opening the sentence at `start`, up to its verb (before word `v`).
std::optional<Reader::Subject> Reader::OpeningDescription(size_t start,
                                                          size_t v) {
  size_t a = start;
  while (a < v && words_[a].punct) ++a;
  // Words inside a quotation are no one's description ('"The issue has
  // just disappeared," said ...').
  if (a < v && words_[a].key != "it" &&
      (Determiner(words_[a].key) || words_[a].key == "another") &&
      words_[a].quote < 0) {
    size_t j = a + 1;
    size_t limit = a + 4;
    // "A senior U.S. negotiator", "a White House official", "One former
    // Veltra director": a name modifying the noun after it, an
    // abbreviation's dot and all.
    // (Only after "a": "the former Republican vice presidential
    // candidate" is someone the story named.)
    const bool indefinite = words_[a].key == "a" || words_[a].key == "an" ||
                            words_[a].key == "another" ||
                            words_[a].key == "one";
    const auto modifying = [&](size_t k) {
      if (!indefinite) return false;
      if (words_[k].punct) {
        return words_[k].key == "." && k > a + 1 && words_[k - 1].cap &&
               !SentenceEnd(k);
      }
      if (!words_[k].cap || words_[k].open) return false;
      size_t n = k + 1;
      while (n < v && n < k + 4 &&
             ((words_[n].cap && !words_[n].punct) ||
              (words_[n].key == "." && !SentenceEnd(n))))
        ++n;
      return n < v && !words_[n].punct && !words_[n].cap && !words_[n].verb &&
             !Preposition(words_[n].key) && !Boundary(words_[n].key) &&
             !Auxiliary(words_[n].key);
    };
    // ("The 45-year-old", "the 45 - year - old": a hyphen inside a word.)
    const auto hyphen = [&](size_t k) {
      return k > a && k + 1 < v && HyphenInWord(k);
    };
    for (;;) {
      while (
          j < v && j < limit &&
          ((!words_[j].punct && !words_[j].cap) || modifying(j) || hyphen(j)) &&
          !words_[j].verb && !words_[j].key.ends_with("ed") &&
          !Boundary(words_[j].key) && !Preposition(words_[j].key) &&
          !Auxiliary(words_[j].key) && !FillerAt(j)) {
        if (words_[j].cap || words_[j].punct) ++limit;
        if (hyphen(j)) ++limit;
        ++j;
      }
      // "The teen's father": whose, then who.
      if (j > a + 1 && j + 2 < v && j + 1 < limit + 3 &&
          (words_[j].key == "'" || words_[j].key == "’") &&
          words_[j + 1].key == "s" && !words_[j + 2].punct &&
          !words_[j + 2].cap) {
        j += 2;
        limit = j + 3;
        continue;
      }
      // "The state's farmers' federation": a plural's.
      if (j > a + 1 && j + 1 < v && j + 1 < limit + 3 &&
          (words_[j].key == "'" || words_[j].key == "’") &&
          words_[j - 1].key.ends_with("s") && !words_[j - 1].punct &&
          words_[j - 1].end == words_[j].begin && !words_[j + 1].punct &&
          !words_[j + 1].cap && !words_[j + 1].verb) {
        j += 1;
        limit = j + 3;
        continue;
      }
      break;
    }
    // "A spokesperson for Quillfeather, the ride-sharing startup, said":
    // what they are for or of, up to the apposition's comma.
    if (j > a + 1 && j + 1 < v &&
        (words_[j].key == "for" || words_[j].key == "of") &&
        PastThe(j + 1) < v && words_[PastThe(j + 1)].cap &&
        !words_[PastThe(j + 1)].punct) {
      // ("The editors of the Harwood English Dictionary have chosen ...,
      // saying": up to the verb too.)
      const size_t n = PastThe(j + 1);
      const size_t e = std::min(RunEnd(n), v - 1);
      if (e + 1 < v &&
          ((words_[e + 1].key == "," && n == j + 1) ||
           Auxiliary(words_[e + 1].key) ||
           (!words_[e + 1].punct && !words_[e + 1].cap &&
            words_[e + 1].quote < 0 && words_[e + 1].key.ends_with("ed"))))
        return Resolve(a, e, a);
    }
    // "The mother of one victim, whose name is being withheld, said": who
    // she is the mother of, up to the comma.
    if (j > a + 1 && j + 2 < v &&
        (words_[j].key == "of" || words_[j].key == "at") &&
        !words_[j + 1].cap && !words_[j + 1].punct) {
      size_t e = j + 1;
      while (e + 1 < v && e < j + 4 && !words_[e + 1].punct &&
             !words_[e + 1].cap && !Verb(e + 1) &&
             !Auxiliary(words_[e + 1].key) && !Boundary(words_[e + 1].key) &&
             !Preposition(words_[e + 1].key))
        ++e;
      if (e + 1 < v && words_[e + 1].key == "," && e > j + 1)
        return Resolve(a, e, a);
    }
    // "One employee in the company's customer service division, who ...,
    // said": where they are, up to the comma.
    if (j > a + 1 && j < v) {
      const size_t e = WhereDescribed(j);
      if (e > j && e + 1 < v && words_[e + 1].key == ",")
        return Resolve(a, e, a);
    }
    if (j > a + 1 && j <= v) return Resolve(a, j - 1, a);
  }
  return std::nullopt;
}

// Whom "quoted" at word k, its object ending before word `as` ("as
// saying"), quotes: "quoted President Lin Wei as", or in the passive the
// subject before "was" ("Rui Costa was quoted by Reuters as"). Null when
// no one is named.
std::optional<Reader::Subject> Reader::QuotedFrom(size_t k, size_t as,
                                                  size_t start) {
  const bool passive = k > start && BeVerb(words_[k - 1].key);
  size_t e = as;  // the object: [k + 1, e)
  for (size_t n = k + 1; passive && n < as; ++n)
    if (words_[n].key == "by" && !words_[n].punct) {
      e = n;
      break;
    }
  // "The Herald quoted her as saying": whom "her" is.
  if (!passive && e == k + 2 &&
      (words_[k + 1].key == "him" || words_[k + 1].key == "her")) {
    auto s = Pronoun(k + 1, words_[k + 1].key == "him" ? "he" : "she");
    if (s) s->mention = Span(k + 1, k + 1);
    return s;
  }
  if (passive) {
    // The passive: who was quoted is its subject.
    if (k - 1 > start) {
      auto s = FirstSubject(start, k - 1);
      if (s && (s->person || !s->speaker.empty())) return s;
    }
    return std::nullopt;
  }
  if (e > k + 1) {
    auto s = Resolve(k + 1, e - 1, k + 1);
    if (s && !s->speaker.empty()) return s;
  }
  return std::nullopt;
}

// "a study by the Centre for Economic Policy Research, a think tank,
// concluded", "The statement from the White House read:": writing in words
// [start, b) speaks for whoever it is by; null when none is named.
std::optional<Reader::Subject> Reader::AuthorOf(size_t start, size_t b,
                                                size_t at) {
  for (size_t k = start; k + 2 < b; ++k) {
    if (words_[k].punct || !Document(words_[k].key) ||
        (words_[k + 1].key != "by" && words_[k + 1].key != "from"))
      continue;
    const size_t n = PastThe(k + 2);
    if (n < b && words_[n].cap && !words_[n].punct) {
      // The body's name in full where the text gives it so.
      const auto body =
          std::lower_bound(bodies_.begin(), bodies_.end(), n,
                           [](const Body& x, size_t w) { return x.end < w; });
      if (body != bodies_.end() && body->end < b &&
          body->name.starts_with(Span(n, n)))
        return Subject{body->name, Span(n, body->end), false, true};
      auto by = Resolve(n, std::min(RunEnd(n), b - 1), at);
      if (by && (by->person || by->org)) return by;
    }
    break;
  }
  return std::nullopt;
}

// The subject of the speech verb at word `v`, in the sentence from
// `start`: the words right before it ("Mr Lavrov said"); for a verb joined
// to an earlier one ("... and called"), that one's subject; for a
// participle after a comma (", saying:"), the nearest likely subject.
std::optional<Reader::Subject> Reader::SubjectOf(size_t v, size_t start,
                                                 int depth) {
  if (depth > 8) return std::nullopt;
  // "Reuters quoted Interior Minister Rui Costa as saying:", "Costa was
  // quoted by the Times as saying": whom the words are quoted from.
  if (v > start + 2 && words_[v - 1].key == "as" &&
      words_[v].key.ends_with("ing"))
    for (size_t k = v - 1; k-- > start && v - k <= 12;) {
      if (words_[k].quote >= 0 || (words_[k].punct && SentenceEnd(k))) break;
      if (words_[k].key != "quoted") continue;
      if (auto from = QuotedFrom(k, v - 1, start)) return from;
      break;
    }
  // "Mr Killane was described as a "pain" by councillor Ian Maslin", "a
  // man was told by gardai to "...": the one after "by" said the words,
  // not the one they are put on.
  // (Not "she was saying at a rally hosted by ...": a progressive.)
  if (v > start && !words_[v].key.ends_with("ing") &&
      (BeVerb(words_[v - 1].key) ||
       (v > start + 1 && BeVerb(words_[v - 2].key) && !words_[v - 1].punct &&
        words_[v - 1].key.ends_with("ly"))))
    for (size_t k = v + 1; k + 1 < words_.size() && k < v + 30; ++k) {
      if (words_[k].quote >= 0) continue;
      if (words_[k].punct && SentenceEnd(k)) break;
      if (words_[k].key != "by" || words_[k + 1].punct) continue;
      size_t e = k + 1;
      while (e + 1 < words_.size() && e < k + 6 && !words_[e + 1].punct &&
             words_[e + 1].quote < 0 && !Boundary(words_[e + 1].key) &&
             !Preposition(words_[e + 1].key) && words_[e + 1].key != "to" &&
             !Verb(e + 1))
        ++e;
      auto by = Resolve(k + 1, e, k);
      if (by && !by->speaker.empty()) return by;
      break;
    }
  size_t b = v;
  while (b > start && FillerAt(b - 1)) --b;
  // "Sen. Elizabeth Warren (D-Mass.) said": a short aside in brackets
  // between the subject and its verb.
  if (b > start + 2 && words_[b - 1].key == ")" && words_[b - 1].quote < 0) {
    // (Not a name given in them: "The company's CEO (Tom Baker) said".)
    for (size_t k = b - 1; k-- > start && b - k <= 10;) {
      if (words_[k].quote >= 0 || Verb(k) || words_[k].key == ")") break;
      if (words_[k].key == "(") {
        // ("(R-TX)", "(D-Ill.)": a party's letter and a state.)
        const bool party = k + 3 < b && words_[k + 2].key == "-" &&
                           words_[k + 1].end - words_[k + 1].begin == 1 &&
                           words_[k + 1].cap;
        if (k > start && (b < k + 3 || party || Parts(k + 1, b - 2) < 2)) b = k;
        break;
      }
    }
    while (b > start && FillerAt(b - 1)) --b;
  }
  // "The Federation of Small Businesses in a statement said", "The
  // Committee on Climate Change in June said": when or how it spoke, between
  // the subject and its verb.
  for (int n = 0; n < 2 && b >= start + 3; ++n) {
    const size_t head = b - 1;
    size_t p = head - 1;
    if (Determiner(words_[p].key) && p > start) --p;
    const Word& h = words_[head];
    const bool when_or_how =
        !h.punct && h.quote < 0 &&
        (TimeWord(h.key) || Document(h.key) ||
         std::isdigit(static_cast<unsigned char>(h.key[0])));
    if (!when_or_how || p <= start || words_[p - 1].punct ||
        !(words_[p].key == "in" || words_[p].key == "on" ||
          words_[p].key == "at" || words_[p].key == "during"))
      break;
    b = p;
    while (b > start && FillerAt(b - 1)) --b;
  }
  // "Hart, 45, told the court": the age in apposition is no subject.
  if (b >= start + 4 && words_[b - 1].key == "," && Number(words_[b - 2].key) &&
      words_[b - 3].key == "," && words_[b - 4].cap && !words_[b - 4].punct)
    b -= 3;
  // "Mr Johnson interrupted to add": the subject of the verb before "to".
  while (b > start + 1 && words_[b - 1].key == "to" && !words_[b - 2].punct &&
         !words_[b - 2].cap) {
    b -= 2;
    // "He went on to say": the verb before its particle.
    if (b > start + 1 && !words_[b - 1].punct && !words_[b - 1].cap &&
        (words_[b].key == "on" || words_[b].key == "up" ||
         words_[b].key == "out" || words_[b].key == "ahead"))
      --b;
    while (b > start && FillerAt(b - 1)) --b;
  }
  if (b > start && (words_[b - 1].key == "and" || words_[b - 1].key == "but")) {
    for (size_t u = b - 1; u-- > start;) {
      if (words_[u].quote >= 0) continue;
      // (Not "to accuse": an infinitive is no verb "and warned" goes on
      // from.)
      if (Verb(u) && !(u > start && words_[u - 1].key == "to"))
        return SubjectOf(u, start, depth + 1);
      // "Theresa May used a speech to accuse ... and warned": the name
      // before the verb in the past the second one goes on from.
      if (u > start && !words_[u].punct && !words_[u].cap &&
          words_[u].key.size() > 3 && words_[u].key.ends_with("ed") &&
          words_[u - 1].cap && !words_[u - 1].punct && !words_[u - 1].open &&
          words_[u - 1].quote < 0) {
        size_t n = u - 1;
        while (n > start && words_[n - 1].cap && !words_[n - 1].punct) --n;
        // (Not "Lyons said that Comeaux used ... and added": a clause
        // reported by the verb before.)
        // (Nor "in Iowa, where John Brown campaigned, and warned", "Bob
        // Smith, whom Jane Doe appointed, resigned and said": the subject
        // of a clause inside the sentence.)
        const bool reported =
            n > start &&
            (words_[n - 1].key == "that" || Verb(n - 1) ||
             words_[n - 1].key == "," || words_[n - 1].key == "where" ||
             words_[n - 1].key == "who" || words_[n - 1].key == "whom" ||
             words_[n - 1].key == "which" || words_[n - 1].key == "when" ||
             words_[n - 1].key == "whose" || words_[n - 1].key == "while");
        auto named = reported ? std::nullopt : Resolve(n, u - 1, u);
        if (named && named->person) return named;
      }
    }
    // "One resident stood up and said", "A farmer walked out and told
    // reporters": one described, opening the sentence, then what they did;
    // the description ends at that verb.
    {
      size_t o = start;
      while (o < b && words_[o].punct && words_[o].quote < 0) ++o;
      if (o < b && (words_[o].key == "but" || words_[o].key == "and") &&
          words_[o].open)
        ++o;
      if (o + 2 < b && words_[o].quote < 0 &&
          (Determiner(words_[o].key) || words_[o].key == "one" ||
           words_[o].key == "another")) {
        size_t d = o + 1;
        while (d < b - 1 && d < o + 5 && !words_[d].punct && !words_[d].cap &&
               words_[d].quote < 0 && !DidSomething(words_[d].key) &&
               !Verb(d) && !Preposition(words_[d].key) &&
               !Auxiliary(words_[d].key) && !Boundary(words_[d].key) &&
               !Pronouns().count(words_[d].key))
          ++d;
        if (d > o + 1 && d < b - 1 && DidSomething(words_[d].key) &&
            words_[d].quote < 0)
          if (auto described = Resolve(o, d - 1, d);
              described && !described->speaker.empty())
            return described;
      }
    }
    return FirstSubject(start, b - 1);
  }
  if (auto by = AuthorOf(start, b, v)) return by;
  // "Ruiz said that her boss, Tom Baker, told her:": the name set off by
  // commas right before the verb, not the sentence's first subject.
  if (b >= start + 4 && words_[b - 1].key == "," && words_[b - 2].cap &&
      !words_[b - 2].punct && words_[b - 2].quote < 0) {
    size_t r = b - 2;
    while (r > start && b - r < 8 &&
           ((words_[r - 1].cap && !words_[r - 1].punct) ||
            words_[r - 1].key == "."))
      --r;
    // Only after a short role of whose it is that opens a clause ("her
    // boss", "the firm's founder"): not "Sharon Jones, mother of the
    // victim, Tyrell Jones, said", where the name is the victim's.
    // ("The AMA president, Dr Omar Khorshid, said": a body's name inside
    // the role.)
    const auto whose = [&](size_t k) {
      const std::string& w = words_[k].key;
      return w == "his" || w == "her" || w == "their" || w == "its" ||
             w == "the" || w == "a" || w == "an";
    };
    // (A name opening the text has nothing before it.)
    size_t d = r > start ? r - 1 : start;
    while (d > start && r - 1 - d < 6 && !words_[d - 1].punct &&
           (!words_[d - 1].cap || whose(d - 1) || !words_[d - 1].open) &&
           words_[d - 1].quote < 0 && !Preposition(words_[d - 1].key) &&
           !Verb(d - 1) && words_[d - 1].key != "that") {
      --d;
      if (whose(d)) break;
    }
    const bool role_opens =
        d < r - 1 && whose(d) &&
        (d == start || words_[d - 1].key == "that" || Verb(d - 1));
    if (role_opens && r > start + 1 && words_[r - 1].key == "," &&
        words_[r - 1].quote < 0 && !words_[r - 2].punct && !words_[r - 2].cap &&
        Parts(AfterTitles(r, b - 2), b - 2) >= 2) {
      auto named = Resolve(r, b - 2, v);
      if (named && named->person && !named->org) return named;
    }
  }
  // "Tedros, WHO director-general, said": one word opening the sentence,
  // then a role of a body's, set off by commas; the one who holds it.
  if (b >= start + 4 && words_[b - 1].key == "," && words_[start].cap &&
      !words_[start].punct && words_[start + 1].key == "," &&
      !words_[b - 2].punct && !words_[b - 2].cap &&
      (Title(words_[b - 2].key) || RoleNoun(words_[b - 2].key) ||
       words_[b - 2].key == "general") &&
      !OrgWord(words_[start].key) && !Place(Span(start, start))) {
    bool plain = true;  // the role: words, no clause
    for (size_t k = start + 2; k + 1 < b && plain; ++k)
      plain =
          (!words_[k].punct || words_[k].key == "-" || words_[k].key == ".") &&
          !Verb(k) && words_[k].quote < 0 && !Boundary(words_[k].key);
    if (plain && b - start <= 9) {
      auto named = Resolve(start, start, v);
      if (named && !named->org && !named->speaker.empty()) {
        named->person = true;
        return named;
      }
    }
  }
  // "Reid 's rep said" in tokenised text: the mark is no boundary.
  // "James P. Kennedy Jr. said": an abbreviation's dot is no boundary.
  if (b == start || (words_[b - 1].punct && words_[b - 1].key != "'" &&
                     !(words_[b - 1].key == "." && !SentenceEnd(b - 1))))
    return FirstSubject(start, b);
  // "a career Army officer who described the call as "..."": the one the
  // relative clause is about.
  // Not a passive ("a stranding that was described as"): the one the
  // words are put on, not who put them.
  bool passive = false;
  for (size_t k = b; k < v && !passive; ++k) passive = BeVerb(words_[k].key);
  if (b > start + 1 && !passive &&
      (words_[b - 1].key == "who" || words_[b - 1].key == "that") &&
      !words_[b - 2].punct && !Verb(b - 2)) {
    size_t a = b - 1;
    while (a > start && b - 1 - a < 8 && !words_[a - 1].punct &&
           words_[a - 1].quote < 0 && !Boundary(words_[a - 1].key) &&
           !Verb(a - 1) && !Preposition(words_[a - 1].key) &&
           !Auxiliary(words_[a - 1].key))
      --a;
    while (a < b - 1 && !Determiner(words_[a].key)) ++a;
    // A described one ("a career Army officer"), not an apposition
    // ("James Lankford, an Oklahoma Republican who ...") nor a clause
    // ("when Harper first learned who ...").
    bool described = a < b - 1 && (a == start || words_[a - 1].key != ",");
    for (size_t k = a + 1; described && k < b - 1; ++k)
      described = words_[k].cap || !words_[k].key.ends_with("ed");
    if (described) {
      auto s = Resolve(a, b - 2, v);
      if (s && !s->speaker.empty()) return s;
    }
  }
  // "In a Tumblr post at the time she described": a pronoun right before
  // the verb is its subject, whatever comes before it.
  if (b > start && Pronouns().count(words_[b - 1].key) &&
      words_[b - 1].key != "it" && words_[b - 1].key != "you")
    return Resolve(b - 1, b - 1, b - 1);
  // "..., with a judge describing the attack as": the one after "with".
  if (b > start + 1 && words_[v].key.ends_with("ing") && !words_[b - 1].punct &&
      words_[b - 1].quote < 0) {
    size_t w = b - 1;
    while (w > start && b - w < 5 && !words_[w - 1].punct &&
           words_[w - 1].quote < 0 && words_[w - 1].key != "with" &&
           !Verb(w - 1) && !Preposition(words_[w - 1].key) &&
           !Boundary(words_[w - 1].key))
      --w;
    // (After a comma: not "hit back with a post describing"; or a name:
    // "to pay tribute to the actor with William Shatner tweeting:".)
    if (w > start + 1 && w < b && words_[w - 1].key == "with" &&
        (words_[w - 2].key == "," ||
         (words_[w].cap && !words_[w].punct && !words_[w].open))) {
      auto with = Resolve(w, b - 1, v);
      if (with && !with->speaker.empty()) return with;
    }
  }
  // "begins yelling", "started chanting": the subject of the verb before.
  if (b > start && words_[v].key.ends_with("ing") && !words_[b - 1].punct &&
      !words_[b - 1].cap && !Determiner(words_[b - 1].key) &&
      !Preposition(words_[b - 1].key) && words_[b - 1].key != "to")
    return FirstSubject(start, b - 1);
  // "known for telling", "by saying": no subject of its own.
  if (b > start &&
      (Preposition(words_[b - 1].key) || words_[b - 1].key == "to"))
    return FirstSubject(start, b - 1);
  size_t a = b;      // the subject: words back to a boundary
  size_t where = 0;  // words of "in Kabul" after it, not counted
  while (a > start && b - a < 9 + where) {
    const Word& w = words_[a - 1];
    if (w.quote >= 0) break;
    if (Verb(a - 1)) break;  // "saying he recalled"
    if (w.punct &&
        !(w.key == "'" || w.key == "’" || w.key == "." || w.key == "-"))
      break;
    // ("the 36-year-old former coal truck driver": a hyphen and the piece
    // it joins are one word's.)
    if (a < b && HyphenInWord(a - 1)) where += 2;
    // "and" inside a body's name: the name whole, and what it is governed
    // by ("a spokesman for Kesterton Fire and Rescue Service").
    if (!w.punct && w.key == "and" && BodyAt(a - 1) < a - 1) {
      size_t g = BodyAt(a - 1);
      if (g > start + 1 && words_[g - 1].key == "the") --g;
      if (g > start + 1 && Preposition(words_[g - 1].key)) {
        a = g - 1;
        continue;
      }
    }
    // "Analyst Rob Enderle of Enderle Group in Silicon Valley said": where
    // a named one is, not a new clause.
    if (!w.punct && w.key == "in" && a >= start + 3 && words_[a - 2].cap &&
        !words_[a - 2].punct && words_[a - 2].quote < 0 && a < b &&
        words_[a].cap) {
      size_t n = a - 2;
      while (n > start && words_[n - 1].cap && !words_[n - 1].punct) --n;
      if (n > start &&
          (words_[n - 1].key == "of" || words_[n - 1].key == "at")) {
        a -= 1;
        continue;
      }
    }
    // "Carrick and Vale Health Board said": a body's name over "and",
    // from the sentence's start.
    if (!w.punct && w.key == "and" && a >= start + 2 && a < b &&
        words_[a].cap && !words_[a].punct && words_[a - 2].cap &&
        !words_[a - 2].punct && OrgWord(words_[b - 1].key)) {
      size_t f = a - 2;
      while (f > start && words_[f - 1].cap && !words_[f - 1].punct) --f;
      if (f == start || words_[f - 1].key == "the" ||
          (words_[f - 1].punct && words_[f - 1].quote < 0)) {
        a = f;
        if (a > start && words_[a - 1].key == "the") --a;
        break;
      }
    }
    // "the singer and guitarist told": two roles of one.
    if (!w.punct && w.key == "and" && a >= start + 2 && a < b &&
        !words_[a].cap && !words_[a - 2].cap && !words_[a - 2].punct &&
        (Title(words_[a].key) || RoleNoun(words_[a].key)) &&
        (Title(words_[a - 2].key) || RoleNoun(words_[a - 2].key))) {
      --a;
      continue;
    }
    // "Officials at the U.S. Embassy in Kabul said", "police in
    // Manchester said": where they are, no new clause.
    if (!w.punct && w.key == "in" && a < b && words_[a].cap &&
        !words_[a].punct && RunEnd(a) + 1 == b && Place(Span(a, b - 1)) &&
        a >= start + 2 && !words_[a - 2].punct && !Verb(a - 2) &&
        words_[a - 2].quote < 0 &&
        // (Not "Residents who live in Kabul said": a clause's verb.)
        !(a >= start + 3 &&
          (words_[a - 3].key == "who" || words_[a - 3].key == "that" ||
           words_[a - 3].key == "which"))) {
      --a;
      where = b - a;
      continue;
    }
    // "A nurse in the ward said", "One employee in the customer service
    // division said": where someone described is, no new clause.
    if (!w.punct && w.key == "in" && a >= start + 2 && a < b &&
        WhereDescribed(a - 1) == b - 1) {
      size_t d = a - 2;
      while (d > start && d + 5 > a && !words_[d].punct && !words_[d].cap &&
             words_[d].quote < 0 && !Determiner(words_[d].key) &&
             !Number(words_[d].key) && !Verb(d) && !Auxiliary(words_[d].key) &&
             !Boundary(words_[d].key) && !Preposition(words_[d].key))
        --d;
      // ("Someone in the public gallery shouted": the pronoun is the
      // noun.)
      const bool someone = d + 2 == a && (words_[d].key == "someone" ||
                                          words_[d].key == "somebody");
      if ((someone ||
           (d + 2 < a && (Determiner(words_[d].key) || Number(words_[d].key)) &&
            words_[d].key != "that" && words_[d].key != "this")) &&
          (d == start || (words_[d - 1].punct && words_[d - 1].quote < 0))) {
        where = b - a + 1;
        --a;
        continue;
      }
    }
    if (!w.punct && Boundary(w.key)) break;
    // "a folding smartphone the company says will": a clause of the noun
    // before; its subject starts at its determiner.
    // (Not after a word that governs the noun: "behind the minivan".)
    static const std::unordered_set<std::string_view> kNotNoun = {
        "all",     "both",   "half",    "to",     "behind",  "near",
        "outside", "inside", "beside",  "across", "around",  "through",
        "without", "within", "along",   "past",   "off",     "up",
        "down",    "onto",   "upon",    "beyond", "below",   "above",
        "beneath", "amid",   "despite", "like",   "unlike",  "per",
        "out",     "whom",   "whose",   "what",   "whether", "not"};
    // (Only when the clause goes on after its verb, "says will", "called
    // "..."": not "A fan wearing the club's scarf said:".)
    if (!w.punct && (w.key == "the" || w.key == "a" || w.key == "an") &&
        a >= start + 2 && v + 1 < words_.size() && !words_[v + 1].punct &&
        (!words_[v + 1].cap || words_[v + 1].quote >= 0)) {
      const Word& o = words_[a - 2];
      if (!o.punct && !o.cap && o.quote < 0 && !Preposition(o.key) &&
          !Determiner(o.key) && !Verb(a - 2) && !Auxiliary(o.key) &&
          !Filler(o.key) && !Number(o.key) && !kNotNoun.count(o.key) &&
          !o.key.ends_with("ing")) {
        --a;
        break;
      }
    }
    --a;
  }
  // "Last month the actress said", "Earlier this week the club said": a
  // time before the subject is no part of it.
  {
    size_t t = a;
    const auto key = [&](size_t k) -> std::string_view {
      return k < b ? std::string_view(words_[k].key) : std::string_view();
    };
    // ("..., which this week declared": after the relative pronoun.)
    const bool relative = a > start && (words_[a - 1].key == "which" ||
                                        words_[a - 1].key == "who");
    if (key(t) == "last" || key(t) == "next" || key(t) == "this" ||
        key(t) == "on") {
      if (TimeWord(key(t + 1))) t += 2;
    } else if (key(t) == "earlier" || key(t) == "later") {
      t += 1;
      if ((key(t) == "this" || key(t) == "that" || key(t) == "on") &&
          TimeWord(key(t + 1)))
        t += 2;
    } else if (key(t) == "yesterday" || key(t) == "today" ||
               key(t) == "tonight") {
      t += 1;
    } else if ((key(t) == "by" || key(t) == "at" || key(t) == "around") &&
               t + 1 < b && !words_[t + 1].punct &&
               std::isdigit(static_cast<unsigned char>(words_[t + 1].key[0]))) {
      // "By 9 a.m. the company's status page read": a time of day.
      t += 2;
      if (key(t) == "am" || key(t) == "pm") {
        t += 1;
      } else if ((key(t) == "a" || key(t) == "p") && key(t + 1) == "." &&
                 key(t + 2) == "m") {
        t += 3;
        if (key(t) == ".") t += 1;
      }
    }
    // "the National Climate Bureau, which this week declared": no subject
    // but the time; the one the clause is about.
    if (relative && t > a && t >= b && a >= start + 3 &&
        words_[a - 2].key == "," && words_[a - 3].cap && !words_[a - 3].punct) {
      const size_t e = a - 3;
      size_t n = e;
      while (n > start && e - n < 6 &&
             ((words_[n - 1].cap && !words_[n - 1].punct) ||
              Inner(words_[n - 1])) &&
             !Preposition(words_[n - 1].key) && !words_[n - 1].open)
        --n;
      if (n > start && words_[n - 1].open && words_[n - 1].cap) --n;
      while (n < e && (words_[n].punct || Inner(words_[n]))) ++n;
      auto named = Resolve(n, e, v);
      if (named && (named->person || named->org)) return named;
    }
    if (t > a && t < b && !words_[t].punct && words_[t].quote < 0) a = t;
  }
  // "Residents who live near the plant said", "Shoppers in the city
  // centre told": people opening the sentence, described whole.
  if (a > start + 1 && a < b &&
      (words_[a - 1].key == "who" || words_[a - 1].key == "in")) {
    size_t o = start;
    while (o < a && words_[o].punct && words_[o].quote < 0) ++o;
    size_t h = o;  // the head, past a count ("Some residents", "Two men")
    if (h + 1 < a && !words_[h].punct &&
        (Number(words_[h].key) || words_[h].key == "some" ||
         words_[h].key == "many" || words_[h].key == "several"))
      ++h;
    const std::string_view head = words_[h].key;
    // (A view of the word itself: a ternary with "" would make a
    // temporary string.)
    const std::string_view then =
        h + 1 < a ? std::string_view(words_[h + 1].key) : std::string_view();
    bool plain = (then == "who" || then == "in") && words_[h].quote < 0 &&
                 !words_[h].punct && (!words_[h].cap || words_[h].open) &&
                 head.size() > 3 && head.ends_with("s") &&
                 (People(head) || PeopleDescribed(std::string(head))) &&
                 b - h <= 12;
    for (size_t k = h + 2; plain && k < b; ++k)
      plain = words_[k].quote < 0 &&
              (!words_[k].punct || words_[k].key == "-") &&
              (then == "who" || !Verb(k));
    if (plain) {
      auto described = Resolve(o, b - 1, v);
      if (described && !described->speaker.empty()) return described;
    }
  }
  // "..., according to Leah Wald, CEO at Valkyrie Investments, who said":
  // the person the clause after the comma is about, past an apposition.
  // (Only a role in apposition between them, no "and" or "then": not
  // "John Smith, 45, and later to his wife, who said".)
  if (a > start + 4 && words_[a - 1].key == "who" && words_[a - 2].key == "," &&
      words_[a - 1].quote < 0) {
    size_t c = a - 2;  // back to the comma after the name
    while (c > start && a - c < 12 && words_[c - 1].key != "," &&
           words_[c - 1].quote < 0 && !Verb(c - 1) &&
           words_[c - 1].key != "and" && words_[c - 1].key != "then" &&
           words_[c - 1].key != "or")
      --c;
    // (c: the apposition's first word.)
    if (c > start + 1 && c + 1 < a - 2 && words_[c - 1].key == "," &&
        (Title(words_[c].key) || RoleNoun(words_[c].key) ||
         words_[c].key == "a" || words_[c].key == "an" ||
         words_[c].key == "the") &&
        words_[c - 2].cap && !words_[c - 2].punct) {
      size_t n = c - 2;
      while (n > start && c - 2 - n < 5 && words_[n - 1].cap &&
             !words_[n - 1].punct)
        --n;
      auto named = Resolve(n, c - 2, v);
      if (named && named->person && !named->org && !Place(named->speaker) &&
          named->speaker.find(' ') != std::string::npos)
        return named;
    }
  }
  // "A witness who was driving behind the minivan said": the one the
  // relative clause is about.
  if (a > start + 1 && a < b && words_[a - 1].key == "who" &&
      words_[a - 1].quote < 0 && !words_[a - 2].punct) {
    auto described = OpeningDescription(start, a - 1);
    if (!described) described = FirstSubject(start, a - 1);
    if (described && !described->speaker.empty()) return described;
  }
  if (a == b) return FirstSubject(start, b);
  // "I was appalled to hear comments like, "..."": the writer, in a clause
  // of their own, is no one the text names.
  if (b > a + 1 && (words_[a].key == "i" || words_[a].key == "we")) {
    for (size_t k = a + 1; k < b; ++k)
      if (Auxiliary(words_[k].key)) return std::nullopt;
  }
  // "David Emery posted to Twitter asking": the subject of the verb before.
  if (a > start && Verb(a - 1) &&
      (Preposition(words_[a].key) || words_[a].key == "to"))
    return SubjectOf(a - 1, start, depth + 1);
  // "Ben Stephenson, controller of BBC Drama Commissioning said", "Steven
  // Moffat, lead writer and executive producer, says": a role in
  // apposition; the subject is the name before it.
  if (a > start && (words_[a - 1].key == "," || words_[a - 1].key == "and")) {
    // "SeaMicro CEO and co-founder Andrew Feldman said": a full name right
    // before the verb is its subject.
    if (words_[b - 1].cap && !words_[b - 1].punct) {
      size_t r = b - 1;
      while (r > a && (words_[r - 1].cap || words_[r - 1].key == "." ||
                       words_[r - 1].key == "-"))
        --r;
      size_t parts = Parts(AfterTitles(r, b - 1), b - 1);
      // Not a body the role is of ("controller of BBC Drama").
      const bool of_body =
          r > a && (words_[r - 1].key == "of" || words_[r - 1].key == "at" ||
                    words_[r - 1].key == "for");
      if (parts >= 2 && !of_body) {
        auto named = Resolve(a, b - 1, v);
        if (named && named->person) return named;
      }
    }
    const size_t floor = a > start + 14 ? a - 14 : start;
    for (size_t r = floor; r + 1 < a; ++r) {
      if (words_[r].punct || !words_[r].cap || Lead(words_[r])) continue;
      const size_t e = RunEnd(r);
      if (e + 1 < a && words_[e + 1].key == "," && e > r &&
          (r == start || words_[r - 1].punct ||
           Determiner(words_[r - 1].key))) {
        auto named = Resolve(r, e, v);
        if (named && named->person) return named;
      }
      r = e;
    }
  }
  // "By Monday the company said", "By 9 a.m. the company's status page
  // read": a phrase of when or where opening the sentence, then the
  // subject at its article.
  {
    size_t o = b;  // where the opening phrase's object starts
    if (a == start && a + 2 < b && Preposition(words_[a].key) &&
        words_[a].key != "of")
      o = a + 1;
    else if (a > start && a + 1 < b && words_[a - 1].key == "in" &&
             words_[a - 1].open && words_[a - 1].quote < 0)
      o = a;
    // Its object: a name, a number, a time ("9 a.m.", "last week").
    size_t k = o;
    while (k + 1 < b &&
           ((words_[k].cap && !words_[k].punct) || Number(words_[k].key) ||
            std::isdigit(static_cast<unsigned char>(words_[k].key[0])) ||
            TimeWord(words_[k].key) || words_[k].key == "last" ||
            (words_[k].key == "." && !SentenceEnd(k)) ||
            ((words_[k].key == "a" || words_[k].key == "p") && k + 1 < b &&
             words_[k + 1].key == ".")))
      k += words_[k].key == "a" || words_[k].key == "p" ? 2 : 1;
    if (k > o && k + 1 < b && !words_[k].cap &&
        (words_[k].key == "the" || words_[k].key == "a" ||
         words_[k].key == "an"))
      a = k;
  }
  // "Speaking today Ms Palaszczuk warned": a participle opening the
  // sentence, then a few words in lower case (when, where); the subject
  // is the name after them.
  if (a + 2 < b && words_[a].open && words_[a].key.ends_with("ing") &&
      Lead(words_[a])) {
    size_t k = a + 1;
    while (k < b && k < a + 5 && !words_[k].cap && !words_[k].punct &&
           words_[k].quote < 0 && !Verb(k))
      ++k;
    if (k > a + 1 && k < b && words_[k].cap && !words_[k].punct) a = k;
  }
  // "GCHQ on Wednesday revealed": the head before its adjuncts; but "a
  // senior official at the Department of Energy", "officials in the town"
  // are where someone described is.
  // ("The Committee on Climate Change said": "on" inside a body's name.)
  const bool described = !words_[a].cap || words_[a].open;
  for (size_t k = a + 1; k < b; ++k)
    if (Adjunct(words_[k].key) && BodyAt(k) >= k &&
        !(described && (words_[k].key == "at" || words_[k].key == "in") &&
          k + 1 < b && !Title(words_[k + 1].key))) {
      b = k;
      break;
    }
  return Resolve(a, b - 1, v);
}

// Where the sentence holding word `last` starts: back to the paragraph's
// start or a sentence's end, over quotations inside the sentence (one that
// ends in . ? or ! ended a sentence).
size_t Reader::SentenceStart(size_t last, int paragraph) const {
  size_t start = last + 1;
  for (size_t i = last + 1; i-- > 0;) {
    const Word& w = words_[i];
    // A "sentence" of more than kReach words is not one a speaker is named
    // in; the bound keeps a text of one endless sentence linear.
    if (w.paragraph != paragraph || last + 1 - i > kReach) break;
    if (w.quote >= 0) {
      if (EndsOnStop(marks_[static_cast<size_t>(w.quote)])) break;
      start = i;
      continue;
    }
    if (SentenceEnd(i) && i != last) break;
    start = i;
  }
  return start;
}

// The source or speaker that closes quotation q's sentence after it, set
// off by a comma: ", according to the trust.", ", the commissioner said
// on Friday.", ", said Ms Lau." (only the first when `according_only`).
// Nothing when more of the sentence follows the verb ("..., he said that
// ...").
std::optional<Reader::Subject> Reader::ClosingSource(size_t q,
                                                     bool according_only) {
  const size_t after = FirstWordAfter(marks_[q].close);
  // ('"... happy." While this may be true, Broner claimed ...': a stop
  // inside the marks ended the sentence; the next names no source of it.)
  if (EndsOnStop(marks_[q]) && after < words_.size() && words_[after].cap &&
      !words_[after].punct && words_[after].key != "according")
    return std::nullopt;
  size_t comma = words_.size(), end = words_.size();
  for (size_t k = after; k < words_.size() && k < after + 40; ++k) {
    if (k > after && words_[k].paragraph != words_[k - 1].paragraph)
      return std::nullopt;
    // ('to "disperse the demonstration", allow "fire brigades to
    // intervene", the police said': over the sentence's other quotations,
    // none ending it.)
    if (words_[k].quote >= 0) {
      if (EndsOnStop(marks_[static_cast<size_t>(words_[k].quote)]))
        return std::nullopt;
      k = quote_last_[static_cast<size_t>(words_[k].quote)];
      continue;
    }
    if (words_[k].punct && SentenceEnd(k)) {
      end = k;
      break;
    }
    // (Not the comma of ", adding that ...", after the source's verb.)
    if (words_[k].key == "," &&
        !(k + 1 < words_.size() && !words_[k + 1].cap &&
          words_[k + 1].key.size() > 5 && words_[k + 1].key.ends_with("ing") &&
          k > 0 && Verb(k - 1)))
      comma = k;
  }
  if (end >= words_.size()) return std::nullopt;
  // "according to" anywhere before the end ('"..." according to police.',
  // ', according to the Department of Health, which ...').
  for (size_t k = after; k + 2 < end; ++k)
    if (words_[k].quote < 0 && words_[k].key == "according" &&
        words_[k + 1].key == "to") {
      const size_t j = SourceEnd(k + 2, end, false);
      return j > k + 2 ? Resolve(k + 2, j - 1, k) : std::nullopt;
    }
  if (comma >= end || comma + 2 >= end) return std::nullopt;
  const size_t c = comma + 1;
  for (size_t v = c; !according_only && v < end && v < c + 8; ++v) {
    // ("the UN's refugee commissioner said": a possessive's mark.)
    if (words_[v].punct && words_[v].key != "'" && words_[v].key != "’" &&
        words_[v].key != "-")
      return std::nullopt;
    if (!Verb(v)) continue;
    // (", the police said, adding that ...": the source's clause ends at
    // its comma.)
    size_t tail = v + 1;
    while (tail < end && words_[tail].key != ",") ++tail;
    if (words_[v].key.ends_with("ing") || tail - v > 6) return std::nullopt;
    for (size_t k = v + 1; k < tail; ++k)
      if (words_[k].key == "that") return std::nullopt;
    if (v > c) return SubjectOf(v, c);
    size_t e = v + 1;
    while (e < end && !Adjunct(words_[e].key)) ++e;
    return e > v + 1 ? Resolve(v + 1, e - 1, v) : std::nullopt;
  }
  return std::nullopt;
}

// Whether quotation q ends a sentence whose own speech verb came before
// it, inside the sentence ('Tom Baker said it was "encouraged."', 'She
// told reporters that the result was "a huge relief."').
bool Reader::EndsReportedSentence(size_t q) const {
  const std::string_view said =
      t_.substr(marks_[q].begin, marks_[q].end - marks_[q].begin);
  const char last = said.empty() ? ' ' : said.back();
  if (last != '.' && last != '?' && last != '!') return false;
  const size_t lead = LastWordBefore(marks_[q].open);
  const size_t qf = quote_first_[q];
  if (lead >= words_.size() || qf >= words_.size() || words_[lead].quote >= 0 ||
      words_[lead].paragraph != words_[qf].paragraph || SentenceEnd(lead) ||
      words_[lead].key == ":")
    return false;
  const size_t start = SentenceStart(lead, words_[lead].paragraph);
  for (size_t k = start; k <= lead; ++k)
    if (words_[k].quote < 0 && Verb(k)) return true;
  return false;
}

// A speech verb before quotation q in its sentence: 'Johnson said: "..."',
// 'Lavrov called the claims "..."', 'According to X, "..."'. *called: the
// verb was "called" or the like right before the quotation (a name given,
// not words said, unless a person gave it).
std::optional<Reader::Subject> Reader::Before(size_t q, bool* called) {
  *called = false;
  const size_t first = LastWordBefore(marks_[q].open);
  if (first >= words_.size()) return std::nullopt;
  const int paragraph = quote_first_[q] < words_.size()
                            ? words_[quote_first_[q]].paragraph
                            : words_[first].paragraph;
  // The sentence so far: back to its start, the paragraph's start or the
  // quotation before.
  const size_t start = SentenceStart(first, paragraph);
  for (size_t v = first + 1; v-- > start;) {
    if (first - v > 32) break;
    if (words_[v].quote >= 0) continue;
    const std::string& k = words_[v].key;
    // "in the words of the patient: "...""
    if (k == "words" && v + 2 <= first && words_[v + 1].key == "of" &&
        words_[first].key == ":")
      return Resolve(v + 2, first - 1, v);
    // 'In Tim Cook's words, "..."': whose words.
    if (k == "words" && v >= start + 3 && v + 1 >= first &&
        words_[v - 1].key == "s" &&
        (words_[v - 2].key == "'" || words_[v - 2].key == "’") &&
        words_[v - 3].cap && !words_[v - 3].punct) {
      size_t n = v - 3;
      while (n > start && words_[n - 1].cap && !words_[n - 1].punct) --n;
      while (n < v - 3 && (Preposition(words_[n].key) || Lead(words_[n]))) ++n;
      // ("In the President's words": the one with that title.)
      if (n > start && words_[n - 1].key == "the") --n;
      auto whose = Resolve(n, v - 3, v);
      if (whose && !whose->speaker.empty()) return whose;
    }
    if (k == "according" && v + 1 <= first && words_[v + 1].key == "to") {
      // ('"...," Tilles said, according to EurekAlert. "...": the outlet
      // that carried the quotation before, no new speaker.)
      // (Not after scare quotes: 'Talks on the "reset" collapsed,
      // according to Jane Doe, "..."'.)
      bool carried = false, quoted = false;
      for (size_t x = start; x < v && !carried; ++x) {
        quoted = quoted || words_[x].quote >= 0;
        carried = quoted && words_[x].quote < 0 && Verb(x);
      }
      if (carried) continue;
      size_t j = v + 2;
      j = SourceEnd(j, first + 1, false);
      if (j > v + 2) return Resolve(v + 2, j - 1, v);
    }
    // (Not a thing named before another quotation: "a guesthouse called
    // “Umi no Ie” in Hamasaki. “Plates fell ...”".)
    if (!Verb(v) || (first - v > 3 && NamingParticiple(v))) continue;
    // A finished sentence before the quotation reports whoever its main
    // clause names.
    if (SentenceEnd(first)) {
      const size_t u = MainVerb(v, start);
      if (u != v) {
        v = u + 1;  // read u next
        continue;
      }
    }
    *called =
        (k == "called" || k == "dubbed" || k == "calling" || k == "calls" ||
         k == "labelled" || k == "labeled" || k == "branded") &&
        first - v <= 4;
    // 'The acquisition, said Papermaster, "..."': the name after the verb,
    // set off by commas, right before the quotation.
    if (v > start && words_[v - 1].key == "," && v + 1 < first && Inverted(k) &&
        words_[v + 1].cap && !words_[v + 1].punct &&
        (words_[first].key == "," || words_[first].key == ":")) {
      const size_t e = RunEnd(v + 1);
      if (e + 1 == first) {
        auto named = Resolve(v + 1, e, v);
        if (named && (named->person || named->org)) return named;
      }
    }
    // "Lomu said he had been told about the deal "...": the one told
    // heard the words; the verb before says who reports them.
    // ("... had been told by Ana Ruiz: "..."": the teller after "by".)
    if (v > start && BeVerb(words_[v - 1].key) && v + 2 <= first &&
        words_[v + 1].key == "by" && !words_[v + 2].punct &&
        (words_[v + 2].cap || Determiner(words_[v + 2].key))) {
      const size_t j = SourceEnd(v + 2, first + 1, true);
      if (j > v + 2) {
        auto by = Resolve(v + 2, j - 1, v);
        if (by && !by->speaker.empty()) return by;
      }
    }
    if (v > start && BeVerb(words_[v - 1].key) &&
        (k == "told" || k == "asked" || k == "informed" || k == "warned" ||
         k == "assured" || k == "reminded")) {
      size_t u = v;
      while (u-- > start && (words_[u].quote >= 0 || !Verb(u))) {
      }
      if (u < v && u >= start) {
        v = u + 1;  // read u next
        continue;
      }
    }
    auto s = SubjectOf(v, start);
    // "In a statement from her people, it was confirmed, "..."": a
    // passive says no one; the document's source does.
    if ((!s || s->speaker.empty()) && v > start + 1 &&
        (words_[v - 1].key == "was" || words_[v - 1].key == "were" ||
         words_[v - 1].key == "is")) {
      size_t o = start;
      while (o < v && words_[o].punct) ++o;
      if (o + 4 < v && words_[o].key == "in" &&
          (words_[o + 1].key == "a" || words_[o + 1].key == "an") &&
          Document(words_[o + 2].key) &&
          (words_[o + 3].key == "from" || words_[o + 3].key == "by")) {
        size_t e = o + 4;
        while (e < v && e < o + 12 && words_[e].key != "," &&
               words_[e].quote < 0)
          ++e;
        if (e > o + 4 && e < v && words_[e].key == ",") {
          auto from = Resolve(o + 4, e - 1, o + 4);
          if (from && !from->speaker.empty()) return from;
        }
      }
    }
    // "After telling People that she didn't "need to do any of that," the
    // actress Tara Reid checked in": an opening clause's participle has
    // the main clause's subject, after the quotation.
    if ((!s || s->speaker.empty()) && v > start &&
        words_[v].key.ends_with("ing") && !words_[v].cap &&
        (words_[v - 1].key == "after" || words_[v - 1].key == "before" ||
         words_[v - 1].key == "while" || words_[v - 1].key == "since" ||
         words_[v - 1].key == "when" || words_[v - 1].key == "upon") &&
        v - 1 == start + (words_[start].punct ? 1 : 0)) {
      // (The comma may sit inside the marks: '... anymore ," actress'.)
      size_t c =
          quote_last_[q] < words_.size() ? quote_last_[q] : words_.size();
      if (c < words_.size() && words_[c].key != ",") ++c;
      while (c < words_.size() && c < first + 60 &&
             !(words_[c].key == "," &&
               (words_[c].quote < 0 || c == quote_last_[q])) &&
             !SentenceEnd(c))
        ++c;
      if (c < words_.size() && words_[c].key == ",") {
        if (words_[c].quote >= 0) c = FirstWordAfter(marks_[q].close) - 1;
        size_t e = c + 1;
        while (e < words_.size() && e < c + 30 && !SentenceEnd(e) &&
               words_[e].paragraph == words_[c].paragraph)
          ++e;
        auto main = FirstSubject(c + 1, e);
        if (main && main->person) return main;
      }
    }
    // "Pompeo said that Washington had concluded ... "...": a place
    // concludes nothing; the person whose words report it does.
    if (s && Place(s->speaker)) {
      for (size_t u = v; u-- > start;) {
        if (words_[u].quote >= 0 || !Verb(u)) continue;
        auto outer = SubjectOf(u, start);
        if (outer && outer->person && !Place(outer->speaker)) return outer;
        break;
      }
    }
    return s;
  }
  // "According to a 2018 survey by Penelope Muse Abernathy of ..., the
  // firm's practice has been to "...": the source opening the sentence,
  // however far back.
  {
    size_t o = start;
    while (o < first && words_[o].punct) ++o;
    if (o + 2 < first && words_[o].key == "according" &&
        words_[o + 1].key == "to" && words_[o].quote < 0) {
      size_t j = o + 2;
      j = SourceEnd(j, first, false);
      if (j > o + 2) return Resolve(o + 2, j - 1, o);
    }
  }
  // 'The Pentagon rejected these accusations as "patently false"', 'to
  // describe his city as a "gas chamber"': words the sentence's subject
  // puts on something, whatever the verb.
  {
    size_t k = first;
    if (k > start && (Determiner(words_[k].key) || words_[k].key == "its" ||
                      words_[k].key == "his" || words_[k].key == "her" ||
                      words_[k].key == "their"))
      --k;
    if (k > start && words_[k].key == "as" && words_[k].quote < 0) {
      auto s = FirstSubject(start, k);
      if (s && (s->person || s->org)) return s;
    }
  }
  // 'Banners in the square read: "..."': what the writing says.
  if ((words_[first].key == ":" || words_[first].key == ",") && first > start &&
      (words_[first - 1].key == "read" || words_[first - 1].key == "reads")) {
    if (auto by = AuthorOf(start, first - 1, first - 1)) return by;
    auto s = FirstSubject(start, first - 1);
    if (s) return s;
    size_t a = start;
    while (a < first - 1 && words_[a].punct) ++a;
    // "In the church's Sunday bulletin, a note to members read:": where
    // it was is no part of what read it.
    if (a < first - 1 && Preposition(words_[a].key))
      for (size_t c = a + 1; c + 2 < first; ++c)
        if (words_[c].key == "," && words_[c].quote < 0) {
          a = c + 1;
          break;
        }
    if (a < first - 1) return Resolve(a, first - 2, a);
  }
  // "Buckley had a similar experience: "..."": a sentence that leads in to
  // the quotation with a colon is about its speaker.
  // ("A local resident was unimpressed: "...": someone described.)
  if (words_[first].key == ":" && first > start) {
    auto s = FirstSubject(start, first);
    if (s && (s->person || s->org || OneInARole(s->speaker))) return s;
  }
  return std::nullopt;
}

// Whether the words ending at word `prev`, right before a quotation, name
// it as a term or a work, not as anyone's words: 'so-called "metadata"',
// 'it is called "feather duvet lung"', 'known as "the Pacific Ring of
// Fire"', 'in his book "Financial Freedom"', 'the nickname "Shapow"'.
// An active "called" ('Lavrov called the claims "..."') has a speaker and
// is left to Before.
bool Reader::NamedAsTerm(size_t prev, int paragraph) const {
  // Only words of the quotation's own paragraph: a headline before it
  // ("Spielberg talks about his new film") names nothing.
  if (prev >= words_.size() || words_[prev].quote >= 0 ||
      words_[prev].paragraph != paragraph)
    return false;
  static const std::unordered_set<std::string_view> kNaming = {
      "term",   "nickname", "moniker", "slogan",  "tagline",     "hashtag",
      "motto",  "book",     "song",    "film",    "movie",       "album",
      "novel",  "memoir",   "poem",    "musical", "documentary", "podcast",
      "single", "titled",   "entitled"};
  if (!words_[prev].punct && !words_[prev].cap &&
      kNaming.count(words_[prev].key)) {
    // "Danforth called the film "patient, furious ..."": what someone
    // called it, not its title.
    static const std::unordered_set<std::string_view> kCalling = {
        "called",   "calls",   "calling", "dubbed",
        "labelled", "labeled", "branded"};
    return !(prev >= 2 && Determiner(words_[prev - 1].key) &&
             kCalling.count(words_[prev - 2].key));
  }
  // Back over a determiner and up to two more lower-case words ('is
  // called the old "..."', 'known as a "..."').
  size_t k = prev;
  for (int skipped = 0;
       k > 0 && skipped < 3 && !words_[k].punct && !words_[k].cap &&
       words_[k].key != "called" && words_[k].key != "as";
       ++skipped)
    --k;
  if (words_[k].punct || words_[k].quote >= 0) return false;
  if (words_[k].key == "as")
    return k > 0 &&
           (words_[k - 1].key == "known" || words_[k - 1].key == "referred");
  if (words_[k].key != "called" || k == 0) return false;
  // "so-called", "so called".
  size_t b = k - 1;
  if (words_[b].key == "-" && b > 0) --b;
  if (words_[b].key == "so") return true;
  // "is called", "was being called": no one gave the name.
  b = k - 1;
  if (words_[b].key == "being" && b > 0) --b;
  return words_[b].key == "is" || words_[b].key == "are" ||
         words_[b].key == "was" || words_[b].key == "were" ||
         words_[b].key == "be" || words_[b].key == "been" ||
         (words_[b].key == "s" && b > 0 && words_[b - 1].punct);
}

// Whether the words ending at word `prev` describe what follows as
// someone's words, whoever they are ('a stranding that was described as
// "unprecedented"'): speech, of no one the text names.
bool Reader::Described(size_t prev) const {
  if (prev >= words_.size() || prev == 0 || words_[prev].quote >= 0 ||
      words_[prev].key != "as")
    return false;
  const std::string& v = words_[prev - 1].key;
  return v == "described" || v == "characterized" || v == "characterised" ||
         v == "portrayed" || v == "hailed" || v == "denounced" ||
         v == "condemned";
}

// Whether a description is a clause, not someone: it opens with a verb of
// being or having, has one no "to" governs ("a man believed to be ..."
// is someone), or ends in a word that needs more after it or says when
// ("only a month ago announced"). (Not a number: "Channel 4" speaks.)
bool Reader::Clause(const std::string& description) {
  const std::vector<std::string> w = text::FoldedWords(description);
  if (w.empty()) return false;
  if (Auxiliary(w.front())) return true;
  // "a woman who did not want to be identified": a verb of a relative
  // clause describes who.
  for (size_t k = 1; k < w.size() && w[k] != "who"; ++k)
    if (Auxiliary(w[k]) && w[k - 1] != "to") return true;
  const std::string& last = w.back();
  // "with conditions set to worsen": no description opens on a
  // preposition. "a former", "the long-serving", "a former aide of
  // making": none ends on what someone was, a compound's half, or a
  // participle after "of"; the noun is missing.
  static const std::unordered_set<std::string_view> kWas = {
      "former", "ex", "then", "current", "late", "erstwhile", "outgoing"};
  const size_t space = description.rfind(' ');
  const size_t hyphen = description.rfind('-');
  // (A compound's half in -ing or -ed, "long-serving", "well-liked"; not
  // "the 45-year-old", a noun.)
  const bool half = hyphen != std::string::npos &&
                    (space == std::string::npos || hyphen > space) &&
                    (last.ends_with("ing") || last.ends_with("ed"));
  if (Preposition(w.front()) || kWas.count(last) || half ||
      (w.size() >= 3 && w[w.size() - 2] == "of" && last.ends_with("ing")))
    return true;
  return last == "to" || last == "of" || last == "the" || last == "a" ||
         last == "and" || last == "that" || last == "ago";
}

// Title case with no closing punctuation: a title or a name ("The Thick of
// It", "Doctor Who").
bool Reader::TitleLike(const std::string& text) const {
  static const std::unordered_set<std::string_view> kSmall = {
      "of",  "the",  "a",  "an", "and",  "in", "on", "at", "to",
      "for", "with", "or", "is", "from", "by", "de", "vs"};
  int words = 0, caps = 0;
  for (const text::Token& tok : text::Tokenize(text)) {
    if (tok.kind != text::TokenKind::kWord) continue;
    const std::string_view w =
        std::string_view(text).substr(tok.begin, tok.end - tok.begin);
    ++words;
    if (Capitalised(w) || (w[0] >= '0' && w[0] <= '9'))
      ++caps;
    else if (!kSmall.count(text::SearchKey(w)))
      return false;
  }
  if (words == 0 || words > 8 || caps == 0) return false;
  // A sentence's own full stop or comma may sit inside the marks after a
  // title ("Dancing with the Stars."); a lone capitalised word with one is
  // more likely speech.
  const char last = text.back();
  return (last != '.' && last != '!' && last != '?' && last != ',') ||
         (caps >= 2 && last != '!' && last != '?');
}

std::vector<Quote> Reader::Run() {
  std::vector<Quote> out;
  std::vector<size_t> headings;  // pull quotes, by index in out
  for (size_t q = 0; q < marks_.size(); ++q) {
    const quote::Marked& m = marks_[q];
    Quote quote;
    quote.begin = m.begin;
    quote.end = m.end;
    quote.text = std::string(t_.substr(m.begin, m.end - m.begin));
    int words = 0;
    for (size_t i = quote_first_[q]; i < words_.size() && i <= quote_last_[q];
         ++i)
      words += words_[i].punct ? 0 : 1;

    headline_colon_ = false;
    const char* how = "";
    std::optional<Subject> s = Chose(After(q), "after", &how);
    bool called = false;
    const bool after = s.has_value();
    // 'Carlineo said, "...," the prosecutor's office said.': a verb
    // right before the quotation introduces it; the one after reports the
    // whole sentence.
    const size_t lead = LastWordBefore(m.open);
    bool introduced =
        lead < words_.size() && words_[lead].quote < 0 &&
        (Verb(lead) || (lead > 0 && words_[lead].punct &&
                        (words_[lead].key == "," || words_[lead].key == ":") &&
                        Verb(lead - 1)));
    // "Olaf Strand told parliament: "..."", "said in a statement:": a
    // colon after a speech verb and its object.
    if (!introduced && lead < words_.size() && lead > 0 &&
        words_[lead].key == ":" && words_[lead].quote < 0)
      for (size_t k = lead - 1; k > 0 && lead - k <= 5; --k) {
        if (words_[k].quote >= 0 ||
            (words_[k].punct && (words_[k].key != "." || SentenceEnd(k))))
          break;
        if (Verb(k)) {
          introduced = true;
          break;
        }
      }
    if (s && introduced) {
      bool ignored = false;
      auto before = Before(q, &ignored);
      if (before && (before->person || before->org ||
                     (!s->person && !before->speaker.empty())))
        s = Chose(before, "before, over after", &how);
    }
    // 'Ian Thorpe said Boxall is "...," according to the Herald' (or
    // "..., the Herald reported"): the outlet reports what the sentence's
    // own speaker said.
    // (Only a quotation inside its sentence: '"...," reported CNN, "..."'
    // opening one is the outlet's own.)
    const size_t before_open = LastWordBefore(m.open);
    if (s && !introduced && before_open < words_.size() &&
        quote_first_[q] < words_.size() &&
        words_[before_open].paragraph == words_[quote_first_[q]].paragraph &&
        !SentenceEnd(before_open) && words_[before_open].key != ":") {
      size_t i = FirstWordAfter(m.close);
      while (i < words_.size() && words_[i].punct && words_[i].key == ",") ++i;
      bool reported = i + 1 < words_.size() && words_[i].key == "according" &&
                      words_[i + 1].key == "to";
      for (size_t k = i; !reported && k < words_.size() && k < i + 6; ++k) {
        if (words_[k].quote >= 0 || SentenceEnd(k)) break;
        reported = words_[k].key == "reported" || words_[k].key == "reports";
      }
      if (reported) {
        bool ignored = false;
        auto before = Before(q, &ignored);
        if (before && before->person)
          s = Chose(before, "before, reported", &how);
      }
    }
    if (!s) {
      s = Chose(Before(q, &called), "before", &how);
    } else if (Pronouns().count(text::Fold(s->mention))) {
      // 'Steven Moffat, lead writer, said: "..." he said.': the pronoun
      // after is the person the sentence named before.
      // (Not one of the other gender: '"...," Lima told Costa. "...,"
      // he replied.')
      bool ignored = false;
      std::optional<Subject> named = Before(q, &ignored);
      const std::string pronoun = text::Fold(s->mention);
      const int want = pronoun == "he" ? 1 : pronoun == "she" ? -1 : 0;
      const auto g = named ? gender_.find(named->speaker) : gender_.end();
      const int has = g == gender_.end() ? 0 : g->second;
      // (Nor one person for "they".)
      if (named && named->person &&
          !Pronouns().count(text::Fold(named->mention)) && has * want >= 0 &&
          !(pronoun == "they" && GivenName(named->speaker)) &&
          !(want != 0 && named->speaker.find(" and ") != std::string::npos))
        s = Chose(named, "before, over a pronoun", &how);
    }

    // A paragraph that opens with this quotation: its speaker is named at
    // the end of the paragraph before ('Johnson said:'), or it goes on
    // with the speaker of the quotation before.
    const size_t qf = quote_first_[q];
    const size_t prev = LastWordBefore(m.open);
    const bool opens_paragraph =
        qf < words_.size() && (prev >= words_.size() ||
                               words_[prev].paragraph < words_[qf].paragraph);
    if (!s && opens_paragraph && prev < words_.size() &&
        (words_[prev].key == ":" ||
         (words_[prev].key == "," && prev > 0 && Verb(prev - 1)))) {
      // The sentence ending in the colon leads in to this quotation ("To
      // which she replied," too).
      size_t start = prev;
      while (start > 0 && prev - start < kReach &&
             words_[start - 1].paragraph == words_[prev].paragraph &&
             words_[start - 1].quote < 0 &&
             !(words_[start - 1].punct &&
               (words_[start - 1].key == "." || words_[start - 1].key == "?" ||
                words_[start - 1].key == "!")))
        --start;
      for (size_t v = prev; v-- > start;)
        if (Verb(v)) {
          s = Chose(SubjectOf(v, start), "colon lead-in", &how);
          break;
        }
    }

    // What kind of quotation. Writing that calls something "..." ('his
    // obituary called him the author of "..."') is quoted.
    auto written = [](const std::string& mention) {
      const std::vector<std::string> w = text::FoldedWords(mention);
      return !w.empty() && Document(w.back());
    };
    // "'We've lost everything': Families flee ...": words a headline
    // quotes before its colon are someone's, named in the story or not.
    const size_t after_close = FirstWordAfter(m.close);
    const bool headline_quote =
        after_close + 1 < words_.size() && words_[after_close].key == ":" &&
        words_[after_close + 1].paragraph == words_[after_close].paragraph &&
        words_[after_close + 1].cap;
    const bool title = TitleLike(quote.text);
    // 'the "Pose" actor', 'South Dakota's "Meth. We're on it." campaign':
    // a name or slogan inside a noun phrase.
    bool modifier = false;
    {
      const size_t next = FirstWordAfter(m.close);
      const bool determined =
          prev < words_.size() &&
          (Determiner(words_[prev].key) || words_[prev].key == "s") &&
          words_[prev].paragraph ==
              words_[qf < words_.size() ? qf : prev].paragraph;
      if (determined && words <= 6 && next < words_.size() &&
          !Determiner(words_[next].key) && !words_[next].punct &&
          !words_[next].cap &&
          words_[next].paragraph == words_[prev].paragraph && !Verb(next) &&
          // ('a "security threat," she said', 'an "emerging threat,"
          // reminding ...': a comma inside the marks ends the words; no
          // noun after them is what they modify. But 'introduced as a
          // "special guest," it was': what something was called.)
          (LastChar(m) != ',' || words_[next].key == "it") &&
          !Boundary(words_[next].key) && !Preposition(words_[next].key) &&
          !Filler(words_[next].key) && !Auxiliary(words_[next].key) &&
          // ('as an "accelerator" rather than a cost-cutting exercise'.)
          words_[next].key != "rather" &&
          // 'the "single leading factor" contributing to': a participle
          // and its object go on the sentence; no noun the words modify
          // (as in 'a "sector perform" rating in').
          !(words_[next].key.ends_with("ing") && next + 1 < words_.size() &&
            (words_[next + 1].key == "to" || Determiner(words_[next + 1].key))))
        modifier = true;
    }
    // Not speech: a title, a name inside a noun phrase, what "a film
    // called" something is called, a term or work the words before name as
    // such (NamedAsTerm), and a word or three no one is said to have said
    // (scare quotes).
    // 'Rosalind "Rosie" Kaminski': a nickname inside a name.
    const size_t next_word = FirstWordAfter(m.close);
    const bool nickname = words <= 3 && title && prev < words_.size() &&
                          words_[prev].cap && !words_[prev].punct &&
                          next_word < words_.size() && words_[next_word].cap &&
                          !words_[next_word].punct &&
                          words_[next_word].quote < 0 &&
                          words_[next_word].paragraph == words_[prev].paragraph;
    // A title as a noun of its sentence, whoever the sentence goes on to
    // quote: after a preposition or article ('author of "The Quiet
    // Season," dies', 'known to players as "the Graveyard,"', 'calling
    // itself the "Mountain Brigade"'), before a role ('"Beach House" star
    // Kayla Monroe'), or a headline's subject ('"Starfall Legends" sells
    // 4 million copies, publisher says').
    // (Not 'the "Philly Max," as Brand later called it': his name for it.)
    bool title_noun = false;
    if (title && words <= 6 &&
        !(after && FirstWordAfter(m.close) < words_.size() &&
          words_[FirstWordAfter(m.close)].key == "as")) {
      const size_t next = FirstWordAfter(m.close);
      const bool next_lower = next < words_.size() && !words_[next].punct &&
                              !words_[next].cap && words_[next].quote < 0;
      const int para = qf < words_.size() ? words_[qf].paragraph : -1;
      // ("had watched UK drama 'The Salisbury Poisonings'": the kind of
      // work before its title.)
      title_noun =
          (prev < words_.size() && !words_[prev].punct &&
           (Preposition(words_[prev].key) || Determiner(words_[prev].key) ||
            words_[prev].key == "as" || words_[prev].key == "name" ||
            words_[prev].key == "itself" || words_[prev].key == "titled" ||
            words_[prev].key == "nicknamed" || WorkNoun(words_[prev].key))) ||
          (next_lower &&
           (Title(words_[next].key) || RoleNoun(words_[next].key))) ||
          (next_lower && opens_paragraph && para >= 0 && !Verb(next) &&
           (headline_[static_cast<size_t>(para)] ||
            title_line_[static_cast<size_t>(para)]));
    }
    // 'the "Meth. We're on it" campaign', 'The tagline? "..."': a slogan
    // named as one, no one's words.
    bool slogan = false;
    {
      static const std::unordered_set<std::string_view> kSlogan = {
          "campaign", "slogan", "tagline", "motto", "hashtag", "jingle"};
      const size_t next = FirstWordAfter(m.close);
      if (next < words_.size() && words_[next].quote < 0 &&
          !words_[next].punct && !words_[next].cap && qf < words_.size() &&
          words_[next].paragraph == words_[qf].paragraph)
        slogan = kSlogan.count(words_[next].key) > 0 ||
                 (words_[next].key == "ad" && next + 1 < words_.size() &&
                  words_[next + 1].key == "campaign");
      if (prev < words_.size() && prev > 0 && words_[prev].punct &&
          (words_[prev].key == "?" || words_[prev].key == ":") &&
          words_[prev - 1].quote < 0 && kSlogan.count(words_[prev - 1].key))
        slogan = true;
    }
    // '"No," he said', '"Not at all," she replied', 'He said: "I am
    // cold."': a speech verb and its pronoun right after the quotation, or
    // a speech verb leading in to it, say it is speech, whoever the
    // pronoun turns out to be.
    // (Only a quotation that opens its sentence, or follows the verb's
    // colon or comma: not 'His favourite song is "Yesterday," he said'.)
    bool said_after = prev > 0 && prev < words_.size() && qf < words_.size() &&
                      (words_[prev].key == ":" || words_[prev].key == ",") &&
                      words_[prev].paragraph == words_[qf].paragraph &&
                      Verb(prev - 1);
    const bool opens_sentence =
        qf < words_.size() && (prev >= words_.size() ||
                               words_[prev].paragraph != words_[qf].paragraph ||
                               SentenceEnd(prev) || words_[prev].key == ":");
    if (opens_sentence) {
      const size_t n = FirstWordAfter(m.close);
      const char last = LastChar(m);
      const auto pronoun = [&](size_t k) {
        return k < words_.size() && words_[k].quote < 0 &&
               Pronouns().count(words_[k].key) && words_[k].key != "it" &&
               words_[k].key != "you";
      };
      if ((last == ',' || last == '.' || last == '?' || last == '!') &&
          n + 1 < words_.size() && qf < words_.size() &&
          words_[n].paragraph == words_[qf].paragraph &&
          ((pronoun(n) && Verb(n + 1)) || (Verb(n) && pronoun(n + 1))))
        said_after = true;
    }
    // 'Mercy laughs. "That is true."': a sentence of its own, of two
    // words or more, capitalised and closed inside the marks, after a
    // sentence's end: someone's words, not scare quotes.
    bool own_sentence = false;
    if (opens_sentence && words >= 2 && !title && m.end > m.begin &&
        prev < words_.size() &&
        words_[prev].paragraph == words_[qf].paragraph && SentenceEnd(prev)) {
      const char last = t_[m.end - 1];
      // (Not after a sentence that names words as words: "It was her
      // catchphrase. "You are fired!"", "The song ends on a question.")
      static const std::unordered_set<std::string_view> kTerms = {
          "line",    "catchphrase", "question", "slogan", "motto",
          "phrase",  "title",       "song",     "words",  "chant",
          "refrain", "headline",    "tagline",  "sign",   "banner"};
      const bool named_as_words = prev > 0 && !words_[prev - 1].punct &&
                                  kTerms.count(words_[prev - 1].key) > 0;
      own_sentence = (last == '.' || last == '!' || last == '?') &&
                     std::isupper(static_cast<unsigned char>(t_[m.begin])) &&
                     !named_as_words;
    }
    // '"sickness, ..." are all thought to contribute, according to the
    // Department of Conservation.', '... remains "challenged" by demand,
    // according to the trust.', '... a "gigantic outflow" of people, the
    // UN's refugee commissioner said on Friday.': the source or speaker
    // closing the sentence.
    // (Inside a sentence only: one that opens with the quotation is its
    // speaker's, told after it or in the paragraphs around.)
    // (Nor a name in capitals: 'roles in "The Descendants" and "Jessie,"
    // has died, his family said'.)
    bool capitals = true;
    for (size_t k = qf; capitals && k < words_.size() && k <= quote_last_[q];
         ++k)
      capitals = words_[k].punct || words_[k].cap;
    bool closing = false;  // the sentence's source closes it
    if (!s && !title && !capitals && !opens_sentence) {
      s = Chose(ClosingSource(q, false), "closing source", &how);
      closing = s && (s->person || s->org);
    }
    // 'Police Minister David Elliot said the decision was a "unanimous"
    // decision', 'Merkel said migration could be a "make or break" issue':
    // a few words quoted inside what a named speaker is reported to have
    // said are theirs (a partial quotation), not scare quotes, even inside
    // a noun phrase.
    // (Not in a question the writer asks: 'Would Adam Schiff have pleaded
    // to keep the "whistleblower's" identity secret?')
    // ('the "tragic" death of a young man shot by officers, Chief Bill
    // Blair said Monday': its source closing the sentence.)
    bool partial = closing && !EndsOnQuestion(q);
    if (!partial && (modifier || (!s && words <= 3)) && !title && !capitals &&
        !opens_sentence && !slogan && !nickname && qf < words_.size() &&
        prev < words_.size() && !EndsOnQuestion(q)) {
      const int para = words_[qf].paragraph;
      const size_t start = SentenceStart(prev, para);
      // (Not over a clause of its own: 'Jane Doe said nothing as the
      // "peaceful" protest turned violent'.)
      // (But 'he said he invited her because he thought it would be an
      // "entertaining" evening': still what he said.)
      static const std::unordered_set<std::string_view> kClause = {
          "as",     "while",    "before", "after",
          "though", "although", "but",    "whereas"};
      for (size_t v = prev + 1; v-- > start;) {
        if (words_[v].quote >= 0 || kClause.count(words_[v].key)) break;
        if (!Verb(v)) continue;
        std::optional<Subject> who = SubjectOf(v, start);
        if (who && (who->person || who->org)) {
          partial = true;
          // (Inside a noun phrase, the noun is no speaker: 'the driver, a
          // "regular" visitor, asked'.)
          if (!s || modifier) s = Chose(who, "partial quotation", &how);
        }
        break;
      }
    }
    const bool other =
        (title && (!after || headline_colon_) && !introduced) ||
        (modifier && !partial) || title_noun || nickname || slogan ||
        NamedAsTerm(prev, qf < words_.size() ? words_[qf].paragraph : -1) ||
        (called && (!s || (!s->person && !s->org)) &&
         !(s && (written(s->mention) || People(s->speaker)))) ||
        (!s && words <= 3 && !opens_paragraph && !said_after && !own_sentence &&
         !EndsReportedSentence(q) && !Described(prev) &&
         !SentenceAfterSpeech(q, prev) && !(headline_quote && !title));
    quote.kind = other ? QuoteKind::kOther : QuoteKind::kSpeech;
    // A paragraph that is only a short quotation with no closing stop
    // ('"My fears have been realized"', '3. "Not some irregular channel"'):
    // a pull quote heading the paragraphs that say who said it.
    bool heading = false;
    if (quote.kind == QuoteKind::kSpeech && !s && words <= 15 &&
        qf < words_.size()) {
      const size_t next = FirstWordAfter(m.close);
      bool alone = next >= words_.size() ||
                   words_[next].paragraph != words_[qf].paragraph;
      for (size_t k = prev; alone && k < words_.size() &&
                            words_[k].paragraph == words_[qf].paragraph;
           k = k == 0 ? words_.size() : k - 1)
        alone = words_[k].punct ||
                std::isdigit(static_cast<unsigned char>(words_[k].key[0]));
      const std::string_view tail = quote.text;
      const char last = tail.empty() ? '.' : tail.back();
      heading = alone && last != '.' && last != '!' && last != '?' &&
                last != ',' && last != ';' && last != ':' &&
                !tail.ends_with("…");
      heading = heading || (headline_quote && !title);
      // "Neighbours at war over hedge that ‘blocks out the sun’": the
      // headline's words, said by whoever says them below.
      const size_t para = static_cast<size_t>(words_[qf].paragraph);
      heading = heading || (para == static_cast<size_t>(words_[0].paragraph) &&
                            (headline_[para] || title_line_[para]) && !title &&
                            prev < words_.size() && !words_[prev].punct);
      if (heading) headings.push_back(out.size());
    }
    if (quote.kind == QuoteKind::kSpeech && !s) {
      // Go on with the speaker of the quotation before, in this paragraph
      // or, for a paragraph that opens with a quotation, the one before.
      for (auto it = spoken_.rbegin(); it != spoken_.rend(); ++it) {
        const int gap = qf < words_.size() && it->first < words_.size()
                            ? words_[qf].paragraph - words_[it->first].paragraph
                            : 99;
        if (gap == 0 || (opens_paragraph && gap <= 1))
          s = Chose(it->second, "carried in paragraph", &how);
        break;
      }
    }
    if (quote.kind == QuoteKind::kSpeech && !s && prev < words_.size()) {
      // "Bridenstine expects three rockets. "Adding another..."": the
      // person the sentence before is about, in this paragraph or, for a
      // paragraph that opens with the quotation, the one before.
      const int here = qf < words_.size() ? words_[qf].paragraph : 0;
      const auto after = std::upper_bound(
          mentions_.begin(), mentions_.end(), prev,
          [](size_t w, const Mention& m) { return w < m.word; });
      size_t seen = 0;
      for (auto it = std::make_reverse_iterator(after);
           it != mentions_.rend() && seen++ < kReach; ++it) {
        const int gap = here - words_[it->word].paragraph;
        if (gap > (opens_paragraph ? 1 : 0)) break;
        if (it->subject && !it->org && !Place(it->name)) {
          s = Chose(Subject{it->name, "", true},
                    "subject of the sentence before", &how);
          break;
        }
      }
      // "However, he defended his decision. "Well, ..."": a sentence before
      // about "he" or "she", with no one named since.
      const size_t start = SentenceStart(prev, words_[prev].paragraph);
      if (!s && here - words_[prev].paragraph <= (opens_paragraph ? 1 : 0)) {
        for (size_t k = start; k < prev && k < start + 4; ++k) {
          const bool pronoun = words_[k].key == "he" || words_[k].key == "she";
          if (words_[k].punct || (!pronoun && Lead(words_[k]))) continue;
          if (pronoun && words_[k].quote < 0) {
            auto p = Resolve(k, k, k);
            if (p && p->person)
              s = Chose(Subject{p->speaker, "", true},
                        "pronoun of the sentence before", &how);
          }
          break;
        }
        // "The 36-year-old, who ..., fought back tears as he spoke to
        // reporters.": its subject, someone named before.
        if (!s && start < prev && words_[start].key == "the") {
          auto p = FirstSubject(start, prev);
          if (p && p->person)
            s = Chose(Subject{p->speaker, "", true},
                      "subject of the sentence before", &how);
        }
      }
      // "For Whitfield, the answer is simple. "You just keep painting."":
      // the one person the sentence right before, in this paragraph,
      // names at all.
      if (!s && here == words_[prev].paragraph && SentenceEnd(prev)) {
        const size_t start = SentenceStart(prev, here);
        const std::string* only = nullptr;
        bool one = true;
        bool quoted = false;
        for (size_t k = start; k < prev && !quoted; ++k)
          quoted = words_[k].quote >= 0;
        seen = 0;
        for (auto it = std::make_reverse_iterator(after);
             !quoted && it != mentions_.rend() && seen++ < kReach && one;
             ++it) {
          if (it->word < start) break;
          if (it->org || Place(it->name)) continue;
          if (only && !SamePerson(PersonKey(*only), PersonKey(it->name)))
            one = false;
          only = &it->name;
        }
        // (Someone: a full name, or one the text gives a gender.)
        // Only a sentence that opens on them ("For Whitfield, ...", "To
        // Baker, ..."), not one that names them as its object ("Officers
        // released a photo of Mark Webb.").
        size_t o = start;
        while (o < prev && words_[o].punct) ++o;
        const bool about =
            o < prev && (words_[o].key == "for" || words_[o].key == "to");
        if (one && only && !quoted && about) {
          const auto g = gender_.find(*only);
          if (only->find(' ') != std::string::npos ||
              (g != gender_.end() && g->second != 0))
            s = Chose(Subject{*only, "", true}, "one named before", &how);
        }
      }
      // "For Parata and his family the deaths are personal.|"It's very
      // emotional."": a paragraph that is only a quotation, after one
      // about a single person.
      if (!s && opens_paragraph && here - words_[prev].paragraph == 1) {
        const std::string* only = nullptr;
        bool one = true;
        seen = 0;
        for (auto it = std::make_reverse_iterator(after);
             it != mentions_.rend() && seen++ < kReach && one; ++it) {
          if (words_[it->word].paragraph != words_[prev].paragraph) break;
          if (it->org || Place(it->name)) continue;
          if (only && !SamePerson(PersonKey(*only), PersonKey(it->name)))
            one = false;
          only = &it->name;
        }
        const size_t next = FirstWordAfter(m.close);
        const bool alone = next >= words_.size() ||
                           words_[next].paragraph != words_[qf].paragraph;
        if (one && only && alone)
          s = Chose(Subject{*only, "", true}, "one named before", &how);
      }
    }
    if (quote.kind == QuoteKind::kSpeech && !s)
      s = Chose(ClosingSource(q, true), "closing source", &how);
    // '"It's like someone turned the lights off."|That is how Harold
    // Nkemelu describes ...': a paragraph that is only a quotation, and the
    // next one says whose words those were.
    if (quote.kind == QuoteKind::kSpeech && !s && qf < words_.size()) {
      const size_t next = FirstWordAfter(m.close);
      const bool alone_here = next < words_.size() &&
                              words_[next].paragraph != words_[qf].paragraph &&
                              (prev >= words_.size() ||
                               words_[prev].paragraph != words_[qf].paragraph);
      // ('RALEIGH -- "Do not underestimate the storm." That was the
      // message from Governor Roy Cooper': a sentence of its own, and the
      // next one in its paragraph says whose.)
      const char last = LastChar(m);
      const bool sentence_here =
          next < words_.size() &&
          words_[next].paragraph == words_[qf].paragraph && words_[next].cap &&
          (last == '.' || last == '!' || last == '?');
      if ((alone_here || sentence_here) &&
          (words_[next].key == "that" || words_[next].key == "those" ||
           words_[next].key == "so")) {
        const auto it = std::lower_bound(
            mentions_.begin(), mentions_.end(), next,
            [](const Mention& x, size_t w) { return x.word < w; });
        // (Inside a paragraph, only words that say whose they were: "the
        // message from", "how X put it", "what X said"; not "That claim
        // was rejected by Tom Reed".)
        bool whose = alone_here;
        for (size_t k = next + 1;
             !whose && it != mentions_.end() && k < it->word && k < next + 15;
             ++k)
          whose = words_[k].key == "from" || words_[k].key == "how" ||
                  words_[k].key == "what";
        if (whose && it != mentions_.end() && it->word < next + 15 &&
            words_[it->word].paragraph == words_[next].paragraph && !it->org &&
            !Place(it->name))
          s = Chose(Subject{it->name, "", true}, "named after", &how);
      }
    }
    // A clause read as a description ("is apparently", "Such a query would
    // be difficult", "traces of pathogens gives the body more chances to")
    // names no one: unknown rather than a guess.
    if (s && !s->person && !s->org && Clause(s->speaker)) s.reset();
    if (quote.kind == QuoteKind::kSpeech && !s && !spoken_.empty()) {
      // A quotation nothing above names a speaker for, a paragraph or two
      // after the last one attributed: news writing goes on quoting the
      // person it quoted last before it names anyone new.
      const size_t last = spoken_.back().first;
      if (qf < words_.size() && last < words_.size() &&
          words_[qf].paragraph - words_[last].paragraph <= 2)
        s = Chose(spoken_.back().second, "carried from further back", &how);
    }
    // "a spokesperson for the office" after "The Broadcast Standards Office
    // confirmed ...": the body by its name.
    if (quote.kind == QuoteKind::kSpeech && s && !s->person && !s->org &&
        qf < words_.size())
      s->speaker = NameTheBody(s->speaker, qf);
    if (quote.kind == QuoteKind::kSpeech && s) {
      s->speaker = PersonShown(std::move(s->speaker));
      quote.speaker = s->speaker;
      quote.mention = s->mention;
      // Where the quotation ends: a quotation over several paragraphs goes
      // on into the paragraph after its last.
      const size_t ql = quote_last_[q];
      spoken_.push_back({ql < words_.size() ? ql : 0, *s});
    }
    stage_.push_back(quote.speaker.empty() ? "" : how);
    out.push_back(std::move(quote));
  }
  // Pull quotes: said by whoever the next paragraph quotes or is about.
  for (size_t h : headings) {
    const int paragraph = words_[quote_first_[h]].paragraph;
    std::optional<Subject> s;
    // "'Calculated betrayal': ..." then '... said she had carried out "a
    // calculated and sustained betrayal"': the words said again below,
    // all of them in order, by whoever says them there.
    // Read off words_ (keys folded already), a bounded number of words a
    // heading, so hostile text of many headings stays linear.
    {
      std::vector<std::string_view> said;
      for (size_t i = quote_first_[h]; i <= quote_last_[h] && i < words_.size();
           ++i)
        if (!words_[i].punct) said.push_back(words_[i].key);
      size_t budget = 20 * kReach;
      for (size_t r = h + 1; r < out.size() && r < h + kReach && !s &&
                             !said.empty() && budget > 0;
           ++r) {
        if (out[r].kind != QuoteKind::kSpeech || out[r].speaker.empty() ||
            quote_first_[r] >= words_.size())
          continue;
        size_t k = 0;
        for (size_t i = quote_first_[r];
             i <= quote_last_[r] && i < words_.size() && k < said.size() &&
             budget > 0;
             ++i, --budget)
          if (!words_[i].punct && words_[i].key == said[k]) ++k;
        if (k == said.size()) s = Subject{out[r].speaker, out[r].mention, true};
      }
    }
    for (size_t r = h + 1; r < out.size() && !s; ++r) {
      if (quote_first_[r] >= words_.size()) break;
      const int gap = words_[quote_first_[r]].paragraph - paragraph;
      if (gap > 1) break;
      if (gap == 1 && !out[r].speaker.empty())
        s = Subject{out[r].speaker, out[r].mention, true};
    }
    if (!s) {
      auto it = std::upper_bound(
          mentions_.begin(), mentions_.end(), quote_last_[h],
          [](size_t w, const Mention& m) { return w < m.word; });
      if (it != mentions_.end() &&
          words_[it->word].paragraph == paragraph + 1 && it->subject)
        s = Subject{it->name, it->name, !it->org, it->org};
    }
    if (s) {
      out[h].speaker = PersonShown(std::move(s->speaker));
      out[h].mention = s->mention;
      stage_[h] = "pull quote";
    }
  }
  // "The former business partner of restaurateur Simon Weller testified
  // that he "never took it seriously" ... | Dean Kowalczyk, who co-owned
  // two restaurants with Weller, told jurors": a story that opens on
  // someone described, before it names anyone, and names them at the
  // next paragraph's start, means them.
  // (The first paragraph that names someone: quotations up to it.)
  int first_named = std::numeric_limits<int>::max();
  for (const Mention& m : mentions_)
    if (!m.org) {
      first_named = words_[m.word].paragraph;
      break;
    }
  // (Each paragraph's first word, found once: a text of one long
  // paragraph is read once, not once per quotation.)
  std::vector<size_t> opening;  // [paragraph] -> its first word
  for (size_t w = 0; w < words_.size(); ++w)
    while (static_cast<int>(opening.size()) <= words_[w].paragraph)
      opening.push_back(w);
  opening.push_back(words_.size());
  for (size_t h = 0; h < out.size(); ++h) {
    if (out[h].kind != QuoteKind::kSpeech || out[h].speaker.empty() ||
        quote_first_[h] >= words_.size() ||
        !std::islower(static_cast<unsigned char>(out[h].speaker[0])))
      continue;
    // (Someone, not a body, a writing or some people.)
    const std::string head = DescriptionHead(out[h].speaker);
    // (A plural's "s", not "boss".)
    if (head.empty() || Document(head) || OrgWord(head) || Firm(head) ||
        People(head) || (head.ends_with("s") && !head.ends_with("ss")))
      continue;
    const int para = words_[quote_first_[h]].paragraph;
    if (first_named < para) continue;
    // The description opens its paragraph...
    const size_t f = opening[static_cast<size_t>(para)];
    const std::vector<std::string> said = text::FoldedWords(out[h].mention);
    bool opens = !said.empty();
    for (size_t n = 0, w = f; opens && n < said.size(); ++n, ++w)
      opens =
          w < words_.size() && words_[w].quote < 0 && words_[w].key == said[n];
    if (!opens) continue;
    size_t k = opening[static_cast<size_t>(para) + 1];
    if (k + 3 >= words_.size() || words_[k].paragraph != para + 1 ||
        words_[k].quote >= 0)
      continue;
    // ("Speaking on a podcast, Rebecca Smith said": after a clause that
    // opens the paragraph on a participle, up to its comma.)
    // (Not one replying: "Responding on Tuesday, Boris Jenson said".)
    const bool participle = Participle(k) && words_[k].key != "responding" &&
                            words_[k].key != "replying" &&
                            words_[k].key != "reacting";
    if (!words_[k].cap || words_[k].punct || participle) {
      size_t c = k;
      while (c < words_.size() && c < k + 20 && words_[c].key != "," &&
             words_[c].quote < 0 && !SentenceEnd(c))
        ++c;
      if (!participle || c + 2 >= words_.size() || words_[c].key != ",")
        continue;
      k = c + 1;
    }
    if (!words_[k].cap || words_[k].punct || words_[k].quote >= 0) continue;
    // (A name with a title of its own is someone else: "Police Chief John
    // Smith, who leads the inquiry,".)
    // (The name's subject: an apposition after it, or its verb: "Rebecca
    // Smith said she had asked ...".)
    const size_t e = RunEnd(k);
    if (e + 1 >= words_.size() || (words_[e + 1].key != "," && !Verb(e + 1)) ||
        Parts(k, e) < 2 || AfterTitles(k, e) > k)
      continue;
    auto named = Resolve(k, e, k);
    if (!named || !named->person || named->org) continue;
    const std::string described = out[h].speaker;
    for (size_t r = h; r < out.size(); ++r)
      if (out[r].speaker == described) {
        out[r].speaker = named->speaker;
        stage_[r] = "described, then named";
      }
  }
  // "Neighbors describe chaotic scene: "He had his hands up"", "'I could
  // see the sky': Storm Orla ...": a headline's quotation whose words a
  // quotation below says, all of them in a row, is that speaker's,
  // whoever the headline seems to name (it names the story, not the
  // speaker: "Dunmore Falls rallies behind Kasia: 'We're all rooting
  // for her'"). Bounded as the pull quotes are.
  {
    size_t budget = 20 * kReach;
    for (size_t h = 0; h < out.size() && budget > 0; ++h) {
      if (out[h].kind != QuoteKind::kSpeech || quote_first_[h] >= words_.size())
        continue;
      const auto para = static_cast<size_t>(words_[quote_first_[h]].paragraph);
      if (para > static_cast<size_t>(words_[0].paragraph) + 2 ||
          !(headline_[para] || title_line_[para]))
        continue;
      std::vector<std::string_view> said;
      for (size_t i = quote_first_[h]; i <= quote_last_[h] && i < words_.size();
           ++i)
        if (!words_[i].punct) said.push_back(words_[i].key);
      if (said.size() < 2) continue;
      for (size_t r = h + 1; r < out.size() && r < h + kReach && budget > 0;
           ++r) {
        if (out[r].kind != QuoteKind::kSpeech || out[r].speaker.empty() ||
            quote_first_[r] >= words_.size())
          continue;
        const auto there =
            static_cast<size_t>(words_[quote_first_[r]].paragraph);
        if (there == para || headline_[there] || title_line_[there]) continue;
        std::vector<std::string_view> words;
        for (size_t i = quote_first_[r];
             i <= quote_last_[r] && i < words_.size() && budget > 0;
             ++i, --budget)
          if (!words_[i].punct) words.push_back(words_[i].key);
        if (std::search(words.begin(), words.end(), said.begin(), said.end()) ==
            words.end())
          continue;
        out[h].speaker = out[r].speaker;
        out[h].mention = out[r].mention;
        stage_[h] = "said again below";
        break;
      }
    }
  }
  // 'The man was "acting strangely" and "very agitated," according to
  // witnesses.': a few words joined by "and" to the quotation after them,
  // in one sentence, are said by its speaker.
  for (size_t h = out.size(); h-- > 1;) {
    const size_t g = h - 1;
    if (out[g].kind != QuoteKind::kOther || out[h].kind != QuoteKind::kSpeech ||
        out[h].speaker.empty() || quote_first_[g] >= words_.size() ||
        quote_last_[g] >= words_.size() || TitleLike(out[g].text))
      continue;
    size_t n = 0;
    for (size_t i = quote_first_[g]; i <= quote_last_[g]; ++i)
      n += words_[i].punct ? 0 : 1;
    const size_t from = FirstWordAfter(marks_[g].close);
    const size_t to = LastWordBefore(marks_[h].open);
    if (n > 4 || from > to || to >= words_.size() || to - from > 2) continue;
    bool joined = false, clean = true;
    for (size_t k = from; k <= to && clean; ++k) {
      if (words_[k].key == "and" || words_[k].key == "or") {
        joined = true;
        continue;
      }
      clean = words_[k].punct && words_[k].key == "," && words_[k].quote < 0;
    }
    if (!joined || !clean) continue;
    out[g].kind = QuoteKind::kSpeech;
    out[g].speaker = out[h].speaker;
    out[g].mention = out[h].mention;
    stage_[g] = "joined to the next";
  }
  // A few words taken for a title or scare quotes that someone's quotation
  // in the text says, in the same order ("Fitzgerald Equates Firing to
  // Professional 'Death Sentence'" above '"... a professional death
  // sentence," he said'): theirs. Bounded as above.
  // Not a title mid-sentence ("a side-scrolling "Super Mario" game"), a
  // term named as such, nor one the text quotes again as a term ("the
  // "a-ha!" moment", over and over).
  size_t budget = 40 * kReach;
  std::map<std::vector<std::string_view>, int> terms;
  std::vector<std::vector<std::string_view>> short_words(out.size());
  for (size_t h = 0; h < out.size(); ++h) {
    if (out[h].kind != QuoteKind::kOther || quote_first_[h] >= words_.size())
      continue;
    for (size_t i = quote_first_[h];
         i <= quote_last_[h] && i < words_.size() && short_words[h].size() <= 6;
         ++i)
      if (!words_[i].punct) short_words[h].push_back(words_[i].key);
    ++terms[short_words[h]];
  }
  for (size_t h = 0; h < out.size() && budget > 0; ++h) {
    const std::vector<std::string_view>& said = short_words[h];
    if (said.size() < 2 || said.size() > 6 || terms[said] > 1) continue;
    const size_t qf = quote_first_[h];
    const size_t prev = LastWordBefore(marks_[h].open);
    const int paragraph = words_[qf].paragraph;
    const bool in_headline = title_line_[static_cast<size_t>(paragraph)] ||
                             headline_[static_cast<size_t>(paragraph)];
    // ("the technique called "mental chronometry"": a thing's name.)
    const bool thing_called =
        prev < words_.size() && prev > 0 &&
        (words_[prev].key == "called" || words_[prev].key == "named" ||
         words_[prev].key == "dubbed") &&
        !words_[prev - 1].punct && !words_[prev - 1].cap &&
        !Pronouns().count(words_[prev - 1].key);
    if ((TitleLike(out[h].text) && !in_headline) ||
        NamedAsTerm(prev, paragraph) || thing_called)
      continue;
    const size_t from = h > kReach ? h - kReach : 0;
    for (size_t r = from; r < out.size() && r < h + kReach && budget > 0; ++r) {
      if (r == h || out[r].kind != QuoteKind::kSpeech ||
          out[r].speaker.empty() || quote_first_[r] >= words_.size())
        continue;
      std::vector<std::string_view> words;
      std::vector<bool> caps;
      for (size_t i = quote_first_[r];
           i <= quote_last_[r] && i < words_.size() && budget > 0;
           ++i, --budget)
        if (!words_[i].punct) {
          words.push_back(words_[i].key);
          caps.push_back(words_[i].cap);
        }
      const auto found =
          std::search(words.begin(), words.end(), said.begin(), said.end());
      if (words.size() <= said.size() || found == words.end()) continue;
      // Capitals there too ("I loved The Dark Knight"): a title or name
      // both times, no one's words.
      const auto f = static_cast<size_t>(found - words.begin());
      bool named = true;
      for (size_t k = f + 1; k < f + said.size() && named; ++k) named = caps[k];
      if (named) continue;
      out[h].kind = QuoteKind::kSpeech;
      out[h].speaker = out[r].speaker;
      out[h].mention = out[r].mention;
      stage_[h] = "said again below";
      break;
    }
  }
  // A quotation no stage found a speaker for, in a story one voice speaks
  // most of (two quotations or more, more than any other voice, and half
  // of those with a speaker or more): that voice's, as an interview or a
  // profile runs on with its subject's words unattributed. Measured on
  // judged real news, where nearly all of stet's unattributed speech has a
  // speaker the text gives.
  {
    std::map<std::string_view, int> voices;
    int attributed = 0;
    for (const Quote& q : out)
      if (q.kind == QuoteKind::kSpeech && !q.speaker.empty()) {
        ++voices[q.speaker];
        ++attributed;
      }
    int most = 0, tied = 0;
    std::string_view voice;
    for (const auto& [name, n] : voices) {
      if (n > most) {
        most = n;
        tied = 0;
        voice = name;
      } else if (n == most) {
        ++tied;
      }
    }
    // A pronoun and a verb of saying right after the quotation ('"...,"
    // he said') or right before it ('He said: "..."'): the text refers to
    // someone stet could not name; that voice's only when the pronoun
    // fits its gender as the text shows it (not a man's words to Ana
    // Ruiz).
    const std::string main(voice);
    const auto g = gender_.find(main);
    const int has = g == gender_.end() ? 0 : g->second;
    const auto fits = [&](size_t h) {
      const auto pronoun = [&](size_t k) {
        return k < words_.size() && words_[k].quote < 0 &&
               Pronouns().count(words_[k].key) > 0;
      };
      size_t at = words_.size();
      size_t n = FirstWordAfter(marks_[h].close);
      while (n < words_.size() && words_[n].punct && words_[n].key == ",") ++n;
      if (n + 1 < words_.size() && pronoun(n) && Verb(n + 1)) at = n;
      if (n + 1 < words_.size() && Verb(n) && pronoun(n + 1)) at = n + 1;
      size_t p = LastWordBefore(marks_[h].open);
      if (p < words_.size() && p > 0 && words_[p].punct) --p;
      if (at == words_.size() && p < words_.size() && p > 0 && Verb(p) &&
          pronoun(p - 1))
        at = p - 1;
      if (at == words_.size()) return true;
      const int want = words_[at].key == "he"    ? 1
                       : words_[at].key == "she" ? -1
                                                 : 0;
      return want != 0 && has * want > 0;
    };
    if (most >= 2 && tied == 0 && 2 * most >= attributed) {
      for (size_t h = 0; h < out.size(); ++h)
        // (Not one the text says is no one's it names: "she heard
        // someone say".)
        if (out[h].kind == QuoteKind::kSpeech && out[h].speaker.empty() &&
            out[h].mention.empty() && fits(h)) {
          out[h].speaker = main;
          stage_[h] = "the story's main voice";
        }
    }
  }
  return out;
}

// '"This is a disgrace," said Hart. "We deserve better."': a short
// quotation that is a sentence of its own (a capital, a closing stop),
// right after another sentence in a paragraph that quoted someone, goes
// on with their words; scare quotes sit inside a sentence.
bool Reader::SentenceAfterSpeech(size_t q, size_t prev) const {
  const quote::Marked& m = marks_[q];
  const std::string_view quoted = t_.substr(m.begin, m.end - m.begin);
  if (quoted.empty() || prev >= words_.size() ||
      quote_first_[q] >= words_.size())
    return false;
  const char first = quoted.front(), last = quoted.back();
  if (!std::isupper(static_cast<unsigned char>(first)) ||
      (last != '.' && last != '!' && last != '?'))
    return false;
  // The word before ends a sentence, or is the close of one quoted.
  const bool after_sentence =
      (words_[prev].punct && words_[prev].quote < 0 && SentenceEnd(prev)) ||
      words_[prev].quote >= 0 ||
      (words_[prev].punct && prev > 0 && words_[prev - 1].quote >= 0);
  if (!after_sentence) return false;
  const int here = words_[quote_first_[q]].paragraph;
  return !spoken_.empty() && spoken_.back().first < words_.size() &&
         words_[spoken_.back().first].paragraph == here;
}

std::vector<quote::Marked> Reader::UnmarkedSpeech() const {
  // Direct speech keeps its speaker's "i", "we" and "you"; reported speech
  // ("but that didn t mean ..., he said") turns them into "he" and "they".
  static const std::unordered_set<std::string_view> kFirstPerson = {
      "i",   "we",   "me",   "my",   "our",    "us",
      "you", "your", "mine", "ours", "myself", "ourselves"};
  // How many such words come before each word: any stretch is checked at
  // once, so hostile text ("x , said y , said y , ...") stays linear.
  std::vector<size_t> before(words_.size() + 1, 0);
  for (size_t k = 0; k < words_.size(); ++k)
    before[k + 1] =
        before[k] + (!words_[k].punct && kFirstPerson.count(words_[k].key) > 0);
  auto direct = [&](size_t a, size_t b) { return before[b + 1] > before[a]; };
  std::vector<quote::Marked> out;
  auto add = [&](size_t a, size_t b) {
    while (b > a && words_[b].punct) --b;
    out.push_back(
        {words_[a].begin, words_[b].end, words_[a].begin, words_[b].end});
  };
  for (size_t i = 0; i < words_.size();) {
    size_t e = i;  // the sentence [i, e]
    while (e + 1 < words_.size() &&
           words_[e + 1].paragraph == words_[i].paragraph && !SentenceEnd(e))
      ++e;
    size_t from = i;  // where the next quotation may start
    for (size_t k = i; k <= e; ++k) {
      // "to which lavrov replied : he s scared ... ."
      if (words_[k].key == ":" && k > from && Verb(k - 1)) {
        size_t b = e;
        while (b > k && words_[b].punct) --b;
        if (b > k + 2 && direct(k + 1, b)) add(k + 1, b);
        break;
      }
      // "... we can t pretend ... , said johnson .", "not successfully ,
      // i think is the word , johnson a leading advocate of brexit shot
      // back , ...": the clause before a short one that names a speaker
      // and its verb.
      if (words_[k].key != "," || k < from + 2) continue;
      size_t a_end = k + 1;
      while (a_end <= e && words_[a_end].key != "," && !SentenceEnd(a_end))
        ++a_end;
      if (a_end == k + 1 || a_end - k - 1 > 10) continue;
      bool verb = false;
      for (size_t v = k + 1; v < a_end && !verb; ++v) verb = Verb(v);
      const Word& first = words_[k + 1];
      const bool speaker_first = Verb(k + 1) || (first.cap && !first.punct) ||
                                 first.key == "he" || first.key == "she";
      if (verb && speaker_first && direct(from, k - 1)) {
        add(from, k - 1);
        from = a_end + 1;
        k = a_end;
      }
    }
    i = e + 1;
  }
  return out;
}

// The quotations of `text`: its paired marks or, in text with no quotation
// marks, lower-cased and tokenised, its direct speech, found by the
// clauses that report it.
std::vector<quote::Marked> Quotations(std::string_view text) {
  std::vector<quote::Marked> marks = quote::PairMarks(text);
  if (marks.empty() && text.find_first_of("\"`'") == std::string_view::npos &&
      NoCapitals(text) && text.find(" , ") != std::string_view::npos) {
    const Reader probe(text, marks);
    marks = probe.UnmarkedSpeech();
  }
  return marks;
}

}  // namespace

std::vector<Quote> ExtractQuotes(std::string_view text) {
  const std::vector<quote::Marked> marks = Quotations(text);
  if (marks.empty()) return {};
  Reader r(text, marks);
  return r.Run();
}

namespace quote {

std::vector<std::string> SpeakerStages(std::string_view text) {
  const std::vector<quote::Marked> marks = Quotations(text);
  if (marks.empty()) return {};
  Reader r(text, marks);
  r.Run();
  return {r.Stages().begin(), r.Stages().end()};
}

}  // namespace quote

std::string JoinedBody(const VersionText& text) {
  std::string out;
  for (const std::string& p : text.paragraphs) {
    if (!out.empty()) out += "\n\n";
    out += p;
  }
  return out;
}

std::vector<Quote> ExtractQuotes(const VersionText& text) {
  return ExtractQuotes(JoinedBody(text));
}

}  // namespace stet
