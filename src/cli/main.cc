// Entry point: dispatch over the command table, errors as one line
// ("stet: error: ..."), suggestions for typos.
#include <unistd.h>

#include <algorithm>
#include <charconv>
#include <cstdlib>
#include <cstring>

#include "cli/cli.h"

namespace stet::cli {
namespace {

constexpr std::string_view kVersion = "0.1.0";

int EditDistance(std::string_view a, std::string_view b) {
  std::vector<int> prev(b.size() + 1), cur(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) prev[j] = static_cast<int>(j);
  for (size_t i = 1; i <= a.size(); ++i) {
    cur[0] = static_cast<int>(i);
    for (size_t j = 1; j <= b.size(); ++j) {
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1,
                         prev[j - 1] + (a[i - 1] != b[j - 1] ? 1 : 0)});
    }
    std::swap(prev, cur);
  }
  return prev[b.size()];
}

void Fail(std::string_view message) {
  std::fprintf(stderr, "stet: error: %.*s\n", static_cast<int>(message.size()),
               message.data());
}

std::string UsageOf(const Command& c) {
  std::string s = "usage: stet " + std::string(c.name);
  if (!c.usage.empty()) s += " " + std::string(c.usage);
  return s;
}

void PrintOptions(std::string& out, const std::vector<OptionSpec>& opts) {
  for (const OptionSpec& o : opts) {
    std::string left = "  --" + std::string(o.name);
    if (!o.value.empty()) left += " " + std::string(o.value);
    if (left.size() < 24)
      left.resize(24, ' ');
    else
      left += "  ";
    out += left + std::string(o.help) + "\n";
  }
}

Result<int> Help(Context& ctx) {
  std::string out;
  if (!ctx.args.positional.empty()) {
    const std::string& name = ctx.args.positional[0];
    for (const Command& c : Commands()) {
      if (c.name != name) continue;
      out = UsageOf(c) + "\n\n" + std::string(c.summary) + "\n";
      if (!c.options.empty()) {
        out += "\noptions:\n";
        PrintOptions(out, c.options);
      }
      out += "\nglobal options:\n";
      PrintOptions(out, GlobalOptions());
      Print(ctx, out);
      return 0;
    }
    std::vector<std::string_view> names;
    for (const Command& c : Commands()) names.push_back(c.name);
    std::string near = Nearest(name, names);
    return InvalidArgument(
        "unknown command '" + name + "'" +
        (near.empty() ? "" : "; did you mean '" + near + "'?"));
  }
  out =
      "stet: keeps every version of news articles and shows what changed.\n\n"
      "usage: stet <command> [options] [arguments]\n\ncommands:\n";
  for (const Command& c : Commands()) {
    std::string left = "  " + std::string(c.name);
    left.resize(14, ' ');
    out += left + std::string(c.summary) + "\n";
  }
  out += "\nglobal options:\n";
  PrintOptions(out, GlobalOptions());
  out += "\n'stet help <command>' describes one command and its options.\n";
  Print(ctx, out);
  return 0;
}

Result<int> VersionCmd(Context& ctx) {
  Print(ctx, "stet " + std::string(kVersion) + " (schema " +
                 std::to_string(SqliteSchemaVersion()) + ")\n");
  return 0;
}

}  // namespace

const std::vector<OptionSpec>& GlobalOptions() {
  static const std::vector<OptionSpec> kOpts = {
      {"db", "PATH", "database file (default: $STET_DB, else ./stet.db)"},
      {"json", "", "print JSON for scripts instead of text"},
      {"color", "WHEN", "colour output: auto, always or never (default auto)"},
      {"help", "", "describe the command"},
  };
  return kOpts;
}

const std::vector<Command>& Commands() {
  static const std::vector<Command> kCommands = [] {
    std::vector<Command> v;
    v.push_back(ImportCommand());
    v.push_back(ArticlesCommand());
    v.push_back(LogCommand());
    v.push_back(DiffCommand());
    v.push_back(ShowCommand());
    v.push_back(SearchCommand());
    v.push_back(StoriesCommand());
    v.push_back(StoryCommand());
    v.push_back(QuotesCommand());
    v.push_back(StatsCommand());
    v.push_back(ExtractCommand());
    v.push_back(SourceCommand());
    v.push_back(SourcesCommand());
    v.push_back(WatchCommand());
    v.push_back(CheckCommand());
    v.push_back(StatusCommand());
    v.push_back(ServeCommand());
    v.push_back(
        {"help", "[command]", "list the commands, or describe one", {}, Help});
    v.push_back({"version", "", "print stet's version", {}, VersionCmd});
    return v;
  }();
  return kCommands;
}

std::string Nearest(std::string_view word,
                    const std::vector<std::string_view>& candidates) {
  std::string_view best;
  int best_d = 1 << 30;
  for (std::string_view c : candidates) {
    int d = EditDistance(word, c);
    // A prefix of a longer name is a strong hint too.
    if (c.size() > word.size() && c.substr(0, word.size()) == word &&
        !word.empty())
      d = std::min(d, 1);
    if (d < best_d) {
      best_d = d;
      best = c;
    }
  }
  int limit = std::max<int>(2, static_cast<int>(word.size()) / 3);
  return best_d <= limit ? std::string(best) : std::string();
}

Result<int> Args::GetInt(std::string_view name, int fallback) const {
  auto it = values.find(name);
  if (it == values.end()) return fallback;
  int v = 0;
  const std::string& s = it->second;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || p != s.data() + s.size())
    return InvalidArgument("--" + std::string(name) +
                           " expects a number, got '" + s + "'");
  return v;
}

Result<Args> ParseArgs(const Command& cmd,
                       const std::vector<std::string>& argv) {
  Args a;
  auto find = [&](std::string_view name) -> const OptionSpec* {
    for (const OptionSpec& o : cmd.options)
      if (o.name == name) return &o;
    for (const OptionSpec& o : GlobalOptions())
      if (o.name == name) return &o;
    return nullptr;
  };
  bool only_positional = false;
  for (size_t i = 0; i < argv.size(); ++i) {
    const std::string& arg = argv[i];
    if (only_positional || arg.size() < 2 || arg[0] != '-' ||
        (arg[1] != '-' && arg != "-h")) {
      a.positional.push_back(arg);
      continue;
    }
    if (arg == "--") {
      only_positional = true;
      continue;
    }
    std::string name = arg == "-h" ? "help" : arg.substr(2);
    std::string value;
    bool has_value = false;
    if (size_t eq = name.find('='); eq != std::string::npos) {
      value = name.substr(eq + 1);
      name = name.substr(0, eq);
      has_value = true;
    }
    const OptionSpec* spec = find(name);
    if (!spec) {
      std::vector<std::string_view> names;
      for (const OptionSpec& o : cmd.options) names.push_back(o.name);
      for (const OptionSpec& o : GlobalOptions()) names.push_back(o.name);
      std::string near = Nearest(name, names);
      return InvalidArgument(
          "unknown option '--" + name + "' for 'stet " + std::string(cmd.name) +
          "'" + (near.empty() ? "" : "; did you mean '--" + near + "'?"));
    }
    if (!spec->value.empty() && !has_value) {
      if (i + 1 >= argv.size())
        return InvalidArgument("option '--" + name + "' needs a value (" +
                               std::string(spec->value) + ")");
      value = argv[++i];
    } else if (spec->value.empty() && has_value) {
      return InvalidArgument("option '--" + name + "' takes no value");
    }
    a.values[name] = value;
    a.all[name].push_back(value);
  }
  return a;
}

void Print(Context& ctx, std::string_view s) {
  std::fwrite(s.data(), 1, s.size(), ctx.out);
}

Result<Store*> Context::OpenStore() {
  if (!store_) {
    STET_ASSIGN_OR_RETURN(store_, OpenSqliteStore(db_path));
  }
  return store_.get();
}

int Main(int argc, char** argv) {
  std::vector<std::string> rest(argv + 1, argv + argc);
  if (rest.empty()) {
    rest.push_back("help");
  }
  std::string name = rest[0];
  if (name == "--help" || name == "-h") name = "help";
  if (name == "--version") name = "version";
  const Command* cmd = nullptr;
  for (const Command& c : Commands())
    if (c.name == name) cmd = &c;
  if (!cmd) {
    std::vector<std::string_view> names;
    for (const Command& c : Commands()) names.push_back(c.name);
    std::string near = Nearest(name, names);
    Fail("unknown command '" + name + "'" +
         (near.empty() ? "; see 'stet help'"
                       : "; did you mean '" + near + "'?"));
    return 2;
  }
  Result<Args> args = ParseArgs(*cmd, {rest.begin() + 1, rest.end()});
  if (!args.ok()) {
    Fail(args.status().message());
    return 2;
  }
  Context ctx;
  ctx.args = std::move(args).value();
  if (ctx.args.Has("help")) {
    ctx.args.positional = {std::string(cmd->name)};
    for (const Command& c : Commands())
      if (c.name == "help") cmd = &c;
  }
  ctx.json = ctx.args.Has("json");
  std::string color = ctx.args.Get("color", "auto");
  if (color == "always") {
    ctx.color = true;
  } else if (color == "never") {
    ctx.color = false;
  } else if (color == "auto") {
    ctx.color = isatty(fileno(stdout)) && !std::getenv("NO_COLOR");
  } else {
    Fail("--color expects auto, always or never, got '" + color + "'");
    return 2;
  }
  const char* env_db = std::getenv("STET_DB");
  ctx.db_path = ctx.args.Get("db", env_db && *env_db ? env_db : "stet.db");
  SystemClock clock;
  ctx.clock = &clock;
  Result<int> r = cmd->run(ctx);
  std::fflush(ctx.out);
  if (!r.ok()) {
    Fail(r.status().message());
    return r.status().code() == ErrorCode::kInvalidArgument ? 2 : 1;
  }
  return *r;
}

}  // namespace stet::cli

int main(int argc, char** argv) { return stet::cli::Main(argc, argv); }
