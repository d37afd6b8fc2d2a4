#pragma once

#include "core/Expected.h"
#include "gui/process/DocumentPages.h"

#include <optional>

#include <QImage>
#include <QWidget>

class QLabel;
class QScrollArea;
class QToolButton;

namespace motcua::client {

// One attachment page by page: previous / next, zoom in and out, fit to the width or the whole
// page, rotate a quarter turn either way (a paper scanned sideways). Zoom 1.0 is the paper's
// real size on a 96-dpi screen. When no document is shown the viewer says why ("loading…",
// "not downloaded (offline)", an error) in the label named "viewerState".
//
// objectNames: prevPageButton, nextPageButton, pageLabel, zoomOutButton, zoomInButton,
// zoomLabel, fitWidthButton, fitPageButton, rotateLeftButton, rotateRightButton, pageImage.
class PageViewer : public QWidget {
    Q_OBJECT
public:
    enum class Fit { None, Width, Page };

    static constexpr qreal kMinZoom = 0.1;
    static constexpr qreal kMaxZoom = 6.0;

    explicit PageViewer(QWidget* parent = nullptr);

    // Shows the document from its first page, fitted to the width. An unreadable file leaves the
    // viewer empty with the reason shown, and returns it.
    Status setDocument(const QByteArray& bytes);
    // No document; `text` says why (e.g. "Loading…").
    void showMessage(const QString& text);
    void clear();

    bool hasDocument() const { return m_pages.has_value(); }
    int pageCount() const;
    int currentPage() const { return m_page; }
    qreal zoom() const { return m_zoom; }
    int quarterTurns() const { return m_turns; }
    Fit fit() const { return m_fit; }
    // The page as displayed (zoomed and rotated).
    QImage displayedImage() const { return m_image; }
    QString message() const;

public slots:
    void setPage(int index);
    void nextPage();
    void previousPage();
    void zoomIn();
    void zoomOut();
    void setZoom(qreal zoom);
    void fitWidth();
    void fitPage();
    void rotateLeft();
    void rotateRight();

protected:
    // The scroll area's viewport resizing (also when a hidden tab is first shown) refits.
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QSizeF rotatedPoints() const;
    void applyFit();
    void render();
    void updateControls();

    std::optional<DocumentPages> m_pages;
    int m_page = 0;
    qreal m_zoom = 1.0;
    int m_turns = 0;
    Fit m_fit = Fit::Width;
    QImage m_image;

    QToolButton* m_prev;
    QToolButton* m_next;
    QLabel* m_pageLabel;
    QToolButton* m_zoomOut;
    QToolButton* m_zoomIn;
    QLabel* m_zoomLabel;
    QToolButton* m_fitWidth;
    QToolButton* m_fitPage;
    QToolButton* m_rotateLeft;
    QToolButton* m_rotateRight;
    QScrollArea* m_scroll;
    QLabel* m_imageLabel;
    QLabel* m_state;
};

} // namespace motcua::client
