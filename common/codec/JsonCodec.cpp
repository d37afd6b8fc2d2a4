#include "codec/JsonCodec.h"

#include "codec/Fields.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace motcua::codec {

Expected<QJsonValue> parseJson(QByteArrayView utf8)
{
    QJsonParseError err{};
    const QJsonDocument doc =
        QJsonDocument::fromJson(QByteArray::fromRawData(utf8.data(), utf8.size()), &err);
    if (err.error != QJsonParseError::NoError) {
        return Error{
            QStringLiteral("codec.invalid_json"),
            QStringLiteral("malformed JSON at byte %1: %2").arg(err.offset).arg(err.errorString()),
            QString()};
    }
    if (doc.isObject())
        return QJsonValue(doc.object());
    return QJsonValue(doc.array());
}

template <typename T> QJsonValue toJson(const T& value)
{
    return toValue(value);
}

template <typename T>
Expected<T> fromJson(const QJsonValue& json, const QString& path, UnknownFields unknown)
{
    T value{};
    if (auto e = readValue(json, path, value, {}, unknown))
        return *e;
    return value;
}

template <typename T> QByteArray encode(const T& value)
{
    const QJsonValue v = toValue(value);
    const QJsonDocument doc =
        v.isArray() ? QJsonDocument(v.toArray()) : QJsonDocument(v.toObject());
    return doc.toJson(QJsonDocument::Compact);
}

template <typename T> Expected<T> decode(QByteArrayView utf8, UnknownFields unknown)
{
    auto json = parseJson(utf8);
    if (!json)
        return json.error();
    return fromJson<T>(*json, {}, unknown);
}

#define MOTCUA_CODEC_INSTANTIATE(T)                                                                \
    template QJsonValue toJson<T>(const T&);                                                       \
    template Expected<T> fromJson<T>(const QJsonValue&, const QString&, UnknownFields);            \
    template QByteArray encode<T>(const T&);                                                       \
    template Expected<T> decode<T>(QByteArrayView, UnknownFields);

MOTCUA_CODEC_INSTANTIATE(Agency)
MOTCUA_CODEC_INSTANTIATE(Field)
MOTCUA_CODEC_INSTANTIATE(User)
MOTCUA_CODEC_INSTANTIATE(Duration)
MOTCUA_CODEC_INSTANTIATE(ComponentRequirement)
MOTCUA_CODEC_INSTANTIATE(Fee)
MOTCUA_CODEC_INSTANTIATE(WorkflowStep)
MOTCUA_CODEC_INSTANTIATE(WorkflowDefinition)
MOTCUA_CODEC_INSTANTIATE(Procedure)
MOTCUA_CODEC_INSTANTIATE(Person)
MOTCUA_CODEC_INSTANTIATE(ReceivedComponent)
MOTCUA_CODEC_INSTANTIATE(FeeLine)
MOTCUA_CODEC_INSTANTIATE(Pause)
MOTCUA_CODEC_INSTANTIATE(StepDeadline)
MOTCUA_CODEC_INSTANTIATE(HistoryEntry)
MOTCUA_CODEC_INSTANTIATE(Dossier)
MOTCUA_CODEC_INSTANTIATE(WorkPeriod)
MOTCUA_CODEC_INSTANTIATE(DayOverride)
MOTCUA_CODEC_INSTANTIATE(CalendarSettings)
MOTCUA_CODEC_INSTANTIATE(IntakeComponent)
MOTCUA_CODEC_INSTANTIATE(IntakeRequest)
MOTCUA_CODEC_INSTANTIATE(ActionCommand)
MOTCUA_CODEC_INSTANTIATE(MoveProcessRequest)
MOTCUA_CODEC_INSTANTIATE(LoginRequest)
MOTCUA_CODEC_INSTANTIATE(RefreshRequest)
MOTCUA_CODEC_INSTANTIATE(QList<Agency>)
MOTCUA_CODEC_INSTANTIATE(QList<Field>)
MOTCUA_CODEC_INSTANTIATE(QList<User>)
MOTCUA_CODEC_INSTANTIATE(QList<Procedure>)
MOTCUA_CODEC_INSTANTIATE(QList<Dossier>)
#undef MOTCUA_CODEC_INSTANTIATE

} // namespace motcua::codec
