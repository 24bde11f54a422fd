// Status and Result<T>: how stet reports expected failures.
//
// Network errors, bad input and missing rows are values, not exceptions
// (exceptions are reserved for programming errors). A Status is cheap to copy
// when OK; a failed one carries a code and a one-line message meant to be
// shown to a user as is ("stet: error: <message>").
//
// Thread-safety: plain values; distinct objects may be used from any thread.
#ifndef STET_RESULT_H_
#define STET_RESULT_H_

#include <cassert>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <variant>

namespace stet {

enum class ErrorCode {
  kOk = 0,
  kInvalidArgument,  // the caller's input is malformed (bad URL, bad JSON...)
  kNotFound,         // a named thing (article, version, file) does not exist
  kAlreadyExists,
  kCorrupt,      // stored data failed a check (not a database, bad blob)
  kUnsupported,  // e.g. a database written by a newer stet
  kIo,           // the operating system refused (open, read, write)
  kBusy,         // a lock could not be taken in time
  kTooLarge,     // input exceeds a configured limit
  kNetwork,      // the network failed: DNS, connect, reset, timeout
  kDenied,       // refused by policy: robots.txt, a private address, a scheme
  kInternal,     // a library returned an unexpected error
};

// Short stable name of a code ("not_found"), used in JSON output.
std::string_view ErrorCodeName(ErrorCode code);

class [[nodiscard]] Status {
 public:
  Status() = default;  // OK
  Status(ErrorCode code, std::string message)
      : code_(code), message_(std::move(message)) {}

  static Status Ok() { return Status(); }
  bool ok() const { return code_ == ErrorCode::kOk; }
  ErrorCode code() const { return code_; }
  const std::string& message() const { return message_; }

  // Returns a copy whose message is "<context>: <message>".
  Status WithContext(std::string_view context) const;

 private:
  ErrorCode code_ = ErrorCode::kOk;
  std::string message_;
};

inline Status InvalidArgument(std::string m) {
  return Status(ErrorCode::kInvalidArgument, std::move(m));
}
inline Status NotFound(std::string m) {
  return Status(ErrorCode::kNotFound, std::move(m));
}
inline Status Corrupt(std::string m) {
  return Status(ErrorCode::kCorrupt, std::move(m));
}
inline Status IoError(std::string m) {
  return Status(ErrorCode::kIo, std::move(m));
}
inline Status Internal(std::string m) {
  return Status(ErrorCode::kInternal, std::move(m));
}

// Either a value or a failed Status. Accessing value() of a failed Result is
// a programming error (asserted), never a user-input path.
template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : v_(std::move(value)) {}        // NOLINT: implicit by design
  Result(Status status) : v_(std::move(status)) {  // NOLINT
    assert(!std::get<Status>(v_).ok() && "Result from an OK Status");
  }

  bool ok() const { return std::holds_alternative<T>(v_); }
  const Status& status() const {
    static const Status kOk;
    return ok() ? kOk : std::get<Status>(v_);
  }
  T& value() & {
    assert(ok());
    return std::get<T>(v_);
  }
  const T& value() const& {
    assert(ok());
    return std::get<T>(v_);
  }
  T&& value() && {
    assert(ok());
    return std::get<T>(std::move(v_));
  }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }

 private:
  std::variant<T, Status> v_;
};

}  // namespace stet

// Evaluates a Status expression and returns it from the enclosing function if
// it failed.
#define STET_RETURN_IF_ERROR(expr)               \
  do {                                           \
    ::stet::Status stet_status_ = (expr);        \
    if (!stet_status_.ok()) return stet_status_; \
  } while (0)

#define STET_CONCAT_INNER_(a, b) a##b
#define STET_CONCAT_(a, b) STET_CONCAT_INNER_(a, b)
// Declares `lhs` from a Result expression, or returns its Status on failure.
#define STET_ASSIGN_OR_RETURN(lhs, expr)                  \
  auto STET_CONCAT_(stet_result_, __LINE__) = (expr);     \
  if (!STET_CONCAT_(stet_result_, __LINE__).ok())         \
    return STET_CONCAT_(stet_result_, __LINE__).status(); \
  lhs = std::move(STET_CONCAT_(stet_result_, __LINE__)).value()

#endif  // STET_RESULT_H_
