#pragma once

#include <string>

namespace motcua::server {

// A request URI fit for the log: the values of query parameters that carry a citizen's personal
// data are replaced by "***" — by name (q, phone, idNumber, email, name, ...) and, whatever the
// name, any value or path segment that looks like a phone or ID number (9 or more digits) or an
// e-mail address. The log is kept for months and read by operators; citizens' data is not
// theirs to read there.
std::string maskedUri(const std::string& uri);

} // namespace motcua::server
