#include "gui/process/ControlSlipPreview.h"

#include "forms/FormDataFactory.h"
#include "gui/print/FormPrinter.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPixmap>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace motcua::client {
namespace {

// Sharp enough to read on screen at about the paper's size, cheap enough to redo after each
// action.
constexpr qreal kPreviewDpi = 96.0;

} // namespace

ControlSlipPreview::ControlSlipPreview(const LocalStore& store, FormPrinter& printer,
                                       QWidget* parent)
    : QWidget(parent)
    , m_store(store)
    , m_printer(printer)
    , m_state(new QLabel(this))
    , m_print(new QPushButton(tr("&Print control slip…"), this))
    , m_scroll(new QScrollArea(this))
    , m_pagesWidget(new QWidget)
    , m_pagesLayout(new QVBoxLayout(m_pagesWidget))
{
    m_state->setObjectName(QStringLiteral("controlSlipState"));
    m_print->setObjectName(QStringLiteral("printControlSlipButton"));
    m_scroll->setObjectName(QStringLiteral("controlSlipPages"));
    m_state->setWordWrap(true);
    m_pagesLayout->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_pagesLayout->setSpacing(12);
    m_scroll->setWidget(m_pagesWidget);
    m_scroll->setWidgetResizable(true);
    m_scroll->setBackgroundRole(QPalette::Dark);

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_state, 1);
    bar->addWidget(m_print);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_scroll, 1);

    connect(m_print, &QPushButton::clicked, this, &ControlSlipPreview::print);
    clear();
}

void ControlSlipPreview::clear()
{
    m_hasDossier = false;
    m_dirty = false;
    m_data = {};
    m_pages.clear();
    m_html.clear();
    while (QLayoutItem* item = m_pagesLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_state->clear();
    m_print->setEnabled(false);
}

void ControlSlipPreview::setDossier(const Dossier& dossier, const User& viewer)
{
    m_data = FormDataFactory(m_store).forDossier(FormKind::ControlSlip, dossier, viewer);
    m_hasDossier = true;
    m_dirty = true;
    m_print->setEnabled(true);
    if (isVisible())
        refresh();
}

void ControlSlipPreview::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refresh();
}

void ControlSlipPreview::refresh()
{
    if (!m_hasDossier || !m_dirty)
        return;
    m_dirty = false;
    while (QLayoutItem* item = m_pagesLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_pages.clear();
    const FormRenderer& renderer = m_printer.renderer();
    auto html = renderer.renderHtml(m_data);
    m_html = html ? *html : QString();
    auto pages = renderer.renderImages(m_data, kPreviewDpi);
    if (!pages) {
        m_state->setText(FormPrinter::describe(pages.error()));
        m_state->setStyleSheet(QStringLiteral("color: #b3261e;"));
        return;
    }
    m_pages = *pages;
    m_state->setStyleSheet({});
    m_state->setText(
        tr("Control slip (form 05) as it stands: %n page(s), %1 hand-over(s) recorded.", nullptr,
           int(m_pages.size()))
            .arg(m_data.dossier.history.size()));
    for (const QImage& page : std::as_const(m_pages)) {
        auto* label = new QLabel(m_pagesWidget);
        label->setPixmap(QPixmap::fromImage(page));
        label->setFrameShape(QFrame::Box);
        m_pagesLayout->addWidget(label);
    }
    m_pagesLayout->activate(); // sized now, not at the next event loop pass (grabs, tests)
}

void ControlSlipPreview::print()
{
    if (m_hasDossier)
        m_printer.preview(m_data);
}

} // namespace motcua::client
