#pragma once

#include "codec/JsonCodec.h"

#include <QByteArrayView>
#include <QJsonValue>
#include <QString>

namespace motcua::client {

// Every answer of the server is read through these, never through the codec's strict default:
// a server may be upgraded before its workstations, and a newer server may add fields to what it
// sends (an additive change, docs/API.md). Keys this version does not know are left aside; a
// value it cannot represent (an enumeration value added later) is still an error, which the
// caller keeps aside and reports (SyncEngine::updateRequired) rather than storing a wrong copy.
template <typename T> Expected<T> fromServer(const QJsonValue& json)
{
    return codec::fromJson<T>(json, {}, codec::UnknownFields::Ignore);
}

template <typename T> Expected<T> decodeFromServer(QByteArrayView utf8)
{
    return codec::decode<T>(utf8, codec::UnknownFields::Ignore);
}

// The version of the API this client speaks: the major is the one in the path (/api/v1); the
// server grows the minor with additive changes, which this client accepts (see above).
inline constexpr int kApiMajor = 1;

// The server's `MotCua-Api-Version` header ("1.0"): false when its major is not ours, i.e. the
// server has moved to an API this version of the application does not know. An absent or
// malformed header (an older server) is taken as ours.
inline bool speaksApiOf(const QString& headerValue)
{
    if (headerValue.isEmpty())
        return true;
    bool ok = false;
    const int major = headerValue.section(u'.', 0, 0).trimmed().toInt(&ok);
    return !ok || major == kApiMajor;
}

} // namespace motcua::client
