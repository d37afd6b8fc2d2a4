#include "GuiSamples.h"
#include "TestDates.h"
#include "calendar/DeadlineCalculator.h"
#include "gui/returns/IdNumberCheck.h"
#include "gui/returns/ReturnDialog.h"
#include "workflow/WorkflowEngine.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QtTest>

using namespace motcua;
using namespace motcua::client;
using namespace motcua::test;

class TstReturnDialog : public QObject {
    Q_OBJECT

    const QDate m_today{2026, 11, 24};

    template <typename T> static T* child(const QWidget& w, const char* name)
    {
        auto* c = w.findChild<T*>(QString::fromLatin1(name));
        if (!c)
            qFatal("no child %s", name);
        return c;
    }
    static QPushButton* ok(const QWidget& w) { return child<QPushButton>(w, "recordReturnButton"); }
    static void retype(QLineEdit* e, const QString& text)
    {
        e->selectAll();
        QTest::keyClick(e, Qt::Key_Delete);
        for (QChar c : text)
            QTest::sendKeyEvent(QTest::Click, e, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
    // The engine's own check, so the dialog cannot drift from what the server will refuse.
    static Status engineAccepts(const Dossier& d, const ActionCommand& c)
    {
        WorkflowEngine engine{DeadlineCalculator(WorkingCalendar())};
        ActionRequest r;
        r.action = c.action;
        r.at = vn(2026, 11, 24, 10, 0);
        r.comment = c.comment;
        r.expectedVersion = c.version;
        r.recipient = c.recipient;
        r.feeReceiptNumber = c.feeReceiptNumber;
        r.paymentMethod = c.paymentMethod;
        const Actor clerk{
            QStringLiteral("rc.lan"), {Role::Receptionist}, QStringLiteral("Bộ phận Một cửa")};
        const auto after = engine.apply(d, clerk, r);
        if (!after)
            return after.error();
        return success();
    }

private slots:
    void feeDueAtReturnNeedsItsReceipt()
    {
        const Dossier d = guiDossiers().at(1); // result ready, 8.000 đ due at return
        ReturnDialog dialog(d, m_today);
        // Prefilled with the owner, whose ID is valid.
        QCOMPARE(child<QLineEdit>(dialog, "recipientName")->text(), QStringLiteral("Trần Văn Đức"));
        QCOMPARE(child<QLineEdit>(dialog, "recipientId")->text(), QStringLiteral("001085004321"));
        QCOMPARE(child<QLabel>(dialog, "recipientIdStatus")->text(),
                 QStringLiteral("Citizen ID: male, born 1985, registered in Hà Nội"));
        QCOMPARE(dialog.amountDue(), 8000);
        QCOMPARE(child<QLabel>(dialog, "amountDue")->text(), QStringLiteral("<b>8.000 VND</b>"));
        // …but the fee is not collected yet.
        QVERIFY(!ok(dialog)->isEnabled());
        QCOMPARE(dialog.problems(),
                 QStringList{QStringLiteral("Collect the fees and enter the receipt number.")});
        QVERIFY(!engineAccepts(d, dialog.command()).ok()); // the engine agrees

        QTest::keyClicks(child<QLineEdit>(dialog, "feeReceiptNumber"), "BL-0005678");
        QVERIFY(ok(dialog)->isEnabled());
        QTest::mouseClick(child<QRadioButton>(dialog, "paymentTransfer"), Qt::LeftButton);
        QTest::keyClicks(child<QLineEdit>(dialog, "returnNote"), "Giu lai ban chinh");

        const ActionCommand c = dialog.command();
        QCOMPARE(c.action, WorkflowAction::ReturnResult);
        QCOMPARE(c.version, d.version);
        QCOMPARE(c.recipient.fullName, QStringLiteral("Trần Văn Đức"));
        QCOMPARE(c.recipient.idNumber, QStringLiteral("001085004321"));
        QCOMPARE(c.recipient.phone, QStringLiteral("0987654321")); // the owner's record kept
        QCOMPARE(c.feeReceiptNumber, QStringLiteral("BL-0005678"));
        QCOMPARE(c.paymentMethod, PaymentMethod::Transfer);
        QCOMPARE(c.comment, QStringLiteral("Giu lai ban chinh"));
        const Status accepted = engineAccepts(d, c);
        QVERIFY2(accepted.ok(), accepted.ok() ? "" : qPrintable(accepted.error().describe()));

        // Enter accepts once complete.
        dialog.show();
        QTest::keyClick(child<QLineEdit>(dialog, "recipientName"), Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

    void nameAndIdAreRequired()
    {
        Dossier d = guiDossiers().at(1);
        d.fees = {}; // nothing to collect
        ReturnDialog dialog(d, m_today);
        QVERIFY(!dialog.findChild<QGroupBox*>(QStringLiteral("feesDue")));
        QVERIFY(ok(dialog)->isEnabled());

        auto* name = child<QLineEdit>(dialog, "recipientName");
        auto* id = child<QLineEdit>(dialog, "recipientId");
        auto* status = child<QLabel>(dialog, "recipientIdStatus");
        name->clear();
        QVERIFY(!ok(dialog)->isEnabled());
        retype(name, QStringLiteral("Nguyễn Thị Hường"));
        QVERIFY(ok(dialog)->isEnabled());

        retype(id, QStringLiteral("12345"));
        QVERIFY(!ok(dialog)->isEnabled());
        QCOMPARE(status->text(),
                 QStringLiteral("An ID number has 12 digits (9 on an old ID card); this one has "
                                "5 digit(s)."));
        retype(id, QStringLiteral("999190012345")); // no province 999
        QVERIFY(!ok(dialog)->isEnabled());
        QVERIFY(status->text().contains(QStringLiteral("999")));
        retype(id, QStringLiteral("001290012345")); // born 2090: in the future
        QVERIFY(!ok(dialog)->isEnabled());
        retype(id, QStringLiteral("00119001234A"));
        QVERIFY(!ok(dialog)->isEnabled());
        QVERIFY(status->text().contains(QStringLiteral("'A'")));
        retype(id, QStringLiteral("001 190 012 345")); // read out in groups
        QVERIFY(ok(dialog)->isEnabled());
        QCOMPARE(status->text(),
                 QStringLiteral("Citizen ID: female, born 1990, registered in Hà Nội"));
        QCOMPARE(dialog.command().recipient.idNumber, QStringLiteral("001190012345"));
        retype(id, QStringLiteral("012345678")); // old CMND
        QVERIFY(ok(dialog)->isEnabled());
        QCOMPARE(status->text(), QStringLiteral("Old ID card (CMND)"));
        retype(id, QStringLiteral("0101234567-001")); // a branch's tax code
        QVERIFY(ok(dialog)->isEnabled());

        // A foreigner's passport: declared as another document.
        retype(id, QStringLiteral("C1234567"));
        QVERIFY(!ok(dialog)->isEnabled());
        child<QCheckBox>(dialog, "otherDocument")->setChecked(true);
        QVERIFY(ok(dialog)->isEnabled());
        QCOMPARE(dialog.command().recipient.idNumber, QStringLiteral("C1234567"));
        QCOMPARE(dialog.command().recipient.fullName, QStringLiteral("Nguyễn Thị Hường"));
        QCOMPARE(dialog.command().recipient.phone, QString()); // not one of the dossier's people
        QVERIFY(engineAccepts(d, dialog.command()).ok());
    }

    void choosingWhoCollects()
    {
        Dossier d = guiDossiers().at(0); // has a representative
        d.status = DossierStatus::Finished;
        ReturnDialog dialog(d, m_today);
        auto* who = child<QComboBox>(dialog, "recipientWho");
        QCOMPARE(who->count(), 3); // owner, representative, someone else
        who->setCurrentIndex(1);
        QCOMPARE(child<QLineEdit>(dialog, "recipientName")->text(), QStringLiteral("Trần Văn Đức"));
        who->setCurrentIndex(2);
        QCOMPARE(child<QLineEdit>(dialog, "recipientName")->text(), QString());
        QVERIFY(!ok(dialog)->isEnabled());
        QCOMPARE(dialog.problems().size(), 2);
    }

    void aBusinessResultGoesToItsRepresentative()
    {
        Dossier d = guiDossiers().at(4);
        d.status = DossierStatus::Finished;
        ReturnDialog dialog(d, m_today);
        QCOMPARE(child<QLineEdit>(dialog, "recipientName")->text(), QStringLiteral("Lê Quang Huy"));
        QCOMPARE(child<QLineEdit>(dialog, "recipientId")->text(), QStringLiteral("001089005555"));
        QVERIFY(ok(dialog)->isEnabled());
    }

    void idNumberCheck_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("kind");
        QTest::newRow("cccd") << "001190012345" << int(IdNumberCheck::Kind::CitizenId);
        QTest::newRow("cccd spaced") << " 001 190 012 345 " << int(IdNumberCheck::Kind::CitizenId);
        QTest::newRow("cmnd") << "012345678" << int(IdNumberCheck::Kind::LegacyId);
        QTest::newRow("tax") << "0101234567" << int(IdNumberCheck::Kind::TaxCode);
        QTest::newRow("tax branch") << "0101234567-001" << int(IdNumberCheck::Kind::TaxCode);
        QTest::newRow("empty") << "" << int(IdNumberCheck::Kind::Invalid);
        QTest::newRow("11 digits") << "00119001234" << int(IdNumberCheck::Kind::Invalid);
        QTest::newRow("full-width digits")
            << "００１１９００１２３４５" << int(IdNumberCheck::Kind::Invalid);
        QTest::newRow("bad branch") << "0101234567-01" << int(IdNumberCheck::Kind::Invalid);
    }
    void idNumberCheck()
    {
        QFETCH(QString, text);
        QFETCH(int, kind);
        const auto r = IdNumberCheck::check(text, m_today);
        QCOMPARE(int(r.kind), kind);
        QVERIFY(!r.message.isEmpty());
    }
};

QTEST_MAIN(TstReturnDialog)
#include "tst_returndialog.moc"
