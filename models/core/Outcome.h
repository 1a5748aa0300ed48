#pragma once

#include "models/api/ApiError.h"

#include <functional>

namespace Tessera {

// What an asynchronous service call answers: an error, or a value.
template<typename T>
struct Outcome
{
    ApiError error;
    T value{};
    bool ok() const { return !error.isError(); }
};

template<typename T>
using Done = std::function<void(const Outcome<T> &)>;

// The value of a call that answers nothing worth keeping.
struct Nothing {};

} // namespace Tessera
