#include "SampleData.h"
#include "gui/main/ConflictDialog.h"

#include <QPushButton>
#include <QTableWidget>
#include <QtTest>

using namespace motcua;
using namespace motcua::client;
using namespace motcua::test;

class TstConflictDialog : public QObject {
    Q_OBJECT
private slots:
    void showsBothVersionsAndTheDifferences()
    {
        Dossier mine = sampleDossier();
        mine.version = 4;
        mine.status = DossierStatus::Returned;
        mine.returnedTo.fullName = QStringLiteral("Phạm Thu Hà");
        Dossier server = mine;
        server.version = 5;
        server.status = DossierStatus::Withdrawn;
        server.returnedTo = {};
        ConflictDialog dialog(mine, server);
        QTableWidget* t = dialog.table();
        QCOMPARE(t->columnCount(), 2);
        int differing = 0;
        for (int r = 0; r < t->rowCount(); ++r) {
            const bool same = t->item(r, 0)->text() == t->item(r, 1)->text();
            QCOMPARE(t->item(r, 0)->background() == t->item(r, 1)->background(), true);
            if (!same) {
                ++differing;
                QVERIFY(t->item(r, 0)->background().style() != Qt::NoBrush);
            }
        }
        QCOMPARE(differing, 3); // version, status and to whom it was returned; nothing else
        QCOMPARE(t->item(0, 0)->text(), QStringLiteral("4"));
        QCOMPARE(t->item(0, 1)->text(), QStringLiteral("5"));
    }

    void theChoiceIsTheClerks()
    {
        const Dossier d = sampleDossier();
        ConflictDialog keep(d, d);
        keep.findChild<QPushButton*>(QStringLiteral("keepServer"))->click();
        QCOMPARE(keep.choice(), ConflictDialog::KeepServer);
        ConflictDialog again(d, d);
        again.findChild<QPushButton*>(QStringLiteral("reapplyMine"))->click();
        QCOMPARE(again.choice(), ConflictDialog::ReapplyMine);
    }
};

QTEST_MAIN(TstConflictDialog)
#include "tst_conflictdialog.moc"
