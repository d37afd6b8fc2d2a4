#include "GuiSamples.h"
#include "TestDates.h"
#include "gui/lookup/BarcodeWedge.h"
#include "gui/lookup/DossierSummaryModel.h"
#include "gui/lookup/LookupPage.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QtTest>

using namespace motcua;
using namespace motcua::client;
using namespace motcua::test;

class TstLookupPage : public QObject {
    Q_OBJECT

    QList<DossierSummary> m_rows = guiSummaries();
    QList<Dossier> m_dossiers = guiDossiers();
    int m_searches = 0;

    LookupPage* makePage()
    {
        auto* page = new LookupPage(
            [this](const QString& text) {
                ++m_searches;
                return searchSummaries(m_rows, text);
            },
            [this](const QString& code) -> std::optional<Dossier> {
                for (const Dossier& d : m_dossiers) {
                    if (d.code == code)
                        return d;
                }
                return std::nullopt;
            });
        page->setClock([] { return vn(2026, 11, 24, 10, 0); });
        page->resize(1000, 500);
        return page;
    }
    static QStringList owners(const DossierSummaryModel* m)
    {
        QStringList out;
        for (int r = 0; r < m->rowCount(); ++r)
            out << m->index(r, DossierSummaryModel::Owner).data().toString();
        return out;
    }
    static void typeUnicode(QWidget* w, const QString& text)
    {
        for (QChar c : text)
            QTest::sendKeyEvent(QTest::Click, w, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }

private slots:
    void typingFiltersAsYouType()
    {
        std::unique_ptr<LookupPage> page(makePage());
        QAbstractItemModelTester tester(page->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        page->show();
        auto* field = page->findChild<QLineEdit*>(QStringLiteral("searchField"));
        QVERIFY(field);
        QCOMPARE(page->model()->rowCount(), 6); // the latest dossiers until the clerk types
        QSignalSpy open(page.get(), &LookupPage::openDossier);
        QTest::keyClick(field, Qt::Key_Return);
        QCOMPARE(open.count(), 0); // Enter on a blank field opens nothing
        const int before = m_searches;
        QTest::keyClicks(field, "nguyen");
        // No debounce while searches are fast: the list is up to date after the last key.
        QCOMPARE(m_searches - before, 6);
        QStringList names = owners(page->model());
        names.sort();
        QCOMPARE(names,
                 (QStringList{QStringLiteral("Nguyễn Thị Ánh"), QStringLiteral("Nguyễn Văn Bình"),
                              QStringLiteral("Phạm Minh Nguyên")}));
        // Newest first, and the first row is current so Enter opens it.
        QCOMPARE(page->model()->codeAt(0), QStringLiteral("000.00.53.H48-261120-0042"));
        auto* table = page->findChild<QTableView*>(QStringLiteral("resultsTable"));
        QCOMPARE(table->currentIndex().row(), 0);
        QCOMPARE(page->findChild<QLabel*>(QStringLiteral("resultCount"))->text(),
                 QStringLiteral("3 dossier(s) found"));

        QTest::keyClicks(field, " b");
        QCOMPARE(owners(page->model()), QStringList{QStringLiteral("Nguyễn Văn Bình")});
    }

    void vietnameseAndOtherFields()
    {
        std::unique_ptr<LookupPage> page(makePage());
        page->show();
        auto* field = page->findChild<QLineEdit*>(QStringLiteral("searchField"));
        typeUnicode(field, QStringLiteral("Ánh"));
        QCOMPARE(owners(page->model()), QStringList{QStringLiteral("Nguyễn Thị Ánh")});
        page->setQuery(QStringLiteral("0904111222")); // phone
        QCOMPARE(owners(page->model()), QStringList{QStringLiteral("Nguyễn Văn Bình")});
        page->setQuery(QStringLiteral("261118")); // part of a code
        QCOMPARE(owners(page->model()), QStringList{QStringLiteral("Trần Văn Đức")});
        page->setQuery(QStringLiteral("khong co ai"));
        QCOMPARE(page->model()->rowCount(), 0);
    }

    void rowsShowWhatAClerkNeeds()
    {
        std::unique_ptr<LookupPage> page(makePage());
        page->setQuery(QStringLiteral("nguyet"));
        const DossierSummaryModel* m = page->model();
        QCOMPARE(m->rowCount(), 1);
        // Received 08:05 Vietnam time on 24/11 — still 23/11 in Los Angeles, where tests run.
        QCOMPARE(m->index(0, DossierSummaryModel::Received).data().toString(),
                 QStringLiteral("24/11/2026"));
        QCOMPARE(m->index(0, DossierSummaryModel::Appointment).data().toString(),
                 QStringLiteral("27/11/2026"));
        QCOMPARE(m->index(0, DossierSummaryModel::Status).data().toString(),
                 QStringLiteral("Accepted"));
        QCOMPARE(m->index(0, DossierSummaryModel::Pending).data().toString(),
                 QStringLiteral("not sent"));

        page->setQuery(QStringLiteral("binh"));
        QCOMPARE(m->index(0, 0).data(DossierSummaryModel::DeadlineRole).toInt(),
                 int(DeadlineState::Kind::Overdue));
        QCOMPARE(
            m->index(0, DossierSummaryModel::Appointment).data(Qt::ForegroundRole).value<QColor>(),
            QColor(0xc6, 0x28, 0x28));
    }

    void enterOpensTheSelectedDossier()
    {
        std::unique_ptr<LookupPage> page(makePage());
        page->show();
        QSignalSpy open(page.get(), &LookupPage::openDossier);
        auto* field = page->findChild<QLineEdit*>(QStringLiteral("searchField"));
        QTest::keyClicks(field, "nguyen");
        QTest::keyClick(field, Qt::Key_Return);
        QCOMPARE(open.count(), 1);
        QCOMPARE(open.at(0).at(0).toString(), QStringLiteral("000.00.53.H48-261120-0042"));

        // Down goes into the list (to the second row), Enter there opens it.
        QTest::keyClick(field, Qt::Key_Down);
        auto* table = page->findChild<QTableView*>(QStringLiteral("resultsTable"));
        QCOMPARE(table->currentIndex().row(), 1);
        QTest::keyClick(table, Qt::Key_Return);
        QCOMPARE(open.count(), 2);
        QCOMPARE(open.at(1).at(0).toString(), page->model()->codeAt(1));

        // Typing in the list goes on in the field; Escape clears the field.
        QTest::keyClicks(table, " b");
        QCOMPARE(field->text(), QStringLiteral("nguyen b"));
        QTest::keyClick(field, Qt::Key_Escape);
        QCOMPARE(field->text(), QString());
    }

    void doubleClickOpens()
    {
        std::unique_ptr<LookupPage> page(makePage());
        page->show();
        QVERIFY(QTest::qWaitForWindowExposed(page.get()));
        QSignalSpy open(page.get(), &LookupPage::openDossier);
        page->setQuery(QStringLiteral("binh"));
        auto* table = page->findChild<QTableView*>(QStringLiteral("resultsTable"));
        const QRect cell = table->visualRect(page->model()->index(0, 1));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        QCOMPARE(open.count(), 0); // a single click only selects
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        QCOMPARE(open.count(), 1);
        QCOMPARE(open.at(0).at(0).toString(), QStringLiteral("000.00.53.H48-261116-0003"));
    }

    void aScanOpensTheDossierAtOnce()
    {
        std::unique_ptr<LookupPage> page(makePage());
        page->show();
        qint64 now = 5'000'000;
        BarcodeWedge wedge(qApp);
        wedge.setClock([&now] { return now; });
        connect(&wedge, &BarcodeWedge::scanned, page.get(), &LookupPage::handleScan);
        QSignalSpy open(page.get(), &LookupPage::openDossier);
        auto* field = page->findChild<QLineEdit*>(QStringLiteral("searchField"));
        field->setFocus();

        for (char c : QByteArrayLiteral("000.00.53.H48-261118-0007")) {
            now += 4;
            QTest::keyClick(field, c);
        }
        now += 4;
        QTest::keyClick(field, Qt::Key_Return);
        QCOMPARE(open.count(), 1); // once: the scanner's Enter does not also "open current"
        QCOMPARE(open.at(0).at(0).toString(), QStringLiteral("000.00.53.H48-261118-0007"));
        QCOMPARE(field->text(), QStringLiteral("000.00.53.H48-261118-0007"));
        QCOMPARE(page->model()->rowCount(), 1);
    }

    void scannedLinksAndIdCards()
    {
        std::unique_ptr<LookupPage> page(makePage());
        QSignalSpy open(page.get(), &LookupPage::openDossier);
        // The receipt's QR carries a lookup link.
        page->handleScan(QStringLiteral(
            "https://dichvucong.hanoi.gov.vn/tra-cuu?ma=000.00.53.h48-261120-0042&lang=vi"));
        QCOMPARE(open.count(), 1);
        QCOMPARE(open.at(0).at(0).toString(), QStringLiteral("000.00.53.H48-261120-0042"));

        // A code this counter does not have: said so, nothing opened.
        page->handleScan(QStringLiteral("000.00.53.H48-261001-0999"));
        QCOMPARE(open.count(), 1);
        auto* message = page->findChild<QLabel*>(QStringLiteral("lookupMessage"));
        QVERIFY(!message->isHidden());
        QVERIFY(message->text().contains(QStringLiteral("000.00.53.H48-261001-0999")));

        // A chip ID card's QR: the citizen's dossiers.
        page->handleScan(QStringLiteral("001078009876|012345678|Nguyễn Văn Bình|01011978|Nam|"
                                        "Số 8 Liễu Giai, Ba Đình, Hà Nội|15082021"));
        QCOMPARE(open.count(), 1);
        QCOMPARE(page->findChild<QLineEdit*>(QStringLiteral("searchField"))->text(),
                 QStringLiteral("001078009876"));
        QCOMPARE(owners(page->model()), QStringList{QStringLiteral("Nguyễn Văn Bình")});
        // … and the clerk is told it is an ID card, not a receipt.
        QVERIFY(!message->isHidden());
        QVERIFY2(message->text().contains(QLatin1String("ID card, not a receipt")),
                 qPrintable(message->text()));
    }

    // A receipt older than what this counter keeps (the first sync takes open and recent
    // dossiers): scanned, it is asked of the server and opened once it is there; a code the
    // server does not have either is said so. Typed, it is asked for too, and listed.
    void aCodeNotOnThisCounterIsAskedOfTheServer()
    {
        std::unique_ptr<LookupPage> page(makePage());
        QStringList asked;
        page->setFetch([&asked](const QString& code) { asked << code; });
        QSignalSpy open(page.get(), &LookupPage::openDossier);
        auto* message = page->findChild<QLabel*>(QStringLiteral("lookupMessage"));
        const QString old = QStringLiteral("000.00.53.H48-250301-0007");
        page->handleScan(old);
        QCOMPARE(asked, QStringList{old});
        QCOMPARE(open.count(), 0);
        QVERIFY2(message->text().contains(QLatin1String("asking the server")),
                 qPrintable(message->text()));
        // The answer: stored now (the workstation's dossierFetched).
        Dossier d = m_dossiers.first();
        d.code = old;
        m_dossiers << d;
        DossierSummary row = m_rows.first();
        row.code = old;
        m_rows << row;
        page->dossierFetched(old, true);
        QCOMPARE(open.count(), 1);
        QCOMPARE(open.first().at(0).toString(), old);

        // Unknown on the server too.
        const QString unknown = QStringLiteral("000.00.53.H48-240101-0999");
        page->handleScan(unknown);
        QCOMPARE(asked.size(), 2);
        page->dossierFetched(unknown, false);
        QCOMPARE(open.count(), 1);
        QVERIFY(!message->isHidden());
        QVERIFY2(message->text().contains(QLatin1String("nor found on the server")),
                 qPrintable(message->text()));
        // Typed again: the server said no already; not asked a second time.
        auto* field = page->findChild<QLineEdit*>(QStringLiteral("searchField"));
        field->clear();
        QTest::keyClicks(field, unknown);
        QCOMPARE(asked.size(), 2);

        // A whole code typed into the field is asked for as well, and listed when it comes.
        const QString typed = QStringLiteral("000.00.53.H48-250302-0008");
        field->clear();
        QTest::keyClicks(field, typed);
        QCOMPARE(asked.last(), typed);
        QVERIFY2(page->findChild<QLabel*>(QStringLiteral("resultCount"))
                     ->text()
                     .contains(QLatin1String("asking the server")),
                 qPrintable(page->findChild<QLabel*>(QStringLiteral("resultCount"))->text()));
        row.code = typed;
        m_rows << row;
        page->dossierFetched(typed, true);
        QCOMPARE(page->model()->rowCount(), 1);
        QCOMPARE(page->model()->codeAt(0), typed);
        QCOMPARE(open.count(), 1); // listed, not opened: the clerk typed it
    }

    void sortingOnRawValues()
    {
        DossierSummaryModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setClock([] { return vn(2026, 11, 24, 10, 0); });
        model.setSummaries(guiSummaries());
        QPersistentModelIndex binh = model.index(4, DossierSummaryModel::Owner);
        QCOMPARE(binh.data().toString(), QStringLiteral("Nguyễn Văn Bình"));
        model.sort(DossierSummaryModel::Owner);
        // Vietnamese order: by given name first (Ánh, Bình, Đức, Nguyên, Nguyệt, Xanh).
        QCOMPARE(owners(&model),
                 (QStringList{QStringLiteral("Nguyễn Thị Ánh"), QStringLiteral("Nguyễn Văn Bình"),
                              QStringLiteral("Trần Văn Đức"), QStringLiteral("Phạm Minh Nguyên"),
                              QStringLiteral("Hoàng Thị Nguyệt"),
                              QStringLiteral("Công ty TNHH Hòa Phát Xanh")}));
        QCOMPARE(binh.row(), 1); // persistent indexes follow their rows
        QCOMPARE(binh.data().toString(), QStringLiteral("Nguyễn Văn Bình"));
        model.sort(DossierSummaryModel::Received, Qt::AscendingOrder);
        QCOMPARE(model.codeAt(0), QStringLiteral("000.00.53.H48-261102-0015"));
        model.sort(DossierSummaryModel::Appointment, Qt::DescendingOrder);
        QCOMPARE(model.codeAt(0), QStringLiteral("000.00.53.H48-261124-0002"));
        model.setSummaries({});
        QCOMPARE(model.rowCount(), 0);
    }

    // How long a keystroke costs with a full page of results (the store's limit, 200 rows):
    // the model reset, the sort and the view's column sizing. Printed, and bounded loosely.
    void keystrokeCostWithAFullPage()
    {
        QList<DossierSummary> many;
        const auto base = guiSummaries();
        for (int i = 0; i < 200; ++i) {
            DossierSummary s = base.at(i % base.size());
            s.code = QStringLiteral("000.00.53.H48-2611%1-%2")
                         .arg(10 + i % 20)
                         .arg(i + 1, 4, 10, QLatin1Char('0'));
            many << s;
        }
        LookupPage page([&many](const QString&) { return many; }, {});
        page.resize(1000, 600);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto* field = page.findChild<QLineEdit*>(QStringLiteral("searchField"));
        QElapsedTimer t;
        t.start();
        const QByteArray typed = "nguyen van";
        for (char c : typed) {
            QTest::keyClick(field, c);
            QCoreApplication::processEvents(); // layout and paint, as on screen
        }
        const double perKey = double(t.nsecsElapsed()) / 1e6 / double(typed.size());
        qInfo("keystroke with 200 rows: %.1f ms (search itself %.3f ms)", perKey,
              double(page.lastSearchMicros()) / 1000.0);
        QCOMPARE(page.model()->rowCount(), 200);
        QVERIFY2(perKey < 100.0, qPrintable(QString::number(perKey)));
    }
};

QTEST_MAIN(TstLookupPage)
#include "tst_lookuppage.moc"
