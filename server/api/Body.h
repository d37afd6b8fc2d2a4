#pragma once

#include "codec/JsonCodec.h"
#include "http/ApiError.h"
#include "http/RequestContext.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>

namespace motcua::server {

// The request body decoded with common/'s codec; a precise 400 (machine code and field path from
// the codec) when it does not decode.
template <typename T> T decodeBody(RequestContext& ctx)
{
    const QByteArray& body = ctx.body();
    auto value = codec::decode<T>(body);
    if (!value)
        throw ApiError::badRequest(value.error().code.toStdString(),
                                   value.error().message.toStdString(),
                                   value.error().path.toStdString());
    return std::move(value).value();
}

// The body as a JSON object, for the few routes whose body is not a single domain type.
inline QJsonObject jsonObjectBody(RequestContext& ctx)
{
    auto json = codec::parseJson(ctx.body());
    if (!json)
        throw ApiError::badRequest(json.error().code.toStdString(),
                                   json.error().message.toStdString());
    if (!json->isObject())
        throw ApiError::badRequest("codec.wrong_type", "expected an object");
    return json->toObject();
}

// A domain Error as an HTTP error with the same machine code.
inline ApiError
fromDomain(const Error& e,
           Poco::Net::HTTPResponse::HTTPStatus status = Poco::Net::HTTPResponse::HTTP_BAD_REQUEST)
{
    return ApiError(status, e.code.toStdString(), e.message.toStdString(), e.path.toStdString());
}

// A day given as a query parameter (YYYY-MM-DD); null when absent, a precise 400 when malformed.
inline QDate queryDay(const RequestContext& ctx, const char* name)
{
    const std::optional<std::string> text = ctx.query(name);
    if (!text)
        return {};
    const QDate d = QDate::fromString(QString::fromStdString(*text), Qt::ISODate);
    if (!d.isValid())
        throw ApiError::badRequest(
            "bad_query", std::string("query parameter '") + name + "' must be a date YYYY-MM-DD",
            name);
    return d;
}

// A 422 that lists every problem at once in `errors` ({code, field, detail} each); its own code,
// message and field are the first problem's.
inline ApiError unprocessable(const QList<Error>& problems)
{
    QJsonArray list;
    for (const Error& e : problems)
        list.append(QJsonObject{{"code", e.code}, {"field", e.path}, {"detail", e.message}});
    ApiError e = fromDomain(problems.value(0), Poco::Net::HTTPResponse::HTTP_UNPROCESSABLE_ENTITY);
    e.extraJson =
        QJsonDocument(QJsonObject{{"errors", list}}).toJson(QJsonDocument::Compact).toStdString();
    return e;
}

} // namespace motcua::server
