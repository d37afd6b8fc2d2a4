#include "BatchSamples.h"

#include "core/barcode/Barcode.h"
#include "forms/FormRenderer.h"

#include <QPainter>

namespace motcua::test::batch {
namespace {

QImage a4()
{
    QImage page(qRound(210 / 25.4 * kDpi), qRound(297 / 25.4 * kDpi), QImage::Format_Grayscale8);
    page.fill(255);
    const int dpm = qRound(kDpi / 0.0254);
    page.setDotsPerMeterX(dpm);
    page.setDotsPerMeterY(dpm);
    return page;
}

} // namespace

QImage textPage(const QString& label)
{
    QImage page = a4();
    QPainter p(&page);
    p.setPen(Qt::black);
    QFont big(QStringLiteral("Noto Serif"));
    big.setPixelSize(60);
    big.setBold(true);
    p.setFont(big);
    p.drawText(QRect(100, 120, page.width() - 200, 120), Qt::AlignCenter, label);
    QFont body(QStringLiteral("Noto Serif"));
    body.setPixelSize(22);
    p.setFont(body);
    for (int line = 0; line < 40; ++line)
        p.drawText(120, 320 + line * 34,
                   QStringLiteral("Dòng %1 của giấy tờ %2 — nội dung được quét từ bản chính.")
                       .arg(line + 1)
                       .arg(label));
    p.end();
    page.setText(QStringLiteral("label"), label);
    return page;
}

QImage blankPage()
{
    QImage page = a4();
    QPainter p(&page);
    p.fillRect(QRect(0, 0, 8, page.height()), QColor(90, 90, 90)); // the feeder's shadow
    p.setPen(QColor(40, 40, 40));
    for (int i = 0; i < 12; ++i)
        p.drawPoint(200 + i * 71, 300 + i * 97); // dust
    p.end();
    page.setText(QStringLiteral("label"), QStringLiteral("blank"));
    return page;
}

QList<QImage> separatorSheets(const Dossier& dossier, const QList<int>& componentIds)
{
    client::FormData data;
    data.kind = client::FormKind::Separator;
    data.dossier = dossier;
    data.componentIds = componentIds;
    data.agency.name = QStringLiteral("Ủy ban nhân dân phường Xuân Hương");
    const auto images = client::FormRenderer().renderImages(data, kDpi);
    QList<QImage> out;
    if (!images)
        return out;
    for (const QImage& img : *images) {
        QImage gray = img.convertToFormat(QImage::Format_Grayscale8);
        gray.setText(QStringLiteral("label"), QStringLiteral("separator"));
        out << gray;
    }
    return out;
}

QImage foreignSeparator(const QString& text)
{
    QImage page = a4();
    const auto qr = client::barcode::encodeQr(text);
    if (qr) {
        QPainter p(&page);
        p.drawImage(QRect(400, 200, qr->width() * 12, qr->height() * 12), *qr);
    }
    page.setText(QStringLiteral("label"), QStringLiteral("foreign"));
    return page;
}

QImage blotQrCodes(const QImage& page, int minSidePixels)
{
    QImage out = page.copy();
    QPainter p(&out);
    client::DecodeOptions o;
    o.formats = client::BarcodeFormat::QrCode;
    for (const client::DecodedBarcode& b : client::barcode::decode(page, o)) {
        const QRect r = b.position.boundingRect();
        if (r.width() >= minSidePixels)
            p.fillRect(r.adjusted(-4, -4, 4, 4), Qt::white);
    }
    p.end();
    out.setText(QStringLiteral("label"), page.text(QStringLiteral("label")));
    return out;
}

QString labelOf(const QImage& page)
{
    return page.text(QStringLiteral("label"));
}

} // namespace motcua::test::batch
