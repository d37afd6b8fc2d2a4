#include "QueueSamples.h"

#include "SampleData.h"
#include "core/VnTime.h"

namespace motcua::test::queues {

const QString kUnit = QStringLiteral("Tư pháp - Hộ tịch");

User specialist(const QString& username)
{
    User u;
    u.username = username;
    u.fullName = QStringLiteral("Trần Văn Minh");
    u.roles = {Role::Specialist};
    u.unit = kUnit;
    u.agencyId = QStringLiteral("000.00.53.H48");
    return u;
}

User leader()
{
    User u;
    u.username = QStringLiteral("ld1");
    u.fullName = QStringLiteral("Lê Văn Hùng");
    u.roles = {Role::Leader};
    u.unit = kUnit;
    u.agencyId = QStringLiteral("000.00.53.H48");
    return u;
}

User receptionist()
{
    User u;
    u.username = QStringLiteral("tn1");
    u.fullName = QStringLiteral("Phạm Thị Lan");
    u.roles = {Role::Receptionist};
    u.unit = QStringLiteral("Bộ phận Một cửa");
    u.agencyId = QStringLiteral("000.00.53.H48");
    return u;
}

QDateTime friday()
{
    return vntime::fromCivil(QDate(2026, 11, 20), QTime(15, 0));
}

QString code(int n)
{
    return QStringLiteral("000.00.53.H48-261116-%1").arg(n, 4, 10, QChar(u'0'));
}

Dossier running(int n, const QString& step, const QString& unit, const QString& assignee,
                const QDateTime& stepDue, const QString& owner)
{
    Dossier d = sampleDossier();
    d.code = code(n);
    d.owner.fullName = owner;
    d.submitter = d.owner;
    d.receivedAt = vntime::fromCivil(QDate(2026, 11, 16), QTime(8, 0)).addSecs(n * 60);
    d.appointmentAt = vntime::fromCivil(QDate(2026, 11, 27), QTime(17, 0));
    d.finishedAt = {};
    d.status = DossierStatus::InProgress;
    d.currentStepId = step;
    d.currentUnit = unit;
    d.assignee = assignee;
    StepDeadline sd;
    sd.stepId = step;
    sd.assignee = assignee;
    sd.startedAt = d.receivedAt;
    sd.dueAt = stepDue;
    d.stepDeadlines = {sd};
    d.pauses.clear();
    d.version = 3;
    return d;
}

bool fill(client::LocalStore& store)
{
    const Procedure p = sampleProcedure();
    if (!store.replaceCatalogue({}, {Field{p.fieldCode, QStringLiteral("Hộ tịch")}}, {p}))
        return false;
    const QDateTime tuesday = vntime::fromCivil(QDate(2026, 11, 24), QTime(10, 0));
    const QDateTime monday = vntime::fromCivil(QDate(2026, 11, 23), QTime(10, 0));
    QList<Dossier> all;
    // 1 (A): cv1's, step due Tuesday.
    all << running(1, QStringLiteral("process"), kUnit, QStringLiteral("cv1"), tuesday,
                   QStringLiteral("Nguyễn Văn An"));
    // 2 (B): waiting unassigned in the unit for a specialist.
    all << running(2, QStringLiteral("process"), kUnit, {}, tuesday,
                   QStringLiteral("Trần Thị Bích"));
    // 3 (C): cv2's.
    all << running(3, QStringLiteral("process"), kUnit, QStringLiteral("cv2"), tuesday,
                   QStringLiteral("Lê Văn Cường"));
    // 4 (D): cv1's, step due Monday 10:00 — within 8 working hours of Friday 15:00.
    all << running(4, QStringLiteral("process"), kUnit, QStringLiteral("cv1"), monday,
                   QStringLiteral("Phạm Thị Dung"));
    // 5 (E): cv1's, step due Thursday: overdue.
    all << running(5, QStringLiteral("process"), kUnit, QStringLiteral("cv1"),
                   vntime::fromCivil(QDate(2026, 11, 19), QTime(17, 0)),
                   QStringLiteral("Hoàng Văn Em"));
    // 6 (F): cv1's, supplement requested.
    Dossier f = running(6, QStringLiteral("process"), kUnit, QStringLiteral("cv1"), tuesday,
                        QStringLiteral("Vũ Thị Phương"));
    f.status = DossierStatus::SupplementRequested;
    f.pauses = {Pause{PauseKind::Supplement, friday().addDays(-1), {}, {}}};
    all << f;
    // 7 (G): finished by cv1, ready to return.
    Dossier g = running(7, QStringLiteral("approve"), kUnit, QStringLiteral("cv1"), {},
                        QStringLiteral("Đặng Văn Giang"));
    g.status = DossierStatus::Finished;
    g.finishedAt = friday().addDays(-1);
    g.stepDeadlines.first().finishedAt = g.finishedAt;
    all << g;
    // 8 (H): returned.
    Dossier h = g;
    h.code = code(8);
    h.owner.fullName = QStringLiteral("Bùi Thị Hoa");
    h.receivedAt = h.receivedAt.addSecs(60);
    h.status = DossierStatus::Returned;
    h.returnedAt = friday().addSecs(-3600);
    all << h;
    // 9 (I): withdrawn, cv2's.
    Dossier i = running(9, QStringLiteral("process"), kUnit, QStringLiteral("cv2"), tuesday,
                        QStringLiteral("Ngô Văn Ích"));
    i.status = DossierStatus::Withdrawn;
    i.stepDeadlines.first().finishedAt = friday().addDays(-2);
    all << i;
    // 10 (J): waiting for the head of unit to assign it.
    all << running(10, QStringLiteral("assign"), kUnit, {}, tuesday, QStringLiteral("Đỗ Thị Kim"));
    // 11 (K): received today at the counter (still at intake).
    Dossier k =
        running(11, QStringLiteral("intake"), QStringLiteral("Bộ phận Một cửa"),
                QStringLiteral("tn1"), friday().addSecs(4 * 3600), QStringLiteral("Lý Văn Long"));
    k.receivedAt = friday().addSecs(-3600);
    k.status = DossierStatus::Accepted;
    all << k;
    // 12 (L): another unit's, waiting for a specialist there.
    all << running(12, QStringLiteral("process"), QStringLiteral("Văn hóa - Xã hội"), {}, tuesday,
                   QStringLiteral("Mai Thị Lụa"));
    return bool(store.saveDossiers(all, false));
}

} // namespace motcua::test::queues
