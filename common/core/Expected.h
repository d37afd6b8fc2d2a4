#pragma once

#include "core/Error.h"

#include <utility>
#include <variant>

namespace motcua {

// Either a value or an Error: how the domain layer reports failure (it never throws for bad input).
// A small stand-in for C++23 std::expected, which this toolchain's C++20 mode does not offer.
template <typename T> class Expected {
public:
    Expected(T value)
        : m_data(std::in_place_index<0>, std::move(value))
    {}
    Expected(Error error)
        : m_data(std::in_place_index<1>, std::move(error))
    {}

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    T& value() & { return std::get<0>(m_data); }
    const T& value() const& { return std::get<0>(m_data); }
    T&& value() && { return std::get<0>(std::move(m_data)); }
    T value_or(T fallback) const& { return ok() ? value() : std::move(fallback); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }

    const Error& error() const { return std::get<1>(m_data); }

private:
    std::variant<T, Error> m_data;
};

// For operations that return nothing on success.
struct Unit {
    friend bool operator==(Unit, Unit) = default;
};
using Status = Expected<Unit>;

inline Status success()
{
    return Unit{};
}

} // namespace motcua
