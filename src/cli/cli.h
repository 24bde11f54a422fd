// The command-line front end: one table of subcommands, a small option
// parser that suggests the nearest name on a typo, and the shared context
// (store, output mode) handed to each command.
//
// Thread-safety: single-threaded by design.
#ifndef STET_CLI_CLI_H_
#define STET_CLI_CLI_H_

#include <cstdio>
#include <functional>
#include <map>
#include <memory>
#include <nlohmann/json_fwd.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "stet/result.h"
#include "stet/store.h"
#include "stet/time.h"

namespace stet::cli {

struct OptionSpec {
  std::string_view name;   // without dashes: "db"
  std::string_view value;  // metavariable ("PATH"); empty for a flag
  std::string_view help;   // one line, says the default
};

struct Args {
  std::vector<std::string> positional;
  std::map<std::string, std::string, std::less<>> values;  // flags map to ""
  // Every value of options given more than once ("--feed A --feed B").
  std::map<std::string, std::vector<std::string>, std::less<>> all;

  bool Has(std::string_view name) const { return values.count(name) != 0; }
  std::string Get(std::string_view name, std::string fallback = "") const {
    auto it = values.find(name);
    return it == values.end() ? fallback : it->second;
  }
  Result<int> GetInt(std::string_view name, int fallback) const;
  std::vector<std::string> GetAll(std::string_view name) const {
    auto it = all.find(name);
    return it == all.end() ? std::vector<std::string>() : it->second;
  }
};

struct Context {
  Args args;
  bool json = false;
  bool color = false;
  std::FILE* out = stdout;
  const Clock* clock = nullptr;
  // Opens the store named by --db / STET_DB / ./stet.db on first use.
  Result<Store*> OpenStore();
  std::string db_path;

 private:
  std::unique_ptr<Store> store_;
};

struct Command {
  std::string_view name;
  std::string_view usage;    // arguments after the name
  std::string_view summary;  // one line for `stet help`
  std::vector<OptionSpec> options;
  // Returns the process exit code; failures are reported by the caller when
  // a Status is returned instead.
  std::function<Result<int>(Context&)> run;
};

// The table of all subcommands, in the order `stet help` lists them.
const std::vector<Command>& Commands();

// Parses `argv` for `cmd` (global options allowed anywhere).
Result<Args> ParseArgs(const Command& cmd,
                       const std::vector<std::string>& argv);

// The nearest candidate by edit distance, or "" if none is close.
std::string Nearest(std::string_view word,
                    const std::vector<std::string_view>& candidates);

// Global options every command accepts.
const std::vector<OptionSpec>& GlobalOptions();

// Runs the CLI; returns the exit status.
int Main(int argc, char** argv);

// Commands live in their own files; each registers here.
Command ImportCommand();
Command ArticlesCommand();
Command LogCommand();
Command DiffCommand();
Command ShowCommand();
Command StatsCommand();
Command ExtractCommand();
Command SourceCommand();
Command SourcesCommand();
Command WatchCommand();
Command CheckCommand();
Command StatusCommand();
Command ServeCommand();
Command SearchCommand();
Command StoriesCommand();
Command StoryCommand();
Command QuotesCommand();

// Reads a whole file, or standard input for "-".
Result<std::string> ReadInput(const std::string& path);

void Print(Context& ctx, std::string_view s);
// --since/--until and the like: a date, a date-time, or seconds since the
// epoch; 0 when the option is not given.
Result<Timestamp> TimeOption(const Context& ctx, std::string_view name);

// Prints `j` indented; text that is not valid UTF-8 (from a broken page)
// is printed with replacement characters rather than failing.
void PrintJson(Context& ctx, const nlohmann::json& j);

}  // namespace stet::cli

#endif  // STET_CLI_CLI_H_
