#include "gui/lookup/BarcodeWedge.h"

#include <QLineEdit>
#include <QSignalSpy>
#include <QtTest>

using namespace motcua::client;

// The wedge decides on its own clock, which the test advances between keys: no sleeps, and the
// same result on a loaded CI machine. Keys are sent the way QtTest sends them (to the widget).
class TstBarcodeWedge : public QObject {
    Q_OBJECT

    qint64 m_now = 1'000'000;
    BarcodeWedge* m_wedge = nullptr;
    QLineEdit* m_field = nullptr;
    QWidget* m_window = nullptr;

    void typeAscii(QWidget* w, const QString& text, int gapMs)
    {
        for (QChar c : text) {
            m_now += gapMs;
            QTest::keyClick(w, c.toLatin1());
        }
    }
    void typeUnicode(QWidget* w, const QString& text, int gapMs)
    {
        for (QChar c : text) {
            m_now += gapMs;
            QTest::sendKeyEvent(QTest::Click, w, Qt::Key_unknown, QString(c), Qt::NoModifier);
        }
    }
    void enter(QWidget* w, int gapMs)
    {
        m_now += gapMs;
        QTest::keyClick(w, Qt::Key_Return);
    }

private slots:
    void init()
    {
        m_window = new QWidget;
        m_field = new QLineEdit(m_window);
        m_window->show();
        m_field->setFocus();
        m_wedge = new BarcodeWedge(qApp);
        m_wedge->setClock([this] { return m_now; });
    }
    void cleanup()
    {
        delete m_wedge;
        delete m_window;
    }

    void burstIsAScanAndNeverReachesTheField()
    {
        QSignalSpy scanned(m_wedge, &BarcodeWedge::scanned);
        QSignalSpy returned(m_field, &QLineEdit::returnPressed);
        const QString code = QStringLiteral("00.53.H48-261120-0042"); // 21 characters
        typeAscii(m_field, code, 5);
        enter(m_field, 5);
        QCOMPARE(scanned.count(), 1);
        QCOMPARE(scanned.at(0).at(0).toString(), code);
        QCOMPARE(m_field->text(), QString());
        QCOMPARE(returned.count(), 0); // the Enter was the scanner's, not the clerk's
        QTest::qWait(80);              // the flush timer has nothing left to hand over
        QCOMPARE(m_field->text(), QString());
    }

    void slowTypingLandsInTheField()
    {
        QSignalSpy scanned(m_wedge, &BarcodeWedge::scanned);
        QSignalSpy returned(m_field, &QLineEdit::returnPressed);
        typeAscii(m_field, QStringLiteral("nguyen van binh"), 200);
        QTRY_COMPARE(m_field->text(), QStringLiteral("nguyen van binh")); // last key by timer
        enter(m_field, 200);
        QCOMPARE(scanned.count(), 0);
        QCOMPARE(returned.count(), 1);
    }

    void keysArriveInOrderWhileTyping()
    {
        // Each key is handed over as soon as the next one shows it was typed by hand.
        typeAscii(m_field, QStringLiteral("abc"), 150);
        QCOMPARE(m_field->text(), QStringLiteral("ab"));
        QTRY_COMPARE(m_field->text(), QStringLiteral("abc"));
    }

    void vietnameseTypingPassesThrough()
    {
        QSignalSpy scanned(m_wedge, &BarcodeWedge::scanned);
        typeUnicode(m_field, QStringLiteral("Nguyễn Thị Ánh"), 120);
        QTRY_COMPARE(m_field->text(), QStringLiteral("Nguyễn Thị Ánh"));
        QCOMPARE(scanned.count(), 0);
    }

    void shortFastBurstIsTyping()
    {
        // Fewer than minLength fast characters then Enter (a fast typist's "0042⏎"): typing.
        QSignalSpy scanned(m_wedge, &BarcodeWedge::scanned);
        QSignalSpy returned(m_field, &QLineEdit::returnPressed);
        typeAscii(m_field, QStringLiteral("0042"), 10);
        enter(m_field, 10);
        QCOMPARE(scanned.count(), 0);
        QCOMPARE(m_field->text(), QStringLiteral("0042")); // handed over before the Enter
        QCOMPARE(returned.count(), 1);
    }

    void aPauseSplitsABurst()
    {
        QSignalSpy scanned(m_wedge, &BarcodeWedge::scanned);
        typeAscii(m_field, QStringLiteral("ABCDEFGHIJ"), 5);
        typeAscii(m_field, QStringLiteral("K"), 300); // the burst was not a scan after all
        typeAscii(m_field, QStringLiteral("LM"), 5);
        enter(m_field, 5);
        QCOMPARE(scanned.count(), 0);
        QCOMPARE(m_field->text(), QStringLiteral("ABCDEFGHIJKLM"));
    }

    void slowEnterAfterABurstIsTyping()
    {
        QSignalSpy scanned(m_wedge, &BarcodeWedge::scanned);
        typeAscii(m_field, QStringLiteral("0123456789"), 5);
        enter(m_field, 400);
        QCOMPARE(scanned.count(), 0);
        QCOMPARE(m_field->text(), QStringLiteral("0123456789"));
    }

    void editingKeysFlushFirst()
    {
        typeAscii(m_field, QStringLiteral("abcd"), 5);
        m_now += 5;
        QTest::keyClick(m_field, Qt::Key_Backspace);
        QCOMPARE(m_field->text(), QStringLiteral("abc"));
    }

    void scanKeepsWhatTheClerkHadTyped()
    {
        QSignalSpy scanned(m_wedge, &BarcodeWedge::scanned);
        typeUnicode(m_field, QStringLiteral("Trần"), 150);
        m_now += 2000;
        typeAscii(m_field, QStringLiteral("000.00.53.H48-261118-0007"), 3);
        enter(m_field, 3);
        QCOMPARE(scanned.count(), 1);
        QCOMPARE(scanned.at(0).at(0).toString(), QStringLiteral("000.00.53.H48-261118-0007"));
        QCOMPARE(m_field->text(), QStringLiteral("Trần"));
    }

    void twoScansInARow()
    {
        QSignalSpy scanned(m_wedge, &BarcodeWedge::scanned);
        typeAscii(m_field, QStringLiteral("000.00.53.H48-261118-0007"), 4);
        enter(m_field, 4);
        m_now += 900;
        typeAscii(m_field, QStringLiteral("000.00.53.H48-261120-0042"), 4);
        enter(m_field, 4);
        QCOMPARE(scanned.count(), 2);
        QCOMPARE(scanned.at(1).at(0).toString(), QStringLiteral("000.00.53.H48-261120-0042"));
        QCOMPARE(m_field->text(), QString());
    }

    void throughTheWindowSystem()
    {
        // Real keys reach the QWindow first, which passes them to the focus widget: the wedge
        // must act once, at the widget.
        QVERIFY(QTest::qWaitForWindowActive(m_window));
        QSignalSpy scanned(m_wedge, &BarcodeWedge::scanned);
        QWindow* window = m_window->windowHandle();
        for (QChar c : QStringLiteral("000.00.53.H48-261120-0042")) {
            m_now += 4;
            QTest::keyClick(window, Qt::Key(QChar(c).toUpper().unicode()), Qt::NoModifier);
        }
        m_now += 4;
        QTest::keyClick(window, Qt::Key_Return);
        QCOMPARE(scanned.count(), 1);
        QCOMPARE(scanned.at(0).at(0).toString().toUpper(),
                 QStringLiteral("000.00.53.H48-261120-0042"));
        QCOMPARE(m_field->text(), QString());
        for (QChar c : QStringLiteral("ABC")) {
            m_now += 300;
            QTest::keyClick(window, Qt::Key(c.unicode()), Qt::NoModifier);
        }
        QTRY_COMPARE(m_field->text(), QStringLiteral("abc"));
    }

    void disabledWedgeLetsEverythingThrough()
    {
        m_wedge->setEnabled(false);
        QSignalSpy scanned(m_wedge, &BarcodeWedge::scanned);
        typeAscii(m_field, QStringLiteral("0123456789"), 5);
        enter(m_field, 5);
        QCOMPARE(scanned.count(), 0);
        QCOMPARE(m_field->text(), QStringLiteral("0123456789"));
    }
};

QTEST_MAIN(TstBarcodeWedge)
#include "tst_barcodewedge.moc"
