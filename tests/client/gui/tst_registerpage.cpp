#include "GuiSamples.h"
#include "TestDates.h"
#include "core/VnTime.h"
#include "gui/register/RegisterModel.h"
#include "gui/register/RegisterPage.h"

#include <QAbstractItemModelTester>
#include <QAbstractItemView>
#include <QDateEdit>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QtTest>

using namespace motcua;
using namespace motcua::client;
using namespace motcua::test;

class TstRegisterPage : public QObject {
    Q_OBJECT

    QList<Dossier> m_dossiers;
    QList<std::pair<QDate, QDate>> m_asked;

    RegisterPage::RangeFunction range()
    {
        // What LocalStore::receivedBetween does: Vietnam civil dates of receipt, inclusive.
        return [this](const QDate& from, const QDate& to) {
            m_asked.append({from, to});
            QList<Dossier> out;
            for (const Dossier& d : std::as_const(m_dossiers)) {
                const QDate day = vntime::civilDate(d.receivedAt);
                if (day >= from && day <= to)
                    out.prepend(d); // any order: the register sorts by receipt
            }
            return out;
        };
    }
    static QString cell(const QAbstractItemModel* m, int row, int column)
    {
        return m->index(row, column).data().toString();
    }

private slots:
    void aHiddenPageDoesNotReadTheStore()
    {
        int calls = 0;
        RegisterPage page(
            [&](const QDate&, const QDate&) {
                ++calls;
                return QList<Dossier>();
            },
            QDate(2026, 11, 24));
        page.showToday();
        QCOMPARE(calls, 0);
        page.show();
        QCOMPARE(calls, 1);
        page.showThisMonth();
        QCOMPARE(calls, 2);
    }

    void init()
    {
        m_dossiers = guiDossiers();
        // Received at 00:30 on 21/11 in Vietnam: still the 20th in UTC and in Los Angeles.
        Dossier late = m_dossiers.at(5);
        late.code = QStringLiteral("000.00.53.H48-261121-0001");
        late.receivedAt = vn(2026, 11, 21, 0, 30);
        late.appointmentAt = vn(2026, 11, 25, 17, 0);
        m_dossiers << late;
        m_asked.clear();
    }

    void thisMonthByDefault()
    {
        RegisterPage page(range(), QDate(2026, 11, 24));
        page.show(); // the page reads the store when it is looked at
        QAbstractItemModelTester tester(page.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(page.from(), QDate(2026, 11, 1));
        QCOMPARE(page.to(), QDate(2026, 11, 30));
        QCOMPARE(m_asked.size(), 1); // one query, not one per date edit
        const RegisterModel* m = page.model();
        QCOMPARE(m->rowCount(), 7);
        QCOMPARE(page.findChild<QLabel*>(QStringLiteral("registerCount"))->text(),
                 QStringLiteral("7 dossier(s) received from 01/11/2026 to 30/11/2026"));
        // In order of receipt, numbered from 1.
        QCOMPARE(cell(m, 0, RegisterModel::Number), QStringLiteral("1"));
        QCOMPARE(cell(m, 0, RegisterModel::Code), QStringLiteral("000.00.53.H48-261102-0015"));
        QCOMPARE(cell(m, 6, RegisterModel::Number), QStringLiteral("7"));
        QCOMPARE(cell(m, 6, RegisterModel::Code), QStringLiteral("000.00.53.H48-261124-0002"));
        QCOMPARE(cell(m, 4, RegisterModel::Received), QStringLiteral("21/11/2026"));
    }

    void mau06Columns()
    {
        RegisterPage page(range(), QDate(2026, 11, 24));
        page.show(); // the page reads the store when it is looked at
        page.setUserNameLookup(&officerName);
        const RegisterModel* m = page.model();
        QCOMPARE(m->columnCount(), int(RegisterModel::ColumnCount));
        const QStringList headers{QStringLiteral("No."),
                                  QStringLiteral("Dossier code"),
                                  QStringLiteral("Content"),
                                  QStringLiteral("Sets"),
                                  QStringLiteral("Owner"),
                                  QStringLiteral("Address"),
                                  QStringLiteral("Phone"),
                                  QStringLiteral("Received"),
                                  QStringLiteral("Due"),
                                  QStringLiteral("Returned\non"),
                                  QStringLiteral("Returned\nto"),
                                  QStringLiteral("Handed\nover by"),
                                  QStringLiteral("Receiving\nofficer"),
                                  QStringLiteral("Notes")};
        for (int c = 0; c < headers.size(); ++c)
            QCOMPARE(m->headerData(c, Qt::Horizontal).toString(), headers.at(c));

        // Row 1: the returned marriage registration.
        QCOMPARE(cell(m, 0, RegisterModel::Content), QStringLiteral("Đăng ký kết hôn"));
        QCOMPARE(cell(m, 0, RegisterModel::Sets), QStringLiteral("1"));
        QCOMPARE(cell(m, 0, RegisterModel::Owner), QStringLiteral("Phạm Minh Nguyên"));
        QCOMPARE(cell(m, 0, RegisterModel::Address),
                 QStringLiteral("Thôn Đông, xã Vũ Thư, Thái Bình"));
        QCOMPARE(cell(m, 0, RegisterModel::Phone), QStringLiteral("0356789012"));
        QCOMPARE(cell(m, 0, RegisterModel::Received), QStringLiteral("02/11/2026"));
        QCOMPARE(cell(m, 0, RegisterModel::Due), QStringLiteral("04/11/2026"));
        QCOMPARE(cell(m, 0, RegisterModel::ReturnedOn), QStringLiteral("05/11/2026"));
        QCOMPARE(cell(m, 0, RegisterModel::ReturnedTo), QStringLiteral("Phạm Minh Nguyên"));
        QCOMPARE(cell(m, 0, RegisterModel::ReturnedBy), QStringLiteral("Đỗ Thị Lan"));
        QCOMPARE(cell(m, 0, RegisterModel::ReceivedBy), QStringLiteral("Đỗ Thị Lan"));
        QCOMPARE(cell(m, 0, RegisterModel::Notes), QStringLiteral("Đã ký sổ giao nhận"));
        // Not returned yet: the columns stay empty for the pen.
        QCOMPARE(cell(m, 1, RegisterModel::ReturnedOn), QString());
        QCOMPARE(cell(m, 1, RegisterModel::ReturnedBy), QString());
        QCOMPARE(cell(m, 1, RegisterModel::Sets), QStringLiteral("1"));
        QCOMPARE(cell(m, 2, RegisterModel::Sets), QStringLiteral("2"));
        // The business waiting for a supplement says so.
        QCOMPARE(cell(m, 5, RegisterModel::Notes), QStringLiteral("Supplement requested"));
    }

    void rangesAndPrinting()
    {
        RegisterPage page(range(), QDate(2026, 11, 24));
        page.show(); // the page reads the store when it is looked at
        QAbstractItemModelTester tester(page.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy print(&page, &RegisterPage::printRequested);
        auto* printButton = page.findChild<QPushButton*>(QStringLiteral("printRegisterButton"));

        page.setRange(QDate(2026, 11, 20), QDate(2026, 11, 21));
        QCOMPARE(page.model()->rowCount(), 2);
        QCOMPARE(cell(page.model(), 0, RegisterModel::Code),
                 QStringLiteral("000.00.53.H48-261120-0042"));
        QCOMPARE(cell(page.model(), 1, RegisterModel::Code),
                 QStringLiteral("000.00.53.H48-261121-0001"));
        QVERIFY(printButton->isEnabled());
        QTest::mouseClick(printButton, Qt::LeftButton);
        QCOMPARE(print.count(), 1);
        const auto printed = print.at(0).at(0).value<QList<Dossier>>();
        QCOMPARE(printed.size(), 2);
        QCOMPARE(printed.at(1).code, QStringLiteral("000.00.53.H48-261121-0001"));
        QCOMPARE(print.at(0).at(1).toDate(), QDate(2026, 11, 20));
        QCOMPARE(print.at(0).at(2).toDate(), QDate(2026, 11, 21));

        // Editing a date re-reads the register.
        auto* to = page.findChild<QDateEdit*>(QStringLiteral("registerTo"));
        to->setDate(QDate(2026, 11, 20));
        QCOMPARE(page.model()->rowCount(), 1);

        page.showToday();
        QCOMPARE(page.from(), QDate(2026, 11, 24));
        QCOMPARE(page.model()->rowCount(), 1);
        page.showLastMonth();
        QCOMPARE(page.from(), QDate(2026, 10, 1));
        QCOMPARE(page.to(), QDate(2026, 10, 31));
        QCOMPARE(page.model()->rowCount(), 0);
        QVERIFY(!printButton->isEnabled());

        page.setRange(QDate(2026, 11, 30), QDate(2026, 11, 1));
        QCOMPARE(page.model()->rowCount(), 0);
        QCOMPARE(page.findChild<QLabel*>(QStringLiteral("registerCount"))->text(),
                 QStringLiteral("The start date is after the end date."));
    }

    void enterOpensADossier()
    {
        RegisterPage page(range(), QDate(2026, 11, 24));
        page.show(); // the page reads the store when it is looked at
        page.show();
        QSignalSpy open(&page, &RegisterPage::openDossier);
        auto* table = page.findChild<QAbstractItemView*>(QStringLiteral("registerTable"));
        table->setFocus();
        table->setCurrentIndex(page.model()->index(2, 0));
        QTest::keyClick(table, Qt::Key_Return);
        QCOMPARE(open.count(), 1);
        QCOMPARE(open.at(0).at(0).toString(), QStringLiteral("000.00.53.H48-261118-0007"));
    }
};

QTEST_MAIN(TstRegisterPage)
#include "tst_registerpage.moc"
