#include "core/net/ServerConnection.h"
#include "gui/main/MainWindow.h"
#include "gui/main/TodayPanel.h"

#include <QLabel>
#include <QListWidget>
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

    void statusBarShowsTheConnection()
    {
        ServerConnection connection;
        connection.setServerUrl(QUrl()); // nothing to reach
        MainWindow window(&connection);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* label = window.findChild<QLabel*>(QStringLiteral("connectionState"));
        QVERIFY(label);
        connection.start();
        QTRY_VERIFY(label->text().startsWith(QStringLiteral("Mất kết nối")));
        QCOMPARE(window.windowTitle(), QStringLiteral("MotCua — Một cửa điện tử"));
    }

private:
    QTranslator m_translator;
};

QTEST_MAIN(TstMainWindow)
#include "tst_mainwindow.moc"
