#include "stet/time.h"

#include <chrono>
#include <cstdio>
#include <ctime>

namespace stet {
namespace {

bool ReadDigits(std::string_view s, size_t* pos, int n, int* out) {
  if (*pos + n > s.size()) return false;
  int v = 0;
  for (int i = 0; i < n; ++i) {
    char c = s[*pos + i];
    if (c < '0' || c > '9') return false;
    v = v * 10 + (c - '0');
  }
  *pos += n;
  *out = v;
  return true;
}

// Days from 1970-01-01 to the civil date y-m-d (proleptic Gregorian).
int64_t DaysFromCivil(int64_t y, unsigned m, unsigned d) {
  y -= m <= 2;
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<int64_t>(doe) - 719468;
}

}  // namespace

Timestamp SystemClock::Now() const {
  return std::chrono::duration_cast<std::chrono::seconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

Result<Timestamp> ParseTime(std::string_view text) {
  auto bad = [&] {
    return InvalidArgument("invalid time '" + std::string(text) +
                           "' (expected ISO 8601, e.g. 2017-12-22T09:30:00Z)");
  };
  while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
  while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
  if (text.empty()) return bad();
  bool all_digits = text.size() <= 12;
  for (char c : text) all_digits = all_digits && c >= '0' && c <= '9';
  if (all_digits) return static_cast<Timestamp>(std::stoll(std::string(text)));

  size_t p = 0;
  int y, mo, d, h = 0, mi = 0, s = 0;
  if (!ReadDigits(text, &p, 4, &y) || p >= text.size() || text[p++] != '-' ||
      !ReadDigits(text, &p, 2, &mo) || p >= text.size() || text[p++] != '-' ||
      !ReadDigits(text, &p, 2, &d))
    return bad();
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return bad();
  int offset = 0;
  if (p < text.size()) {
    if (text[p] != 'T' && text[p] != 't' && text[p] != ' ') return bad();
    ++p;
    if (!ReadDigits(text, &p, 2, &h) || p >= text.size() || text[p++] != ':' ||
        !ReadDigits(text, &p, 2, &mi))
      return bad();
    if (p < text.size() && text[p] == ':') {
      ++p;
      if (!ReadDigits(text, &p, 2, &s)) return bad();
      if (p < text.size() && (text[p] == '.' || text[p] == ',')) {
        ++p;
        while (p < text.size() && text[p] >= '0' && text[p] <= '9') ++p;
      }
    }
    if (h > 23 || mi > 59 || s > 60) return bad();
    if (p < text.size()) {
      char z = text[p];
      if (z == 'Z' || z == 'z') {
        ++p;
      } else if (z == '+' || z == '-') {
        ++p;
        int oh, om = 0;
        if (!ReadDigits(text, &p, 2, &oh)) return bad();
        if (p < text.size() && text[p] == ':') ++p;
        if (p < text.size() && !ReadDigits(text, &p, 2, &om)) return bad();
        offset = (oh * 3600 + om * 60) * (z == '+' ? 1 : -1);
      } else {
        return bad();
      }
    }
  }
  if (p != text.size()) return bad();
  return DaysFromCivil(y, mo, d) * 86400 + h * 3600 + mi * 60 + s - offset;
}

std::string FormatTime(Timestamp t) {
  std::time_t tt = static_cast<std::time_t>(t);
  std::tm tm{};
  gmtime_r(&tt, &tm);
  // Four-digit years always (strftime's %Y gives "217" for year 217, which
  // does not parse back).
  char buf[48];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02dZ",
                tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday, tm.tm_hour,
                tm.tm_min, tm.tm_sec);
  return buf;
}

std::string DescribeGap(Timestamp seconds) {
  if (seconds < 0) seconds = -seconds;
  struct Unit {
    Timestamp size;
    const char* name;
  };
  static constexpr Unit kUnits[] = {
      {365 * 86400, "year"}, {30 * 86400, "month"}, {7 * 86400, "week"},
      {86400, "day"},        {3600, "hour"},        {60, "minute"},
  };
  for (const Unit& u : kUnits) {
    if (seconds >= u.size) {
      Timestamp n = (seconds + u.size / 2) / u.size;
      return "about " + std::to_string(n) + " " + u.name + (n == 1 ? "" : "s");
    }
  }
  return "less than a minute";
}

}  // namespace stet
