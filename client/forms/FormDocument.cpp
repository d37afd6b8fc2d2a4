#include "forms/FormDocument.h"

#include "forms/BarcodeTextObject.h"

#include <cmath>
#include <limits>
#include <utility>

#include <QAbstractTextDocumentLayout>
#include <QFont>
#include <QPainter>
#include <QTextDocument>
#include <QTextTable>

namespace motcua::client {
namespace {

constexpr qreal kCssDpi = 96.0;
constexpr qreal kFooterPx = 22.0; // room for "page/pages" on forms longer than one page

} // namespace

FormDocument::FormDocument(const QString& html, const QString& styleSheet,
                           const QHash<QString, QImage>& symbols, const QSizeF& contentSizeMm,
                           qreal scale, Pagination pagination)
    : m_layoutDevice(1, 1, QImage::Format_RGB32)
    , m_doc(std::make_unique<QTextDocument>())
    , m_content(contentSizeMm * (kCssDpi / 25.4) / (scale > 0 ? scale : 1.0))
    , m_scale(scale > 0 ? scale : 1.0)
{
    const int dotsPerMeter = qRound(kCssDpi / 0.0254);
    m_layoutDevice.setDotsPerMeterX(dotsPerMeter);
    m_layoutDevice.setDotsPerMeterY(dotsPerMeter);

    m_doc->documentLayout()->setPaintDevice(&m_layoutDevice);
    m_doc->setUseDesignMetrics(true);
    m_doc->setDocumentMargin(0);
    QFont base(QStringLiteral("Noto Serif"));
    base.setPointSizeF(12);
    m_doc->setDefaultFont(base);
    m_doc->setDefaultStyleSheet(styleSheet);
    m_doc->setHtml(html);
    m_unresolved = BarcodeTextObject::install(m_doc.get(), symbols, m_scale);

    m_pagination = pagination;
    if (pagination != Pagination::None)
        paginate();
}

void FormDocument::paginate()
{
    if (m_pagination == Pagination::MultiPage) { // known to need several pages: one layout
        m_bodyHeight = multiPageBodyHeight();
        m_doc->setPageSize(QSizeF(m_content.width(), m_bodyHeight));
        m_pageCount = qMax(1, m_doc->pageCount());
        return;
    }
    m_bodyHeight = m_content.height();
    m_doc->setPageSize(QSizeF(m_content.width(), m_bodyHeight));
    if (m_doc->pageCount() > 1) {
        m_bodyHeight = multiPageBodyHeight();
        m_doc->setPageSize(QSizeF(m_content.width(), m_bodyHeight));
    }
    m_pageCount = qMax(1, m_doc->pageCount());
}

qreal FormDocument::multiPageBodyHeight() const
{
    return m_content.height() - kFooterPx;
}

QTextTable* FormDocument::largestTable() const
{
    QTextTable* best = nullptr;
    const auto frames = m_doc->rootFrame()->childFrames();
    for (QTextFrame* f : frames) {
        auto* t = qobject_cast<QTextTable*>(f);
        if (t && (!best || t->rows() > best->rows()))
            best = t;
    }
    return best;
}

namespace {

// Top of a row's content and bottom of its lowest cell, in document coordinates.
std::pair<qreal, qreal> rowExtent(const QTextDocument& doc, const QTextTable& t, int row)
{
    qreal top = std::numeric_limits<qreal>::max();
    qreal bottom = 0;
    for (int c = 0; c < t.columns(); ++c) {
        const QTextTableCell cell = t.cellAt(row, c);
        if (!cell.isValid() || cell.row() != row || cell.column() != c)
            continue;
        const auto* layout = doc.documentLayout();
        top = qMin(top, layout->blockBoundingRect(cell.firstCursorPosition().block()).top());
        bottom =
            qMax(bottom, layout->blockBoundingRect(cell.lastCursorPosition().block()).bottom());
    }
    return {top, bottom};
}

} // namespace

std::optional<FormDocument::TableRows> FormDocument::measureLargestTable(int dataRows)
{
    QTextTable* t = largestTable();
    if (!t || dataRows <= 0 || t->rows() < dataRows)
        return std::nullopt;
    m_doc->setPageSize(QSizeF(m_content.width(), 1e9)); // one endless page: no breaks
    TableRows out;
    const QRectF frame = m_doc->documentLayout()->frameBoundingRect(t);
    out.frameTop = frame.top();
    for (int r = t->rows() - dataRows; r < t->rows(); ++r)
        out.rowTops.append(rowExtent(*m_doc, *t, r).first);
    out.rowTops.append(frame.bottom());
    if (m_pagination != Pagination::None)
        paginate();
    return out;
}

QList<int> FormDocument::splitRows() const
{
    // Body rows (below the <thead> rows) of every table with a header, numbered across tables:
    // the register's pages are such tables, one after the other. A row is bad when it crosses a
    // page boundary, or when it is a table's first and Qt pushed it away from its header.
    QList<int> out;
    if (m_pageCount < 2)
        return out;
    const auto pageOf = [this](qreal y) {
        return int(y / m_bodyHeight);
    };
    int index = 0;
    const auto frames = m_doc->rootFrame()->childFrames();
    for (QTextFrame* f : frames) {
        auto* t = qobject_cast<QTextTable*>(f);
        if (!t || t->format().headerRowCount() <= 0)
            continue;
        const int headerRows = t->format().headerRowCount();
        const int headerPage = pageOf(rowExtent(*m_doc, *t, 0).first);
        for (int r = headerRows; r < t->rows(); ++r, ++index) {
            const auto [top, bottom] = rowExtent(*m_doc, *t, r);
            if (pageOf(top) != pageOf(bottom - 0.5) ||
                (r == headerRows && pageOf(top) != headerPage))
                out.append(index);
        }
    }
    return out;
}

FormDocument::~FormDocument() = default;

void FormDocument::paintPage(QPainter& painter, int page, qreal dotsPerInch) const
{
    const qreal scale = dotsPerInch / kCssDpi * m_scale;
    painter.save();
    painter.scale(scale, scale);

    painter.save();
    const QRectF body(0, page * m_bodyHeight, m_content.width(), m_bodyHeight);
    painter.translate(0, -body.top());
    painter.setClipRect(body);
    QAbstractTextDocumentLayout::PaintContext ctx;
    ctx.clip = body;
    ctx.palette.setColor(QPalette::Text, Qt::black);
    m_doc->documentLayout()->draw(&painter, ctx);
    painter.restore();

    if (m_pageCount > 1) {
        // A pixel size is in the painter's (scaled) units; a point size would be converted at
        // the device's resolution and then scaled again.
        QFont f = m_doc->defaultFont();
        f.setPixelSize(12); // 9 pt at 96 px per inch
        painter.setFont(f);
        painter.setPen(Qt::black);
        painter.drawText(QRectF(0, m_bodyHeight, m_content.width(), kFooterPx),
                         Qt::AlignHCenter | Qt::AlignBottom,
                         QStringLiteral("%1/%2").arg(page + 1).arg(m_pageCount));
    }
    painter.restore();
}

QString FormDocument::plainText() const
{
    return m_doc->toPlainText();
}

std::optional<qreal> FormDocument::continuationOffset() const
{
    std::optional<qreal> out;
    bool first = true;
    const auto frames = m_doc->rootFrame()->childFrames();
    for (QTextFrame* f : frames) {
        auto* t = qobject_cast<QTextTable*>(f);
        if (!t || t->format().headerRowCount() <= 0 || t->rows() <= t->format().headerRowCount())
            continue;
        if (first) { // the first one follows the form's heading on page 1
            first = false;
            continue;
        }
        const qreal top = rowExtent(*m_doc, *t, t->format().headerRowCount()).first;
        const qreal offset = top - std::floor(top / m_bodyHeight) * m_bodyHeight;
        out = qMax(out.value_or(0), offset);
    }
    return out;
}

} // namespace motcua::client
