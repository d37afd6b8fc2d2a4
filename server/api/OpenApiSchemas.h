#pragma once

#include <initializer_list>
#include <utility>

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

// Building blocks of the OpenAPI document (OpenApiController): small JSON Schema constructors and
// the components/schemas section.
namespace motcua::server::openapi {

inline QJsonObject ref(const QString& schema)
{
    return {{"$ref", QStringLiteral("#/components/schemas/") + schema}};
}
inline QJsonObject string(const QString& description = {})
{
    QJsonObject s{{"type", "string"}};
    if (!description.isEmpty())
        s.insert(QStringLiteral("description"), description);
    return s;
}
inline QJsonObject boolean()
{
    return {{"type", "boolean"}};
}
inline QJsonObject integer(double min, double max)
{
    return {{"type", "integer"}, {"minimum", min}, {"maximum", max}};
}
inline QJsonObject integer()
{
    return {{"type", "integer"}};
}
inline QJsonObject date()
{
    return {{"type", "string"}, {"format", "date"}};
}
inline QJsonObject dateTime()
{
    return {{"type", "string"}, {"format", "date-time"}};
}
inline QJsonObject nullable(QJsonObject s)
{
    s.insert(QStringLiteral("nullable"), true);
    return s;
}
inline QJsonObject oneOf(std::initializer_list<const char*> values)
{
    QJsonArray list;
    for (const char* v : values)
        list.append(QLatin1String(v));
    return {{"type", "string"}, {"enum", list}};
}
inline QJsonObject arrayOf(const QJsonObject& items)
{
    return {{"type", "array"}, {"items", items}};
}

// An object of the given properties, every one of them present unless listed in `optional`.
// Answers stay open to fields a later minor version adds (docs/API.md, "Versions"); a request
// body is closed, as the server refuses fields it does not know.
QJsonObject answerObject(std::initializer_list<std::pair<const char*, QJsonObject>> properties,
                         std::initializer_list<const char*> optional = {});
QJsonObject requestObject(std::initializer_list<std::pair<const char*, QJsonObject>> properties,
                          std::initializer_list<const char*> required);

// components/schemas: the domain types from the codec (answer and request variants) and the
// answers the controllers build by hand, each written to match what its controller sends.
QJsonObject schemas();

} // namespace motcua::server::openapi
