#include "stet/time.h"

#include <algorithm>
#include <cctype>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <vector>

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
  STET_ASSIGN_OR_RETURN(ZonedTime z, ParseZonedTime(text));
  return z.utc;
}

Result<ZonedTime> ParseZonedTime(std::string_view text) {
  auto bad = [&] {
    return InvalidArgument("invalid time '" + std::string(text) +
                           "' (expected ISO 8601, e.g. 2017-12-22T09:30:00Z)");
  };
  while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
  while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
  if (text.empty()) return bad();
  bool all_digits = text.size() <= 12;
  for (char c : text) all_digits = all_digits && c >= '0' && c <= '9';
  if (all_digits)
    return ZonedTime{static_cast<Timestamp>(std::stoll(std::string(text))), 0,
                     true};

  size_t p = 0;
  int y, mo, d, h = 0, mi = 0, s = 0;
  if (!ReadDigits(text, &p, 4, &y) || p >= text.size() || text[p++] != '-' ||
      !ReadDigits(text, &p, 2, &mo) || p >= text.size() || text[p++] != '-' ||
      !ReadDigits(text, &p, 2, &d))
    return bad();
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return bad();
  int offset = 0;
  bool has_offset = false;
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
        has_offset = true;
      } else if (z == '+' || z == '-') {
        ++p;
        int oh, om = 0;
        if (!ReadDigits(text, &p, 2, &oh)) return bad();
        if (p < text.size() && text[p] == ':') ++p;
        if (p < text.size() && !ReadDigits(text, &p, 2, &om)) return bad();
        if (oh > 23 || om > 59) return bad();
        offset = (oh * 3600 + om * 60) * (z == '+' ? 1 : -1);
        has_offset = true;
      } else {
        return bad();
      }
    }
  }
  if (p != text.size()) return bad();
  return ZonedTime{
      DaysFromCivil(y, mo, d) * 86400 + h * 3600 + mi * 60 + s - offset,
      offset / 60, has_offset};
}

namespace {

int MonthFromName(std::string_view w) {
  static constexpr const char* kMonths[] = {"jan", "feb", "mar", "apr",
                                            "may", "jun", "jul", "aug",
                                            "sep", "oct", "nov", "dec"};
  if (w.size() < 3) return 0;
  char m[3];
  for (int i = 0; i < 3; ++i)
    m[i] = static_cast<char>(std::tolower(static_cast<unsigned char>(w[i])));
  for (int i = 0; i < 12; ++i)
    if (std::string_view(m, 3) == kMonths[i]) return i + 1;
  return 0;
}

// Offset in minutes of a zone written as a name or "+0100"; false if unknown.
bool ZoneOffset(std::string_view z, int* minutes) {
  struct Named {
    const char* name;
    int minutes;
  };
  static constexpr Named kZones[] = {
      {"gmt", 0},    {"utc", 0},    {"ut", 0},     {"z", 0},
      {"est", -300}, {"edt", -240}, {"cst", -360}, {"cdt", -300},
      {"mst", -420}, {"mdt", -360}, {"pst", -480}, {"pdt", -420},
      {"bst", 60},   {"cet", 60},   {"cest", 120}, {"ist", 330},
  };
  if (!z.empty() && (z[0] == '+' || z[0] == '-')) {
    std::string digits;
    for (char c : z.substr(1))
      if (c >= '0' && c <= '9') digits.push_back(c);
    if (digits.size() != 4 && digits.size() != 2) return false;
    int h = std::stoi(digits.substr(0, 2));
    int m = digits.size() == 4 ? std::stoi(digits.substr(2)) : 0;
    if (h > 23 || m > 59) return false;
    *minutes = (h * 60 + m) * (z[0] == '-' ? -1 : 1);
    return true;
  }
  std::string lower;
  for (char c : z)
    lower.push_back(
        static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  for (const Named& n : kZones)
    if (lower == n.name) {
      *minutes = n.minutes;
      return true;
    }
  return false;
}

}  // namespace

Result<ZonedTime> ParseLooseTime(std::string_view text) {
  if (Result<ZonedTime> iso = ParseZonedTime(text); iso.ok()) return iso;
  // Words: split on spaces and commas; recognise day, month name, year,
  // hh:mm[:ss] (also hh.mm), am/pm and a zone, in any order.
  std::vector<std::string_view> words;
  size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() &&
           (text[i] == ' ' || text[i] == ',' || text[i] == '\t'))
      ++i;
    size_t j = i;
    while (j < text.size() && text[j] != ' ' && text[j] != ',' &&
           text[j] != '\t')
      ++j;
    if (j > i) words.push_back(text.substr(i, j - i));
    i = j;
  }
  int day = 0, month = 0, year = 0, h = 0, mi = 0, sec = 0, offset = 0;
  bool has_time = false, has_offset = false, pm = false, am = false;
  for (std::string_view w : words) {
    auto digits = [](std::string_view s) {
      return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) {
        return c >= '0' && c <= '9';
      });
    };
    std::string_view core = w;
    // "22nd", "1st", "3rd", "4th"
    if (core.size() > 2 && digits(core.substr(0, core.size() - 2)) &&
        (core.ends_with("st") || core.ends_with("nd") || core.ends_with("rd") ||
         core.ends_with("th")))
      core.remove_suffix(2);
    if (digits(core) && core.size() <= 2 && day == 0) {
      day = std::stoi(std::string(core));
    } else if (digits(core) && core.size() == 4 && year == 0) {
      year = std::stoi(std::string(core));
    } else if (!has_time && w.size() >= 4 && w.size() <= 8 && w[0] >= '0' &&
               w[0] <= '9' &&
               (w.find(':') != std::string_view::npos ||
                w.find('.') != std::string_view::npos)) {
      int parts[3] = {0, 0, 0}, n = 0;
      size_t k = 0;
      bool ok = true;
      while (k < w.size() && n < 3) {
        size_t e = k;
        while (e < w.size() && w[e] >= '0' && w[e] <= '9') ++e;
        if (e == k || e - k > 2) {
          ok = false;
          break;
        }
        parts[n++] = std::stoi(std::string(w.substr(k, e - k)));
        if (e < w.size() && (w[e] == ':' || w[e] == '.')) ++e;
        k = e;
        if (k < w.size() && (w.substr(k) == "am" || w.substr(k) == "pm" ||
                             w.substr(k) == "AM" || w.substr(k) == "PM")) {
          (w[k] == 'p' || w[k] == 'P' ? pm : am) = true;
          k = w.size();
        }
      }
      if (!ok || n < 2 || k != w.size())
        return InvalidArgument("unrecognised time '" + std::string(text) + "'");
      h = parts[0];
      mi = parts[1];
      sec = parts[2];
      has_time = true;
    } else if (w == "am" || w == "AM" || w == "a.m.") {
      am = true;
    } else if (w == "pm" || w == "PM" || w == "p.m.") {
      pm = true;
    } else if (int m = MonthFromName(w);
               m && month == 0 && !(w.size() == 3 && ZoneOffset(w, &offset))) {
      month = m;
    } else if (int z = 0; ZoneOffset(w, &z)) {
      offset = z;
      has_offset = true;
    }
    // Anything else (weekday names, "at", "Updated") is ignored.
  }
  if (pm && h < 12) h += 12;
  if (am && h == 12) h = 0;
  if (day < 1 || day > 31 || month == 0 || year < 1000 || h > 23 || mi > 59 ||
      sec > 60)
    return InvalidArgument("unrecognised time '" + std::string(text) + "'");
  (void)has_time;
  ZonedTime out;
  out.utc = DaysFromCivil(year, static_cast<unsigned>(month),
                          static_cast<unsigned>(day)) *
                86400 +
            h * 3600 + mi * 60 + sec - Timestamp{offset} * 60;
  out.offset_minutes = offset;
  out.has_offset = has_offset;
  return out;
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

std::string FormatZonedTime(const ZonedTime& t) {
  if (!t.has_offset || t.offset_minutes == 0) return FormatTime(t.utc);
  std::string local = FormatTime(t.utc + Timestamp{t.offset_minutes} * 60);
  local.pop_back();  // the 'Z'
  const int m = t.offset_minutes < 0 ? -t.offset_minutes : t.offset_minutes;
  char buf[8];
  std::snprintf(buf, sizeof buf, "%c%02d:%02d",
                t.offset_minutes < 0 ? '-' : '+', m / 60, m % 60);
  return local + buf;
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
