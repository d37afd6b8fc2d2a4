#pragma once

#include "core/Error.h"

#include <cstdint>
#include <limits>
#include <optional>

#include <QDate>
#include <QDateTime>
#include <QJsonValue>
#include <QString>
#include <QTime>

namespace motcua::codec {

// Whether a field must be present (and non-null) when decoding. Encoding always writes every field.
enum class Presence { Optional, Required };

// Inclusive bounds for integer fields.
struct Bounds {
    qint64 min = std::numeric_limits<qint64>::min();
    qint64 max = std::numeric_limits<qint64>::max();
};
inline constexpr Bounds kNonNegative{0, std::numeric_limits<qint64>::max()};

// JSON numbers are IEEE doubles: integers beyond 2^53 would silently lose precision, so the wire
// refuses them.
inline constexpr qint64 kMaxSafeInteger = (qint64(1) << 53) - 1;

// Wire forms of the scalar types. Dates are "YYYY-MM-DD"; times "HH:mm" or "HH:mm:ss";
// instants ISO 8601 with an explicit offset, written in Vietnam time ("2026-11-22T09:30:00+07:00",
// milliseconds only when non-zero).
QJsonValue dateToJson(const QDate& d);
QJsonValue timeToJson(const QTime& t);
QJsonValue dateTimeToJson(const QDateTime& t);

std::optional<Error> readString(const QJsonValue& v, const QString& path, QString& out);
std::optional<Error> readBool(const QJsonValue& v, const QString& path, bool& out);
std::optional<Error> readInteger(const QJsonValue& v, const QString& path, qint64& out,
                                 Bounds bounds);
std::optional<Error> readDate(const QJsonValue& v, const QString& path, QDate& out);
std::optional<Error> readTime(const QJsonValue& v, const QString& path, QTime& out);
std::optional<Error> readDateTime(const QJsonValue& v, const QString& path, QDateTime& out);

// Error constructors shared by the reader, so every message has the same shape.
Error wrongType(const QString& path, const char* expected, const QJsonValue& got);
Error badValue(const QString& path, const QString& message);
QString jsonTypeName(const QJsonValue& v);

} // namespace motcua::codec
