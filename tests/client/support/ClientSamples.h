#pragma once

#include "core/sync/SyncEngine.h"
#include "domain/Dossier.h"
#include "domain/IntakeRequest.h"

#include <optional>

#include <QStringList>

namespace motcua::test {

// Birth registration in the demo catalogue (intake → process → approve → issue).
inline const QString kBirthRegistration = QStringLiteral("1.001193");

// A valid intake of the demo's birth registration for `owner`: every mandatory paper, a valid
// CCCD, so the server accepts it.
IntakeRequest birthRegistrationOf(const QString& owner);

// motcua-server with the demo data and Argon2 made cheap: logins take milliseconds, not the
// production's deliberate second.
QStringList demoServerArgs();

// No periodic pulls (the test decides when a workstation syncs) and quick retries. With
// `reservedBlock`, numbers are reserved that many at a time, and again when fewer are left, so a
// test knows how many offline intakes it has.
client::SyncEngine::Options fastSyncOptions(std::optional<int> reservedBlock = std::nullopt);

} // namespace motcua::test
