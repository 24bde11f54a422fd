// `stet serve`: the web pages, feeds and JSON API over the store, until
// SIGINT/SIGTERM.
#include <fmt/format.h>
#include <signal.h>

#include <atomic>
#include <cctype>
#include <chrono>
#include <thread>

#include "cli/cli.h"
#include "server/http_server.h"
#include "server/site.h"
#include "stet/quote.h"
#include "stet/story.h"

namespace stet::cli {
namespace {

std::atomic<bool> g_serve_stop{false};

void OnServeSignal(int) { g_serve_stop = true; }

// Versions the server indexes for search between looks at the clock.
constexpr int64_t kIndexStep = 2000;

Result<int> Serve(Context& ctx) {
  server::ServeOptions opts;
  opts.host = ctx.args.Get("host", "127.0.0.1");
  STET_ASSIGN_OR_RETURN(opts.port, ctx.args.GetInt("port", 8080));
  STET_ASSIGN_OR_RETURN(opts.threads, ctx.args.GetInt("threads", 64));
  if (opts.port < 0 || opts.port > 65535)
    return InvalidArgument("--port must be from 0 to 65535");
  if (opts.threads < 1 || opts.threads > 1024)
    return InvalidArgument("--threads must be from 1 to 1024");
  server::SiteOptions site_opts;
  site_opts.base_url = ctx.args.Get("base-url");
  if (!site_opts.base_url.empty() &&
      !(site_opts.base_url.starts_with("http://") ||
        site_opts.base_url.starts_with("https://")))
    return InvalidArgument("--base-url must start with http:// or https://");
  while (site_opts.base_url.ends_with("/")) site_opts.base_url.pop_back();
  if (ctx.args.Has("token-file")) {
    // A file, not an argument: arguments show in every user's `ps`.
    STET_ASSIGN_OR_RETURN(std::string token,
                          ReadInput(ctx.args.Get("token-file")));
    while (!token.empty() &&
           std::isspace(static_cast<unsigned char>(token.back())))
      token.pop_back();
    if (token.size() < 16 ||
        token.find_first_of(" \t\r\n") != std::string::npos)
      return InvalidArgument(
          "--token-file must hold one token of at least 16 characters");
    site_opts.token = token;
  }
  // Fail now, with the usual message, if the database cannot be opened.
  STET_RETURN_IF_ERROR(ctx.OpenStore().status());
  const std::string path = ctx.db_path;
  server::StorePool pool(
      [path]() -> Result<std::unique_ptr<Store>> {
        return OpenSqliteStore(path, {.create = false});
      },
      // Connections mostly wait on the network; requests take a store in
      // turn, a few at a time: enough to keep the cores busy, few enough
      // that a request is not kept waiting behind dozens of others sharing
      // the CPU.
      std::min(opts.threads,
               static_cast<int>(
                   std::max(2u, 2 * std::thread::hardware_concurrency()))));
  server::Site site(pool, *ctx.clock, site_opts);
  if (!ctx.args.Has("quiet"))
    opts.log = [](const std::string& line) {
      std::fprintf(stderr, "%s\n", line.c_str());
    };
  STET_ASSIGN_OR_RETURN(std::unique_ptr<server::HttpServer> http,
                        server::StartHttpServer(site, opts));
  struct sigaction sa {};
  sa.sa_handler = OnServeSignal;
  sigemptyset(&sa.sa_mask);
  sigaction(SIGINT, &sa, nullptr);
  sigaction(SIGTERM, &sa, nullptr);
  Print(ctx,
        fmt::format("stet: serving {} on http://{}:{}/ (Ctrl-C stops)\n", path,
                    opts.host.find(':') != std::string::npos
                        ? "[" + opts.host + "]"
                        : opts.host,
                    http->port()));
  std::fflush(ctx.out);
  // Meanwhile this thread keeps the search index up with what watchers
  // record, in steps (each a few hundred versions per transaction), so a
  // large backlog never holds the database for long and the site serves
  // from the start; search pages say how much is still to index.
  STET_ASSIGN_OR_RETURN(Store * store, ctx.OpenStore());
  std::string last_error;
  StoryUpdater stories;
  auto next_index = std::chrono::steady_clock::now();
  while (!g_serve_stop) {
    if (std::chrono::steady_clock::now() >= next_index) {
      Result<int64_t> n = store->UpdateSearchIndex(kIndexStep);
      const bool more = n.ok() && *n == kIndexStep;
      next_index = std::chrono::steady_clock::now() +
                   (more ? std::chrono::milliseconds(0)
                         : std::chrono::milliseconds(1000));
      std::string error = n.ok() ? "" : "search index: " + n.status().message();
      // Stories follow the articles the same way.
      Result<int64_t> g = stories.Update(*store, kIndexStep);
      if (!g.ok() && error.empty()) error = "stories: " + g.status().message();
      // And quotations.
      Result<int64_t> q = UpdateQuotes(*store, kIndexStep);
      if (!q.ok() && error.empty())
        error = "quotations: " + q.status().message();
      if (!error.empty() && error != last_error)
        std::fprintf(stderr, "stet serve: %s\n", error.c_str());
      last_error = error;
      if (more || (g.ok() && *g == kIndexStep) || (q.ok() && *q == kIndexStep))
        continue;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
  http->Stop();
  http->Wait();
  return 0;
}

}  // namespace

Command ServeCommand() {
  return {
      "serve",
      "",
      "serve the web pages, feeds of changes and JSON API over the store",
      {{"host", "ADDR",
        "address to listen on (default 127.0.0.1: this machine only)"},
       {"port", "N", "port to listen on, 0 for any free one (default 8080)"},
       {"threads", "N", "connections served at once (default 64)"},
       {"base-url", "URL",
        "absolute address of the site for feed links (default: from the "
        "request's Host header)"},
       {"quiet", "", "no log line per request (default: log to stderr)"},
       {"token-file", "PATH",
        "allow adding sources (POST /api/v1/sources) to clients sending this "
        "file's token (default: read-only)"}},
      Serve};
}

}  // namespace stet::cli
