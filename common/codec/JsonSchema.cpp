#include "codec/JsonSchema.h"

#include "codec/Fields.h"

#include <QJsonArray>

namespace motcua::codec {
namespace {

template <typename T> QJsonObject schemaFor(SchemaUse use, Bounds bounds = {});

// An object schema, closed to other keys when it describes a request.
QJsonObject objectSchema(SchemaUse use, const QJsonObject& properties, const QJsonArray& required)
{
    QJsonObject o{{"type", "object"}, {"properties", properties}};
    if (use == SchemaUse::Request)
        o.insert(QStringLiteral("additionalProperties"), false);
    if (!required.isEmpty())
        o.insert(QStringLiteral("required"), required);
    return o;
}

// OpenAPI 3.0.3: `nullable` does not widen an `enum`, so null has to be one of its values.
QJsonObject nullable(QJsonObject s)
{
    s.insert(QStringLiteral("nullable"), true);
    if (s.contains(QStringLiteral("enum"))) {
        QJsonArray values = s.value(QStringLiteral("enum")).toArray();
        values.append(QJsonValue::Null);
        s.insert(QStringLiteral("enum"), values);
    }
    return s;
}

class SchemaWriter {
public:
    explicit SchemaWriter(SchemaUse use)
        : m_use(use)
    {}
    template <typename T>
    void operator()(const char* key, T&, Presence presence = Presence::Optional, Bounds bounds = {})
    {
        QJsonObject s = schemaFor<std::remove_cv_t<T>>(m_use, bounds);
        if (presence == Presence::Optional)
            s = nullable(s);
        else
            m_required.append(QLatin1String(key));
        m_properties.insert(QLatin1String(key), s);
    }
    QJsonObject take() const { return objectSchema(m_use, m_properties, m_required); }

private:
    SchemaUse m_use;
    QJsonObject m_properties;
    QJsonArray m_required;
};

template <typename T> QJsonObject schemaFor(SchemaUse use, Bounds bounds)
{
    if constexpr (std::is_same_v<T, QString>) {
        return {{"type", "string"}};
    } else if constexpr (std::is_same_v<T, bool>) {
        return {{"type", "boolean"}};
    } else if constexpr (std::is_integral_v<T>) {
        QJsonObject o{{"type", "integer"}};
        const qint64 lo =
            std::max<qint64>({bounds.min, std::numeric_limits<T>::min(), -kMaxSafeInteger});
        const qint64 hi =
            std::min<qint64>({bounds.max, std::numeric_limits<T>::max(), kMaxSafeInteger});
        o.insert("minimum", double(lo));
        o.insert("maximum", double(hi));
        return o;
    } else if constexpr (std::is_enum_v<T>) {
        return {{"type", "string"}, {"enum", QJsonArray::fromStringList(enumNames<T>())}};
    } else if constexpr (std::is_same_v<T, QDate>) {
        return {{"type", "string"}, {"format", "date"}};
    } else if constexpr (std::is_same_v<T, QTime>) {
        return {{"type", "string"}, {"pattern", "^\\d{2}:\\d{2}(:\\d{2})?$"}};
    } else if constexpr (std::is_same_v<T, QDateTime>) {
        return {{"type", "string"}, {"format", "date-time"}};
    } else if constexpr (IsQList<T>::value) {
        return {{"type", "array"}, {"items", schemaFor<typename T::value_type>(use, bounds)}};
    } else if constexpr (IsOptional<T>::value) {
        return nullable(schemaFor<typename T::value_type>(use, bounds));
    } else if constexpr (IsWeek<T>::value) {
        QJsonObject props;
        QJsonArray required;
        for (const char* day : kWeekdayKeys) {
            props.insert(QLatin1String(day), schemaFor<typename T::value_type>(use));
            required.append(QLatin1String(day));
        }
        return objectSchema(use, props, required);
    } else {
        SchemaWriter writer(use);
        T value{};
        describe(writer, value);
        return writer.take();
    }
}

} // namespace

template <typename T> QJsonObject schemaOf(SchemaUse use)
{
    return schemaFor<T>(use);
}

template QJsonObject schemaOf<Agency>(SchemaUse);
template QJsonObject schemaOf<Field>(SchemaUse);
template QJsonObject schemaOf<User>(SchemaUse);
template QJsonObject schemaOf<Procedure>(SchemaUse);
template QJsonObject schemaOf<Dossier>(SchemaUse);
template QJsonObject schemaOf<CalendarSettings>(SchemaUse);
template QJsonObject schemaOf<IntakeRequest>(SchemaUse);
template QJsonObject schemaOf<ActionCommand>(SchemaUse);
template QJsonObject schemaOf<MoveProcessRequest>(SchemaUse);
template QJsonObject schemaOf<LoginRequest>(SchemaUse);
template QJsonObject schemaOf<RefreshRequest>(SchemaUse);

} // namespace motcua::codec
