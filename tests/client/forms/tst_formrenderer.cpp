// The printed forms end to end: each form is rendered to a PDF, then read back the way a person
// and a barcode gun would — pdftotext for the words, pdftoppm at 200 dpi and two independent
// decoders (our zxing wrapper and zbarimg) for the QR code and the Code 128, pdfinfo for the
// paper. The tests run in America/Los_Angeles: every printed date and time must still be
// Vietnam's.
#include "FormSamples.h"
#include "PdfTools.h"
#include "TestDates.h"
#include "core/VnTime.h"
#include "core/barcode/Barcode.h"
#include "core/batch/SeparatorCode.h"
#include "forms/FormContext.h"
#include "forms/FormRenderer.h"
#include "forms/FormTemplate.h"

#include <QFile>
#include <QPdfWriter>
#include <QPrinter>
#include <QTemporaryDir>
#include <QtTest>

using namespace motcua;
using namespace motcua::client;
namespace samples = motcua::test::forms;
namespace pdf = motcua::test::pdf;

namespace {

const QString kBase = QStringLiteral("https://dichvucong.example/tra-cuu?ma=");
const QString kCode = QString::fromUtf8(samples::kCode);
const QString kOwner = QString::fromUtf8(samples::kOwner);
const QString kA4 = QStringLiteral("595 x 842 pts (A4)");
const QString kA4Landscape = QStringLiteral("842 x 595 pts (A4)");
const QString kA5 = QStringLiteral("420 x 595 pts (A5)");

struct Read {
    QString layout; // pdftotext -layout
    QString raw;    // pdftotext -raw, white space removed
    QStringList zxing;
    QStringList zbar;
};

QString upper(const QString& s)
{
    return QLocale(QLocale::Vietnamese, QLocale::Vietnam).toUpper(s);
}

} // namespace

class TstFormRenderer : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    FormRenderer renderer(const QString& base = kBase) const
    {
        FormSettings s;
        s.lookupUrlBase = base;
        return FormRenderer(s);
    }

    QString write(const FormRenderer& r, const FormData& data, const QString& name)
    {
        const QString path = m_dir.filePath(name + QStringLiteral(".pdf"));
        const Status s = r.renderPdf(data, path);
        if (!s)
            qWarning() << s.error().describe();
        return s ? path : QString();
    }

    // Words and barcodes of every page, as a reader and two barcode readers see them.
    Read read(const QString& path)
    {
        Read out;
        out.layout = pdf::text(path);
        out.raw = pdf::compact(pdf::text(path, QStringLiteral("-raw")));
        for (const QString& png : pdf::rasterise(path, 200)) {
            for (const DecodedBarcode& b : barcode::decode(QImage(png)))
                out.zxing << barcodeFormatName(b.format) + u':' + b.text;
            out.zbar += pdf::zbar(png);
        }
        return out;
    }

private slots:
    void initTestCase()
    {
        for (const char* tool : {"pdftotext", "pdftoppm", "pdfinfo", "zbarimg"}) {
            if (!pdf::have(QString::fromLatin1(tool)))
                QFAIL(qPrintable(QStringLiteral("%1 is missing (poppler-utils, zbar-tools)")
                                     .arg(QString::fromLatin1(tool))));
        }
        QVERIFY(m_dir.isValid());
        // To look at the PDFs after a run: MOTCUA_TEST_KEEP=1 keeps them and says where.
        if (qEnvironmentVariableIsSet("MOTCUA_TEST_KEEP")) {
            m_dir.setAutoRemove(false);
            qInfo() << "forms written to" << m_dir.path();
        }
        // The harness pins a far-off zone; if it did not, the time checks below would be moot.
        QCOMPARE(qgetenv("TZ"), QByteArray("America/Los_Angeles"));
        const QDateTime received = samples::receipt().dossier.receivedAt;
        QCOMPARE(received.toLocalTime().date(), QDate(2026, 11, 19)); // a day earlier there
    }

    void formKindNames()
    {
        for (FormKind k : allFormKinds())
            QCOMPARE(parseFormKind(formKindName(k)), k);
        QCOMPARE(parseFormKind(QStringLiteral(" Control-Slip ")), FormKind::ControlSlip);
        QCOMPARE(parseFormKind(QStringLiteral("receipt")), FormKind::Receipt);
        QCOMPARE(parseFormKind(QStringLiteral("apology")), FormKind::Apology);
        QCOMPARE(parseFormKind(QStringLiteral("separator")), FormKind::Separator);
        QVERIFY(!parseFormKind(QStringLiteral("apologies")).has_value());
        QVERIFY(!parseFormKind(QString()).has_value());
        QVERIFY(!formKindTitle(FormKind::Register).isEmpty());
    }

    void lookupUrls()
    {
        QCOMPARE(lookupUrl(kBase, kCode), kBase + kCode);
        QCOMPARE(
            lookupUrl(QStringLiteral("https://x.example/hs/{code}/tien-do"), QStringLiteral("A B")),
            QStringLiteral("https://x.example/hs/A%20B/tien-do"));
        QCOMPARE(lookupUrl(QString(), kCode), kCode);
        QCOMPARE(lookupUrl(QStringLiteral("  "), kCode), kCode);
    }

    void receipt()
    {
        const FormData data = samples::receipt();
        const QString path = write(renderer(), data, QStringLiteral("receipt"));
        QVERIFY(!path.isEmpty());
        QCOMPARE(pdf::pageSize(path), kA4);
        QCOMPARE(pdf::pageCount(path), 1);

        const Read r = read(path);
        for (const QString& s :
             {upper(QStringLiteral("Giấy tiếp nhận hồ sơ và hẹn trả kết quả")), kOwner,
              QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
              QStringLiteral("Độc lập - Tự do - Hạnh phúc"), QStringLiteral("Mã hồ sơ: ") + kCode,
              QStringLiteral("Hà Nội, ngày 20 tháng 11 năm 2026"),
              // Vietnam time: 07:45 on the 20th, not 16:45 on the 19th (Los Angeles).
              QStringLiteral("4. Thời gian nhận hồ sơ: 07 giờ 45 phút, ngày 20/11/2026"),
              QStringLiteral("08 giờ 00 phút, ngày 25/11/2026"),
              QStringLiteral("Trực tiếp tại Bộ phận Một cửa"),
              QStringLiteral("Thủ tục đăng ký khai sinh"), QStringLiteral("001190012345"),
              QStringLiteral("0912345678"), QStringLiteral("3 ngày làm việc"),
              QStringLiteral("Quyển số: 03/2026, Số thứ tự: 1187"),
              QStringLiteral("Số 1 phố Đội Cấn"), QStringLiteral("Lê Thị Hồng Nhung"),
              QStringLiteral("8.000 đồng"), QStringLiteral("NGƯỜI TIẾP NHẬN HỒ SƠ")}) {
            QVERIFY2(r.layout.contains(s), qPrintable(s + QStringLiteral(" not in:\n") + r.layout));
        }
        QVERIFY(!r.layout.contains(QStringLiteral("19/11/2026")));
        QVERIFY(!r.layout.contains(QStringLiteral("16 giờ 45")));
        // Every component, each in its table cell, the HTML-special one as typed.
        for (const ReceivedComponent& c : data.dossier.components)
            QVERIFY2(r.raw.contains(pdf::compact(c.name)), qPrintable(c.name));
        QVERIFY(r.raw.contains(pdf::compact(QString::fromUtf8(samples::kSpecialComponent))));

        // Both barcodes, read by both readers from a 200-dpi grey raster.
        const QString qr = QStringLiteral("QRCode:") + kBase + kCode;
        const QString bars = QStringLiteral("Code128:") + kCode;
        QVERIFY2(r.zxing.contains(qr) && r.zxing.contains(bars), qPrintable(r.zxing.join(u'\n')));
        QVERIFY2(r.zbar.contains(kBase + kCode) && r.zbar.contains(kCode),
                 qPrintable(r.zbar.join(u'\n')));
    }

    void receiptOnA5()
    {
        // The A4 design shrunk to 75 %: still one sheet, still readable barcodes.
        FormSettings s;
        s.lookupUrlBase = kBase;
        s.pageSetups.insert(FormKind::Receipt, PageSetup::forPaper(QPageSize::A5));
        const QString path =
            write(FormRenderer(s), samples::receipt(), QStringLiteral("receipt-a5"));
        QVERIFY(!path.isEmpty());
        QCOMPARE(pdf::pageSize(path), kA5);
        QCOMPARE(pdf::pageCount(path), 1);
        const Read r = read(path);
        QVERIFY(r.layout.contains(kOwner));
        QVERIFY(r.layout.contains(QStringLiteral("25/11/2026")));
        QVERIFY2(r.zxing.contains(QStringLiteral("QRCode:") + kBase + kCode),
                 qPrintable(r.zxing.join(u' ')));
        QVERIFY2(r.zxing.contains(QStringLiteral("Code128:") + kCode),
                 qPrintable(r.zxing.join(u' ')));
        QVERIFY(r.zbar.contains(kCode));
    }

    void withoutALookupAddressTheQrHoldsTheCode()
    {
        const QString path =
            write(renderer(QString()), samples::receipt(), QStringLiteral("receipt-bare"));
        const Read r = read(path);
        QCOMPARE(r.zxing.count(QStringLiteral("QRCode:") + kCode), 1);
        QCOMPARE(r.zbar.count(kCode), 2); // the QR code and the Code 128
    }

    void specialCharactersAreEscaped()
    {
        FormData data = samples::receipt();
        data.dossier.owner.fullName = QStringLiteral("Trần <b>Văn</b> & \"Đức\"");
        data.dossier.submitter = data.dossier.owner;
        const auto html = renderer().renderHtml(data);
        QVERIFY(html.ok());
        QVERIFY(
            html->contains(QStringLiteral("Trần &lt;b&gt;Văn&lt;/b&gt; &amp; &quot;Đức&quot;")));
        QVERIFY(html->contains(
            QStringLiteral("Bản sao &lt;Giấy&gt; xác nhận &amp; &quot;tình trạng&quot; hôn nhân")));
        QVERIFY(!html->contains(QStringLiteral("<b>Văn</b>")));
        const QString path = write(renderer(), data, QStringLiteral("receipt-escaped"));
        QVERIFY(pdf::text(path).contains(QStringLiteral("Trần <b>Văn</b> & \"Đức\"")));
    }

    void supplementListsEveryProblemAtOnce()
    {
        const FormData data = samples::supplement();
        const QString path = write(renderer(), data, QStringLiteral("supplement"));
        QVERIFY(!path.isEmpty());
        QCOMPARE(pdf::pageSize(path), kA4);
        const Read r = read(path);
        QVERIFY(
            r.layout.contains(upper(QStringLiteral("Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ"))));
        QVERIFY(r.raw.contains(pdf::compact(QStringLiteral("Giấy chứng sinh"))));
        QVERIFY(
            r.raw.contains(pdf::compact(QStringLiteral("Chưa có, cần nộp bổ sung (1 bản chính): "
                                                       "Bản chính do cơ sở y tế cấp"))));
        QVERIFY(r.raw.contains(pdf::compact(QString::fromUtf8(samples::kSpecialComponent))));
        QVERIFY(r.raw.contains(pdf::compact(QStringLiteral("ghi sai ngày sinh"))));
        // Components received in order are not listed.
        QVERIFY(
            !r.raw.contains(pdf::compact(QStringLiteral("Tờ khai đăng ký khai sinh theo mẫu"))));
        QVERIFY(
            !r.raw.contains(pdf::compact(QStringLiteral("Giấy tờ tùy thân của người đi đăng ký"))));
        // Both lines of the reason, the officer to call.
        QVERIFY(r.layout.contains(QStringLiteral("Hồ sơ chưa đủ thành phần theo quy định.")));
        QVERIFY(r.layout.contains(QStringLiteral("Giấy tờ cần đúng họ tên")));
        QVERIFY(r.raw.contains(
            pdf::compact(QStringLiteral("Lê Thị Hồng Nhung, số điện thoại 0904 123 456"))));
        QVERIFY(r.zxing.contains(QStringLiteral("Code128:") + kCode));
        QVERIFY(r.zbar.contains(kCode));
    }

    void aSupplementDuringProcessingListsOnlyWhatTheOfficerAskedFor()
    {
        // The same dossier once accepted: the paper missing at intake was optional and the notes
        // were the counter's. The officer asked for one paper, or gave only a reason.
        FormData data = samples::supplement();
        data.dossier.status = DossierStatus::SupplementRequested;
        data.requestedItems = {QStringLiteral("Trích lục ghi chú ly hôn")};
        data.reason = QStringLiteral("Cần xác minh tình trạng hôn nhân");
        Read r = read(write(renderer(), data, QStringLiteral("supplement-processing")));
        QVERIFY(r.raw.contains(pdf::compact(QStringLiteral("Trích lục ghi chú ly hôn"))));
        QVERIFY(r.raw.contains(pdf::compact(QStringLiteral("Cần nộp bổ sung, hoàn thiện"))));
        QVERIFY(!r.raw.contains(pdf::compact(QStringLiteral("Chưa có, cần nộp bổ sung"))));
        QVERIFY(!r.raw.contains(pdf::compact(QStringLiteral("ghi sai ngày sinh"))));
        QVERIFY(r.layout.contains(QStringLiteral("Cần xác minh tình trạng hôn nhân")));

        data.requestedItems.clear();
        r = read(write(renderer(), data, QStringLiteral("supplement-reason-only")));
        QVERIFY(!r.raw.contains(pdf::compact(QStringLiteral("Chưa có, cần nộp bổ sung"))));
        QVERIFY(r.raw.contains(pdf::compact(QStringLiteral("Xem lý do dưới đây."))));
        QVERIFY(r.layout.contains(QStringLiteral("Cần xác minh tình trạng hôn nhân")));
    }

    void supplementBeforeAnyDossierHasNoBarcode()
    {
        FormData data = samples::supplement();
        data.dossier.code.clear();
        const QString path = write(renderer(), data, QStringLiteral("supplement-nocode"));
        QVERIFY(!path.isEmpty());
        const Read r = read(path);
        QVERIFY(
            r.layout.contains(upper(QStringLiteral("Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ"))));
        QVERIFY(r.layout.contains(kOwner));
        QVERIFY(!r.layout.contains(QStringLiteral("Mã hồ sơ")));
        QVERIFY(r.zxing.isEmpty());
        QVERIFY(r.zbar.isEmpty());
    }

    void refusalGivesTheReason()
    {
        const FormData data = samples::refusal();
        const QString path = write(renderer(), data, QStringLiteral("refusal"));
        const Read r = read(path);
        QVERIFY(
            r.layout.contains(upper(QStringLiteral("Phiếu từ chối tiếp nhận, giải quyết hồ sơ"))));
        QVERIFY(r.layout.contains(QStringLiteral("không thuộc thẩm quyền của <UBND phường>")));
        QVERIFY(r.layout.contains(QStringLiteral("Đề nghị nộp tại nơi cư trú của người mẹ.")));
        QVERIFY(r.layout.contains(kOwner));
        QVERIFY(r.zxing.contains(QStringLiteral("Code128:") + kCode));
    }

    void controlSlipHasARowPerHandOverAndBlankRowsToCome()
    {
        const FormData data = samples::controlSlip();
        const QString path = write(renderer(), data, QStringLiteral("control-slip"));
        QCOMPARE(pdf::pageSize(path), kA4);
        const Read r = read(path);
        QVERIFY(
            r.layout.contains(upper(QStringLiteral("Phiếu kiểm soát quá trình giải quyết hồ sơ"))));
        // 5 hand-overs done (accept, forward ×3, return to the previous step), 2 still to come.
        QCOMPARE(r.layout.count(QStringLiteral("Người giao")), 7);
        QCOMPARE(r.layout.count(QStringLiteral(".... giờ .... phút")), 2);
        QCOMPARE(r.raw.count(pdf::compact(QStringLiteral("Nhận: Tổ chức, cá nhân"))), 1);
        for (const QString& s :
             {QStringLiteral("Trước hạn"), QStringLiteral("Đúng hạn"), QStringLiteral("Quá hạn"),
              QStringLiteral("Phạm Quốc Hưng"), QStringLiteral("Đỗ Thị Thu Hằng"),
              QStringLiteral("Vũ Đình Khải"), QStringLiteral("07 giờ 35 phút, ngày 24/11/2026")})
            QVERIFY2(r.raw.contains(pdf::compact(s)), qPrintable(s));
        QVERIFY(r.raw.contains(
            pdf::compact(QStringLiteral("Trả lại bước trước. Bổ sung ý kiến thẩm định"))));
        QVERIFY(r.zxing.contains(QStringLiteral("Code128:") + kCode));
        QVERIFY(r.zbar.contains(kCode));
    }

    // A4 landscape, several pages, the header on every page, no row cut between two sheets, and
    // only the dossiers received in the range.
    void registerPaginatesWholeRows()
    {
        const FormData data = samples::registerBook(60);
        const QString path = write(renderer(), data, QStringLiteral("register"));
        QVERIFY(!path.isEmpty());
        QCOMPARE(pdf::pageSize(path), kA4Landscape);
        const int pages = pdf::pageCount(path);
        QVERIFY2(pages >= 3, qPrintable(QString::number(pages)));

        QStringList pageText;
        for (int p = 1; p <= pages; ++p) {
            const QString t = pdf::compact(pdf::text(path, QStringLiteral("-raw"), p));
            QVERIFY2(t.contains(QStringLiteral("Mãhồsơ")) &&
                         t.contains(QStringLiteral("Cánbộtiếpnhận")),
                     qPrintable(QStringLiteral("page %1 has no header").arg(p)));
            QVERIFY2(t.contains(QStringLiteral("%1/%2").arg(p).arg(pages)), qPrintable(t));
            pageText << t;
        }
        QList<int> rowsOnPage(pages, 0);
        for (int i = 0; i < data.dossiers.size(); ++i) {
            const Dossier& d = data.dossiers.at(i);
            const bool inRange = i < 60;
            const QString code = pdf::compact(d.code);
            int codePage = -1, namePage = -1, codeCount = 0;
            for (int p = 0; p < pages; ++p) {
                if (pageText[p].contains(code)) {
                    codePage = p;
                    ++codeCount;
                }
                // "…Thành 1" is a prefix of "…Thành 12": match the name followed by the phone.
                if (pageText[p].contains(pdf::compact(d.owner.fullName) + u'S'))
                    namePage = p;
            }
            if (!inRange) {
                QCOMPARE(codeCount, 0);
                continue;
            }
            QVERIFY2(codeCount == 1, qPrintable(d.code));
            ++rowsOnPage[codePage];
            QVERIFY2(namePage == codePage,
                     qPrintable(QStringLiteral("row of %1 is cut: code on page %2, name on page %3")
                                    .arg(d.code)
                                    .arg(codePage + 1)
                                    .arg(namePage + 1)));
        }
        QVERIFY2(!rowsOnPage.contains(0), "a page with a header and no rows"); // nor a blank one
        const QString all = pdf::text(path);
        QVERIFY(all.contains(QStringLiteral("Từ ngày 16/11/2026 đến ngày 27/11/2026")));
        QVERIFY(all.contains(QStringLiteral("Tổng số: 60 hồ sơ")));
        QVERIFY(all.contains(QStringLiteral("Rút hồ sơ.")));
    }

    void emptyRegisterStillPrints()
    {
        FormData data = samples::registerBook(0);
        data.dossiers.clear();
        const QString path = write(renderer(), data, QStringLiteral("register-empty"));
        QCOMPARE(pdf::pageCount(path), 1);
        QVERIFY(
            pdf::text(path).contains(QStringLiteral("Không có hồ sơ nào trong thời gian này.")));
    }

    // One sheet per received component, each on its own A4 page, each with two QR codes (a
    // spare) holding the separator code that the batch split reads, and the words a clerk reads.
    void separatorSheets()
    {
        const FormData data = samples::separator();
        const QString path = write(renderer(), data, QStringLiteral("separator"));
        QVERIFY(!path.isEmpty());
        QCOMPARE(pdf::pageSize(path), kA4);
        QCOMPARE(pdf::pageCount(path), 3); // component 2 was not received
        QList<int> ids;
        for (const ReceivedComponent& c : data.dossier.components) {
            if (c.received)
                ids << c.componentId;
        }
        const QStringList pngs = pdf::rasterise(path, 150);
        QCOMPARE(pngs.size(), 3);
        for (int page = 0; page < 3; ++page) {
            const QString expected = SeparatorCode{kCode, ids.at(page)}.text();
            QCOMPARE(SeparatorCode::parse(expected)->componentId, ids.at(page));
            QStringList zxing;
            for (const DecodedBarcode& b : barcode::decode(QImage(pngs.at(page))))
                zxing << barcodeFormatName(b.format) + u':' + b.text;
            QCOMPARE(zxing.count(QStringLiteral("QRCode:") + expected), 2);
            const QStringList zbar = pdf::zbar(pngs.at(page));
            QVERIFY2(zbar.count(expected) == 2, qPrintable(zbar.join(u'\n')));
            const QString text = pdf::text(path, QStringLiteral("-layout"), page + 1);
            const QString name = data.dossier.components.at(ids.at(page) - 1).name;
            for (const QString& s :
                 {QStringLiteral("TỜ PHÂN CÁCH HỒ SƠ"), kCode,
                  QStringLiteral("Chủ hồ sơ: ") + kOwner,
                  QStringLiteral("Đặt tờ này ngay trước các trang của thành phần hồ sơ"),
                  QStringLiteral("tờ %1/3").arg(page + 1),
                  QStringLiteral("Thành phần hồ sơ số %1:").arg(ids.at(page))}) {
                QVERIFY2(text.contains(s), qPrintable(s + QStringLiteral(" not in:\n") + text));
            }
            QVERIFY2(pdf::compact(text).contains(pdf::compact(name)), qPrintable(name));
            // Nothing of the template's own syntax or comments leaks onto the paper.
            QVERIFY2(!text.contains(QStringLiteral("}}")) && !text.contains(QStringLiteral("{{")) &&
                         !text.contains(QStringLiteral("barcode:")),
                     qPrintable(text));
        }
        // Only the components asked for, in that order.
        FormData one = data;
        one.componentIds = {4};
        const QString single = write(renderer(), one, QStringLiteral("separator-one"));
        QCOMPARE(pdf::pageCount(single), 1);
        const QStringList png = pdf::rasterise(single, 150);
        QVERIFY(pdf::zbar(png.value(0)).contains(SeparatorCode{kCode, 4}.text()));
    }

    void separatorCodeFormat()
    {
        const SeparatorCode c{QStringLiteral("000.00.53.H48-261120-0042"), 12};
        QCOMPARE(c.text(), QStringLiteral("MOTCUA-SEP:1:000.00.53.H48-261120-0042:12"));
        QCOMPARE(*SeparatorCode::parse(c.text()), c);
        QCOMPARE(SeparatorCode::parse(kBase + kCode).error().code,
                 QStringLiteral("batch.not_separator"));
        QCOMPARE(SeparatorCode::parse(QStringLiteral("MOTCUA-SEP:2:X-1:3")).error().code,
                 QStringLiteral("batch.separator_version"));
        for (const char* bad :
             {"MOTCUA-SEP:", "MOTCUA-SEP:1", "MOTCUA-SEP:1:X-1", "MOTCUA-SEP:1:X-1:0",
              "MOTCUA-SEP:1:X-1:-3", "MOTCUA-SEP:1:X-1:3:4", "MOTCUA-SEP:1::3",
              "MOTCUA-SEP:1:X 1:3", "MOTCUA-SEP:1:X-1:03", "MOTCUA-SEP:one:X-1:3"}) {
            const auto r = SeparatorCode::parse(QString::fromLatin1(bad));
            QVERIFY2(!r.ok(), bad);
            QCOMPARE(r.error().code, QStringLiteral("batch.separator_malformed"));
            QVERIFY(!r.error().message.isEmpty());
        }
    }

    // Mẫu 04 from the latest approved apology (not the later proposal still pending), in
    // Vietnam time, on one A4 page.
    void apologyGivesTheNewAppointment()
    {
        const FormData data = samples::apology();
        const QString path = write(renderer(), data, QStringLiteral("apology"));
        QVERIFY(!path.isEmpty());
        QCOMPARE(pdf::pageSize(path), kA4);
        QCOMPARE(pdf::pageCount(path), 1);
        const Read r = read(path);
        for (const QString& s :
             {QStringLiteral("PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ"),
              QStringLiteral("Số: 12/PXL-UBND"), QStringLiteral("Kính gửi: Ông/Bà ") + kOwner,
              QStringLiteral("Mã hồ sơ: ") + kCode,
              QStringLiteral("Hà Nội, ngày 24 tháng 11 năm 2026"),
              QStringLiteral("Ngày 20 tháng 11 năm 2026"),
              QStringLiteral("08 giờ 00 phút, ngày 25/11/2026"),
              QStringLiteral("Cần xác minh thông tin nơi sinh tại cơ sở y tế."),
              QStringLiteral("Đã gửi văn bản xác minh ngày 23/11/2026."),
              QStringLiteral("xin lỗi Ông/Bà"), QStringLiteral("THỦ TRƯỞNG CƠ QUAN"),
              QStringLiteral("Vũ Đình Khải")}) {
            // Long sentences wrap: compared without white space.
            QVERIFY2(r.raw.contains(pdf::compact(s)),
                     qPrintable(s + QStringLiteral(" not in:\n") + r.layout));
        }
        QVERIFY2(r.raw.contains(
                     pdf::compact(QStringLiteral("08 giờ 00 phút, ngày 30 tháng 11 năm 2026"))),
                 qPrintable(r.layout));
        QVERIFY(!r.layout.contains(QStringLiteral("Đề xuất chưa duyệt")));
        QVERIFY(!r.layout.contains(QStringLiteral("05 tháng 12")));
        QVERIFY2(r.zxing.contains(QStringLiteral("Code128:") + kCode),
                 qPrintable(r.zxing.join(u'\n')));
        QVERIFY(r.zbar.contains(kCode));

        // No apology at all: blanks to fill in by hand, the receipt's appointment as the original.
        FormData blank = data;
        blank.dossier.apologies.clear();
        blank.dossier.appointmentAt = motcua::test::vn(2026, 11, 25, 8, 0);
        blank.apologyNumber.clear();
        blank.agency.name.clear(); // an agency not yet synchronised: dots, not ", tiếp nhận"
        const QString empty = write(renderer(), blank, QStringLiteral("apology-blank"));
        const QString text = pdf::compact(pdf::text(empty, QStringLiteral("-raw")));
        QVERIFY2(text.contains(QStringLiteral("Số:........../PXL")), qPrintable(text));
        QVERIFY(text.contains(pdf::compact(QStringLiteral("08 giờ 00 phút, ngày 25/11/2026"))));
        QVERIFY(text.contains(pdf::compact(QStringLiteral("...... giờ ...... phút, ngày ......"))));
        QVERIFY2(text.contains(QStringLiteral("2026,..............................tiếpnhận")),
                 qPrintable(text));
    }

    // Every placeholder in the shipped templates is one the renderer provides, whatever the
    // data (a typo in a template would otherwise print as a silent blank).
    void shippedTemplatesUseOnlyKnownPlaceholders_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<bool>("empty");
        for (FormKind k : allFormKinds()) {
            QTest::newRow(qPrintable(formKindName(k))) << int(k) << false;
            QTest::newRow(qPrintable(formKindName(k) + QStringLiteral("-empty"))) << int(k) << true;
        }
    }
    void shippedTemplatesUseOnlyKnownPlaceholders()
    {
        QFETCH(int, kind);
        QFETCH(bool, empty);
        const auto k = FormKind(kind);
        FormData data;
        if (!empty) {
            switch (k) {
            case FormKind::Receipt:
                data = samples::receipt();
                break;
            case FormKind::Supplement:
                data = samples::supplement();
                break;
            case FormKind::Refusal:
                data = samples::refusal();
                break;
            case FormKind::ControlSlip:
                data = samples::controlSlip();
                break;
            case FormKind::Register:
                data = samples::registerBook(5);
                break;
            case FormKind::Separator:
                data = samples::separator();
                break;
            case FormKind::Apology:
                data = samples::apology();
                break;
            }
        }
        data.kind = k;
        const auto load = [](const QString& file) {
            QFile f(QStringLiteral(":/forms/") + file);
            if (!f.open(QIODevice::ReadOnly))
                qFatal("no built-in template %s", qPrintable(file));
            auto t = FormTemplate::parse(QString::fromUtf8(f.readAll()), file);
            if (!t.ok())
                qFatal("%s", qPrintable(t.error().describe()));
            return *t;
        };
        const FormTemplate main = load(FormRenderer::templateFileName(k));
        FormTemplate::Partials partials;
        for (const QString& p : main.partialNames())
            partials.insert(p, load(p + QStringLiteral(".html")));
        QStringList missing;
        main.render(buildFormContext(data, kBase, vntime::now()), partials, &missing);
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral(", "))));
        QVERIFY(FormRenderer().checkTemplates().ok());
    }

    void anAdministratorsTemplateWins()
    {
        QTemporaryDir own;
        QFile f(own.filePath(QStringLiteral("receipt.html")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("<html><body><p>Mẫu riêng của phường: {{owner.fullName}} — {{appointment.date}}</p>"
                "<img src=\"barcode:code128\" height=\"40\"/></body></html>");
        f.close();
        FormSettings s;
        s.templateDirectory = own.path();
        const FormRenderer r(s);
        QCOMPARE(r.templatePath(QStringLiteral("receipt.html")), f.fileName());
        QCOMPARE(r.templatePath(QStringLiteral("header.html")),
                 QStringLiteral(":/forms/header.html"));
        const QString path = write(r, samples::receipt(), QStringLiteral("receipt-own"));
        const Read read = this->read(path);
        QVERIFY(read.layout.contains(QStringLiteral("Mẫu riêng của phường: ") + kOwner +
                                     QStringLiteral(" — 25/11/2026")));
        QVERIFY(read.zxing.contains(QStringLiteral("Code128:") + kCode));
        QVERIFY(r.checkTemplates().ok());
    }

    void aBrokenTemplateIsReportedButPrintingGoesOn()
    {
        QTemporaryDir own;
        QFile f(own.filePath(QStringLiteral("refusal.html")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("<p>Lý do:</p>\n<p>{{#reason}}{{reason}}</p>\n");
        f.close();
        FormSettings s;
        s.templateDirectory = own.path();
        const FormRenderer r(s);
        const Status check = r.checkTemplates();
        QVERIFY(!check.ok());
        QCOMPARE(check.error().code, QStringLiteral("forms.template_syntax"));
        QCOMPARE(check.error().path, f.fileName() + QStringLiteral(":2"));

        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral("ignoring.*refusal.html")));
        const QString path = write(r, samples::refusal(), QStringLiteral("refusal-fallback"));
        QVERIFY(!path.isEmpty());
        QVERIFY(pdf::text(path).contains(upper(QStringLiteral("Phiếu từ chối tiếp nhận"))));
    }

    void aMisspeltPlaceholderIsReported()
    {
        QTemporaryDir own;
        QFile f(own.filePath(QStringLiteral("header.html")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("<p>{{agencyNmae}} — {{printed.date}}</p>");
        f.close();
        FormSettings s;
        s.templateDirectory = own.path();
        const Status check = FormRenderer(s).checkTemplates();
        QVERIFY(!check.ok());
        QCOMPARE(check.error().code, QStringLiteral("forms.template_unknown_name"));
        QVERIFY2(check.error().message.contains(QStringLiteral("agencyNmae")),
                 qPrintable(check.error().message));
    }

    // A code no Code 128 can carry still prints, without that barcode (the QR code keeps it).
    void aCodeThatCannotBeBarcodedStillPrints()
    {
        FormData data = samples::receipt();
        data.dossier.code = QStringLiteral("HS-ĐỨC-01");
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("no Code 128")));
        const QString path = write(renderer(QString()), data, QStringLiteral("receipt-nonascii"));
        QVERIFY(!path.isEmpty());
        const Read r = read(path);
        QVERIFY(r.layout.contains(QStringLiteral("Mã hồ sơ: HS-ĐỨC-01")));
        QCOMPARE(r.zxing, QStringList{QStringLiteral("QRCode:HS-ĐỨC-01")});
    }

    void unwritablePdfIsAnError()
    {
        const Status s = renderer().renderPdf(samples::receipt(),
                                              m_dir.filePath(QStringLiteral("no/such/dir/x.pdf")));
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, QStringLiteral("forms.output_failed"));
    }

    // The same painting through a QPrinter (what the preview dialog and CUPS use), here set to
    // write a PDF so the test needs no printer.
    void paintsOnAQPrinter()
    {
        const FormRenderer r = renderer();
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        const QString path = m_dir.filePath(QStringLiteral("qprinter.pdf"));
        printer.setOutputFileName(path);
        r.applyPageSetup(FormKind::Register, printer);
        FormData data = samples::registerBook(20);
        QVERIFY(r.paint(data, printer).ok());
        QCOMPARE(pdf::pageSize(path), kA4Landscape);
        QVERIFY(pdf::text(path).contains(QStringLiteral("SỔ THEO DÕI HỒ SƠ")));
    }

    // The preview images: whole pages at the asked resolution, barcodes readable at 200 dpi.
    void previewImages()
    {
        const auto pages = renderer().renderImages(samples::receipt(), 100);
        QVERIFY(pages.ok());
        QCOMPARE(pages->size(), 1);
        QCOMPARE(pages->first().size(), QPageSize(QPageSize::A4).sizePixels(100));
        const auto sharp = renderer().renderImages(samples::receipt(), 200);
        QVERIFY(sharp.ok());
        QStringList found;
        for (const auto& b : barcode::decode(sharp->first()))
            found << b.text;
        QVERIFY2(found.contains(kCode) && found.contains(kBase + kCode),
                 qPrintable(found.join(u' ')));
    }
};

QTEST_MAIN(TstFormRenderer)
#include "tst_formrenderer.moc"
