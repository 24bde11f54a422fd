// End-to-end tests of the `stet` binary (labelled slow).
#include <fcntl.h>
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <random>
#include <set>
#include <sstream>
#include <thread>

#include "stet/extract.h"
#include "stet/store.h"

namespace stet {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;
using ::testing::HasSubstr;

const std::string kGuardian =
    "http://www.theguardian.com/politics/2017/dec/22/"
    "boris-johnson-meets-russian-counterpart-sergei-lavrov-moscow";

std::string Quote(const std::string& s) {
  std::string q = "'";
  for (char c : s) q += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return q + "'";
}

std::string ReadFile(const std::string& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

struct Outcome {
  int code;
  std::string out, err;
};

class CliTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = (fs::temp_directory_path() /
            ("stet_cli_" + std::to_string(getpid()) + "_" +
             ::testing::UnitTest::GetInstance()->current_test_info()->name()))
               .string();
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    db_ = dir_ + "/stet.db";
  }
  void TearDown() override { fs::remove_all(dir_); }

  Outcome Stet(const std::vector<std::string>& args,
               const std::string& stdin_file = "") {
    std::string cmd = std::string("STET_DB=") + Quote(db_) + " " + STET_BINARY;
    for (const auto& a : args) cmd += " " + Quote(a);
    cmd += " >" + dir_ + "/out 2>" + dir_ + "/err";
    cmd += stdin_file.empty() ? " </dev/null" : " <" + Quote(stdin_file);
    int st = std::system(cmd.c_str());
    return {WIFEXITED(st) ? WEXITSTATUS(st) : -1, ReadFile(dir_ + "/out"),
            ReadFile(dir_ + "/err")};
  }
  std::string Write(const std::string& name, const std::string& data) {
    std::string p = dir_ + "/" + name;
    std::ofstream(p, std::ios::binary) << data;
    return p;
  }
  void ImportGuardian() {
    std::string ex = STET_EXAMPLES_DIR;
    ASSERT_EQ(Stet({"import", "--source", "guardian", "--url", kGuardian,
                    "--time", "2017-12-22T09:30:00Z", ex + "/guardian/v0.txt"})
                  .code,
              0);
    ASSERT_EQ(Stet({"import", "--source", "guardian", "--url", kGuardian,
                    "--time", "2017-12-22T11:30:00Z", ex + "/guardian/v1.txt"})
                  .code,
              0);
  }
  // A one-line "stet: error:" message, non-zero exit.
  void ExpectOneLineError(const Outcome& r, const std::string& fragment) {
    EXPECT_NE(r.code, 0);
    EXPECT_THAT(r.err, HasSubstr("stet: error: "));
    EXPECT_THAT(r.err, HasSubstr(fragment));
  }

  std::string dir_, db_;
};

TEST_F(CliTest, HelpListsEveryCommand) {
  Outcome r = Stet({"help"});
  EXPECT_EQ(r.code, 0);
  for (const char* c :
       {"import", "articles", "log", "diff", "show", "search", "stats", "help"})
    EXPECT_THAT(r.out, HasSubstr(std::string("  ") + c)) << c;
  Outcome d = Stet({"help", "diff"});
  EXPECT_THAT(d.out, HasSubstr("--from"));
}

TEST_F(CliTest, TyposGetSuggestions) {
  Outcome r = Stet({"imprt", "x"});
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.err,
            "stet: error: unknown command 'imprt'; did you mean 'import'?\n");
  r = Stet({"diff", "1", "--form", "1"});
  EXPECT_EQ(r.code, 2);
  EXPECT_THAT(r.err, HasSubstr("did you mean '--from'?"));
}

TEST_F(CliTest, GuardianSeedDiffTellsTheStoryOfThePage) {
  ImportGuardian();
  Outcome log = Stet({"log", kGuardian, "--json"});
  ASSERT_EQ(log.code, 0) << log.err;
  json l = json::parse(log.out);
  ASSERT_EQ(l["versions"].size(), 2u);
  EXPECT_EQ(l["versions"][1]["kind"], "update");

  Outcome diff = Stet({"diff", kGuardian, "--json"});
  ASSERT_EQ(diff.code, 0) << diff.err;
  json d = json::parse(diff.out);
  EXPECT_EQ(d["schema"], "stet.diff/1");
  EXPECT_FALSE(d["headline"]["changed"]);
  const json& s = d["summary"];
  // Read by eye against examples/guardian/expected.md.
  EXPECT_EQ(s["edited"].get<int>(), 8);
  EXPECT_EQ(s["added"].get<int>(), 10);
  EXPECT_EQ(s["deleted"].get<int>(), 13);
  EXPECT_EQ(s["unchanged"].get<int>(), 5);
  EXPECT_EQ(s["moved"].get<int>(), 1);
  // The moved paragraph is "In public comments before the talks".
  bool found = false;
  for (const json& x : d["new_sentences"]) {
    if (x["label"] == "moved") {
      EXPECT_THAT(x["text"].get<std::string>(),
                  HasSubstr("In public comments before the talks"));
      found = true;
    }
  }
  EXPECT_TRUE(found);
  // The opening paragraph was rewritten: one edited sentence, word diff.
  const json& lead = d["new_sentences"][0];
  EXPECT_EQ(lead["label"], "edited");

  Outcome text = Stet({"diff", kGuardian});
  EXPECT_THAT(text.out, HasSubstr("moved from paragraph 2"));
  EXPECT_THAT(text.out, HasSubstr("[-has begun talks in Moscow with"));
}

TEST_F(CliTest, SearchFindsTextThatALaterVersionRemoved) {
  ImportGuardian();
  // The import indexed what it recorded.
  Outcome r = Stet({"search", "--removed", "--json", "\"Kettle", "crisps\""});
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.err, "");
  json j = json::parse(r.out);
  ASSERT_EQ(j["hits"].size(), 1u);
  const json& h = j["hits"][0];
  EXPECT_EQ(h["removed_in"], 2);
  EXPECT_EQ(h["removed_at"], "2017-12-22T11:30:00Z");
  EXPECT_THAT(h["text"].get<std::string>(),
              HasSubstr("telling a bemused-looking Lavrov"));
  // In text, the words are bracketed and the removal is named.
  r = Stet({"search", "Kettle", "crisps"});
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_THAT(r.out, HasSubstr("v1, removed in v2 (2017-12-22T11:30:00Z)"));
  EXPECT_THAT(r.out, HasSubstr("[Kettle] [crisps]"));
  EXPECT_THAT(Stet({"search", "--source", "itv", "Kettle"}).out,
              HasSubstr("nothing found"));
  ExpectOneLineError(Stet({"search", "!!!"}), "no words");
  ExpectOneLineError(Stet({"search", "a", "--since", "soon"}), "--since");
  ExpectOneLineError(Stet({"search"}), "needs words");
}

TEST_F(CliTest, SeedsJsonLinesImportAsFiveSources) {
  std::string ex = STET_EXAMPLES_DIR;
  Outcome r = Stet({"import", ex + "/seeds.jsonl", "--json"});
  ASSERT_EQ(r.code, 0) << r.err;
  json j = json::parse(r.out);
  EXPECT_EQ(j["new_articles"], 4);
  ImportGuardian();
  Outcome a = Stet({"articles", "--json"});
  json arts = json::parse(a.out)["articles"];
  EXPECT_EQ(arts.size(), 5u);
  std::set<std::string> sources;
  for (const json& x : arts) sources.insert(x["source"]);
  EXPECT_EQ(sources, (std::set<std::string>{"cnn", "guardian", "itv", "mirror",
                                            "reuters"}));
  // Importing the same data again changes nothing.
  Outcome again = Stet({"import", ex + "/seeds.jsonl", "--json"});
  EXPECT_EQ(json::parse(again.out)["unchanged"], 4);
}

TEST_F(CliTest, QuotesFollowAPersonAndWhatALaterVersionDropped) {
  std::string ex = STET_EXAMPLES_DIR;
  ASSERT_EQ(Stet({"import", ex + "/seeds.jsonl"}).code, 0);
  ImportGuardian();
  // Johnson's words in every outlet that quotes him, under any form of his
  // name.
  Outcome r =
      Stet({"quotes", "--person", "Mr Johnson", "--limit", "100", "--json"});
  ASSERT_EQ(r.code, 0) << r.err;
  const json quotes = json::parse(r.out)["quotes"];
  std::set<std::string> sources;
  bool not_successfully = false;
  for (const json& q : quotes) {
    EXPECT_EQ(q["person"], "boris johnson") << q.dump();
    sources.insert(q["source"]);
    not_successfully |= q["text"].get<std::string>().find("Not successfully") !=
                        std::string::npos;
  }
  EXPECT_TRUE(not_successfully);
  EXPECT_TRUE(sources.count("itv") && sources.count("cnn") &&
              sources.count("guardian"))
      << r.out;
  // The Guardian's second version dropped quotations its first had.
  Outcome d = Stet({"quotes", "--dropped", "--source", "guardian", "--json"});
  ASSERT_EQ(d.code, 0) << d.err;
  const json dropped = json::parse(d.out)["quotes"];
  ASSERT_FALSE(dropped.empty());
  for (const json& q : dropped) {
    EXPECT_TRUE(q["dropped"].get<bool>());
    EXPECT_EQ(q["last_version"], 1);
  }
  // Text for people; an empty name is refused.
  EXPECT_THAT(Stet({"quotes", "--person", "Lavrov"}).out, HasSubstr("Lavrov"));
  Outcome bad = Stet({"quotes", "--person", "..."});
  EXPECT_NE(bad.code, 0);
  EXPECT_THAT(bad.err, HasSubstr("stet: error: --person"));
}

TEST_F(CliTest, TheSeedsAreTwoStoriesAndTheirComparisonShowsWhoToldWhat) {
  std::string ex = STET_EXAMPLES_DIR;
  ASSERT_EQ(Stet({"import", ex + "/seeds.jsonl"}).code, 0);
  ImportGuardian();  // grouped by a second import, after the others
  Outcome r = Stet({"stories", "--json"});
  ASSERT_EQ(r.code, 0) << r.err;
  json stories = json::parse(r.out)["stories"];
  ASSERT_EQ(stories.size(), 2u) << r.out;
  const json& moscow = stories[0]["articles"] == 4 ? stories[0] : stories[1];
  const json& other = stories[0]["articles"] == 4 ? stories[1] : stories[0];
  EXPECT_EQ(moscow["articles"], 4);
  EXPECT_EQ(moscow["outlets"], 4);
  EXPECT_EQ(other["articles"], 1);

  Outcome apart =
      Stet({"story", std::to_string(other["id"].get<int>()), "--json"});
  ASSERT_EQ(apart.code, 0) << apart.err;
  EXPECT_EQ(json::parse(apart.out)["articles"][0]["source"], "mirror");

  const std::string id = std::to_string(moscow["id"].get<int>());
  Outcome c = Stet({"story", id, "--json"});
  ASSERT_EQ(c.code, 0) << c.err;
  const json j = json::parse(c.out);
  EXPECT_EQ(j["story"]["independent_outlets"], 4);  // the seeds have no copies
  EXPECT_EQ(j["articles"].size(), 4u);
  EXPECT_EQ(j["articles_compared"], 4);
  // The outlets that told the fact mentioning `word` (any case).
  auto told = [&](std::string word) {
    for (char& ch : word) ch = static_cast<char>(std::tolower(ch));
    std::set<std::string> sources;
    for (const json& f : j["facts"])
      for (const json& t : f["tellings"]) {
        std::string text = t["text"];
        for (char& ch : text) ch = static_cast<char>(std::tolower(ch));
        if (text.find(word) != std::string::npos) {
          for (const json& u : f["tellings"]) sources.insert(u["source"]);
          break;
        }
      }
    return sources;
  };
  // What the seeds' README says only one outlet reported.
  EXPECT_EQ(told("Kettle"), std::set<std::string>{"guardian"});
  EXPECT_EQ(told("Bentleys"), std::set<std::string>{"guardian"});
  EXPECT_EQ(told("Chechnya"), std::set<std::string>{"reuters"});
  EXPECT_EQ(told("Nemtsov"), std::set<std::string>{"itv"});
  // And something most of them did.
  int most = 0;
  for (const json& f : j["facts"])
    most = std::max(most, f["outlets"].get<int>());
  EXPECT_GE(most, 3);

  // In text: sections, and the Guardian's crisps dropped in its second
  // version.
  Outcome text = Stet({"story", id});
  ASSERT_EQ(text.code, 0) << text.err;
  EXPECT_THAT(text.out, HasSubstr("Only one outlet:"));
  EXPECT_THAT(text.out, HasSubstr("Kettle crisps"));
  EXPECT_THAT(text.out, HasSubstr("(removed in v2)"));
  EXPECT_THAT(Stet({"stories"}).out, HasSubstr("4 articles from 4 outlets"));

  ExpectOneLineError(Stet({"story", "999"}), "no story 999");
  ExpectOneLineError(Stet({"story", "moscow"}), "not a story id");
  ExpectOneLineError(Stet({"stories", "--limit", "0"}), "--limit");
}

TEST_F(CliTest, SameUrlAtSeveralTimesBecomesVersions) {
  std::string jl =
      R"({"url":"http://x/1","source":"s","time":"2024-01-01T10:00:00Z","title":"T","text":"One. Two."})"
      "\n"
      R"({"url":"http://x/1","source":"s","time":"2024-01-01T12:00:00Z","title":"T","text":"One. Two. Three."})"
      "\n"
      R"({"url":"http://x/1","source":"s","time":"2024-01-01T11:00:00Z","title":"T2","text":"One. Two."})"
      "\n";
  Outcome r = Stet({"import", Write("v.jsonl", jl)});
  ASSERT_EQ(r.code, 0) << r.err;
  Outcome log = Stet({"log", "http://x/1", "--json"});
  json v = json::parse(log.out)["versions"];
  ASSERT_EQ(v.size(), 3u);  // sorted by time: T, T2 (headline), T + Three
  EXPECT_EQ(v[1]["headline"], "T2");
  EXPECT_TRUE(v[1]["change"]["headline_changed"]);
  EXPECT_EQ(v[2]["change"]["added"], 1);
  Outcome show = Stet({"show", "1", "--version", "1"});
  EXPECT_THAT(show.out, HasSubstr("One. Two."));
}

TEST_F(CliTest, BrokenJsonLinesAreReportedByLineAndTheRestImported) {
  std::string jl =
      R"({"url":"http://x/1","title":"A","text":"Fine."})"
      "\n"
      "{not json\n"
      R"({"title":"no url","text":"x"})"
      "\n"
      R"({"url":"http://x/2","title":"B","text":"Also fine.","time":"last week"})"
      "\n"
      R"({"url":"http://x/3","title":"C","text":"Fine too."})"
      "\n";
  Outcome r = Stet({"import", Write("b.jsonl", jl)});
  EXPECT_EQ(r.code, 1);
  EXPECT_THAT(r.err, HasSubstr("b.jsonl:2: not a JSON object"));
  EXPECT_THAT(r.err, HasSubstr("b.jsonl:3: missing \"url\""));
  EXPECT_THAT(r.err, HasSubstr("b.jsonl:4: invalid time 'last week'"));
  Outcome a = Stet({"articles", "--json"});
  EXPECT_EQ(json::parse(a.out)["articles"].size(), 2u);
}

TEST_F(CliTest, BadFilesGetOneLineErrorsAndLoseNothing) {
  ImportGuardian();
  struct Bad {
    std::string name, data, fragment;
  };
  std::vector<Bad> bad = {
      {"empty.txt", "", "empty file"},
      {"blank.txt", "\n\n  \n", "empty file"},
      {"binary.txt",
       std::string("\x7f"
                   "ELF\0\0\x01\x02",
                   8),
       "binary data"},
      {"latin1.txt", "Caf\xe9 culture\nBody text.", "invalid UTF-8"},
  };
  for (const Bad& b : bad) {
    Outcome r = Stet(
        {"import", "--url", "http://bad/" + b.name, Write(b.name, b.data)});
    ExpectOneLineError(r, b.fragment);
    EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << r.err;
  }
  Outcome missing = Stet({"import", dir_ + "/nope.txt"});
  ExpectOneLineError(missing, "no such file");
  // A 50 MB text is refused with the limit named.
  std::string big = "Headline\n";
  big.reserve(50'000'100);
  while (big.size() < 50'000'000)
    big += "A sentence of filler text for the size test. ";
  Outcome r = Stet({"import", "--url", "http://big", Write("big.txt", big)});
  ExpectOneLineError(r, "above the limit");
  fs::remove(dir_ + "/big.txt");
  // Everything from before is intact.
  Outcome log = Stet({"log", kGuardian, "--json"});
  EXPECT_EQ(json::parse(log.out)["versions"].size(), 2u);
  Outcome a = Stet({"articles", "--json"});
  EXPECT_EQ(json::parse(a.out)["articles"].size(), 1u);
}

TEST_F(CliTest, DatabaseProblemsAreOneLineErrors) {
  std::string notes = Write("notes.db", "my notes\n");
  Outcome r = Stet({"articles", "--db", notes});
  ExpectOneLineError(r, "not a valid stet database");
  EXPECT_EQ(ReadFile(notes), "my notes\n");
  Outcome none = Stet({"log", "http://nothing"});
  ExpectOneLineError(none, "no article 'http://nothing'");
  ImportGuardian();
  Outcome v = Stet({"show", "1", "--version", "9"});
  ExpectOneLineError(v, "no version 9");
  Outcome n = Stet({"diff", "1", "--from", "x"});
  ExpectOneLineError(n, "--from expects a number");
}

TEST_F(CliTest, StandardInputImports) {
  std::string f =
      Write("in.txt", "Piped headline\n\nPiped body. Second sentence.\n");
  Outcome r = Stet({"import", "--url", "http://pipe/1", "-"}, f);
  ASSERT_EQ(r.code, 0) << r.err;
  Outcome s = Stet({"show", "http://pipe/1", "--json"});
  json j = json::parse(s.out);
  EXPECT_EQ(j["headline"], "Piped headline");
  EXPECT_EQ(j["paragraphs"].size(), 1u);
}

// Kill -9 an import at random moments: the database must stay consistent,
// every committed version intact, and a re-run must complete the job.
// One story, two page templates (as after a site redesign), and a paywall.
std::string StoryPage(bool redesigned, const std::string& extra = "") {
  const char* paras[] = {
      "Boris Johnson and his Russian counterpart Sergei Lavrov have sparred "
      "over the issue of "
      "alleged Russian meddling in the Brexit referendum during the first "
      "visit by a British "
      "foreign secretary to Moscow for five years.",
      "Lavrov made the latest in a series of blanket Russian denials over "
      "interference in "
      "western votes, and said Johnson himself had said there was no "
      "evidence."};
  std::string body;
  for (const char* p : paras)
    body += redesigned ? std::string("<div>") + p + "</div>"
                       : std::string("<p>") + p + "</p>";
  if (!redesigned)
    return "<html lang='en'><head><title>Johnson and Lavrov spar | "
           "Example</title>"
           "<script "
           "type='application/ld+json'>{\"@type\":\"NewsArticle\",\"headline\":"
           "\"Johnson and Lavrov spar\",\"author\":{\"name\":\"Andrew Roth\"},"
           "\"datePublished\":\"2017-12-22T09:30:00+01:00\"}</script></"
           "head><body>"
           "<nav><a href='/'>Home</a></nav><article>" +
           body + extra +
           "</article><div class='related'><a href='/x'>More on "
           "Russia</a></div></body></html>";
  return "<html><head><title>Johnson and Lavrov spar - Example</title>"
         "<meta name='author' content='Andrew Roth'></head><body><div "
         "id='menu'><ul>"
         "<li><a href='/'>News</a></li></ul></div><div class='text'>" +
         body + extra +
         "</div><div id='comments'><p>First!</p></div></body></html>";
}

TEST_F(CliTest, ExtractPrintsTheArticleOrSaysWhyNot) {
  std::string page = Write("a.html", StoryPage(false));
  Outcome text = Stet({"extract", page});
  ASSERT_EQ(text.code, 0) << text.err;
  EXPECT_THAT(text.out, HasSubstr("Johnson and Lavrov spar\n"));
  EXPECT_THAT(text.out, HasSubstr("2017-12-22T09:30:00+01:00"));
  EXPECT_THAT(text.out, HasSubstr("Andrew Roth"));
  EXPECT_THAT(text.out, ::testing::Not(HasSubstr("More on Russia")));
  Outcome j = Stet({"extract", "--json", page});
  ASSERT_EQ(j.code, 0) << j.err;
  json doc = json::parse(j.out);
  EXPECT_EQ(doc["kind"], "article");
  EXPECT_EQ(doc["blocks"].size(), 2u);
  EXPECT_EQ(doc["language"], "en");

  std::string wall =
      Write("wall.html",
            "<html><head><title>Johnson in Moscow</title></head><body><article>"
            "<p>Boris Johnson has begun talks in Moscow.</p><p>Subscribe to "
            "continue reading.</p></article></body></html>");
  Outcome w = Stet({"extract", wall});
  EXPECT_NE(w.code, 0);
  EXPECT_THAT(w.err, HasSubstr("stet: error: not an article: paywall"));
  // A 100 MB page: refused with the limit named, not read into a DOM.
  std::string huge = dir_ + "/huge.html";
  {
    std::ofstream out(huge, std::ios::binary);
    std::string chunk = "<p>" + std::string(1000, 'x') + "</p>\n";
    for (size_t n = 0; n < 100000000; n += chunk.size()) out << chunk;
  }
  Outcome big = Stet({"extract", huge});
  EXPECT_NE(big.code, 0);
  EXPECT_THAT(
      big.err,
      HasSubstr("stet: error: page is 100.0 MB, above the limit of 16.0 MB"));
  EXPECT_EQ(std::count(big.err.begin(), big.err.end(), '\n'), 1);
  EXPECT_THAT(Stet({"extract", "--max-mb", "0", huge}).err,
              HasSubstr("--max-mb must be at least 1"));
  fs::remove(huge);
  Outcome bin =
      Stet({"extract", Write("x.html", std::string("%PDF-1.4\0\0\0", 11))});
  EXPECT_NE(bin.code, 0);
  EXPECT_THAT(bin.err, HasSubstr("not an HTML page: a PDF document"));
}

TEST_F(CliTest, HtmlImportRecordsNoFalseVersionAfterARedesign) {
  const std::string url = "https://example.com/politics/2017/dec/22/spar";
  auto import = [&](const std::string& file, const char* time) {
    return Stet(
        {"import", "--url", url, "--source", "example", "--time", time, file});
  };
  ASSERT_EQ(
      import(Write("a.html", StoryPage(false)), "2017-12-22T10:00:00Z").code,
      0);
  Outcome b = import(Write("b.html", StoryPage(true)), "2017-12-22T11:00:00Z");
  ASSERT_EQ(b.code, 0) << b.err;
  EXPECT_THAT(b.out, HasSubstr("1 unchanged"));
  // A real edit after the redesign is a version.
  Outcome c = import(
      Write("c.html", StoryPage(true,
                                "<div>Johnson later laid roses on the "
                                "bridge where Boris Nemtsov was shot.</div>")),
      "2017-12-22T12:00:00Z");
  ASSERT_EQ(c.code, 0) << c.err;
  EXPECT_THAT(c.out, HasSubstr("1 new versions"));
  // A paywall served in between is reported and not stored.
  Outcome w = import(
      Write("w.html",
            "<html><body><p>Subscribe to continue reading.</p></body></html>"),
      "2017-12-22T13:00:00Z");
  EXPECT_NE(w.code, 0);
  EXPECT_THAT(w.err, HasSubstr("not stored: paywall"));
  Outcome log = Stet({"log", "--json", url});
  ASSERT_EQ(log.code, 0) << log.err;
  json versions = json::parse(log.out)["versions"];
  ASSERT_EQ(versions.size(), 2u);
  EXPECT_EQ(versions[0]["extractor_version"], kExtractorVersion);
}

TEST_F(CliTest, BundledPageExtractsToTheStoredText) {
  std::string ex = STET_EXAMPLES_DIR;
  ASSERT_EQ(Stet({"import", "--source", "guardian", "--byline", "Andrew Roth",
                  "--url", kGuardian, "--time", "2017-12-22T11:30:00Z",
                  ex + "/guardian/v1.txt"})
                .code,
            0);
  Outcome page = Stet({"import", "--time", "2017-12-22T12:30:00Z",
                       ex + "/pages/guardian-v1.html"});
  ASSERT_EQ(page.code, 0) << page.err;
  EXPECT_THAT(page.out, HasSubstr("1 unchanged"));
}

TEST_F(CliTest, OneArticleUnderSeveralUrlsStaysOne) {
  std::string a = Write("a.txt", "Headline\n\nOne paragraph of text.\n");
  std::string b =
      Write("b.txt", "Headline\n\nOne paragraph of text, edited.\n");
  ASSERT_EQ(
      Stet({"import", "--url", "https://Example.com/story/?utm_source=x#top",
            "--time", "2024-01-01T10:00:00Z", a})
          .code,
      0);
  Outcome second =
      Stet({"import", "--url", "https://example.com:443/story?fbclid=abc",
            "--time", "2024-01-01T11:00:00Z", b});
  ASSERT_EQ(second.code, 0) << second.err;
  EXPECT_THAT(second.out, HasSubstr("1 new versions"));
  Outcome log =
      Stet({"log", "--json", "https://example.com/story?utm_medium=email"});
  ASSERT_EQ(log.code, 0) << log.err;
  EXPECT_EQ(json::parse(log.out)["versions"].size(), 2u);
  Outcome ftp = Stet({"import", "--url", "ftp://example.com/story", a});
  EXPECT_NE(ftp.code, 0);
  EXPECT_THAT(ftp.err, HasSubstr("unsupported scheme 'ftp:'"));
}

TEST_F(CliTest, SourcesAreAddedCheckedAndListed) {
  Outcome add = Stet({"source", "add", "guardian", "--feed",
                      "https://www.theguardian.com/politics/rss", "--feed",
                      "https://www.theguardian.com/world/rss?utm_source=x",
                      "--exclude", "/live/"});
  ASSERT_EQ(add.code, 0) << add.err;
  EXPECT_THAT(add.out, HasSubstr("2 feeds"));
  Outcome list = Stet({"sources", "--json"});
  ASSERT_EQ(list.code, 0) << list.err;
  json sources = json::parse(list.out)["sources"];
  ASSERT_EQ(sources.size(), 1u);
  EXPECT_EQ(sources[0]["name"], "guardian");
  EXPECT_EQ(sources[0]["config"]["feeds"][1],
            "https://www.theguardian.com/world/rss");
  EXPECT_EQ(sources[0]["config"]["exclude"][0], "/live/");
  // Refused, with a reason, and nothing saved.
  Outcome loopback =
      Stet({"source", "add", "probe", "--feed", "http://127.0.0.1:9/rss"});
  EXPECT_NE(loopback.code, 0);
  EXPECT_THAT(
      loopback.err,
      HasSubstr("stet: error: feed 'http://127.0.0.1:9/rss' is on a private"));
  Outcome gopher =
      Stet({"source", "add", "old", "--feed", "gopher://example.com/1"});
  EXPECT_THAT(gopher.err, HasSubstr("unsupported scheme 'gopher:'"));
  // An OPML subscription list: its feeds join one source.
  std::string opml = Write(
      "subs.opml",
      R"X(<?xml version="1.0"?><opml version="2.0"><head><title>S</title></head><body>
<outline text="News"><outline text="ITV" type="rss" xmlUrl="https://www.itv.com/news/rss"/>
<outline text="Reuters" type="rss" xmlUrl="feed://feeds.reuters.com/reuters/UKdomesticNews"/></outline>
<outline text="Broken" type="rss" xmlUrl="javascript:alert(1)"/></body></opml>)X");
  Outcome imported = Stet({"source", "add", "uk", "--opml", opml});
  ASSERT_EQ(imported.code, 0) << imported.err;
  EXPECT_THAT(imported.out, HasSubstr("2 feeds"));
  Outcome not_opml = Stet({"source", "add", "bad", "--opml",
                           Write("x.opml", "<html><body>hi</body></html>")});
  EXPECT_NE(not_opml.code, 0);
  EXPECT_THAT(not_opml.err, HasSubstr("x.opml: "));
  Outcome typo = Stet({"source", "ad", "x"});
  EXPECT_THAT(typo.err, HasSubstr("did you mean 'source add'?"));
  EXPECT_EQ(json::parse(Stet({"sources", "--json"}).out)["sources"].size(), 2u);
}

TEST_F(CliTest, KilledImportLeavesConsistentDatabase) {
  std::mt19937 rng(7);
  std::string jl;
  const int kArticles = 3000, kVersions = 4;
  for (int v = 0; v < kVersions; ++v) {
    for (int a = 0; a < kArticles; ++a) {
      std::string text;
      for (int p = 0; p < 12; ++p)
        text += "Paragraph " + std::to_string(p) + " of article " +
                std::to_string(a) +
                " says something about the news. It has "
                "two sentences" +
                (p == v ? " and an update " + std::to_string(v) : "") + ".\n\n";
      json j = {{"url", "http://k/" + std::to_string(a)},
                {"source", "s" + std::to_string(a % 7)},
                {"time", 1600000000 + v * 3600},
                {"title", "Article " + std::to_string(a)},
                {"text", text}};
      jl += j.dump() + "\n";
    }
  }
  std::string file = Write("big.jsonl", jl);
  for (int round = 0; round < 3; ++round) {
    pid_t pid = fork();
    ASSERT_GE(pid, 0);
    if (pid == 0) {
      int devnull = open("/dev/null", O_WRONLY);
      dup2(devnull, 1);
      dup2(devnull, 2);
      execl(STET_BINARY, STET_BINARY, "import", "--db", db_.c_str(),
            file.c_str(), static_cast<char*>(nullptr));
      _exit(127);
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(200 + rng() % 600));
    kill(pid, SIGKILL);
    int st;
    waitpid(pid, &st, 0);
    // Consistent: opens, and every article's versions load and are dense.
    auto store = OpenSqliteStore(db_);
    ASSERT_TRUE(store.ok()) << store.status().message();
    ArticleFilter f;
    f.limit = 100000;
    auto arts = (*store)->ListArticles(f);
    ASSERT_TRUE(arts.ok());
    for (const Article& a : *arts) {
      auto vs = (*store)->ListVersions(a.id);
      ASSERT_TRUE(vs.ok());
      ASSERT_EQ(static_cast<int>(vs->size()), a.version_count) << a.url;
      for (size_t i = 0; i < vs->size(); ++i)
        ASSERT_EQ((*vs)[i].number, int(i) + 1);
      ASSERT_TRUE((*store)->LoadVersion(a.id, a.version_count).ok());
    }
  }
  // Finishing the job gives exactly the full history, each version once.
  Outcome r = Stet({"import", file});
  ASSERT_EQ(r.code, 0) << r.err;
  auto store = OpenSqliteStore(db_);
  auto stats = (*store)->Stats();
  EXPECT_EQ(stats->articles, kArticles);
  EXPECT_EQ(stats->versions, kArticles * kVersions);
}

}  // namespace
}  // namespace stet
