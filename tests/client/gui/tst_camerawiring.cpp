// The webcam in the counter's main window (issue 5: "reading barcodes … from a webcam for the
// citizen's receipt"): the lookup's "Read with camera…" opens the receipt's dossier as the barcode
// gun does, intake's "Read ID card with camera…" fills the applicant as the gun's CCCD path does,
// and F4 reads one code and handles it as the gun would. There is no camera here: the dialog says
// so, and the test shows it codes by pushing frames into its preview's sink (what a camera does)
// or, where the decoding is not the point, by emitting what the dialog emits on a read.

#include "GuiSamples.h"
#include "core/barcode/Barcode.h"
#include "core/store/LocalStore.h"
#include "core/sync/Workstation.h"
#include "gui/camera/CameraDialog.h"
#include "gui/dossier/DossierView.h"
#include "gui/intake/IntakePage.h"
#include "gui/intake/PersonFields.h"
#include "gui/lookup/BarcodeWedge.h"
#include "gui/lookup/LookupPage.h"
#include "gui/main/MainWindow.h"

#include <cstring>

#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QVideoFrame>
#include <QVideoFrameFormat>
#include <QVideoSink>
#include <QVideoWidget>
#include <QtTest>

using namespace motcua;
using namespace motcua::client;
using namespace motcua::test;

namespace {

// A chip-based citizen ID card's QR text (the ID number says: a man born in 1978).
const QString kCard = QStringLiteral("001078009876|012345678|Nguyễn Văn Bình|01011978|Nam|"
                                     "Số 8 Liễu Giai, Ba Đình, Hà Nội|15082021");
// The same with a date of birth that does not exist.
const QString kBadCard = QStringLiteral("001078009876|012345678|Nguyễn Văn Bình|31021978|Nam|"
                                        "Số 8 Liễu Giai, Ba Đình, Hà Nội|15082021");

// A 640x480 grey camera picture with `text`'s QR in the middle, as an 8-bit luma frame.
QVideoFrame cameraFrame(const QString& text)
{
    QImage picture(QSize(640, 480), QImage::Format_Grayscale8);
    picture.fill(180);
    const auto qr = barcode::encodeQr(text);
    if (!qr)
        return {};
    const QImage big = qr->scaled(qr->size() * 4);
    {
        QPainter p(&picture);
        p.drawImage((picture.width() - big.width()) / 2, (picture.height() - big.height()) / 2,
                    big);
    }
    QVideoFrame frame(QVideoFrameFormat(picture.size(), QVideoFrameFormat::Format_Y8));
    if (!frame.map(QVideoFrame::WriteOnly))
        return {};
    for (int y = 0; y < picture.height(); ++y)
        std::memcpy(frame.bits(0) + qsizetype(y) * frame.bytesPerLine(0), picture.constScanLine(y),
                    size_t(picture.width()));
    frame.unmap();
    return frame;
}

} // namespace

class TstCameraWiring : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        m_ws = std::make_unique<Workstation>(m_dir.path());
        QVERIFY(m_ws->open());
        m_ws->setServerUrl(QUrl(QStringLiteral("http://127.0.0.1:9"))); // nothing there
        {
            auto store = LocalStore::open(m_ws->store().filePath());
            QVERIFY(store);
            QVERIFY((*store)->saveDossiers(guiDossiers(), false));
        }
        User clerk;
        clerk.username = QStringLiteral("le.lan");
        clerk.fullName = QStringLiteral("Lê Thị Lan");
        clerk.unit = QStringLiteral("Bộ phận Một cửa");
        clerk.roles = {Role::Receptionist};
        m_window = std::make_unique<MainWindow>(m_ws.get(), clerk, true);
        m_window->resize(1280, 860);
        m_window->show();
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    void init() { QVERIFY(!camera()); } // every test closes what it opened

    void theLookupsCameraOpensTheReceiptsDossier()
    {
        m_window->showLookup();
        QPushButton* button = m_window->lookupPage()->cameraButton();
        QVERIFY(button && button->isVisible());
        QCOMPARE(button->objectName(), QStringLiteral("readWithCameraButton"));
        button->click();
        CameraDialog* dialog = camera();
        QVERIFY(dialog);
        QVERIFY(dialog->isModal() || dialog->windowModality() != Qt::NonModal);
        // No webcam on this machine: the dialog says so, and still reads what reaches it.
        QVERIFY(!dialog->hasCamera());
        QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("cameraStatus"))
                    ->text()
                    .contains(QLatin1String("No camera")));
        shot(dialog, "camera-dialog");
        // The receipt's QR (the lookup link with the code), held in front of the camera.
        const QString code = guiDossiers().at(1).code;
        preview(dialog)->videoSink()->setVideoFrame(cameraFrame(
            QStringLiteral("https://dichvucong.example.gov.vn/tra-cuu?ma=%1").arg(code)));
        QTRY_VERIFY_WITH_TIMEOUT(m_window->dossierView()->hasDossier(), 10000);
        QCOMPARE(m_window->dossierView()->dossier().code, code);
        QCOMPARE(m_window->tabs()->currentWidget(), m_window->lookupPage()->parentWidget());
        // One read closes the dialog.
        QTRY_VERIFY(!camera());
    }

    void anIdCardAtTheLookupSaysItIsNoReceipt()
    {
        m_window->showLookup();
        const QString before = m_window->dossierView()->dossier().code;
        m_window->lookupPage()->cameraButton()->click();
        CameraDialog* dialog = camera();
        QVERIFY(dialog);
        preview(dialog)->videoSink()->setVideoFrame(cameraFrame(kCard));
        QTRY_VERIFY_WITH_TIMEOUT(!camera(), 10000);
        auto* message = m_window->lookupPage()->findChild<QLabel*>(QStringLiteral("lookupMessage"));
        QVERIFY(!message->isHidden());
        QVERIFY2(message->text().contains(QLatin1String("ID card, not a receipt")),
                 qPrintable(message->text()));
        QVERIFY(message->text().contains(QLatin1String("001078009876")));
        // The card holder's dossiers are listed; no dossier was opened.
        QCOMPARE(
            m_window->lookupPage()->findChild<QLineEdit*>(QStringLiteral("searchField"))->text(),
            QStringLiteral("001078009876"));
        QCOMPARE(m_window->dossierView()->dossier().code, before);
    }

    void intakeReadsTheIdCardAsTheGunDoes()
    {
        IntakePage* page = m_window->intakePage();
        // What the barcode gun's CCCD path fills…
        m_window->showIntake();
        page->clearForm();
        emit m_window->wedge()->scanned(kCard);
        const Person byGun = page->ownerFields()->person();
        const QString gunSays = result(page);
        QCOMPARE(byGun.fullName, QStringLiteral("Nguyễn Văn Bình"));
        QCOMPARE(byGun.idNumber, QStringLiteral("001078009876"));
        QCOMPARE(byGun.birthDate, QDate(1978, 1, 1));
        QCOMPARE(byGun.address, QStringLiteral("Số 8 Liễu Giai, Ba Đình, Hà Nội"));

        // …the camera fills the same, from a frame.
        page->clearForm();
        m_window->showLookup(); // the button brings intake back to the front
        m_window->showIntake();
        QPushButton* button = page->idCardCameraButton();
        QVERIFY(button && button->isVisible());
        QCOMPARE(button->objectName(), QStringLiteral("readIdCardWithCameraButton"));
        button->click();
        CameraDialog* dialog = camera();
        QVERIFY(dialog);
        preview(dialog)->videoSink()->setVideoFrame(cameraFrame(kCard));
        QTRY_VERIFY_WITH_TIMEOUT(!page->ownerFields()->person().fullName.isEmpty(), 10000);
        QCOMPARE(page->ownerFields()->person(), byGun);
        QCOMPARE(result(page), gunSays);
        QVERIFY(gunSays.contains(QLatin1String("citizen ID card")));
        QCOMPARE(m_window->tabs()->currentWidget(), page);
        QTRY_VERIFY(!camera());
        shot(m_window.get(), "intake-from-camera");
        page->clearForm();
    }

    void aCodeThatIsNoIdCardChangesNothingAtIntake()
    {
        IntakePage* page = m_window->intakePage();
        m_window->showIntake();
        page->clearForm();
        page->ownerFields()->nameEdit()->setText(QStringLiteral("Trần Thị Hoa"));
        const Person typed = page->ownerFields()->person();
        for (const QString& code : {kBadCard, guiDossiers().at(0).code}) {
            page->idCardCameraButton()->click();
            CameraDialog* dialog = camera();
            QVERIFY(dialog);
            emit dialog->codeRead(code, QStringLiteral("QRCode"));
            QVERIFY2(result(page).contains(QLatin1String("was not used")),
                     qPrintable(result(page)));
            QCOMPARE(page->ownerFields()->person(), typed);
            QCOMPARE(m_window->tabs()->currentWidget(), page); // not sent to the lookup
            dialog->reject();
            QTRY_VERIFY(!camera());
        }
        page->clearForm();
    }

    void f4ReadsOneCodeAsTheGunWould()
    {
        IntakePage* page = m_window->intakePage();
        m_window->showIntake();
        page->clearForm();
        // Shortcuts go to the active window (offscreen, closing a dialog activates nothing).
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTest::keyClick(m_window.get(), Qt::Key_F4);
        CameraDialog* dialog = camera();
        QVERIFY(dialog);
        // A second F4 does not open a second camera.
        QTest::keyClick(m_window.get(), Qt::Key_F4);
        QCOMPARE(m_window->findChildren<CameraDialog*>().size(), 1);
        // At intake an ID card fills the applicant…
        preview(dialog)->videoSink()->setVideoFrame(cameraFrame(kCard));
        QTRY_COMPARE_WITH_TIMEOUT(page->ownerFields()->person().idNumber,
                                  QStringLiteral("001078009876"), 10000);
        QTRY_VERIFY(!camera());
        page->clearForm();

        // …and a receipt opens its dossier, from anywhere.
        const QString code = guiDossiers().at(3).code;
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTest::keyClick(m_window.get(), Qt::Key_F4);
        dialog = camera();
        QVERIFY(dialog);
        preview(dialog)->videoSink()->setVideoFrame(cameraFrame(code));
        QTRY_COMPARE_WITH_TIMEOUT(m_window->dossierView()->dossier().code, code, 10000);
        QCOMPARE(m_window->tabs()->currentWidget(), m_window->lookupPage()->parentWidget());
        QTRY_VERIFY(!camera());
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_ws.reset();
    }

private:
    // The camera dialog open now (closed ones delete themselves).
    CameraDialog* camera() const
    {
        for (CameraDialog* d :
             m_window->findChildren<CameraDialog*>(QStringLiteral("cameraDialog")))
            if (d->isVisible())
                return d;
        return nullptr;
    }
    static QVideoWidget* preview(CameraDialog* dialog)
    {
        return dialog->findChild<QVideoWidget*>(QStringLiteral("cameraPreview"));
    }
    // For a look by eye: MOTCUA_GUI_SHOTS_DIR=/some/dir keeps PNGs of the screens.
    static void shot(QWidget* widget, const char* name)
    {
        if (const QString dir = qEnvironmentVariable("MOTCUA_GUI_SHOTS_DIR"); !dir.isEmpty())
            QVERIFY(widget->grab().save(dir + u'/' + QLatin1String(name) + u".png"_qs));
    }
    static QString result(IntakePage* page)
    {
        return page->findChild<QLabel*>(QStringLiteral("result"))->text();
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Workstation> m_ws;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TstCameraWiring)
#include "tst_camerawiring.moc"
