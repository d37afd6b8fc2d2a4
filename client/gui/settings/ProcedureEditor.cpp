#include "gui/settings/ProcedureEditor.h"

#include "core/api/ProblemText.h"
#include "gui/settings/CaseEditor.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

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
    m_unit->addItem(tr("calendar days"), int(DurationUnit::CalendarDays));
    auto* time = new QHBoxLayout;
    time->addWidget(m_time);
    time->addWidget(m_unit, 1);
    m_result = new QPlainTextEdit(this);
    m_result->setMaximumHeight(48);
    m_legal = new QPlainTextEdit(this);
    m_legal->setObjectName(QStringLiteral("legalBasis"));
    m_legal->setPlaceholderText(tr("One document a line"));
    m_conditions = new QPlainTextEdit(this);
    m_applicants = new QPlainTextEdit(this);
    for (QPlainTextEdit* e : {m_legal, m_conditions, m_applicants})
        e->setMaximumHeight(60);

    m_caseList = new QListWidget(this);
    m_caseList->setObjectName(QStringLiteral("procedureCases"));
    m_caseList->setMaximumHeight(70);
    m_addCase = new QPushButton(tr("Add a case"), this);
    m_removeCase = new QPushButton(tr("Remove the case"), this);
    auto* caseButtons = new QVBoxLayout;
    caseButtons->addWidget(m_addCase);
    caseButtons->addWidget(m_removeCase);
    caseButtons->addStretch(1);
    auto* cases = new QHBoxLayout;
    cases->addWidget(m_caseList, 1);
    cases->addLayout(caseButtons);
    m_case = new CaseEditor(this);

    m_problems = new QLabel(this);
    m_problems->setObjectName(QStringLiteral("procedureProblems"));
    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::RichText);
    m_problems->setStyleSheet(QStringLiteral("color:#a4262c;"));
    m_problems->hide();

    // Two tabs: what the procedure is, and what each of its cases asks (Ctrl+Tab switches).
    auto* general = new QWidget(this);
    auto* form = new QFormLayout(general);
    form->addRow(tr("National code"), m_national);
    form->addRow(tr("Local code"), m_local);
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Field"), m_field);
    m_agency = new QComboBox(general);
    m_agency->setObjectName(QStringLiteral("procedureAgency"));
    m_agency->setPlaceholderText(tr("Choose the agency that receives it"));
    m_agencyLabel = new QLabel(tr("Agency"), general);
    form->addRow(m_agencyLabel, m_agency);
    m_agency->hide();
    m_agencyLabel->hide();
    form->addRow(tr("Service level"), m_level);
    form->addRow(tr("Result"), m_result);
    form->addRow(tr("Legal basis"), m_legal);
    form->addRow(tr("Conditions"), m_conditions);
    form->addRow(tr("Applicants"), m_applicants);
    auto* rules = new QWidget(this);
    auto* caseForm = new QFormLayout;
    caseForm->setContentsMargins(0, 0, 0, 0);
    caseForm->addRow(tr("Cases"), cases);
    caseForm->addRow(tr("Statutory time (in person)"), time);
    auto* rulesLayout = new QVBoxLayout(rules);
    rulesLayout->addLayout(caseForm);
    rulesLayout->addWidget(m_case, 1);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("procedureTabs"));
    m_tabs->addTab(general, tr("Procedure"));
    m_tabs->addTab(rules, tr("Cases, papers, fees"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_problems);

    for (QLineEdit* e : {m_national, m_local, m_name})
        connect(e, &QLineEdit::textEdited, this, &ProcedureEditor::changed);
    for (QComboBox* c : {m_field, m_level, m_unit, m_agency})
        connect(c, &QComboBox::activated, this, &ProcedureEditor::changed);
    connect(m_time, &QSpinBox::valueChanged, this, &ProcedureEditor::changed);
    for (QPlainTextEdit* e : {m_result, m_legal, m_conditions, m_applicants})
        connect(e, &QPlainTextEdit::textChanged, this, &ProcedureEditor::changed);
    connect(m_case, &CaseEditor::changed, this, &ProcedureEditor::changed);
    connect(m_caseList, &QListWidget::currentRowChanged, this, &ProcedureEditor::selectCase);
    connect(m_caseList, &QListWidget::itemChanged, this, &ProcedureEditor::changed); // renamed
    connect(m_addCase, &QPushButton::clicked, this, &ProcedureEditor::addCase);
    connect(m_removeCase, &QPushButton::clicked, this,
            [this] { removeCase(m_caseList->currentRow()); });
}

void ProcedureEditor::setFields(const QList<motcua::Field>& fields)
{
    const QSignalBlocker block(m_field);
    m_field->clear();
    m_field->addItem(tr("(none)"), QString());
    for (const motcua::Field& f : fields)
        m_field->addItem(QStringLiteral("%1 — %2").arg(f.code, f.name), f.code);
}

void ProcedureEditor::setAgencies(const QList<motcua::Agency>& agencies)
{
    const QSignalBlocker block(m_agency);
    m_agency->clear();
    for (const motcua::Agency& a : agencies)
        m_agency->addItem(QStringLiteral("%1 — %2").arg(a.name, a.id), a.id);
    m_agency->setCurrentIndex(m_agency->findData(m_loaded.agencyId));
    m_agency->setVisible(!agencies.isEmpty());
    m_agencyLabel->setVisible(!agencies.isEmpty());
}

void ProcedureEditor::setProcedure(const Procedure& p, bool isNew)
{
    m_loaded = p;
    m_new = isNew;
    const QSignalBlocker blockResult(m_result);
    const QSignalBlocker blockLegal(m_legal);
    const QSignalBlocker blockConditions(m_conditions);
    const QSignalBlocker blockApplicants(m_applicants);
    m_national->setText(p.nationalCode);
    m_national->setReadOnly(m_readOnly || !isNew);
    m_local->setText(p.localCode);
    m_name->setText(p.name);
    int field = m_field->findData(p.fieldCode);
    if (field < 0 && !p.fieldCode.isEmpty()) { // a field this workstation does not know yet
        m_field->addItem(p.fieldCode, p.fieldCode);
        field = m_field->count() - 1;
    }
    m_field->setCurrentIndex(std::max(0, field));
    {
        const QSignalBlocker block(m_agency);
        m_agency->setCurrentIndex(m_agency->findData(p.agencyId)); // -1: to choose
    }
    m_level->setCurrentIndex(std::max(0, m_level->findData(int(p.serviceLevel))));
    m_result->setPlainText(p.resultDocument);
    m_legal->setPlainText(p.legalBasis);
    m_conditions->setPlainText(p.conditions);
    m_applicants->setPlainText(p.applicants);
    m_cases = p.caseList();
    m_current = 0;
    showCases();
    showProblems({});
}

void ProcedureEditor::showCases()
{
    {
        const QSignalBlocker block(m_caseList);
        m_caseList->clear();
        const bool several = m_cases.size() > 1;
        for (const ProcedureCase& c : std::as_const(m_cases)) {
            auto* item =
                new QListWidgetItem(several ? c.name : tr("The procedure's only case"), m_caseList);
            if (several && !m_readOnly)
                item->setFlags(item->flags() | Qt::ItemIsEditable); // F2 renames
        }
        m_caseList->setCurrentRow(m_current);
    }
    const ProcedureCase& c = m_cases.at(m_current);
    const QSignalBlocker blockTime(m_time);
    m_time->setValue(c.statutoryTime.value);
    m_unit->setCurrentIndex(std::max(0, m_unit->findData(int(c.statutoryTime.unit))));
    m_case->setCase(c);
    m_case->setReadOnly(m_readOnly);
    m_removeCase->setEnabled(!m_readOnly && m_cases.size() > 1);
    m_addCase->setEnabled(!m_readOnly);
}

ProcedureCase ProcedureEditor::currentCase() const
{
    ProcedureCase c = m_case->value();
    c.statutoryTime = Duration{m_time->value(), DurationUnit(m_unit->currentData().toInt())};
    // A channel's time is counted like in person, unless it came with a unit of its own (an
    // imported time in calendar days for the post, say): that one is kept as it is.
    const ProcedureCase& before = m_cases.at(m_current);
    for (ChannelTime& t : c.channelTimes) {
        const bool own = std::any_of(
            before.channelTimes.begin(), before.channelTimes.end(), [&](const ChannelTime& x) {
                return x.channel == t.channel && x.time.unit != before.statutoryTime.unit;
            });
        if (!own)
            t.time.unit = c.statutoryTime.unit;
    }
    if (m_cases.size() > 1) {
        if (const QListWidgetItem* item = m_caseList->item(m_current))
            c.name = item->text();
    }
    return c;
}

QList<ProcedureCase> ProcedureEditor::allCases() const
{
    QList<ProcedureCase> out = m_cases;
    if (!out.isEmpty()) // empty before the first setProcedure
        out[m_current] = currentCase();
    return out;
}

void ProcedureEditor::storeCurrent()
{
    m_cases = allCases();
}

void ProcedureEditor::selectCase(int index)
{
    if (index < 0 || index >= m_cases.size() || index == m_current)
        return;
    storeCurrent();
    m_current = index;
    showCases();
}

void ProcedureEditor::addCase()
{
    storeCurrent();
    if (m_cases.size() == 1 && m_cases.first().id == 0) {
        m_cases[0].id = 1;
        m_cases[0].name = tr("Case %1").arg(1);
    }
    int id = 1;
    for (const ProcedureCase& c : std::as_const(m_cases))
        id = std::max(id, c.id + 1);
    ProcedureCase next = m_cases.first(); // papers, fees and process to start from
    next.id = id;
    next.name = tr("Case %1").arg(id);
    m_cases << next;
    m_current = int(m_cases.size() - 1);
    showCases();
    emit changed();
}

void ProcedureEditor::removeCase(int index)
{
    if (m_cases.size() < 2 || index < 0 || index >= m_cases.size())
        return;
    storeCurrent();
    m_cases.removeAt(index);
    if (m_cases.size() == 1) { // a single case is the procedure's own rules
        m_cases[0].id = 0;
        m_cases[0].name.clear();
    }
    m_current = std::min(m_current, int(m_cases.size() - 1));
    showCases();
    emit changed();
}

Procedure ProcedureEditor::procedure() const
{
    Procedure p = m_loaded;
    p.nationalCode = m_national->text().trimmed();
    p.localCode = m_local->text().trimmed();
    p.name = m_name->text().simplified();
    p.fieldCode = m_field->currentData().toString();
    if (m_agency->isVisibleTo(this) && m_agency->currentIndex() >= 0)
        p.agencyId = m_agency->currentData().toString();
    p.serviceLevel = ServiceLevel(m_level->currentData().toInt());
    // As typed (trimmed only when changed): opening and applying changes nothing.
    const auto text = [](const QPlainTextEdit* e, const QString& loaded) {
        const QString typed = e->toPlainText();
        return typed == loaded ? loaded : typed.trimmed();
    };
    p.resultDocument = text(m_result, m_loaded.resultDocument);
    p.legalBasis = text(m_legal, m_loaded.legalBasis);
    p.conditions = text(m_conditions, m_loaded.conditions);
    p.applicants = text(m_applicants, m_loaded.applicants);
    const QList<ProcedureCase> cases = allCases();
    if (cases.isEmpty())
        return p;
    if (cases.size() == 1) {
        p.cases = {cases.first()};
        p.mirrorFirstCase();
        p.cases.clear();
    } else {
        p.cases = cases;
        p.mirrorFirstCase();
    }
    return p;
}

void ProcedureEditor::setReadOnly(bool readOnly)
{
    // Called on every change of the page's state: only a real switch touches the widgets, so a
    // cell being typed in is never rebuilt under the keyboard.
    if (readOnly == m_readOnly)
        return;
    m_readOnly = readOnly;
    for (QLineEdit* e : {m_local, m_name})
        e->setReadOnly(readOnly);
    m_national->setReadOnly(readOnly || !m_new);
    for (QWidget* w : std::initializer_list<QWidget*>{m_field, m_agency, m_level, m_time, m_unit})
        w->setEnabled(!readOnly);
    for (QPlainTextEdit* e : {m_result, m_legal, m_conditions, m_applicants})
        e->setReadOnly(readOnly);
    m_case->setReadOnly(readOnly);
    for (int row = 0; row < m_caseList->count(); ++row) {
        QListWidgetItem* item = m_caseList->item(row);
        const bool renamable = !readOnly && m_cases.size() > 1;
        item->setFlags(renamable ? item->flags() | Qt::ItemIsEditable
                                 : item->flags() & ~Qt::ItemIsEditable);
    }
    m_removeCase->setEnabled(!readOnly && m_cases.size() > 1);
    m_addCase->setEnabled(!readOnly);
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
