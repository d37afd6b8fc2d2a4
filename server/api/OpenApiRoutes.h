#pragma once

#include <map>
#include <string>
#include <vector>

#include <QJsonObject>

namespace motcua::server::openapi {

// A query, header or path parameter of an operation. Path parameters are found in the route's
// pattern and documented as strings unless listed here with another schema.
struct ParameterDoc {
    const char* name;
    const char* in; // "query", "header" or "path"
    QJsonObject schema;
    const char* description = "";
    bool required = false;
};

// What one route takes and answers, beyond what the router tells (method, path, who may call
// it). OpenApiController adds the problems every route of its kind gives: 400 and 500 always,
// 401 without a public rule, 403 with a role rule, 404 with a path parameter, 413 with a body.
struct OperationDoc {
    const char* summary;
    std::vector<ParameterDoc> parameters;
    QJsonObject requestContent; // media type → {schema}; empty: the route reads no body
    int status = 200;
    QJsonObject answerContent; // the success answer's media type → {schema}
    std::vector<int> problems; // further problem statuses its handler gives
};

// "METHOD /pattern" → its documentation; tst_api checks that every route has one.
const std::map<std::string, OperationDoc>& operationDocs();

} // namespace motcua::server::openapi
