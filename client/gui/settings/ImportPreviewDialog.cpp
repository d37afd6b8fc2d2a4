#include "gui/settings/ImportPreviewDialog.h"

#include "catalogue/ProcedureDiff.h"
#include "core/api/ProblemText.h"
#include "gui/settings/ProcedureDiffView.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace motcua::client {

namespace {

QString statusText(const QString& status)
{
    if (status == QLatin1String("new"))
        return ImportPreviewDialog::tr("new procedure");
    if (status == QLatin1String("changed"))
        return ImportPreviewDialog::tr("changed");
    if (status == QLatin1String("unchanged"))
        return ImportPreviewDialog::tr("unchanged");
    return ImportPreviewDialog::tr("cannot be imported");
}

} // namespace

ImportPreviewDialog::ImportPreviewDialog(QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("importPreview"));
    setWindowTitle(tr("Import from the national procedures database"));
    resize(1000, 640);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_records = new QTreeWidget(this);
    m_records->setObjectName(QStringLiteral("importRecords"));
    m_records->setHeaderLabels(
        {tr("Code"), tr("Procedure"), tr("Result"), tr("Changes"), tr("Notes")});
    m_records->setRootIsDecorated(false);
    m_records->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_changes = new ProcedureDiffView(this);
    m_notes = new QLabel(this);
    m_notes->setObjectName(QStringLiteral("importNotes"));
    m_notes->setWordWrap(true);
    m_notes->setTextFormat(Qt::RichText);
    auto* details = new QWidget(this);
    auto* detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addWidget(m_changes, 1);
    detailsLayout->addWidget(m_notes);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_records);
    split->addWidget(details);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_apply = buttons->addButton(tr("&Create the drafts"), QDialogButtonBox::AcceptRole);
    m_apply->setObjectName(QStringLiteral("importApply"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(split, 1);
    layout->addWidget(buttons);
    connect(m_apply, &QPushButton::clicked, this, &ImportPreviewDialog::applyRequested);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_records, &QTreeWidget::currentItemChanged, this,
            [this] { showRecord(m_records->indexOfTopLevelItem(m_records->currentItem())); });
}

void ImportPreviewDialog::setPreview(const QJsonArray& results, bool catalogue)
{
    setWindowTitle(catalogue ? tr("Import a MotCua catalogue")
                             : tr("Import from the national procedures database"));
    m_apply->setText(catalogue ? tr("&Take the catalogue") : tr("&Create the drafts"));
    m_results = results;
    m_records->clear();
    int drafts = 0;
    for (const QJsonValue& v : results) {
        const QJsonObject r = v.toObject();
        const QString status = r.value(QStringLiteral("status")).toString();
        drafts += status == QLatin1String("new") || status == QLatin1String("changed") ? 1 : 0;
        new QTreeWidgetItem(
            m_records, {r.value(QStringLiteral("nationalCode")).toString(),
                        r.value(QStringLiteral("name")).toString(), statusText(status),
                        QString::number(r.value(QStringLiteral("changes")).toArray().size()),
                        QString::number(r.value(QStringLiteral("notes")).toArray().size() +
                                        r.value(QStringLiteral("problems")).toArray().size())});
    }
    if (catalogue)
        m_summary->setText(
            tr("%n procedure(s) in the file. Nothing is written until you take "
               "the catalogue; a procedure that went its own way here is refused, "
               "never merged.",
               nullptr, int(results.size())) +
            u' ' + tr("%n procedure(s) would be added or given new versions.", nullptr, drafts));
    else
        m_summary->setText(tr("%n record(s) read. Nothing is written until you create the "
                              "drafts; published versions are never touched.",
                              nullptr, int(results.size())) +
                           u' ' + tr("%n draft(s) would be created or replaced.", nullptr, drafts));
    m_drafts = drafts;
    m_apply->setEnabled(drafts > 0);
    if (m_records->topLevelItemCount() > 0)
        m_records->setCurrentItem(m_records->topLevelItem(0));
}

void ImportPreviewDialog::showRecord(int row)
{
    const QJsonObject r = m_results.at(row).toObject();
    QList<ProcedureChange> changes;
    for (const QJsonValue& v : r.value(QStringLiteral("changes")).toArray()) {
        const QJsonObject c = v.toObject();
        changes << ProcedureChange{c.value(QStringLiteral("what")).toString(),
                                   c.value(QStringLiteral("caseName")).toString(),
                                   c.value(QStringLiteral("item")).toString(),
                                   c.value(QStringLiteral("before")).toString(),
                                   c.value(QStringLiteral("after")).toString()};
    }
    m_changes->setChanges(changes);
    QStringList lines;
    for (const char* key : {"problems", "notes"}) {
        for (const QJsonValue& v : r.value(QLatin1String(key)).toArray()) {
            const QJsonObject n = v.toObject();
            const QString code = n.value(QStringLiteral("code")).toString();
            // The message names what to check; the detail gives the record's own values.
            lines << QStringLiteral("• %1 <i>(%2: %3)</i>")
                         .arg(ProblemText::message(code).toHtmlEscaped(),
                              n.value(QStringLiteral("field")).toString().toHtmlEscaped(),
                              n.value(QStringLiteral("detail")).toString().toHtmlEscaped());
        }
    }
    m_notes->setText(lines.join(QStringLiteral("<br>")));
}

void ImportPreviewDialog::setBusy(bool busy)
{
    m_apply->setEnabled(!busy && m_drafts > 0);
}

} // namespace motcua::client
