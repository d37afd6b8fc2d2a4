#include "WorkstationLogin.h"

#include "ClientSamples.h"
#include "core/store/LocalStore.h"
#include "core/store/StoreWriter.h"
#include "core/sync/Workstation.h"

#include <QSignalSpy>
#include <QTest>

namespace motcua::test {

LoginAnswer logIn(client::Workstation& ws, const QUrl& server, const QString& user,
                  const QString& password, int timeoutMs)
{
    ws.setServerUrl(server);
    QSignalSpy in(&ws, &client::Workstation::loggedIn);
    ws.login(user, password);
    LoginAnswer answer;
    answer.answered = in.wait(timeoutMs);
    if (answer.answered)
        answer.offline = in.first().at(1).toBool();
    return answer;
}

bool logInReady(client::Workstation& ws, const QUrl& server, const QString& user,
                const QString& password, int reservedNumbers, int timeoutMs)
{
    const LoginAnswer in = logIn(ws, server, user, password, timeoutMs);
    if (!in.answered || in.offline)
        return false;
    if (!QTest::qWaitFor([&] { return ws.store().procedure(kBirthRegistration).has_value(); },
                         timeoutMs))
        return false;
    if (reservedNumbers <= 0)
        return true;
    return QTest::qWaitFor([&] { return ws.reservedNumbersLeft() >= reservedNumbers; }, timeoutMs);
}

bool logInSynced(client::Workstation& ws, const QUrl& server, const QString& user,
                 const QString& password, int reservedNumbers, int timeoutMs)
{
    QSignalSpy states(&ws, &client::Workstation::syncStateChanged);
    if (!logInReady(ws, server, user, password, reservedNumbers, timeoutMs))
        return false;
    return QTest::qWaitFor(
        [&] {
            return states.contains(QVariantList{QStringLiteral("pulling")}) &&
                   ws.syncState() == QLatin1String("idle");
        },
        timeoutMs);
}

bool writeToStore(client::Workstation& ws, std::function<Status(client::LocalStore&)> work,
                  int timeoutMs)
{
    std::optional<bool> done;
    QObject context;
    ws.writer().write(std::move(work), &context, [&done](const Status& s) { done = s.ok(); });
    if (!QTest::qWaitFor([&] { return done.has_value(); }, timeoutMs))
        return false;
    return done.value_or(false);
}

QString attachStored(client::Workstation& ws, const QString& dossierCode, int componentId,
                     const QByteArray& bytes, const QString& fileName, QString* error,
                     int timeoutMs)
{
    QSignalSpy stored(&ws, &client::Workstation::attachmentStored);
    QSignalSpy failed(&ws, &client::Workstation::attachmentFailed);
    const QString id = ws.attachDocument(dossierCode, componentId, bytes, fileName, error);
    if (id.isEmpty())
        return id;
    auto has = [&id](const QSignalSpy& spy) {
        for (const QList<QVariant>& args : spy) {
            if (args.at(0).toString() == id)
                return true;
        }
        return false;
    };
    if (!QTest::qWaitFor([&] { return has(stored) || has(failed); }, timeoutMs) || !has(stored)) {
        if (error)
            *error = QStringLiteral("not stored");
        return {};
    }
    return id;
}

} // namespace motcua::test
