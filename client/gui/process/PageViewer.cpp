#include "gui/process/PageViewer.h"

#include <cmath>

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPixmap>
#include <QScrollArea>
#include <QScrollBar>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace motcua::client {
namespace {

constexpr qreal kScreenDpi = 96.0;
constexpr qreal kPointsPerInch = 72.0;
constexpr qreal kZoomStep = 1.25;
// Beyond this a page would be rendered larger than any screen needs; poppler's memory grows with
// the square of it.
constexpr qreal kMaxRenderDpi = 600.0;

QToolButton* tool(const char* objectName, const QString& text, const QString& tip, QWidget* parent)
{
    auto* b = new QToolButton(parent);
    b->setObjectName(QString::fromLatin1(objectName));
    b->setText(text);
    b->setToolTip(tip);
    b->setAutoRaise(true);
    return b;
}

} // namespace

PageViewer::PageViewer(QWidget* parent)
    : QWidget(parent)
    , m_prev(tool("prevPageButton", QStringLiteral("◀"), tr("Previous page"), this))
    , m_next(tool("nextPageButton", QStringLiteral("▶"), tr("Next page"), this))
    , m_pageLabel(new QLabel(this))
    , m_zoomOut(tool("zoomOutButton", QStringLiteral("−"), tr("Zoom out"), this))
    , m_zoomIn(tool("zoomInButton", QStringLiteral("+"), tr("Zoom in"), this))
    , m_zoomLabel(new QLabel(this))
    , m_fitWidth(tool("fitWidthButton", tr("Fit width"), tr("Fit the page's width"), this))
    , m_fitPage(tool("fitPageButton", tr("Fit page"), tr("Show the whole page"), this))
    , m_rotateLeft(tool("rotateLeftButton", QStringLiteral("⟲"), tr("Rotate left"), this))
    , m_rotateRight(tool("rotateRightButton", QStringLiteral("⟳"), tr("Rotate right"), this))
    , m_scroll(new QScrollArea(this))
    , m_imageLabel(new QLabel(this))
    , m_state(new QLabel(this))
{
    m_pageLabel->setObjectName(QStringLiteral("pageLabel"));
    m_zoomLabel->setObjectName(QStringLiteral("zoomLabel"));
    m_imageLabel->setObjectName(QStringLiteral("pageImage"));
    m_state->setObjectName(QStringLiteral("viewerState"));
    m_state->setAlignment(Qt::AlignCenter);
    m_state->setWordWrap(true);
    m_state->setStyleSheet(QStringLiteral("color: #555; font-size: large; padding: 24px;"));
    m_imageLabel->setAlignment(Qt::AlignCenter);
    m_scroll->setWidget(m_imageLabel);
    m_scroll->setWidgetResizable(true);
    m_scroll->setAlignment(Qt::AlignCenter);
    m_scroll->setBackgroundRole(QPalette::Dark);

    auto* bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    for (QWidget* w : {static_cast<QWidget*>(m_prev), static_cast<QWidget*>(m_pageLabel),
                       static_cast<QWidget*>(m_next)})
        bar->addWidget(w);
    bar->addSpacing(12);
    for (QWidget* w : {static_cast<QWidget*>(m_zoomOut), static_cast<QWidget*>(m_zoomLabel),
                       static_cast<QWidget*>(m_zoomIn), static_cast<QWidget*>(m_fitWidth),
                       static_cast<QWidget*>(m_fitPage)})
        bar->addWidget(w);
    bar->addSpacing(12);
    bar->addWidget(m_rotateLeft);
    bar->addWidget(m_rotateRight);
    bar->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_state);
    layout->addWidget(m_scroll, 1);

    m_scroll->viewport()->installEventFilter(this);
    connect(m_prev, &QToolButton::clicked, this, &PageViewer::previousPage);
    connect(m_next, &QToolButton::clicked, this, &PageViewer::nextPage);
    connect(m_zoomIn, &QToolButton::clicked, this, &PageViewer::zoomIn);
    connect(m_zoomOut, &QToolButton::clicked, this, &PageViewer::zoomOut);
    connect(m_fitWidth, &QToolButton::clicked, this, &PageViewer::fitWidth);
    connect(m_fitPage, &QToolButton::clicked, this, &PageViewer::fitPage);
    connect(m_rotateLeft, &QToolButton::clicked, this, &PageViewer::rotateLeft);
    connect(m_rotateRight, &QToolButton::clicked, this, &PageViewer::rotateRight);

    clear();
}

Status PageViewer::setDocument(const QByteArray& bytes)
{
    auto pages = DocumentPages::fromBytes(bytes);
    if (!pages) {
        m_pages.reset();
        m_image = {};
        m_imageLabel->clear();
        m_state->setText(pages.error().code == QLatin1String("view.pdf_locked")
                             ? tr("This PDF is protected by a password and cannot be shown.")
                             : tr("This file cannot be shown: it is damaged or of a kind this "
                                  "program does not read."));
        m_state->show();
        m_scroll->hide();
        updateControls();
        return pages.error();
    }
    m_pages = *pages;
    m_page = 0;
    m_turns = 0;
    m_fit = Fit::Width;
    m_state->hide();
    m_scroll->show();
    applyFit();
    render();
    return success();
}

void PageViewer::showMessage(const QString& text)
{
    m_pages.reset();
    m_image = {};
    m_imageLabel->clear();
    m_state->setText(text);
    m_state->show();
    m_scroll->hide();
    updateControls();
}

void PageViewer::clear()
{
    showMessage(tr("Choose a scanned paper to see its pages."));
}

QString PageViewer::message() const
{
    return m_state->isVisible() || !m_pages ? m_state->text() : QString();
}

int PageViewer::pageCount() const
{
    return m_pages ? m_pages->pageCount() : 0;
}

void PageViewer::setPage(int index)
{
    if (!m_pages || index < 0 || index >= m_pages->pageCount() || index == m_page)
        return;
    m_page = index;
    applyFit(); // pages of one scan may differ in size
    render();
}

void PageViewer::nextPage()
{
    setPage(m_page + 1);
}

void PageViewer::previousPage()
{
    setPage(m_page - 1);
}

void PageViewer::zoomIn()
{
    setZoom(m_zoom * kZoomStep);
}

void PageViewer::zoomOut()
{
    setZoom(m_zoom / kZoomStep);
}

void PageViewer::setZoom(qreal zoom)
{
    m_fit = Fit::None;
    m_zoom = std::clamp(zoom, kMinZoom, kMaxZoom);
    render();
}

void PageViewer::fitWidth()
{
    m_fit = Fit::Width;
    applyFit();
    render();
}

void PageViewer::fitPage()
{
    m_fit = Fit::Page;
    applyFit();
    render();
}

void PageViewer::rotateLeft()
{
    m_turns = (m_turns + 3) % 4;
    applyFit();
    render();
}

void PageViewer::rotateRight()
{
    m_turns = (m_turns + 1) % 4;
    applyFit();
    render();
}

bool PageViewer::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_scroll->viewport() && event->type() == QEvent::Resize && m_pages &&
        m_fit != Fit::None) {
        const qreal before = m_zoom;
        applyFit();
        if (!qFuzzyCompare(before, m_zoom))
            render();
    }
    return QWidget::eventFilter(watched, event);
}

QSizeF PageViewer::rotatedPoints() const
{
    if (!m_pages)
        return {};
    const QSizeF s = m_pages->pageSizePoints(m_page);
    return m_turns % 2 == 0 ? s : s.transposed();
}

void PageViewer::applyFit()
{
    if (!m_pages || m_fit == Fit::None)
        return;
    const QSizeF points = rotatedPoints();
    if (points.isEmpty())
        return;
    const QSizeF screen = points * (kScreenDpi / kPointsPerInch);
    // Leave room for a vertical scroll bar so that fitting the width never needs a horizontal one.
    const int bar = m_scroll->style()->pixelMetric(QStyle::PM_ScrollBarExtent);
    const QSize area = m_scroll->viewport()->size() - QSize(bar + 4, 4);
    const qreal byWidth = area.width() / screen.width();
    const qreal byHeight = area.height() / screen.height();
    const qreal z = m_fit == Fit::Width ? byWidth : std::min(byWidth, byHeight);
    m_zoom = std::clamp(z, kMinZoom, kMaxZoom);
}

void PageViewer::render()
{
    updateControls();
    if (!m_pages)
        return;
    const qreal dpi = std::min(kScreenDpi * m_zoom * devicePixelRatioF(), kMaxRenderDpi);
    auto image = m_pages->render(m_page, dpi, m_turns);
    if (!image) {
        m_image = {};
        m_imageLabel->clear();
        m_state->setText(tr("Page %1 cannot be shown.").arg(m_page + 1));
        m_state->show();
        return;
    }
    m_state->hide();
    m_image = *image;
    QPixmap pixmap = QPixmap::fromImage(m_image);
    pixmap.setDevicePixelRatio(devicePixelRatioF());
    m_imageLabel->setPixmap(pixmap);
}

void PageViewer::updateControls()
{
    const bool has = m_pages.has_value();
    const int count = pageCount();
    m_pageLabel->setText(has ? tr("Page %1 of %2").arg(m_page + 1).arg(count) : QString());
    m_zoomLabel->setText(has ? QStringLiteral("%1%").arg(std::lround(m_zoom * 100)) : QString());
    m_prev->setEnabled(has && m_page > 0);
    m_next->setEnabled(has && m_page + 1 < count);
    for (QToolButton* b : {m_zoomIn, m_zoomOut, m_fitWidth, m_fitPage, m_rotateLeft, m_rotateRight})
        b->setEnabled(has);
    m_zoomIn->setEnabled(has && m_zoom < kMaxZoom);
    m_zoomOut->setEnabled(has && m_zoom > kMinZoom);
}

} // namespace motcua::client
