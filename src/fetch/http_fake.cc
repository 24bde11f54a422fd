// FakeHttpClient: scripted answers per URL, for tests of code that fetches.
#include <algorithm>
#include <utility>

#include "stet/fetch.h"

namespace stet {

void FakeHttpClient::Respond(const std::string& url, HttpResponse response) {
  script_[url].push_back(std::move(response));
}

void FakeHttpClient::Start(HttpRequest request, Callback done) {
  requests_.push_back(request);
  pending_.emplace_back(std::move(request), std::move(done));
}

int FakeHttpClient::Poll(int /*timeout_ms*/) {
  // Requests started by the callbacks below wait for the next Poll, as they
  // would with a real client; completing them here could loop forever.
  std::vector<std::pair<HttpRequest, Callback>> batch;
  batch.swap(pending_);
  for (auto& [request, done] : batch) {
    HttpResponse response;
    auto it = script_.find(request.url);
    if (it == script_.end() || it->second.empty()) {
      response.status =
          Status(ErrorCode::kNetwork, "no route to " + request.url);
    } else {
      size_t& next = next_[request.url];
      response = it->second[std::min(next, it->second.size() - 1)];
      ++next;
    }
    if (response.final_url.empty()) response.final_url = request.url;
    done(std::move(response));
  }
  return InFlight();
}

}  // namespace stet
