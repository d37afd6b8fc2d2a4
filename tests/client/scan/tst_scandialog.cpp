// The scan dialog offscreen, against SANE's test backend: the device found and opened by itself,
// its options listed, a feeder stack scanned into thumbnails, pages turned, deleted, moved and
// rescanned, a preview, and the choices remembered for next time.
#include "core/scan/Scanner.h"
#include "gui/scan/ScanDialog.h"

#include <csignal>

#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace motcua::client;

class TstScanDialog : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;

    template <typename T> static T* child(const QWidget& w, const char* name)
    {
        T* found = w.findChild<T*>(QLatin1String(name));
        if (!found)
            qFatal("no widget %s", name);
        return found;
    }

    static void choose(QComboBox* box, const QVariant& data)
    {
        const int i = box->findData(data);
        QVERIFY2(i >= 0, qPrintable(data.toString()));
        box->setCurrentIndex(i);
        emit box->activated(i);
    }

private slots:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("SANE_CONFIG_DIR"))
            qputenv("SANE_CONFIG_DIR", MOTCUA_SANE_CONFIG_DIR);
        // QtTest takes SIGPIPE for a crash and installs a handler for it. SANE's reader threads
        // meet a closed pipe whenever a page ends early (cancel, injected fault), and SANE
        // ignores SIGPIPE around its threads only when it finds the default disposition — as it
        // does in the application: give it that.
        std::signal(SIGPIPE, SIG_DFL);
        QVERIFY(m_dir.isValid());
        m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("motcua.conf")),
                                                 QSettings::IniFormat);
    }

    void scanArrangeAndUse()
    {
        ScanDialog dialog(nullptr, m_settings.get());
        dialog.show();
        auto* device = child<QComboBox>(dialog, "deviceCombo");
        auto* source = child<QComboBox>(dialog, "sourceCombo");
        auto* mode = child<QComboBox>(dialog, "modeCombo");
        auto* resolution = child<QComboBox>(dialog, "resolutionCombo");
        auto* scan = child<QPushButton>(dialog, "scanButton");
        auto* pages = child<QListWidget>(dialog, "pageList");
        auto* status = child<QLabel>(dialog, "statusLabel");
        auto* use = child<QPushButton>(dialog, "useButton");

        // Nothing remembered yet: the first scanner found is opened and its options listed.
        QTRY_VERIFY_WITH_TIMEOUT(device->findData(QStringLiteral("test:1")) >= 0, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(source->count() == 2, 10000);
        QCOMPARE(device->currentData().toString(), QStringLiteral("test:0"));
        QCOMPARE(source->itemText(1), ScanDialog::sourceName(ScanSource::Feeder));
        QCOMPARE(mode->count(), 3);
        QCOMPARE(mode->currentData().toInt(), int(ScanMode::Gray));
        QVERIFY(resolution->findData(300) >= 0);
        QVERIFY(!use->isEnabled());

        choose(source, int(ScanSource::Feeder));
        choose(resolution, 75);
        QVERIFY(scan->isEnabled());
        scan->click();
        QVERIFY(!scan->isEnabled()); // busy
        QVERIFY(child<QPushButton>(dialog, "cancelButton")->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(scan->isEnabled(), 10000);
        QCOMPARE(pages->count(), 10);
        QCOMPARE(status->text(), tr("%n page(s) scanned.", nullptr, 10));
        QCOMPARE(pages->item(9)->text(), QStringLiteral("Page 10"));
        QVERIFY(!pages->item(0)->icon().isNull());
        QVERIFY(use->isEnabled());

        const QSize portrait = dialog.document().page(0).size();
        pages->item(0)->setSelected(true);
        child<QPushButton>(dialog, "rotateRightButton")->click();
        QCOMPARE(dialog.document().page(0).size(), portrait.transposed());
        pages->clearSelection();

        pages->item(1)->setSelected(true);
        child<QPushButton>(dialog, "deleteButton")->click();
        QCOMPARE(pages->count(), 9);
        QCOMPARE(dialog.document().count(), 9);
        QCOMPARE(pages->item(8)->text(), QStringLiteral("Page 9"));

        // Rescan one page, in colour: it takes the place of the selected one.
        pages->item(2)->setSelected(true);
        choose(mode, int(ScanMode::Color));
        child<QPushButton>(dialog, "rescanButton")->click();
        QTRY_VERIFY_WITH_TIMEOUT(scan->isEnabled(), 10000);
        QCOMPARE(pages->count(), 9);
        const PageDocument doc = dialog.document();
        QCOMPARE(doc.page(2).format(), QImage::Format_RGB888);
        QCOMPARE(doc.page(3).format(), QImage::Format_Grayscale8);

        // The order is the list's (dragging moves rows of its model).
        const QImage third = doc.page(2);
        QVERIFY(pages->model()->moveRow(QModelIndex(), 2, QModelIndex(), 0));
        QCOMPARE(dialog.document().page(0).format(), third.format());

        child<QPushButton>(dialog, "previewButton")->click();
        QTRY_VERIFY_WITH_TIMEOUT(!child<QLabel>(dialog, "previewLabel")->pixmap().isNull(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(scan->isEnabled(), 10000);
        QCOMPARE(pages->count(), 9); // a preview is not a page

        // Remembered for the next dialog.
        QCOMPARE(m_settings->value(QStringLiteral("scan/lastDevice")).toString(),
                 QStringLiteral("test:0"));
        QCOMPARE(m_settings->value(QStringLiteral("scan/source")).toInt(), int(ScanSource::Feeder));
        QCOMPARE(m_settings->value(QStringLiteral("scan/resolution")).toInt(), 75);
    }

    void theLastScannerOpensAtOnce()
    {
        // As scanArrangeAndUse leaves them (set here too, so that this test runs alone).
        m_settings->setValue(QStringLiteral("scan/lastDevice"), QStringLiteral("test:0"));
        m_settings->setValue(QStringLiteral("scan/source"), int(ScanSource::Feeder));
        m_settings->setValue(QStringLiteral("scan/resolution"), 75);
        ScanDialog dialog(nullptr, m_settings.get());
        auto* device = child<QComboBox>(dialog, "deviceCombo");
        // Listed before the search ends, then opened with the remembered choices.
        QCOMPARE(device->currentData().toString(), QStringLiteral("test:0"));
        auto* source = child<QComboBox>(dialog, "sourceCombo");
        QTRY_VERIFY_WITH_TIMEOUT(source->count() == 2, 10000);
        QCOMPARE(source->currentData().toInt(), int(ScanSource::Feeder));
        QCOMPARE(child<QComboBox>(dialog, "resolutionCombo")->currentData().toInt(), 75);
    }

    void aSharedScannerKeepsItsDevice()
    {
        Scanner scanner(nullptr, m_settings.get());
        QSignalSpy opened(&scanner, &Scanner::deviceOpened);
        scanner.openDevice(QStringLiteral("test:1"));
        QVERIFY(opened.wait(10000));
        for (int round = 0; round < 2; ++round) {
            ScanDialog dialog(nullptr, m_settings.get(), &scanner);
            // The options at once, without opening the device again.
            QCOMPARE(child<QComboBox>(dialog, "deviceCombo")->currentData().toString(),
                     QStringLiteral("test:1"));
            QCOMPARE(child<QComboBox>(dialog, "sourceCombo")->count(), 2);
            QVERIFY(child<QPushButton>(dialog, "scanButton")->isEnabled());
        }
        QCOMPARE(opened.count(), 1);
    }

    void scannerErrorsAreShown()
    {
        m_settings->setValue(QStringLiteral("scan/lastDevice"), QStringLiteral("test:7"));
        ScanDialog dialog(nullptr, m_settings.get());
        auto* status = child<QLabel>(dialog, "statusLabel");
        QTRY_COMPARE_WITH_TIMEOUT(status->text(), Scanner::messageFor(ScanStatus::DeviceNotFound),
                                  10000);
        // ... and the scanners that are there are offered instead.
        auto* device = child<QComboBox>(dialog, "deviceCombo");
        QTRY_COMPARE_WITH_TIMEOUT(device->currentData().toString(), QStringLiteral("test:0"),
                                  10000);
        QCOMPARE(device->findData(QStringLiteral("test:7")), -1);
        QTRY_VERIFY_WITH_TIMEOUT(child<QPushButton>(dialog, "scanButton")->isEnabled(), 10000);
        QCOMPARE(status->text(), Scanner::messageFor(ScanStatus::DeviceNotFound));
    }
};

QTEST_MAIN(TstScanDialog)
#include "tst_scandialog.moc"
