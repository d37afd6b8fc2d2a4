#pragma once

#include "codec/JsonCodec.h"

#include <string>

#include <QDateTime>

#include <Poco/Exception.h>
#include <Poco/Types.h>

namespace motcua::server {

// Domain objects are stored whole as their wire JSON (common/'s codec: the one format), with the
// columns that queries need beside them.
template <typename T> std::string toDocument(const T& value)
{
    return codec::encode(value).toStdString();
}

// A stored document that no longer decodes is corruption, not bad input: it throws.
template <typename T> T fromDocument(const std::string& text)
{
    auto decoded = codec::decode<T>(QByteArrayView(text.data(), qsizetype(text.size())));
    if (!decoded)
        throw Poco::DataFormatException("stored document does not decode: " +
                                        decoded.error().describe().toStdString());
    return std::move(decoded).value();
}

// Instants are stored as milliseconds since the epoch (0 = none).
inline Poco::Int64 toMillis(const QDateTime& t)
{
    return t.isValid() ? t.toMSecsSinceEpoch() : 0;
}

} // namespace motcua::server
