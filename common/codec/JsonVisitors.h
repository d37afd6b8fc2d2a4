#pragma once

#include "codec/JsonPrimitives.h"
#include "codec/UnknownFields.h"
#include "domain/Enums.h"

#include <array>
#include <optional>
#include <type_traits>

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QSet>

namespace motcua::codec {

// The wire format is defined once per type by a `describe(visitor, value)` function (Fields.h)
// that names every field. The same description drives encoding (JsonWriter) and decoding
// (JsonReader), so the two can never drift apart and every type round-trips exactly.

template <typename T> struct IsQList : std::false_type {};
template <typename T> struct IsQList<QList<T>> : std::true_type {};
template <typename T> struct IsOptional : std::false_type {};
template <typename T> struct IsOptional<std::optional<T>> : std::true_type {};
template <typename T> struct IsWeek : std::false_type {};
template <typename T> struct IsWeek<std::array<QList<T>, 7>> : std::true_type {};

// Keys of a weekly table, Monday first.
inline constexpr std::array<const char*, 7> kWeekdayKeys{"mon", "tue", "wed", "thu",
                                                         "fri", "sat", "sun"};

inline QString childPath(const QString& parent, const char* key)
{
    return parent.isEmpty() ? QString::fromLatin1(key) : parent + u'.' + QLatin1String(key);
}
inline QString indexPath(const QString& parent, qsizetype i)
{
    return parent + u'[' + QString::number(i) + u']';
}

class JsonReader;
class JsonWriter;

template <typename T> QJsonValue toValue(const T& value);
template <typename T>
std::optional<Error> readValue(const QJsonValue& v, const QString& path, T& out, Bounds bounds = {},
                               UnknownFields unknown = UnknownFields::Refuse);

// Encodes the fields of one object.
class JsonWriter {
public:
    template <typename T>
    void operator()(const char* key, const T& value, Presence = Presence::Optional, Bounds = {})
    {
        m_object.insert(QLatin1String(key), toValue(value));
    }
    QJsonObject take() { return std::move(m_object); }

private:
    QJsonObject m_object;
};

// Decodes the fields of one object, stopping at the first error; finish() also refuses any key
// the description does not name, so a misspelt field is an error rather than silently ignored —
// unless the reader was told to ignore them (UnknownFields::Ignore, for a client reading a newer
// server's answers), which carries down to every nested object.
class JsonReader {
public:
    JsonReader(const QJsonObject& object, QString path,
               UnknownFields unknown = UnknownFields::Refuse)
        : m_object(object)
        , m_path(std::move(path))
        , m_unknown(unknown)
    {}

    template <typename T>
    void operator()(const char* key, T& value, Presence presence = Presence::Optional,
                    Bounds bounds = {})
    {
        if (m_error)
            return;
        const QLatin1String k(key);
        m_known.insert(k);
        const auto it = m_object.constFind(k);
        if (it == m_object.constEnd() || it->isNull()) {
            if (presence == Presence::Required) {
                m_error =
                    Error{QStringLiteral("codec.missing_field"),
                          QStringLiteral("required field is missing"), childPath(m_path, key)};
            }
            return;
        }
        m_error = readValue(*it, childPath(m_path, key), value, bounds, m_unknown);
    }

    std::optional<Error> finish()
    {
        if (m_error || m_unknown == UnknownFields::Ignore)
            return m_error;
        for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
            if (!m_known.contains(it.key())) {
                QString path = m_path.isEmpty() ? it.key() : m_path + u'.' + it.key();
                return Error{QStringLiteral("codec.unknown_field"), QStringLiteral("unknown field"),
                             path.left(200)};
            }
        }
        return std::nullopt;
    }

private:
    const QJsonObject& m_object;
    QString m_path;
    UnknownFields m_unknown;
    QSet<QString> m_known;
    std::optional<Error> m_error;
};

template <typename T> QJsonValue toValue(const T& value)
{
    if constexpr (std::is_same_v<T, QString> || std::is_same_v<T, bool>) {
        return value;
    } else if constexpr (std::is_integral_v<T>) {
        return static_cast<qint64>(value);
    } else if constexpr (std::is_enum_v<T>) {
        return name(value);
    } else if constexpr (std::is_same_v<T, QDate>) {
        return dateToJson(value);
    } else if constexpr (std::is_same_v<T, QTime>) {
        return timeToJson(value);
    } else if constexpr (std::is_same_v<T, QDateTime>) {
        return dateTimeToJson(value);
    } else if constexpr (IsQList<T>::value) {
        QJsonArray array;
        for (const auto& element : value)
            array.append(toValue(element));
        return array;
    } else if constexpr (IsOptional<T>::value) {
        return value ? toValue(*value) : QJsonValue(QJsonValue::Null);
    } else if constexpr (IsWeek<T>::value) {
        QJsonObject week;
        for (std::size_t i = 0; i < 7; ++i)
            week.insert(QLatin1String(kWeekdayKeys[i]), toValue(value[i]));
        return week;
    } else {
        JsonWriter writer;
        // describe() takes a mutable reference so one function serves both directions; the
        // writer only reads, so the cast never leads to a modification.
        describe(writer, const_cast<T&>(value));
        return writer.take();
    }
}

template <typename T>
std::optional<Error> readValue(const QJsonValue& v, const QString& path, T& out, Bounds bounds,
                               UnknownFields unknown)
{
    if constexpr (std::is_same_v<T, QString>) {
        return readString(v, path, out);
    } else if constexpr (std::is_same_v<T, bool>) {
        return readBool(v, path, out);
    } else if constexpr (std::is_integral_v<T>) {
        qint64 x = 0;
        const Bounds typeBounds{std::max<qint64>(bounds.min, std::numeric_limits<T>::min()),
                                std::min<qint64>(bounds.max, std::numeric_limits<T>::max())};
        if (auto e = readInteger(v, path, x, typeBounds))
            return e;
        out = static_cast<T>(x);
        return std::nullopt;
    } else if constexpr (std::is_enum_v<T>) {
        if (!v.isString())
            return wrongType(path, "a string", v);
        const auto parsed = parseEnum<T>(v.toString());
        if (!parsed) {
            return badValue(path, QStringLiteral("\"%1\" is not one of: %2")
                                      .arg(v.toString().left(40), enumNames<T>().join(u", ")));
        }
        out = *parsed;
        return std::nullopt;
    } else if constexpr (std::is_same_v<T, QDate>) {
        return readDate(v, path, out);
    } else if constexpr (std::is_same_v<T, QTime>) {
        return readTime(v, path, out);
    } else if constexpr (std::is_same_v<T, QDateTime>) {
        return readDateTime(v, path, out);
    } else if constexpr (IsQList<T>::value) {
        if (!v.isArray())
            return wrongType(path, "an array", v);
        const QJsonArray array = v.toArray();
        T list;
        list.reserve(array.size());
        for (qsizetype i = 0; i < array.size(); ++i) {
            typename T::value_type element{};
            if (auto e = readValue(array.at(i), indexPath(path, i), element, bounds, unknown))
                return e;
            list.append(std::move(element));
        }
        out = std::move(list);
        return std::nullopt;
    } else if constexpr (IsOptional<T>::value) {
        typename T::value_type inner{};
        if (auto e = readValue(v, path, inner, bounds, unknown))
            return e;
        out = std::move(inner);
        return std::nullopt;
    } else if constexpr (IsWeek<T>::value) {
        if (!v.isObject())
            return wrongType(path, "an object with keys mon..sun", v);
        const QJsonObject week = v.toObject();
        JsonReader reader(week, path, unknown);
        for (std::size_t i = 0; i < 7; ++i)
            reader(kWeekdayKeys[i], out[i], Presence::Required);
        return reader.finish();
    } else {
        if (!v.isObject())
            return wrongType(path, "an object", v);
        const QJsonObject object = v.toObject();
        JsonReader reader(object, path, unknown);
        describe(reader, out);
        return reader.finish();
    }
}

} // namespace motcua::codec
