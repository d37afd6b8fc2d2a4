// gui/print: the printer remembered per form, export to PDF, the preview's wiring and — when a
// CUPS scheduler can be started privately (its own configuration, socket and spool in a
// temporary folder; the system's CUPS is never touched) — a real print job through CUPS, whose
// bytes are checked like any PDF.
#include "FormSamples.h"
#include "PdfTools.h"
#include "core/barcode/Barcode.h"
#include "gui/print/FormPrinter.h"

#include <csignal>
#include <optional>

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QPrinterInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>
#include <QTranslator>
#include <QtTest>

#include <sys/prctl.h>
#include <unistd.h>

using namespace motcua;
using namespace motcua::client;
namespace samples = motcua::test::forms;
namespace pdf = motcua::test::pdf;

namespace {

const QString kQueue = QStringLiteral("MotCuaTest");

// A CUPS scheduler of our own: configuration, socket, spool and logs under one temporary
// folder, a raw queue whose backend (a shell script in our own ServerBin) writes each job's
// bytes to a file. Stopped, with its folder removed, when the test ends.
class PrivateCups {
public:
    explicit PrivateCups(const QString& root)
        : m_root(root)
    {}
    ~PrivateCups() { stop(); }

    QString socket() const { return m_root + QStringLiteral("/cups.sock"); }
    QString outDir() const { return m_root + QStringLiteral("/out"); }

    bool start(QString* why)
    {
        const QString cupsd = QStringLiteral("/usr/sbin/cupsd");
        const QString exec = QStringLiteral("/usr/lib/cups/daemon/cups-exec");
        if (!QFile::exists(cupsd) || !QFile::exists(exec) ||
            !pdf::have(QStringLiteral("lpadmin"))) {
            *why = QStringLiteral("cupsd, cups-exec or lpadmin is not installed");
            return false;
        }
        QDir d(m_root);
        for (const char* sub :
             {"spool", "cache", "state", "log", "tmp", "out", "bin/backend", "bin/daemon"})
            d.mkpath(QString::fromLatin1(sub));
        // The backend runs as the unprivileged "lp" user when cupsd is root.
        for (const char* open : {"out", "tmp"})
            QFile::setPermissions(d.filePath(QString::fromLatin1(open)),
                                  QFileDevice::Permissions(0x7777));
        QFile::link(exec, d.filePath(QStringLiteral("bin/daemon/cups-exec")));
        for (const char* f : {"raw.types", "raw.convs"})
            QFile::copy(QStringLiteral("/etc/cups/") + QString::fromLatin1(f),
                        d.filePath(QString::fromLatin1(f)));
        write(QStringLiteral("cupsd.conf"),
              QStringLiteral("LogLevel warn\nListen %1\nBrowsing Off\nWebInterface No\n"
                             "DefaultAuthType None\n<Location />\n  Order allow,deny\n"
                             "  Allow all\n</Location>\n<Location /admin>\n  Order allow,deny\n"
                             "  Allow all\n</Location>\n<Policy default>\n  <Limit All>\n"
                             "    Order deny,allow\n  </Limit>\n</Policy>\n")
                  .arg(socket()));
        write(QStringLiteral("cups-files.conf"),
              QStringLiteral("ServerRoot %1\nServerBin %1/bin\nRequestRoot %1/spool\n"
                             "CacheDir %1/cache\nStateDir %1/state\nTempDir %1/tmp\n"
                             "AccessLog %1/log/access_log\nErrorLog %1/log/error_log\n"
                             "PageLog %1/log/page_log\n")
                  .arg(m_root));
        const QString backend = d.filePath(QStringLiteral("bin/backend/motcuafile"));
        write(QStringLiteral("bin/backend/motcuafile"),
              QStringLiteral("#!/bin/sh\n"
                             "# motcuafile:<dir> - each job's bytes to <dir>/job-<id>.out\n"
                             "if [ $# -eq 0 ]; then echo 'file motcuafile \"Unknown\" \"MotCua "
                             "test\"'; exit 0; fi\n"
                             "dir=\"${DEVICE_URI#motcuafile:}\"\n"
                             "if [ -n \"$6\" ]; then cat \"$6\" > \"$dir/job-$1.tmp\"; "
                             "else cat > \"$dir/job-$1.tmp\"; fi\n"
                             "mv \"$dir/job-$1.tmp\" \"$dir/job-$1.out\"\n"));
        QFile::setPermissions(backend, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                           QFileDevice::ExeOwner | QFileDevice::ReadGroup |
                                           QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                           QFileDevice::ExeOther);

        m_daemon.setProgram(cupsd);
        m_daemon.setArguments({QStringLiteral("-f"), QStringLiteral("-c"),
                               d.filePath(QStringLiteral("cupsd.conf")), QStringLiteral("-s"),
                               d.filePath(QStringLiteral("cups-files.conf"))});
        m_daemon.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        // Should this test die, the scheduler dies with it rather than linger.
        m_daemon.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
        m_daemon.start();
        if (!m_daemon.waitForStarted(5000)) {
            *why = QStringLiteral("cupsd did not start: ") + m_daemon.errorString();
            return false;
        }
        for (int i = 0; i < 100; ++i) {
            if (pdf::run(QStringLiteral("lpstat"), {QStringLiteral("-r")})
                    .contains(QStringLiteral("is running")))
                break;
            QTest::qWait(100);
        }
        int code = 0;
        pdf::run(QStringLiteral("lpadmin"),
                 {QStringLiteral("-p"), kQueue, QStringLiteral("-v"),
                  QStringLiteral("motcuafile:") + outDir(), QStringLiteral("-E"),
                  QStringLiteral("-m"), QStringLiteral("raw")},
                 &code);
        if (code != 0) {
            *why = QStringLiteral("the private cupsd did not accept a queue (lpadmin exit %1); "
                                  "see %2/log/error_log")
                       .arg(code)
                       .arg(m_root);
            stop();
            return false;
        }
        return true;
    }

    void stop()
    {
        if (m_daemon.state() == QProcess::NotRunning)
            return;
        m_daemon.terminate();
        if (!m_daemon.waitForFinished(5000)) {
            m_daemon.kill();
            m_daemon.waitForFinished(2000);
        }
    }

    // The bytes of the first finished job, waiting up to `ms`.
    QString waitForJob(int ms) const
    {
        for (int waited = 0; waited < ms; waited += 100) {
            const QStringList jobs =
                QDir(outDir()).entryList({QStringLiteral("job-*.out")}, QDir::Files, QDir::Name);
            if (!jobs.isEmpty())
                return QDir(outDir()).filePath(jobs.first());
            QTest::qWait(100);
        }
        return {};
    }

private:
    void write(const QString& name, const QString& text)
    {
        QFile f(QDir(m_root).filePath(name));
        f.open(QIODevice::WriteOnly);
        f.write(text.toUtf8());
    }

    QString m_root;
    QProcess m_daemon;
};

} // namespace

class TstFormPrinter : public QObject {
    Q_OBJECT

    // Short: a Unix socket path must fit in 108 bytes.
    QTemporaryDir m_cupsRoot{QStringLiteral("/tmp/motcua-cups-XXXXXX")};
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;

    FormRenderer renderer() const
    {
        FormSettings s;
        s.lookupUrlBase = QStringLiteral("https://dichvucong.example/tra-cuu?ma=");
        return FormRenderer(s);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_cupsRoot.isValid() && m_dir.isValid());
        // Before anything loads libcups: this process only ever talks to a scheduler of its own
        // (or to none), never to the machine's.
        qputenv("CUPS_SERVER", (m_cupsRoot.path() + QStringLiteral("/cups.sock")).toLocal8Bit());
        m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("motcua.ini")),
                                                 QSettings::IniFormat);
    }

    void remembersAPrinterPerForm()
    {
        FormPrinter p(renderer(), nullptr, m_settings.get());
        QVERIFY(p.rememberedPrinter(FormKind::Receipt).isEmpty());
        p.rememberPrinter(FormKind::Receipt, QStringLiteral("Quay-1"));
        p.rememberPrinter(FormKind::Register, QStringLiteral("Van-phong"));
        QCOMPARE(p.rememberedPrinter(FormKind::Receipt), QStringLiteral("Quay-1"));
        QCOMPARE(p.rememberedPrinter(FormKind::Register), QStringLiteral("Van-phong"));
        QCOMPARE(p.rememberedPrinter(FormKind::Supplement), QString());
        m_settings->sync();
        QSettings again(m_settings->fileName(), QSettings::IniFormat);
        QCOMPARE(again.value(QStringLiteral("print/receipt/printer")).toString(),
                 QStringLiteral("Quay-1"));
        p.rememberPrinter(FormKind::Receipt, QString());
        QVERIFY(p.rememberedPrinter(FormKind::Receipt).isEmpty());
        p.rememberPrinter(FormKind::Register, QString());
    }

    void aPrinterIsSetUpForTheForm()
    {
        FormPrinter p(renderer(), nullptr, m_settings.get());
        // A remembered printer that no longer exists is ignored, not an error.
        p.rememberPrinter(FormKind::Register, QStringLiteral("Gone"));
        const auto reg = p.makePrinter(FormKind::Register, QStringLiteral("register-x"));
        QVERIFY(reg->printerName() != QStringLiteral("Gone"));
        QCOMPARE(reg->pageLayout().orientation(), QPageLayout::Landscape);
        QCOMPARE(reg->pageLayout().pageSize().id(), QPageSize::A4);
        QCOMPARE(reg->docName(), QStringLiteral("register-x.pdf"));
        const auto receipt = p.makePrinter(FormKind::Receipt);
        QCOMPARE(receipt->pageLayout().orientation(), QPageLayout::Portrait);
        QCOMPARE(receipt->docName(), QStringLiteral("receipt.pdf"));
        p.rememberPrinter(FormKind::Register, QString());
    }

    // Printing to a file offers the whole dossier code: a code has dots of its own, and Qt cuts
    // the document name at its last dot (every receipt was offered as receipt-000.00.71.pdf).
    void printingToAFileOffersTheWholeCode()
    {
        const QString code = QString::fromUtf8(samples::kCode);
        QVERIFY(code.count(u'.') >= 3);
        FormPrinter p(renderer(), nullptr, m_settings.get());
        m_settings->setValue(QStringLiteral("print/pdfDirectory"), m_dir.path());
        const QString expected = m_dir.filePath(QStringLiteral("receipt-") + code + ".pdf");
        QCOMPARE(p.suggestedPdfPath(samples::receipt()), expected);
        // What X11's dialog derives from the document name (Qt 6.4, QUnixPrintWidget): the name
        // up to its last dot, plus ".pdf".
        const auto printer = p.makePrinter(FormKind::Receipt, QStringLiteral("receipt-") + code);
        const QRegularExpression qtRule(QStringLiteral("^(.*)\\.\\S+$"));
        QCOMPARE(qtRule.match(printer->docName()).captured(1) + QStringLiteral(".pdf"),
                 QStringLiteral("receipt-") + code + QStringLiteral(".pdf"));
        // And the dialog itself, on any platform.
        QString offered = QStringLiteral("(no print dialog)");
        QTimer::singleShot(0, this, [&offered] {
            auto* dialog = qobject_cast<QPrintDialog*>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            if (auto* file = dialog->findChild<QLineEdit*>(QStringLiteral("filename")))
                offered = file->text();
            dialog->reject();
        });
        QVERIFY(!p.print(samples::receipt(), true));
        QCOMPARE(offered, expected);
        m_settings->remove(QStringLiteral("print/pdfDirectory"));
    }

    // Qt's print dialog carries no Vietnamese of its own (Debian ships no qtbase_vi.qm): its
    // words come from our catalogue, as a clerk working in Vietnamese sees them.
    void qtsPrintDialogSpeaksVietnamese()
    {
        QTranslator vi;
        QVERIFY(vi.load(QStringLiteral(":/i18n/motcua_vi.qm")));
        QCoreApplication::installTranslator(&vi);
        FormPrinter p(renderer(), nullptr, m_settings.get());
        QStringList words;
        QTimer::singleShot(0, this, [&words] {
            auto* dialog = qobject_cast<QPrintDialog*>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            for (const auto* b : dialog->findChildren<QAbstractButton*>())
                words << b->text();
            for (const auto* g : dialog->findChildren<QGroupBox*>())
                words << g->title();
            for (const auto* l : dialog->findChildren<QLabel*>())
                words << l->text();
            dialog->reject();
        });
        QVERIFY(!p.print(samples::receipt(), true));
        QCoreApplication::removeTranslator(&vi);
        QVERIFY2(words.contains(QStringLiteral("&In")), qPrintable(words.join(u'|')));
        QVERIFY2(words.contains(QStringLiteral("Máy in")), qPrintable(words.join(u'|')));
        QVERIFY2(!words.contains(QStringLiteral("Printer")), qPrintable(words.join(u'|')));
    }

    void exportsAPdf()
    {
        FormPrinter p(renderer(), nullptr, m_settings.get());
        QSignalSpy exported(&p, &FormPrinter::exported);
        QSignalSpy failed(&p, &FormPrinter::failed);
        const QString path = m_dir.filePath(QStringLiteral("export.pdf"));
        QVERIFY(p.exportPdf(samples::receipt(), path).ok());
        QCOMPARE(exported.count(), 1);
        QCOMPARE(exported.first().at(1).toString(), path);
        QVERIFY(pdf::text(path).contains(QString::fromUtf8(samples::kOwner)));

        QVERIFY(
            !p.exportPdf(samples::receipt(), m_dir.filePath(QStringLiteral("none/x.pdf"))).ok());
        QCOMPARE(failed.count(), 1);
        QVERIFY(failed.first().first().toString().contains(QStringLiteral("none/x.pdf")));
    }

    // The PDF folder and "Export to PDF…" write on a worker thread: the call returns before the
    // file is reported, which comes with its outcome; a failure is told the same way.
    void exportsAPdfInTheBackground()
    {
        FormPrinter p(renderer(), nullptr, m_settings.get());
        QSignalSpy exported(&p, &FormPrinter::exported);
        QSignalSpy failed(&p, &FormPrinter::failed);
        QSignalSpy finished(&p, &FormPrinter::finished);
        const QString path = m_dir.filePath(QStringLiteral("export-background.pdf"));
        std::optional<Status> outcome;
        p.exportPdfInBackground(samples::registerBook(200), path,
                                [&outcome](const Status& s) { outcome = s; });
        QCOMPARE(p.running(), 1); // handed over: nothing is reported before the event loop runs
        QCOMPARE(exported.count(), 0);
        QVERIFY(!outcome);
        QVERIFY(finished.wait(60000));
        QVERIFY(outcome && outcome->ok());
        QCOMPARE(exported.count(), 1);
        QCOMPARE(exported.first().at(0).value<FormKind>(), FormKind::Register);
        QCOMPARE(exported.first().at(1).toString(), path);
        QCOMPARE(failed.count(), 0);
        QCOMPARE(p.running(), 0);
        QVERIFY(pdf::pageCount(path) > 1);

        outcome.reset();
        p.exportPdfInBackground(samples::receipt(), m_dir.filePath(QStringLiteral("none/x.pdf")),
                                [&outcome](const Status& s) { outcome = s; });
        QVERIFY(finished.wait(60000));
        QVERIFY(outcome && !outcome->ok());
        QCOMPARE(outcome->error().code, QStringLiteral("forms.output_failed"));
        QCOMPARE(failed.count(), 1);
        QVERIFY(failed.first().first().toString().contains(QStringLiteral("none/x.pdf")));
        QCOMPARE(exported.count(), 1);
    }

    // A long register is painted on a worker thread (issue 11 §4): the call returns at once, the
    // event loop keeps serving meanwhile, and the pages come out whole.
    void aLongRegisterPrintsInTheBackground()
    {
        FormPrinter p(renderer(), nullptr, m_settings.get());
        QSignalSpy exported(&p, &FormPrinter::exported);
        QSignalSpy finished(&p, &FormPrinter::finished);
        QSignalSpy failed(&p, &FormPrinter::failed);
        FormData data = samples::registerBook(600);
        data.to = data.from.addDays(110); // the whole book: six dossiers a day
        auto printer = p.makePrinter(FormKind::Register, QStringLiteral("register-long"));
        const QString path = m_dir.filePath(QStringLiteral("register-long.pdf"));
        printer->setOutputFormat(QPrinter::PdfFormat);
        printer->setOutputFileName(path);

        QElapsedTimer clock;
        clock.start();
        qint64 last = 0, worst = 0;
        QTimer probe;
        probe.setInterval(5);
        connect(&probe, &QTimer::timeout, [&] {
            worst = std::max(worst, clock.elapsed() - last);
            last = clock.elapsed();
        });
        probe.start();
        QElapsedTimer call;
        call.start();
        QVERIFY(p.printOn(data, std::move(printer)));
        const qint64 returnedAfter = call.elapsed();
        QCOMPARE(p.running(), 1);
        QVERIFY(finished.wait(60000));
        const qint64 took = call.elapsed();
        qInfo("register of 600 dossiers: call returned after %lld ms, printed in %lld ms, "
              "longest event-loop gap %lld ms",
              returnedAfter, took, worst);
        QCOMPARE(failed.count(), 0);
        QCOMPARE(exported.count(), 1);
        QCOMPARE(exported.first().at(1).toString(), path);
        QCOMPARE(p.running(), 0);
        QVERIFY(pdf::pageCount(path) > 10);
        QVERIFY2(worst < 100, qPrintable(QString::number(worst)));
    }

    void errorsAreExplained()
    {
        for (const char* code :
             {"forms.template_syntax", "forms.template_missing", "forms.template_unknown_name",
              "forms.output_failed", "forms.device_failed", "barcode.encode_failed",
              "something.else"}) {
            const QString words = FormPrinter::describe(
                {QString::fromLatin1(code), QStringLiteral("m"), QStringLiteral("p")});
            QVERIFY2(!words.isEmpty() && !words.contains(QLatin1String(code)), code);
        }
    }

    // The preview asks the renderer for the pages (checked here through the preview widget),
    // and closing it prints nothing.
    void previewShowsTheForm()
    {
        FormPrinter p(renderer(), nullptr, m_settings.get());
        QSignalSpy printed(&p, &FormPrinter::printed);
        int pagesShown = -1;
        QTimer::singleShot(0, this, [&pagesShown] {
            auto* dialog = qobject_cast<QPrintPreviewDialog*>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            if (auto* w = dialog->findChild<QPrintPreviewWidget*>()) {
                w->updatePreview();
                pagesShown = w->pageCount();
            }
            dialog->reject();
        });
        QVERIFY(!p.preview(samples::controlSlip()));
        QCOMPARE(pagesShown, 2);
        QCOMPARE(printed.count(), 0);
    }

    // The real thing: through Qt's CUPS support to a scheduler, which hands the job to a backend.
    void printsThroughCups()
    {
        PrivateCups cups(m_cupsRoot.path());
        QString why;
        // cups is installed by installer/dev.sh: a scheduler that cannot start is a failure.
        QVERIFY2(cups.start(&why), qPrintable(why));
        QVERIFY2(QPrinterInfo::availablePrinterNames().contains(kQueue),
                 qPrintable(QPrinterInfo::availablePrinterNames().join(u',')));

        FormPrinter p(renderer(), nullptr, m_settings.get());
        p.rememberPrinter(FormKind::Receipt, kQueue);
        QSignalSpy printed(&p, &FormPrinter::printed);
        QSignalSpy failed(&p, &FormPrinter::failed);
        QVERIFY(p.print(samples::receipt())); // remembered and present: no dialog
        QCOMPARE(failed.count(), 0);
        QCOMPARE(printed.count(), 1);
        QCOMPARE(printed.first().at(1).toString(), kQueue);

        const QString job = cups.waitForJob(30000);
        cups.stop();
        QVERIFY2(!job.isEmpty(), "CUPS finished no job");
        QFile f(job);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.read(5) == "%PDF-");
        f.close();
        const QString copy = m_dir.filePath(QStringLiteral("cups-job.pdf"));
        QVERIFY(QFile::copy(job, copy));
        QCOMPARE(pdf::pageSize(copy), QStringLiteral("595 x 842 pts (A4)"));
        QVERIFY(pdf::text(copy).contains(QString::fromUtf8(samples::kOwner)));
        QStringList found;
        for (const QString& png : pdf::rasterise(copy, 200)) {
            for (const auto& b : barcode::decode(QImage(png)))
                found << b.text;
        }
        QVERIFY2(found.contains(QString::fromUtf8(samples::kCode)), qPrintable(found.join(u' ')));
    }
};

QTEST_MAIN(TstFormPrinter)
#include "tst_formprinter.moc"
