#pragma once

#include <QJsonObject>

namespace motcua::codec {

// The JSON Schema (OpenAPI 3.0 dialect) of a wire type, derived from the same `describe`
// functions that drive encoding and decoding (Fields.h), so the published API document can never
// disagree with what the server accepts. Instantiated for the types JsonCodec.h lists.
template <typename T> QJsonObject schemaOf();

} // namespace motcua::codec
