#pragma once

namespace motcua::codec {

// What decoding does with a key that the type's description does not name.
//
// The server refuses it: what it accepts is its contract, and a misspelt field must be the
// sender's error rather than silently dropped. A client reading the server's answers ignores it:
// adding a field is an additive change (docs/API.md), so an older client must keep working when
// the server it talks to is newer. The default is the strict one, so that only a caller that
// reads someone else's answers opts in.
enum class UnknownFields { Refuse, Ignore };

} // namespace motcua::codec
