#include "codec/JsonSchema.h"

#include "codec/Fields.h"

#include <QJsonArray>

namespace motcua::codec {
namespace {

template <typename T> QJsonObject schemaFor(Bounds bounds = {});

class SchemaWriter {
public:
    template <typename T>
    void operator()(const char* key, T&, Presence presence = Presence::Optional, Bounds bounds = {})
    {
        QJsonObject s = schemaFor<std::remove_cv_t<T>>(bounds);
        if (presence == Presence::Optional)
            s.insert(QStringLiteral("nullable"), true);
        else
            m_required.append(QLatin1String(key));
        m_properties.insert(QLatin1String(key), s);
    }
    QJsonObject take() const
    {
        QJsonObject o{
            {"type", "object"}, {"properties", m_properties}, {"additionalProperties", false}};
        if (!m_required.isEmpty())
            o.insert(QStringLiteral("required"), m_required);
        return o;
    }

private:
    QJsonObject m_properties;
    QJsonArray m_required;
};

template <typename T> QJsonObject schemaFor(Bounds bounds)
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
        return {{"type", "array"}, {"items", schemaFor<typename T::value_type>(bounds)}};
    } else if constexpr (IsOptional<T>::value) {
        QJsonObject o = schemaFor<typename T::value_type>(bounds);
        o.insert("nullable", true);
        return o;
    } else if constexpr (IsWeek<T>::value) {
        QJsonObject props;
        QJsonArray required;
        for (const char* day : kWeekdayKeys) {
            props.insert(QLatin1String(day), schemaFor<typename T::value_type>());
            required.append(QLatin1String(day));
        }
        return {{"type", "object"},
                {"properties", props},
                {"required", required},
                {"additionalProperties", false}};
    } else {
        SchemaWriter writer;
        T value{};
        describe(writer, value);
        return writer.take();
    }
}

} // namespace

template <typename T> QJsonObject schemaOf()
{
    return schemaFor<T>();
}

template QJsonObject schemaOf<Agency>();
template QJsonObject schemaOf<Field>();
template QJsonObject schemaOf<User>();
template QJsonObject schemaOf<Procedure>();
template QJsonObject schemaOf<Dossier>();
template QJsonObject schemaOf<CalendarSettings>();
template QJsonObject schemaOf<IntakeRequest>();
template QJsonObject schemaOf<ActionCommand>();
template QJsonObject schemaOf<LoginRequest>();
template QJsonObject schemaOf<RefreshRequest>();

} // namespace motcua::codec
