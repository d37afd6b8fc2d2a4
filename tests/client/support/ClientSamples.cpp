#include "ClientSamples.h"

namespace motcua::test {

IntakeRequest birthRegistrationOf(const QString& owner)
{
    IntakeRequest r;
    r.procedureCode = kBirthRegistration;
    r.owner.fullName = owner;
    r.owner.idNumber = QStringLiteral("001190012345");
    r.owner.phone = QStringLiteral("0912 345 678");
    r.owner.address = QStringLiteral("Số 1 Trần Phú, Đà Lạt");
    r.components = {{1, 1, 0, 0, {}}, {2, 1, 0, 0, {}}, {4, 0, 0, 1, {}}};
    return r;
}

QStringList demoServerArgs()
{
    return {QStringLiteral("--demo"), QStringLiteral("--set"),
            QStringLiteral("motcua.auth.argon2.memoryKiB=64"), QStringLiteral("--set"),
            QStringLiteral("motcua.auth.argon2.iterations=1")};
}

client::SyncEngine::Options fastSyncOptions(std::optional<int> reservedBlock)
{
    client::SyncEngine::Options o;
    o.syncIntervalMs = 3600 * 1000;
    // Tests decide when a workstation pulls (syncNow): no wait on the feed between cycles
    // (tst_firstsync tests that wait).
    o.watchSeconds = 0;
    o.minBackoffMs = 100;
    o.maxBackoffMs = 1000;
    if (reservedBlock) {
        o.reserveLowWater = *reservedBlock;
        o.reserveBlockSize = *reservedBlock;
    }
    return o;
}

} // namespace motcua::test
