// First names that tell a person's gender, for "he" and "she" where the
// article itself never shows whom a pronoun fits (see Pronoun in
// attribute.cc). Only names borne overwhelmingly by one sex in news text;
// names given to both ("Alex", "Jordan", "Taylor", "Jean", "Lindsey") are
// left out, so they stay unknown.
#include <string_view>
#include <unordered_map>

#include "quote/internal.h"

namespace stet::quote {

int FirstNameGender(std::string_view folded) {
  static const std::unordered_map<std::string_view, int> kNames = [] {
    std::unordered_map<std::string_view, int> m;
    for (std::string_view n :
         {"abigail",   "alice",     "alison",     "amanda",   "amber",
          "amy",       "ana",       "angela",     "ann",      "anna",
          "anne",      "annie",     "astrid",     "barbara",  "beatrice",
          "betty",     "beverly",   "brenda",     "brigitte", "brittany",
          "brooke",    "carla",     "carmen",     "carol",    "caroline",
          "carolyn",   "catherine", "charlotte",  "cheryl",   "chloe",
          "christina", "christine", "claire",     "cynthia",  "danielle",
          "deborah",   "debra",     "denise",     "diana",    "diane",
          "donna",     "doris",     "dorothy",    "eleanor",  "elena",
          "elizabeth", "ella",      "ellen",      "emily",    "emma",
          "erin",      "eva",       "evelyn",     "fatima",   "fiona",
          "florence",  "frances",   "gabrielle",  "gina",     "gloria",
          "grace",     "hannah",    "harriet",    "heather",  "heidi",
          "helen",     "hillary",   "holly",      "ingrid",   "irene",
          "isabel",    "isabella",  "jacqueline", "jane",     "janet",
          "janice",    "jasmine",   "jennifer",   "jenna",    "jessica",
          "joan",      "joanna",    "joyce",      "judith",   "judy",
          "julia",     "julie",     "kamala",     "karen",    "kate",
          "katherine", "kathleen",  "kathryn",    "katie",    "kayla",
          "kimberly",  "kirsten",   "kristen",    "kristin",  "laura",
          "lauren",    "leila",     "linda",      "lisa",     "lori",
          "lucia",     "lucy",      "margaret",   "maria",    "marie",
          "marilyn",   "martha",    "mary",       "megan",    "melanie",
          "melissa",   "mia",       "michelle",   "molly",    "monica",
          "nadia",     "nancy",     "natalie",    "natasha",  "nicole",
          "nikki",     "nina",      "olga",       "olivia",   "pamela",
          "patricia",  "paula",     "peggy",      "penelope", "rachel",
          "rebecca",   "rosa",      "rose",       "ruth",     "sally",
          "samantha",  "sandra",    "sara",       "sarah",    "sharon",
          "sheila",    "shirley",   "sofia",      "sophia",   "sophie",
          "stephanie", "susan",     "svetlana",   "tatiana",  "teresa",
          "theresa",   "tiffany",   "tina",       "ursula",   "vanessa",
          "victoria",  "virginia",  "wendy",      "whitney",  "yulia",
          "zoe"})
      m.emplace(n, -1);
    for (std::string_view n :
         {"aaron",     "adam",        "ahmed",    "alan",     "albert",
          "alexander", "alexei",      "andre",    "andrew",   "andrei",
          "andy",      "anthony",     "antonio",  "arthur",   "barack",
          "ben",       "benjamin",    "bernie",   "bill",     "billy",
          "bob",       "bobby",       "boris",    "brandon",  "brett",
          "brian",     "bruce",       "bryan",    "carl",     "carlos",
          "charles",   "christopher", "colin",    "craig",    "dan",
          "daniel",    "darren",      "dave",     "david",    "dennis",
          "derek",     "diego",       "dmitry",   "donald",   "doug",
          "douglas",   "dylan",       "edward",   "elijah",   "emmanuel",
          "eric",      "ethan",       "eugene",   "frank",    "fred",
          "gary",      "george",      "gerald",   "giuseppe", "gordon",
          "graham",    "greg",        "gregory",  "hans",     "harold",
          "harry",     "hassan",      "henry",    "howard",   "hugh",
          "ian",       "ibrahim",     "igor",     "ivan",     "jack",
          "jacob",     "jacques",     "james",    "jared",    "jason",
          "jeff",      "jeffrey",     "jeremy",   "jerry",    "jim",
          "joe",       "john",        "jonathan", "jose",     "joseph",
          "josh",      "joshua",      "juan",     "justin",   "keith",
          "ken",       "kenneth",     "kevin",    "klaus",    "kurt",
          "kyle",      "larry",       "lawrence", "louis",    "luis",
          "marco",     "marcus",      "mark",     "martin",   "matt",
          "matthew",   "michael",     "miguel",   "mike",     "mikhail",
          "mohammed",  "muhammad",    "nathan",   "neil",     "nicholas",
          "nick",      "nicolas",     "nigel",    "oleg",     "oliver",
          "omar",      "patrick",     "paul",     "pedro",    "peter",
          "philip",    "pierre",      "ralph",    "randy",    "raymond",
          "richard",   "rick",        "rob",      "robert",   "roger",
          "ron",       "ronald",      "roy",      "russell",  "ryan",
          "samuel",    "scott",       "sean",     "sergei",   "sergey",
          "simon",     "stephen",     "steve",    "steven",   "ted",
          "terry",     "thomas",      "tim",      "timothy",  "todd",
          "tom",       "tony",        "travis",   "vincent",  "vladimir",
          "walter",    "wayne",       "william",  "wolfgang", "yuri",
          "zachary"})
      m.emplace(n, 1);
    return m;
  }();
  const auto it = kNames.find(folded);
  return it == kNames.end() ? 0 : it->second;
}

}  // namespace stet::quote
