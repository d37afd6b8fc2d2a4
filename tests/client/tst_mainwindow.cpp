#include "core/sync/Workstation.h"
#include "gui/main/MainWindow.h"
#include "gui/main/TodayPanel.h"
#include "gui/main/UpdateBanner.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>

using namespace motcua;
using namespace motcua::client;

class TstMainWindow : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        // The application's default language: Vietnamese, from the embedded translations.
        QVERIFY(m_translator.load(QLocale(QLocale::Vietnamese, QLocale::Vietnam),
                                  QStringLiteral("motcua"), QStringLiteral("_"),
                                  QStringLiteral(":/i18n")));
        QCoreApplication::installTranslator(&m_translator);
    }

    void standardButtonsSpeakVietnamese()
    {
        // Debian has no Vietnamese qtbase catalogue: ours carries Qt's button words.
        QDialogButtonBox box(QDialogButtonBox::Ok | QDialogButtonBox::Cancel |
                             QDialogButtonBox::Close);
        QCOMPARE(box.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Hủy"));
        QCOMPARE(box.button(QDialogButtonBox::Close)->text(), QStringLiteral("Đóng"));
        QCOMPARE(box.button(QDialogButtonBox::Ok)->text(), QStringLiteral("Đồng ý"));
    }

    void updateBannerShowsTheServersKeysAsText()
    {
        // What was kept aside is named by the server: shown as sent, never read as markup.
        UpdateBanner banner;
        banner.showState(true, {QStringLiteral("dossier <img src=\"x\">H36-1"),
                                QStringLiteral("procedure <b>1.2</b>")});
        auto* label = banner.findChild<QLabel*>(QStringLiteral("updateBannerText"));
        QVERIFY(label);
        QCOMPARE(label->textFormat(), Qt::PlainText);
        QVERIFY2(label->text().contains(QStringLiteral("<img src=\"x\">H36-1")),
                 qPrintable(label->text()));
    }

    void todayPanelNamesTheHolidayInVietnamese()
    {
        TodayPanel panel;
        panel.showDay(QDate(2026, 2, 17), WorkingCalendar()); // mùng 1 Tết Bính Ngọ
        QCOMPARE(panel.findChild<QLabel*>(QStringLiteral("todayDate"))->text(),
                 QStringLiteral("Hôm nay: 17/02/2026"));
        QCOMPARE(panel.findChild<QLabel*>(QStringLiteral("todayState"))->text(),
                 QStringLiteral("Ngày nghỉ: Tết Nguyên đán"));
        const auto* upcoming = panel.findChild<QListWidget*>(QStringLiteral("upcomingDaysOff"));
        QVERIFY(upcoming->count() > 0);
        QVERIFY2(upcoming->item(0)->text().startsWith(
                     QStringLiteral("17/02/2026 (Thứ Ba): Tết Nguyên đán")),
                 qPrintable(upcoming->item(0)->text()));
        for (int i = 0; i < upcoming->count(); ++i) // weekends are not listed as "days off"
            QVERIFY(!upcoming->item(i)->text().contains(QStringLiteral("Ngày nghỉ hằng tuần")));
    }

    void todayPanelShowsWorkingHours()
    {
        TodayPanel panel;
        panel.showDay(QDate(2026, 11, 23), WorkingCalendar());
        QCOMPARE(panel.findChild<QLabel*>(QStringLiteral("todayState"))->text(),
                 QStringLiteral("Ngày làm việc, giờ làm việc 07:30–11:30, 13:30–17:00"));
    }

    void weekendsSayWhichDay()
    {
        TodayPanel panel;
        panel.showDay(QDate(2026, 11, 22), WorkingCalendar());
        QCOMPARE(panel.findChild<QLabel*>(QStringLiteral("todayState"))->text(),
                 QStringLiteral("Ngày nghỉ hằng tuần (Chủ nhật)"));
    }

    void statusBarShowsTheConnectionAndTheSession()
    {
        QTemporaryDir dir;
        Workstation workstation(dir.path());
        QVERIFY(workstation.open());
        workstation.setServerUrl(QUrl(QStringLiteral("http://127.0.0.1:9"))); // nothing there
        User clerk;
        clerk.username = QStringLiteral("le.lan");
        clerk.fullName = QStringLiteral("Lê Thị Lan");
        clerk.unit = QStringLiteral("Bộ phận Một cửa");
        clerk.roles = {Role::Receptionist};
        MainWindow window(&workstation, clerk, true);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.findChild<QLabel*>(QStringLiteral("connectionState"))
                    ->text()
                    .startsWith(QStringLiteral("Mất kết nối")));
        QCOMPARE(window.findChild<QLabel*>(QStringLiteral("currentUser"))->text(),
                 QStringLiteral("Lê Thị Lan (Bộ phận Một cửa) · đăng nhập ngoại tuyến"));
        QCOMPARE(window.findChild<QLabel*>(QStringLiteral("pendingChanges"))->text(),
                 QStringLiteral("Đã gửi hết thay đổi"));
        QCOMPARE(window.windowTitle(), QStringLiteral("MotCua — Một cửa điện tử"));
        QCOMPARE(window.tabs()->count(),
                 5); // intake, lookup and return, counter queues, register, today
        QVERIFY(window.intakePage());
    }

    // An administrator belongs to no unit: the status line shows the name alone, not "()".
    // File → Log out / switch user hands the counter to the next clerk.
    void anAdministratorsStatusLineAndTheSwitchOfUsers()
    {
        QTemporaryDir dir;
        Workstation workstation(dir.path());
        QVERIFY(workstation.open());
        User admin;
        admin.username = QStringLiteral("quan.tri");
        admin.fullName = QStringLiteral("Phan Văn Quản");
        admin.roles = {Role::Administrator};
        MainWindow window(&workstation, admin, false);
        QCOMPARE(window.findChild<QLabel*>(QStringLiteral("currentUser"))->text(),
                 QStringLiteral("Phan Văn Quản"));
        auto* action = window.findChild<QAction*>(QStringLiteral("switchUserAction"));
        QVERIFY(action);
        QCOMPARE(action->text(), QStringLiteral("Đăng &xuất / đổi người dùng"));
        QSignalSpy switching(&window, &MainWindow::switchUserRequested);
        action->trigger();
        QCOMPARE(switching.size(), 1);
    }

    void otherRolesGetTheirWorkQueuesAndTheLookup()
    {
        QTemporaryDir dir;
        Workstation workstation(dir.path());
        QVERIFY(workstation.open());
        User leader;
        leader.username = QStringLiteral("ld");
        leader.roles = {Role::Leader};
        MainWindow window(&workstation, leader, false);
        QVERIFY(!window.intakePage());
        QVERIFY(!window.registerPage());
        QCOMPARE(window.tabs()->count(), 3); // work, lookup, today
        QCOMPARE(window.tabs()->currentIndex(), 0);
        QVERIFY(window.workQueues());
        QVERIFY(window.processingView());
    }

private:
    QTranslator m_translator;
};

QTEST_MAIN(TstMainWindow)
#include "tst_mainwindow.moc"
