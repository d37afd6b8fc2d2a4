#pragma once

#include <memory>
#include <optional>

#include <QHash>
#include <QImage>
#include <QSizeF>
#include <QString>
#include <QStringList>

class QPainter;
class QTextDocument;
class QTextTable;

namespace motcua::client {

// A filled-in form laid out in pages. Layout happens once, in CSS pixels (96 per inch, the unit
// templates use for image sizes) with design metrics, so the same pages come out on a 1200-dpi
// PDF, a 600-dpi laser printer and a 100-dpi preview: painting only scales.
class FormDocument {
public:
    enum class Pagination {
        Auto,      // one page if it fits, else pages with a page number
        MultiPage, // known to need several pages (saves a layout)
        None,      // only for measuring: no pages until paginate()
    };

    // `contentSizeMm`: the page's printable area (paper minus margins); `scale`: how much the
    // form is shrunk on it (the layout is that much wider and taller).
    FormDocument(const QString& html, const QString& styleSheet,
                 const QHash<QString, QImage>& symbols, const QSizeF& contentSizeMm,
                 qreal scale = 1.0, Pagination pagination = Pagination::Auto);
    ~FormDocument();
    FormDocument(const FormDocument&) = delete;
    FormDocument& operator=(const FormDocument&) = delete;

    int pageCount() const { return m_pageCount; }

    // Paints page `page` (0-based); the painter's origin is the top-left of the printable area
    // and `dotsPerInch` the device's resolution.
    void paintPage(QPainter& painter, int page, qreal dotsPerInch) const;

    // Barcode placeholders whose symbol was missing (removed from the page).
    QStringList unresolvedSymbols() const { return m_unresolved; }

    QString plainText() const;

    // The largest table (the one with the most rows) laid out without page breaks: where each
    // of its last `dataRows` rows starts, where the table ends, and where its frame starts, in
    // CSS px from the top of the document. Used to cut a long register into whole-row pages.
    struct TableRows {
        qreal frameTop = 0;
        QList<qreal> rowTops; // dataRows + 1 entries: the last one is the table's bottom
    };
    std::optional<TableRows> measureLargestTable(int dataRows);

    // Rows badly placed as laid out — across a page boundary, or a table's first row pushed to
    // the page after its header: the body rows (below <thead>) of the tables that have a
    // header, numbered from 0 across those tables.
    QList<int> splitRows() const;

    // Where the first body row of a table that starts a page sits below the top of that page
    // (the largest such offset), once laid out; nullopt when no table starts a page.
    std::optional<qreal> continuationOffset() const;

    // Height of the page body when the form runs over several pages (room kept for the page
    // number).
    qreal multiPageBodyHeight() const;

    // Lays the document out in pages (after Pagination::None, or again).
    void paginate();

private:
    QTextTable* largestTable() const;

    QImage m_layoutDevice; // fixes the layout resolution at 96 dpi whatever the screen says
    std::unique_ptr<QTextDocument> m_doc;
    QSizeF m_content; // printable area in layout units (CSS px before scaling)
    qreal m_scale = 1.0;
    qreal m_bodyHeight = 0;
    Pagination m_pagination = Pagination::Auto;
    int m_pageCount = 1;
    QStringList m_unresolved;
};

} // namespace motcua::client
