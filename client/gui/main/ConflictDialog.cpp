#include "gui/main/ConflictDialog.h"

#include "core/VnTime.h"
#include "gui/dossier/DossierText.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace motcua::client {

namespace {

QString when(const QDateTime& t)
{
    return t.isValid() ? vntime::toVietnam(t).toString(QStringLiteral("HH:mm dd/MM/yyyy"))
                       : QString();
}

QString lastEvent(const Dossier& d)
{
    if (d.history.isEmpty())
        return {};
    const HistoryEntry& h = d.history.last();
    return QStringLiteral("%1 · %2 · %3").arg(when(h.at), h.actor, DossierText::action(h.action));
}

} // namespace

ConflictDialog::ConflictDialog(const Dossier& mine, const Dossier& server, QWidget* parent)
    : QDialog(parent)
    , m_table(new QTableWidget(this))
{
    setWindowTitle(tr("Dossier %1 was changed by someone else").arg(server.code));
    auto* intro = new QLabel(
        tr("Your change to dossier <b>%1</b> was made on version %2, but the server already has "
           "version %3. Compare the two and decide; nothing has been overwritten.")
            .arg(server.code.toHtmlEscaped())
            .arg(mine.version)
            .arg(server.version),
        this);
    intro->setWordWrap(true);

    struct Row {
        QString label, a, b;
    };
    const QList<Row> rows{
        {tr("Version"), QString::number(mine.version), QString::number(server.version)},
        {tr("Status"), DossierText::status(mine.status), DossierText::status(server.status)},
        {tr("Current step"), mine.currentStepId, server.currentStepId},
        {tr("Unit"), mine.currentUnit, server.currentUnit},
        {tr("Officer"), mine.assignee, server.assignee},
        {tr("Appointment"), when(mine.appointmentAt), when(server.appointmentAt)},
        {tr("Returned at"), when(mine.returnedAt), when(server.returnedAt)},
        {tr("Returned to"), mine.returnedTo.fullName, server.returnedTo.fullName},
        {tr("Last event"), lastEvent(mine), lastEvent(server)},
    };
    m_table->setColumnCount(2);
    m_table->setRowCount(int(rows.size()));
    m_table->setHorizontalHeaderLabels({tr("Mine (this workstation)"), tr("Server")});
    QStringList labels;
    for (int i = 0; i < rows.size(); ++i) {
        labels << rows.at(i).label;
        auto* a = new QTableWidgetItem(rows.at(i).a);
        auto* b = new QTableWidgetItem(rows.at(i).b);
        if (rows.at(i).a != rows.at(i).b) {
            a->setBackground(QColor(0xff, 0xf3, 0xc4));
            b->setBackground(QColor(0xff, 0xf3, 0xc4));
        }
        m_table->setItem(i, 0, a);
        m_table->setItem(i, 1, b);
    }
    m_table->setVerticalHeaderLabels(labels);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);

    auto* buttons = new QDialogButtonBox(this);
    auto* keep = buttons->addButton(tr("Keep the server's version"), QDialogButtonBox::RejectRole);
    auto* again = buttons->addButton(tr("Send mine again"), QDialogButtonBox::AcceptRole);
    keep->setObjectName(QStringLiteral("keepServer"));
    again->setObjectName(QStringLiteral("reapplyMine"));
    connect(keep, &QPushButton::clicked, this, [this] {
        m_choice = KeepServer;
        QDialog::accept();
    });
    connect(again, &QPushButton::clicked, this, [this] {
        m_choice = ReapplyMine;
        QDialog::accept();
    });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    resize(720, 420);
}

} // namespace motcua::client
