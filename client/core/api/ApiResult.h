#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonValue>
#include <QString>

namespace motcua::client {

// The outcome of one call to motcua-server: either an HTTP answer (any status, with the JSON body
// and, for errors, the problem+json fields) or a network error (no answer at all).
struct ApiResult {
    int httpStatus = 0;    // 0 when there was no HTTP answer
    QJsonValue body;       // the parsed JSON body (Undefined when empty or not JSON)
    QString problemCode;   // machine code of a problem+json body, e.g. "auth.invalid_credentials"
    QString problemDetail; // its English detail (for logs; the GUI translates the code)
    QString problemField;  // the field at fault, e.g. "owner.idNumber"
    QJsonArray problems;   // intake: every problem [{code, field, detail}]
    bool networkError = false; // no HTTP answer: refused, timed out, reset, aborted

    // Extras beyond the brief.
    // The request certainly never reached the server (connection refused, host not found): safe
    // to do the same thing another way. A timeout or a reset is ambiguous: it may have been done.
    bool notDelivered = false;
    QString networkErrorText; // Qt's description of the network error
    QByteArray rawBody;
    QString apiVersion; // the server's MotCua-Api-Version header ("1.0"), empty when absent

    bool ok() const { return !networkError && httpStatus >= 200 && httpStatus < 300; }
    // Worth retrying later as it is: no answer, a server or gateway failure, or throttling.
    bool isTransient() const
    {
        return networkError || httpStatus >= 500 || httpStatus == 429 || httpStatus == 408;
    }
    // The server could not be reached (a gateway answering 502/503/504 counts as unreachable).
    bool unreachable() const
    {
        return networkError || httpStatus == 502 || httpStatus == 503 || httpStatus == 504;
    }
};

} // namespace motcua::client
