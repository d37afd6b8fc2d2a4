#include "GuiSamples.h"
#include "TestDates.h"
#include "gui/dossier/DeadlineState.h"
#include "gui/dossier/DossierView.h"
#include "gui/dossier/HistoryModel.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QtTest>

using namespace motcua;
using namespace motcua::client;
using namespace motcua::test;

Q_DECLARE_METATYPE(motcua::client::DeadlineState::Kind)

class TstDossierView : public QObject {
    Q_OBJECT

    static QString text(const QWidget& w, const char* name)
    {
        auto* l = w.findChild<QLabel*>(QString::fromLatin1(name));
        return l ? l->text() : QStringLiteral("<no %1>").arg(QString::fromLatin1(name));
    }

private slots:
    // Dossier 0 was received Friday 20/11/2026 and is due Wednesday 25/11 at 17:00 (Vietnam).
    void deadlineStates_data()
    {
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<int>("status");
        QTest::addColumn<QDateTime>("finishedAt");
        QTest::addColumn<DeadlineState::Kind>("kind");
        QTest::addColumn<QString>("words");
        const int running = int(DossierStatus::InProgress);
        const int finished = int(DossierStatus::Finished);
        QTest::newRow("two working days ahead (over the weekend)")
            << vn(2026, 11, 20, 10, 0) << running << QDateTime() << DeadlineState::Kind::OnTrack
            << QStringLiteral("On schedule: due 17:00 25/11/2026, 3 working day(s) left");
        QTest::newRow("due the next working day")
            << vn(2026, 11, 24, 10, 0) << running << QDateTime() << DeadlineState::Kind::DueSoon
            << QStringLiteral("Due on the next working day (17:00 25/11/2026)");
        QTest::newRow("due today")
            << vn(2026, 11, 25, 8, 0) << running << QDateTime() << DeadlineState::Kind::DueSoon
            << QStringLiteral("Due today at 17:00");
        // 23:30 on 24/11 in Vietnam is 08:30 the same day in Los Angeles: still "next day".
        QTest::newRow("late evening, Vietnam time")
            << vn(2026, 11, 24, 23, 30) << running << QDateTime() << DeadlineState::Kind::DueSoon
            << QStringLiteral("Due on the next working day (17:00 25/11/2026)");
        QTest::newRow("just past the appointment")
            << vn(2026, 11, 25, 17, 30) << running << QDateTime() << DeadlineState::Kind::Overdue
            << QStringLiteral("Overdue (due 17:00 25/11/2026)");
        QTest::newRow("two working days late")
            << vn(2026, 11, 27, 9, 0) << running << QDateTime() << DeadlineState::Kind::Overdue
            << QStringLiteral("Overdue by 2 working day(s) (due 17:00 25/11/2026)");
        QTest::newRow("finished early")
            << vn(2026, 11, 27, 9, 0) << finished << vn(2026, 11, 24, 16, 0)
            << DeadlineState::Kind::Early
            << QStringLiteral("Finished early (16:00 24/11/2026, due 17:00 25/11/2026)");
        QTest::newRow("finished on the day")
            << vn(2026, 11, 27, 9, 0) << finished << vn(2026, 11, 25, 16, 59)
            << DeadlineState::Kind::OnTime
            << QStringLiteral("Finished on time (16:59 25/11/2026, due 17:00 25/11/2026)");
        QTest::newRow("finished late")
            << vn(2026, 11, 27, 9, 0) << finished << vn(2026, 11, 26, 8, 0)
            << DeadlineState::Kind::Late
            << QStringLiteral("Finished late (08:00 26/11/2026, due 17:00 25/11/2026)");
        QTest::newRow("waiting for a supplement")
            << vn(2026, 11, 27, 9, 0) << int(DossierStatus::SupplementRequested) << QDateTime()
            << DeadlineState::Kind::Paused
            << QStringLiteral("Clock stopped: waiting for the applicant");
        QTest::newRow("withdrawn")
            << vn(2026, 11, 27, 9, 0) << int(DossierStatus::Withdrawn) << QDateTime()
            << DeadlineState::Kind::None << QStringLiteral("No deadline: withdrawn");
    }
    void deadlineStates()
    {
        QFETCH(QDateTime, now);
        QFETCH(int, status);
        QFETCH(QDateTime, finishedAt);
        QFETCH(DeadlineState::Kind, kind);
        QFETCH(QString, words);
        Dossier d = guiDossiers().at(0);
        d.status = DossierStatus(status);
        d.finishedAt = finishedAt;
        DossierView view;
        view.setClock([now] { return now; });
        view.setDossier(d);
        QCOMPARE(view.deadline().kind(), kind);
        auto* label = view.findChild<QLabel*>(QStringLiteral("deadline"));
        QCOMPARE(label->text(), words);
        QCOMPARE(label->property("deadlineKind").toInt(), int(kind));
        // The colour is in the label's style, the words say the same for colour-blind eyes.
        const QString expectedColour = view.deadline().background().name();
        QVERIFY2(label->styleSheet().contains(expectedColour), qPrintable(label->styleSheet()));
        const QMap<DeadlineState::Kind, QString> colours{
            {DeadlineState::Kind::OnTrack, QStringLiteral("#2e7d32")},
            {DeadlineState::Kind::Early, QStringLiteral("#2e7d32")},
            {DeadlineState::Kind::OnTime, QStringLiteral("#2e7d32")},
            {DeadlineState::Kind::DueSoon, QStringLiteral("#f9a825")},
            {DeadlineState::Kind::Overdue, QStringLiteral("#c62828")},
            {DeadlineState::Kind::Late, QStringLiteral("#c62828")},
            {DeadlineState::Kind::Paused, QStringLiteral("#546e7a")},
            {DeadlineState::Kind::None, QStringLiteral("#9e9e9e")}};
        QCOMPARE(expectedColour, colours.value(kind));
    }

    void anOpenPauseStopsTheClock()
    {
        Dossier d = guiDossiers().at(0);
        d.pauses = {{PauseKind::FinancialObligation, vn(2026, 11, 23, 9, 0), {}, {}}};
        QCOMPARE(DeadlineState::evaluate(d, vn(2026, 11, 30, 9, 0), WorkingCalendar()).kind(),
                 DeadlineState::Kind::Paused);
    }

    void aBusinessWaitingForASupplement()
    {
        DossierView view;
        view.setClock([] { return vn(2026, 11, 24, 10, 0); });
        view.setDossier(guiDossiers().at(4));
        QVERIFY(text(view, "owner").contains(QStringLiteral("tax code 0101234567")));
        QCOMPARE(text(view, "submitter"), QStringLiteral("the representative"));
        QCOMPARE(text(view, "pause"),
                 QStringLiteral("since 15:00 23/11/2026: Thiếu bản sao hợp đồng thuê địa điểm"));
        QCOMPARE(text(view, "appointment"),
                 QStringLiteral("17:00 26/11/2026 (moves when the clock restarts)"));
        QCOMPARE(view.deadline().kind(), DeadlineState::Kind::Paused);
        view.setDossier(guiDossiers().at(0));
        QCOMPARE(text(view, "pause"), QString());
    }

    void dueSoonSpansTheWeekend()
    {
        // Due Monday 23/11: on Friday 20/11 the next working day is Monday, so it is due soon.
        Dossier d = guiDossiers().at(0);
        d.appointmentAt = vn(2026, 11, 23, 17, 0);
        QCOMPARE(DeadlineState::evaluate(d, vn(2026, 11, 20, 9, 0), WorkingCalendar()).kind(),
                 DeadlineState::Kind::DueSoon);
        QCOMPARE(DeadlineState::evaluate(d, vn(2026, 11, 19, 9, 0), WorkingCalendar()).kind(),
                 DeadlineState::Kind::OnTrack);
    }

    void showsEverythingAboutTheDossier()
    {
        DossierView view;
        view.setClock([] { return vn(2026, 11, 24, 10, 0); });
        view.setUserNameLookup(&officerName);
        view.setDossier(guiDossiers().at(0));

        QCOMPARE(text(view, "dossierCode"), QStringLiteral("000.00.53.H48-261120-0042"));
        QCOMPARE(text(view, "procedure"),
                 QStringLiteral("Thủ tục đăng ký khai sinh (procedure 1.001193)"));
        QCOMPARE(text(view, "status"), QStringLiteral("In progress"));
        QCOMPARE(text(view, "owner"),
                 QStringLiteral("<b>Nguyễn Thị Ánh</b><br>ID 001190012345 · 0912345678 · "
                                "anh.nguyen@example.vn<br>Số 12 ngõ 34 phố Đội Cấn, phường Ba "
                                "Đình, Hà Nội"));
        QCOMPARE(text(view, "submitter"), QStringLiteral("the owner"));
        QVERIFY(text(view, "representative")
                    .startsWith(QStringLiteral("<b>Trần Văn Đức</b><br>ID 001085004321")));
        QCOMPARE(text(view, "channel"), QStringLiteral("In person"));
        // Vietnam time although the test runs in Los Angeles.
        QCOMPARE(text(view, "received"), QStringLiteral("09:30 20/11/2026"));
        QCOMPARE(text(view, "appointment"), QStringLiteral("17:00 25/11/2026"));
        QCOMPARE(text(view, "statutoryTime"), QStringLiteral("3 working day(s)"));
        QCOMPARE(text(view, "currentStep"), QStringLiteral("Chuyên viên thẩm định"));
        QCOMPARE(text(view, "currentUnit"), QStringLiteral("Tư pháp - Hộ tịch"));
        QCOMPARE(text(view, "assignee"), QStringLiteral("Lê Thị Hoa (cv.hoa)"));
        // The step was due Monday 17:00: behind schedule on Tuesday.
        QCOMPARE(text(view, "stepDeadline"), QStringLiteral("17:00 23/11/2026 — behind schedule"));
        QCOMPARE(text(view, "finished"), QStringLiteral("not yet"));

        auto* components = view.findChild<QTableWidget*>(QStringLiteral("componentsTable"));
        QCOMPARE(components->rowCount(), 2);
        QCOMPARE(components->item(0, 1)->text(),
                 QStringLiteral("Tờ khai đăng ký khai sinh theo mẫu"));
        QCOMPARE(components->item(0, 2)->text(), QStringLiteral("1"));
        QCOMPARE(components->item(1, 5)->text(), QStringLiteral("reused"));
        auto* fees = view.findChild<QTableWidget*>(QStringLiteral("feesTable"));
        QCOMPARE(fees->rowCount(), 1);
        QCOMPARE(fees->item(0, 1)->text(), QStringLiteral("8.000 VND"));
        QCOMPARE(fees->item(0, 3)->text(), QStringLiteral("paid"));
        QCOMPARE(fees->item(0, 5)->text(), QStringLiteral("BL-0001234"));

        auto* history = view.findChild<QTableView*>(QStringLiteral("historyTable"));
        const QAbstractItemModel* h = history->model();
        QCOMPARE(h->rowCount(), 2);
        QCOMPARE(h->index(1, HistoryModel::Time).data().toString(),
                 QStringLiteral("14:00 20/11/2026"));
        QCOMPARE(h->index(1, HistoryModel::Officer).data().toString(),
                 QStringLiteral("Vũ Đức Minh"));
        QCOMPARE(h->index(1, HistoryModel::Action).data().toString(), QStringLiteral("Forwarded"));
        QCOMPARE(h->index(1, HistoryModel::Steps).data().toString(),
                 QStringLiteral("Lãnh đạo phân công → Chuyên viên thẩm định (Lê Thị Hoa)"));
        QCOMPARE(h->index(1, HistoryModel::StepResult).data().toString(), QStringLiteral("Early"));
        auto* tabs = view.findChild<QTabWidget*>(QStringLiteral("dossierTabs"));
        QCOMPARE(tabs->tabText(0), QStringLiteral("History (2)"));
        QCOMPARE(tabs->currentIndex(), 0);
    }

    void returnIsOfferedOnlyWhenTheResultIsReady()
    {
        DossierView view;
        view.setClock([] { return vn(2026, 11, 24, 10, 0); });
        auto* button = view.findChild<QPushButton*>(QStringLiteral("returnResultButton"));
        QVERIFY(!button->isEnabled()); // nothing open
        QSignalSpy ret(&view, &DossierView::returnResultRequested);
        QSignalSpy receipt(&view, &DossierView::printReceiptRequested);
        QSignalSpy slip(&view, &DossierView::printControlSlipRequested);

        view.setDossier(guiDossiers().at(0)); // in progress
        QVERIFY(!button->isEnabled());
        view.setDossier(guiDossiers().at(2)); // returned already
        QVERIFY(!button->isEnabled());
        QCOMPARE(text(view, "returned"),
                 QStringLiteral("09:20 05/11/2026, handed to Phạm Minh Nguyên — ID 034092001122"));

        view.setDossier(guiDossiers().at(1)); // result ready
        QVERIFY(button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(ret.count(), 1);
        QCOMPARE(ret.at(0).at(0).toString(), QStringLiteral("000.00.53.H48-261118-0007"));
        QTest::mouseClick(view.findChild<QPushButton*>(QStringLiteral("printReceiptButton")),
                          Qt::LeftButton);
        QTest::mouseClick(view.findChild<QPushButton*>(QStringLiteral("printControlSlipButton")),
                          Qt::LeftButton);
        QCOMPARE(receipt.count(), 1);
        QCOMPARE(slip.count(), 1);
        QCOMPARE(slip.at(0).at(0).toString(), QStringLiteral("000.00.53.H48-261118-0007"));
        // A fee still due at return is shown as unpaid.
        auto* fees = view.findChild<QTableWidget*>(QStringLiteral("feesTable"));
        QCOMPARE(fees->item(0, 2)->text(), QStringLiteral("Collected at return"));
        QCOMPARE(fees->item(0, 3)->text(), QStringLiteral("unpaid"));

        view.clear();
        QVERIFY(!button->isEnabled());
        QCOMPARE(text(view, "dossierCode"), QStringLiteral("No dossier open"));
    }

    void historyModelIsSound()
    {
        HistoryModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto dossiers = guiDossiers();
        for (const Dossier& d : dossiers)
            model.setHistory(d.history, d.workflow, &officerName);
        model.setHistory(dossiers.at(2).history, dossiers.at(2).workflow);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(1, HistoryModel::Action).data().toString(),
                 QStringLiteral("Result returned"));
        QCOMPARE(model.index(1, HistoryModel::Officer).data().toString(),
                 QStringLiteral("rc.lan")); // no lookup: the username
        QCOMPARE(model.index(1, HistoryModel::Comment).data().toString(),
                 QStringLiteral("Đã ký sổ giao nhận"));
        model.setHistory({}, {});
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(TstDossierView)
#include "tst_dossierview.moc"
