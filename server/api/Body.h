#pragma once

#include "codec/JsonCodec.h"
#include "http/ApiError.h"
#include "http/RequestContext.h"

#include <QJsonObject>

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

} // namespace motcua::server
