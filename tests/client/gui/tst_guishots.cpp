#include "GuiSamples.h"
#include "TestDates.h"
#include "core/VnTime.h"
#include "gui/dossier/DossierView.h"
#include "gui/lookup/LookupPage.h"
#include "gui/register/RegisterPage.h"
#include "gui/returns/ReturnDialog.h"

#include <QDir>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>

using namespace motcua;
using namespace motcua::client;
using namespace motcua::test;

// Renders every counter screen with realistic data offscreen and saves PNGs, to be looked at:
// into $MOTCUA_GUI_SHOTS_DIR when set, else a temporary folder. As a test it checks that each
// screen lays out and paints at a clerk's window size. MOTCUA_GUI_SHOTS_LANG=vi loads the
// embedded Vietnamese translation when the build has one.
class TstGuiShots : public QObject {
    Q_OBJECT

    QTemporaryDir m_temp;
    QString m_dir;
    QTranslator m_translator;
    const QDateTime m_now = vn(2026, 11, 24, 10, 0);

    void save(QWidget& w, const char* name)
    {
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QCoreApplication::processEvents(); // pending layout requests, as before a real paint
        const QPixmap shot = w.grab();
        QVERIFY(!shot.isNull());
        const QString path =
            QDir(m_dir).filePath(QString::fromLatin1(name) + QStringLiteral(".png"));
        QVERIFY2(shot.save(path), qPrintable(path));
        qInfo("%s", qPrintable(path));
    }
    Dossier find(const char* code) const
    {
        for (const Dossier& d : guiDossiers()) {
            if (d.code == QLatin1String(code))
                return d;
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        m_dir = qEnvironmentVariable("MOTCUA_GUI_SHOTS_DIR");
        if (m_dir.isEmpty())
            m_dir = m_temp.path();
        QVERIFY(QDir().mkpath(m_dir));
        if (qEnvironmentVariable("MOTCUA_GUI_SHOTS_LANG") == QLatin1String("vi") &&
            m_translator.load(QLocale(QLocale::Vietnamese, QLocale::Vietnam),
                              QStringLiteral("motcua"), QStringLiteral("_"),
                              QStringLiteral(":/i18n")))
            QCoreApplication::installTranslator(&m_translator);
    }

    void lookup()
    {
        const auto rows = guiSummaries();
        const auto dossiers = guiDossiers();
        LookupPage page([&rows](const QString& t) { return searchSummaries(rows, t); },
                        [&dossiers](const QString& code) -> std::optional<Dossier> {
                            for (const Dossier& d : dossiers) {
                                if (d.code == code)
                                    return d;
                            }
                            return std::nullopt;
                        });
        page.setClock([this] { return m_now; });
        page.resize(1100, 360);
        page.setQuery(QStringLiteral("nguyen"));
        save(page, "lookup");
        page.setQuery(QString());
        save(page, "lookup-empty");
    }

    void dossier()
    {
        DossierView view;
        view.setClock([this] { return m_now; });
        view.setUserNameLookup(&officerName);
        view.resize(1100, 720);
        view.setDossier(find("000.00.53.H48-261120-0042"));
        save(view, "dossier-due-soon");
        view.setDossier(find("000.00.53.H48-261118-0007"));
        save(view, "dossier-ready");
        view.setDossier(find("000.00.53.H48-261116-0003"));
        save(view, "dossier-overdue");
        view.setDossier(find("000.00.53.H48-261123-0001"));
        view.setPending(true);
        save(view, "dossier-paused-pending");
    }

    void returnDialog()
    {
        ReturnDialog dialog(find("000.00.53.H48-261118-0007"), vntime::civilDate(m_now));
        dialog.resize(560, 0);
        save(dialog, "return-incomplete");
        dialog.findChild<QLineEdit*>(QStringLiteral("feeReceiptNumber"))
            ->setText(QStringLiteral("BL-0005678"));
        save(dialog, "return-ready");
        dialog.findChild<QLineEdit*>(QStringLiteral("recipientId"))
            ->setText(QStringLiteral("99919001234"));
        save(dialog, "return-bad-id");
    }

    void registerPage()
    {
        const auto dossiers = guiDossiers();
        RegisterPage page(
            [&dossiers](const QDate& from, const QDate& to) {
                QList<Dossier> out;
                for (const Dossier& d : dossiers) {
                    const QDate day = vntime::civilDate(d.receivedAt);
                    if (day >= from && day <= to)
                        out << d;
                }
                return out;
            },
            vntime::civilDate(m_now));
        page.setUserNameLookup(&officerName);
        page.resize(1400, 400);
        save(page, "register");
    }
};

QTEST_MAIN(TstGuiShots)
#include "tst_guishots.moc"
