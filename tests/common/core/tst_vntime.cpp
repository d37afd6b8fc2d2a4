#include "core/VnTime.h"

#include <QtTest>

using namespace motcua;

class TstVnTime : public QObject {
    Q_OBJECT
private slots:
    void civilDateIsVietnamWhateverTheMachineZone()
    {
        // 2026-01-31 20:00 UTC is already 1 February 03:00 in Vietnam; the test runs with
        // TZ=America/Los_Angeles where it is still 31 January.
        const QDateTime utc(QDate(2026, 1, 31), QTime(20, 0), Qt::UTC);
        QCOMPARE(utc.toLocalTime().date(), QDate(2026, 1, 31)); // proves the TZ pin is active
        QCOMPARE(vntime::civilDate(utc), QDate(2026, 2, 1));
        QCOMPARE(vntime::civilTime(utc), QTime(3, 0));
    }
    void fromCivilIsTheSameInstant()
    {
        const QDateTime t = vntime::fromCivil(QDate(2026, 11, 22), QTime(9, 15));
        QCOMPARE(t.toUTC(), QDateTime(QDate(2026, 11, 22), QTime(2, 15), Qt::UTC));
        QCOMPARE(t.offsetFromUtc(), 7 * 3600);
    }
    void nowCarriesTheVietnamOffset() { QCOMPARE(vntime::now().offsetFromUtc(), 7 * 3600); }
};

QTEST_GUILESS_MAIN(TstVnTime)
#include "tst_vntime.moc"
