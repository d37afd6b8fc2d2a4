#include "ContractViolations.h"

#include <mutex>
#include <vector>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QThread>

namespace motcua::test {
namespace {

std::mutex g_mutex;
std::vector<std::string> g_pending; // found on other threads, not yet reported

bool onTestThread()
{
    return QCoreApplication::instance() &&
           QThread::currentThread() == QCoreApplication::instance()->thread();
}

void fail(const std::string& message)
{
    QTest::qFail(message.c_str(), __FILE__, __LINE__);
}

} // namespace

void ContractViolations::check(const std::string& method, const std::string& path, int status,
                               const std::string& violations)
{
    if (onTestThread())
        reportPending();
    if (violations.empty())
        return;
    const QJsonArray list = QJsonDocument::fromJson(QByteArray::fromStdString(violations)).array();
    QJsonArray breaches;
    for (const QJsonValue& v : list) {
        const QString where = v.toObject().value("location").toArray().at(0).toString();
        if (where != QLatin1String("request") || status < 400)
            breaches.append(v);
    }
    if (list.isEmpty()) // not even JSON: report it as it came
        breaches.append(QString::fromStdString(violations));
    if (breaches.isEmpty())
        return;
    const std::string message =
        "API contract: " + method + " " + path + " answered " + std::to_string(status) +
        ", which the document does not describe: " +
        QJsonDocument(breaches).toJson(QJsonDocument::Compact).toStdString();
    if (onTestThread()) {
        fail(message);
    } else {
        std::lock_guard lock(g_mutex);
        g_pending.push_back(message);
    }
}

void ContractViolations::reportPending()
{
    std::vector<std::string> pending;
    {
        std::lock_guard lock(g_mutex);
        pending.swap(g_pending);
    }
    for (const std::string& message : pending)
        fail(message);
}

} // namespace motcua::test
