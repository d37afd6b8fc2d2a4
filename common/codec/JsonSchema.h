#pragma once

#include <QJsonObject>

namespace motcua::codec {

// Whom a schema describes. The server is strict about what it accepts (a field it does not know
// is refused), so a request schema closes every object (additionalProperties: false). Clients
// must ignore answer fields they do not know (docs/API.md, "Versions"), so an answer schema
// leaves objects open: a generated client then keeps working when a minor version adds a field.
enum class SchemaUse { Request, Answer };

// The JSON Schema (OpenAPI 3.0 dialect) of a wire type, derived from the same `describe`
// functions that drive encoding and decoding (Fields.h), so the published API document can never
// disagree with what the server accepts. Instantiated for the types JsonCodec.h lists.
// Fields that decoding requires are `required`; the others are `nullable` (the encoder writes
// every field, an absent value as null).
template <typename T> QJsonObject schemaOf(SchemaUse use = SchemaUse::Request);

} // namespace motcua::codec
