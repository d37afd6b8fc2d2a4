#include "codec/JsonPrimitives.h"

#include "core/VnTime.h"

#include <cmath>

#include <QRegularExpression>

namespace motcua::codec {

QString jsonTypeName(const QJsonValue& v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("a boolean");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("a string");
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("nothing");
}

Error wrongType(const QString& path, const char* expected, const QJsonValue& got)
{
    return Error{
        QStringLiteral("codec.wrong_type"),
        QStringLiteral("expected %1, got %2").arg(QLatin1String(expected), jsonTypeName(got)),
        path};
}

Error badValue(const QString& path, const QString& message)
{
    return Error{QStringLiteral("codec.bad_value"), message, path};
}

QJsonValue dateToJson(const QDate& d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonValue timeToJson(const QTime& t)
{
    if (!t.isValid())
        return QJsonValue::Null;
    return t.toString(t.second() == 0 && t.msec() == 0 ? QStringLiteral("HH:mm")
                                                       : QStringLiteral("HH:mm:ss"));
}

QJsonValue dateTimeToJson(const QDateTime& t)
{
    if (!t.isValid())
        return QJsonValue::Null;
    const QDateTime vn = vntime::toVietnam(t);
    return vn.toString(vn.time().msec() == 0 ? Qt::ISODate : Qt::ISODateWithMs);
}

std::optional<Error> readString(const QJsonValue& v, const QString& path, QString& out)
{
    if (!v.isString())
        return wrongType(path, "a string", v);
    out = v.toString();
    return std::nullopt;
}

std::optional<Error> readBool(const QJsonValue& v, const QString& path, bool& out)
{
    if (!v.isBool())
        return wrongType(path, "a boolean", v);
    out = v.toBool();
    return std::nullopt;
}

std::optional<Error> readInteger(const QJsonValue& v, const QString& path, qint64& out,
                                 Bounds bounds)
{
    if (!v.isDouble())
        return wrongType(path, "an integer", v);
    const double d = v.toDouble();
    const qint64 lo = std::max(bounds.min, -kMaxSafeInteger);
    const qint64 hi = std::min(bounds.max, kMaxSafeInteger);
    if (!std::isfinite(d) || d != std::trunc(d) || d < double(lo) || d > double(hi)) {
        return Error{QStringLiteral("codec.out_of_range"),
                     QStringLiteral("expected an integer from %1 to %2, got %3")
                         .arg(lo)
                         .arg(hi)
                         .arg(d, 0, 'g', 17),
                     path};
    }
    out = static_cast<qint64>(d);
    return std::nullopt;
}

std::optional<Error> readDate(const QJsonValue& v, const QString& path, QDate& out)
{
    if (!v.isString())
        return wrongType(path, "a date string (YYYY-MM-DD)", v);
    static const QRegularExpression re(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QString s = v.toString();
    const QDate d = re.match(s).hasMatch() ? QDate::fromString(s, Qt::ISODate) : QDate();
    if (!d.isValid())
        return badValue(path,
                        QStringLiteral("\"%1\" is not a calendar date YYYY-MM-DD").arg(s.left(40)));
    out = d;
    return std::nullopt;
}

std::optional<Error> readTime(const QJsonValue& v, const QString& path, QTime& out)
{
    if (!v.isString())
        return wrongType(path, "a time string (HH:mm)", v);
    static const QRegularExpression re(QStringLiteral("^\\d{2}:\\d{2}(:\\d{2})?$"));
    const QString s = v.toString();
    QTime t;
    if (re.match(s).hasMatch())
        t = QTime::fromString(s,
                              s.size() == 5 ? QStringLiteral("HH:mm") : QStringLiteral("HH:mm:ss"));
    if (!t.isValid())
        return badValue(path,
                        QStringLiteral("\"%1\" is not a time HH:mm or HH:mm:ss").arg(s.left(40)));
    out = t;
    return std::nullopt;
}

std::optional<Error> readDateTime(const QJsonValue& v, const QString& path, QDateTime& out)
{
    if (!v.isString())
        return wrongType(path, "a date-time string", v);
    // An explicit offset is mandatory: a bare local time would be read in whatever zone the
    // receiving machine happens to use.
    static const QRegularExpression re(QStringLiteral(
        "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,3})?(Z|[+-]\\d{2}:\\d{2})$"));
    const QString s = v.toString();
    QDateTime t;
    if (re.match(s).hasMatch())
        t = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (!t.isValid()) {
        return badValue(path, QStringLiteral("\"%1\" is not an ISO 8601 date-time with offset, "
                                             "e.g. 2026-11-22T09:30:00+07:00")
                                  .arg(s.left(40)));
    }
    out = vntime::toVietnam(t);
    return std::nullopt;
}

} // namespace motcua::codec
