#include "gui/settings/ProcedureEditor.h"

#include "core/api/ProblemText.h"
#include "gui/dossier/DossierText.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>

namespace motcua::client {

ProcedureEditor::ProcedureEditor(QWidget* parent)
    : QWidget(parent)
{
    m_national = new QLineEdit(this);
    m_national->setObjectName(QStringLiteral("nationalCode"));
    m_national->setPlaceholderText(tr("e.g. 1.001193 (national procedures database)"));
    m_local = new QLineEdit(this);
    m_local->setObjectName(QStringLiteral("localCode"));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("procedureName"));
    m_field = new QComboBox(this);
    m_field->setObjectName(QStringLiteral("procedureField"));
    m_level = new QComboBox(this);
    m_level->addItem(tr("Information only"), int(ServiceLevel::Basic));
    m_level->addItem(tr("Partly online"), int(ServiceLevel::PartialOnline));
    m_level->addItem(tr("Fully online"), int(ServiceLevel::FullOnline));
    m_time = new QSpinBox(this);
    m_time->setObjectName(QStringLiteral("statutoryTime"));
    m_time->setRange(0, 10000);
    m_unit = new QComboBox(this);
    m_unit->addItem(tr("working days"), int(DurationUnit::WorkingDays));
    m_unit->addItem(tr("working hours"), int(DurationUnit::WorkingHours));
    auto* time = new QHBoxLayout;
    time->addWidget(m_time);
    time->addWidget(m_unit, 1);
    m_result = new QPlainTextEdit(this);
    m_result->setMaximumHeight(60);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_problems = new QLabel(this);
    m_problems->setObjectName(QStringLiteral("procedureProblems"));
    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::RichText);
    m_problems->setStyleSheet(QStringLiteral("color:#a4262c;"));
    m_problems->hide();

    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("National code"), m_national);
    form->addRow(tr("Local code"), m_local);
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Field"), m_field);
    form->addRow(tr("Service level"), m_level);
    form->addRow(tr("Statutory time"), time);
    form->addRow(tr("Result"), m_result);
    form->addRow(m_summary); // the whole width: case names are long
    form->addRow(m_problems);

    for (QLineEdit* e : {m_national, m_local, m_name})
        connect(e, &QLineEdit::textEdited, this, &ProcedureEditor::changed);
    for (QComboBox* c : {m_field, m_level, m_unit})
        connect(c, &QComboBox::activated, this, &ProcedureEditor::changed);
    connect(m_time, &QSpinBox::valueChanged, this, &ProcedureEditor::changed);
    connect(m_result, &QPlainTextEdit::textChanged, this, &ProcedureEditor::changed);
}

void ProcedureEditor::setFields(const QList<motcua::Field>& fields)
{
    const QSignalBlocker block(m_field);
    m_field->clear();
    m_field->addItem(tr("(none)"), QString());
    for (const motcua::Field& f : fields)
        m_field->addItem(QStringLiteral("%1 — %2").arg(f.code, f.name), f.code);
}

void ProcedureEditor::setProcedure(const Procedure& p, bool isNew)
{
    m_loaded = p;
    m_new = isNew;
    const QSignalBlocker blockTime(m_time);
    const QSignalBlocker blockResult(m_result);
    m_national->setText(p.nationalCode);
    m_national->setReadOnly(!isNew);
    m_local->setText(p.localCode);
    m_name->setText(p.name);
    int field = m_field->findData(p.fieldCode);
    if (field < 0 && !p.fieldCode.isEmpty()) { // a field this workstation does not know yet
        m_field->addItem(p.fieldCode, p.fieldCode);
        field = m_field->count() - 1;
    }
    m_field->setCurrentIndex(std::max(0, field));
    m_level->setCurrentIndex(std::max(0, m_level->findData(int(p.serviceLevel))));
    m_time->setValue(p.statutoryTime.value);
    m_unit->setCurrentIndex(std::max(0, m_unit->findData(int(p.statutoryTime.unit))));
    m_result->setPlainText(p.resultDocument);
    // Several cases carry their own times: the procedure's own time is the first case's then.
    m_time->setEnabled(!p.hasCaseChoice());
    m_unit->setEnabled(!p.hasCaseChoice());
    QStringList lines;
    for (const ProcedureCase& c : p.caseList()) {
        QStringList fees;
        for (const Fee& f : c.fees)
            fees << QStringLiteral("%1 %2").arg(f.name.toHtmlEscaped(),
                                                DossierText::money(f.amountVnd));
        lines << (c.name.isEmpty() ? QString()
                                   : QStringLiteral("<b>%1</b>: ").arg(c.name.toHtmlEscaped())) +
                     tr("%n paper(s), %1; fees: %2", nullptr, int(c.components.size()))
                         .arg(DossierText::duration(c.statutoryTime.value, c.statutoryTime.unit),
                              fees.isEmpty() ? tr("none") : fees.join(QStringLiteral(", ")));
    }
    m_summary->setText(
        QStringLiteral("<b>%1</b><br>").arg(tr("Cases, papers, fees").toHtmlEscaped()) +
        lines.join(QStringLiteral("<br>")));
    showProblems({});
}

Procedure ProcedureEditor::procedure() const
{
    Procedure p = m_loaded;
    p.nationalCode = m_national->text().trimmed();
    p.localCode = m_local->text().trimmed();
    p.name = m_name->text().simplified();
    p.fieldCode = m_field->currentData().toString();
    p.serviceLevel = ServiceLevel(m_level->currentData().toInt());
    if (!p.hasCaseChoice())
        p.statutoryTime = Duration{m_time->value(), DurationUnit(m_unit->currentData().toInt())};
    p.resultDocument = m_result->toPlainText().trimmed();
    return p;
}

void ProcedureEditor::setReadOnly(bool readOnly)
{
    for (QLineEdit* e : {m_local, m_name})
        e->setReadOnly(readOnly);
    m_national->setReadOnly(readOnly || !m_new);
    for (QWidget* w : std::initializer_list<QWidget*>{m_field, m_level, m_time, m_unit})
        w->setEnabled(!readOnly && ((w != m_time && w != m_unit) || !m_loaded.hasCaseChoice()));
    m_result->setReadOnly(readOnly);
}

void ProcedureEditor::showProblems(const QList<Error>& problems)
{
    QStringList lines;
    for (const Error& e : problems) {
        // A path without a label of its own ("cases[1].name") is shown as the server gave it.
        QString where = ProblemText::fieldLabel(e.path);
        if (where.isEmpty())
            where = e.path;
        lines << QStringLiteral("• ") +
                     (where.isEmpty() ? ProblemText::message(e.code)
                                      : tr("%1: %2").arg(where, ProblemText::message(e.code)))
                         .toHtmlEscaped();
    }
    m_problems->setText(lines.join(QStringLiteral("<br>")));
    m_problems->setVisible(!lines.isEmpty());
}

} // namespace motcua::client
