#include "gui/intake/LastReceivedBar.h"

#include "gui/dossier/DossierText.h"

#include <algorithm>

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace motcua::client {

LastReceivedBar::LastReceivedBar(QWidget* parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
    , m_open(new QPushButton(tr("Open"), this))
    , m_reprint(new QPushButton(tr("Reprint the receipt"), this))
{
    setObjectName(QStringLiteral("lastReceived"));
    m_text->setObjectName(QStringLiteral("lastReceivedText"));
    // Names and file paths typed or chosen by people: shown as they are, never as markup.
    m_text->setTextFormat(Qt::PlainText);
    m_open->setObjectName(QStringLiteral("lastReceivedOpen"));
    m_reprint->setObjectName(QStringLiteral("lastReceivedReprint"));
    // One line for the dossier, one for the forms; no word wrap, so that the bar's height is
    // always its two lines (a wrapped label's height lags behind its text in a box layout), and
    // a long file path is cut rather than widening the window.
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Minimum);
    m_text->setMinimumHeight(2 * m_text->fontMetrics().lineSpacing());
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    // Buttons the mouse reaches; the keyboard keeps F9..F11 and Ctrl+P for the form below.
    for (QPushButton* b : {m_open, m_reprint})
        b->setFocusPolicy(Qt::NoFocus);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_open);
    layout->addWidget(m_reprint);
    connect(m_open, &QPushButton::clicked, this, [this] { emit openRequested(m_code); });
    connect(m_reprint, &QPushButton::clicked, this, [this] { emit reprintRequested(m_code); });
    hide();
}

void LastReceivedBar::showAccepted(const Dossier& dossier, bool offline)
{
    m_code = dossier.code;
    // A dossier without an appointment (none computed offline, a procedure without a deadline)
    // says so rather than "appointment" followed by nothing.
    m_summary = dossier.appointmentAt.isValid()
                    ? tr("Received %1 — appointment %2")
                          .arg(dossier.code, DossierText::dateTime(dossier.appointmentAt))
                    : tr("Received %1 — no appointment").arg(dossier.code);
    if (!dossier.owner.fullName.isEmpty())
        m_summary += QStringLiteral(" · ") + dossier.owner.fullName;
    if (offline)
        m_summary += QStringLiteral(" · ") + tr("kept on this workstation until the server "
                                                "answers");
    m_outputs.clear();
    m_fresh = true;
    render();
    show();
}

void LastReceivedBar::notePrinted(FormKind kind, const QString& where, bool toFile)
{
    m_outputs.append({kind, where, toFile});
    render();
}

void LastReceivedBar::noteNotPrinted(FormKind kind)
{
    m_outputs.append({kind, QString(), false});
    render();
}

void LastReceivedBar::markStale()
{
    if (!m_fresh)
        return;
    m_fresh = false;
    render();
}

QString LastReceivedBar::text() const
{
    return m_text->text();
}

void LastReceivedBar::render()
{
    // In the order of the forms, whichever was written first (PDF files are written on worker
    // threads and reported as each is done).
    QList<Output> outputs = m_outputs;
    std::stable_sort(outputs.begin(), outputs.end(),
                     [](const Output& a, const Output& b) { return int(a.kind) < int(b.kind); });
    QStringList forms;
    for (const Output& o : std::as_const(outputs)) {
        if (o.where.isEmpty())
            forms << tr("%1: not printed").arg(formKindTitle(o.kind));
        else if (o.toFile)
            forms << tr("%1: saved to the file %2").arg(formKindTitle(o.kind), o.where);
        else
            forms << tr("%1: sent to the printer %2").arg(formKindTitle(o.kind), o.where);
    }
    const QString first = m_fresh ? m_summary : tr("Last received: %1").arg(m_summary);
    m_text->setText(forms.isEmpty() ? first : first + u'\n' + forms.join(QStringLiteral(" · ")));
    setStyleSheet(m_fresh ? QStringLiteral("#lastReceived { background: #e3f4e6; border: 1px solid "
                                           "#1b7a2f; } #lastReceivedText { color: #0f4d1d; "
                                           "font-weight: bold; }")
                          : QStringLiteral("#lastReceived { border: 1px solid #c8c8c8; }"));
}

} // namespace motcua::client
