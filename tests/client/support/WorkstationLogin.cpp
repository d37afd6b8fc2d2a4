#include "WorkstationLogin.h"

#include "ClientSamples.h"
#include "core/store/LocalStore.h"
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

} // namespace motcua::test
