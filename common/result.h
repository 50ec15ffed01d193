#pragma once
// Result<T>: a value or an Error, for expected failures (network, parse, busy database).
// Exceptions stay for programming errors and fatal configuration.
#include <stdexcept>
#include <string>
#include <utility>
#include <variant>

#include "common/error_codes.h"

namespace billet {

struct Error {
  std::string code;     // stable, machine-readable: "parse.too_large", "io.unreadable", ...
  std::string message;  // for people; never contains secrets

  // Retry, report or stop: see errc::ErrorKind.
  errc::ErrorKind kind() const { return errc::error_kind(code); }
};

template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : state_(std::move(value)) {}          // NOLINT: implicit by design
  Result(Error error) : state_(std::move(error)) {}      // NOLINT: implicit by design

  bool ok() const { return std::holds_alternative<T>(state_); }
  explicit operator bool() const { return ok(); }

  const T& value() const& { return checked(); }
  T& value() & { return checked(); }
  T value() && { return std::move(checked()); }  // by value: safe in a range-for over a temporary
  const T& operator*() const& { return value(); }
  T& operator*() & { return value(); }
  T operator*() && { return std::move(*this).value(); }
  const T* operator->() const { return &value(); }
  T* operator->() { return &value(); }

  const Error& error() const {
    if (ok()) throw std::logic_error("Result::error() on a value");
    return std::get<Error>(state_);
  }

 private:
  T& checked() const {
    if (!ok()) throw std::logic_error("Result::value() on an error: " + std::get<Error>(state_).message);
    return const_cast<T&>(std::get<T>(state_));
  }
  std::variant<T, Error> state_;
};

// For operations that return nothing but may fail.
using Status = Result<std::monostate>;
inline Status ok_status() { return std::monostate{}; }

}  // namespace billet
