#pragma once

#include "core/Expected.h"

#include <functional>

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace motcua::client {
class LocalStore;
class Workstation;
} // namespace motcua::client

namespace motcua::test {

// How a workstation's login ended, for the test to check the parts it cares about.
struct LoginAnswer {
    bool answered = false; // loggedIn was emitted in time
    bool offline = false;  // ... with the offline flag (no server reached, local credentials)
};

// Points an opened workstation at `server`, logs `user` in and waits for the answer.
LoginAnswer logIn(client::Workstation& ws, const QUrl& server, const QString& user,
                  const QString& password, int timeoutMs = 20000);

// Logs an opened workstation in online and waits until its first sync brought the birth
// registration procedure and, when `reservedNumbers` > 0, that many reserved dossier numbers:
// the state in which a counter can receive dossiers, also offline. False if any of it fails.
bool logInReady(client::Workstation& ws, const QUrl& server, const QString& user,
                const QString& password, int reservedNumbers, int timeoutMs = 30000);

// logInReady, then waits for the end of that first sync (it goes on after the catalogue: the
// snapshot of dossiers, the change feed) and for the engine to be idle. A test that stops the
// server next, or asserts what the first sync did not take, needs this.
bool logInSynced(client::Workstation& ws, const QUrl& server, const QString& user,
                 const QString& password, int reservedNumbers, int timeoutMs = 30000);

// A test's own write to the workstation's store (the window's store is read-only): through the
// workstation's writer thread, waiting until it is committed. False when it failed.
bool writeToStore(client::Workstation& ws, std::function<Status(client::LocalStore&)> work,
                  int timeoutMs = 20000);

// Workstation::attachDocument, then waits until the file is on disk (attachmentStored): the
// request id, or an empty string with `error` set when it was refused at once or not stored.
QString attachStored(client::Workstation& ws, const QString& dossierCode, int componentId,
                     const QByteArray& bytes, const QString& fileName, QString* error = nullptr,
                     int timeoutMs = 20000);

} // namespace motcua::test
