#include "gui/process/ActionDialog.h"

#include "core/VnTime.h"
#include "core/scan/PageDocument.h"
#include "gui/dossier/DossierText.h"
#include "gui/process/ActionCatalog.h"
#include "gui/scan/ScanDialog.h"
#include "workflow/WorkflowEngine.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QTemporaryDir>
#include <QVBoxLayout>

namespace motcua::client {
namespace {

// A result document is a letter or a licence of a few pages; a file far larger is a mistake.
constexpr qint64 kMaxResultBytes = 50LL * 1024 * 1024;

QString officerText(const User& u)
{
    return u.fullName.isEmpty() ? u.username
                                : QStringLiteral("%1 (%2)").arg(u.fullName, u.username);
}

bool actsInStep(const User& u, const WorkflowStep& step)
{
    return u.active && u.hasRole(step.role) && (step.unit.isEmpty() || u.unit == step.unit);
}

} // namespace

ActionDialog::ActionDialog(WorkflowAction action, const Dossier& dossier, const QList<User>& users,
                           const WorkingCalendar& calendar, QWidget* parent)
    : QDialog(parent)
    , m_action(action)
    , m_dossier(dossier)
    , m_calendar(calendar)
    , m_warning(new QLabel(this))
    , m_problems(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    , m_submit(m_buttons->button(QDialogButtonBox::Ok))
{
    using A = WorkflowAction;
    setObjectName(QStringLiteral("actionDialog"));
    setWindowTitle(tr("%1 — %2").arg(ActionCatalog::dialogTitle(action), dossier.code));
    setMinimumWidth(520);
    m_submit->setObjectName(QStringLiteral("actionSubmit"));
    m_submit->setText(ActionCatalog::dialogTitle(action));
    m_warning->setObjectName(QStringLiteral("actionWarning"));
    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(QStringLiteral("QLabel { background: #fff4ce; color: #5c4400; "
                                            "border-radius: 4px; padding: 6px; }"));
    m_warning->hide();
    m_problems->setObjectName(QStringLiteral("actionProblems"));
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("color: #b3261e;"));

    auto* intro = new QLabel(this);
    intro->setWordWrap(true);
    intro->setText(
        tr("%1 · %2 · %3").arg(dossier.code, dossier.owner.fullName, dossier.procedureName));
    auto* form = new QFormLayout;

    m_users = users;
    const QStringList next = WorkflowEngine::nextSteps(dossier, action);
    if (next.size() > 1) {
        // The process branches here: the officer says which way, deliberately.
        m_step = new QComboBox(this);
        m_step->setObjectName(QStringLiteral("stepCombo"));
        for (const QString& id : next) {
            const WorkflowStep* s = dossier.workflow.step(id);
            m_step->addItem(s ? QStringLiteral("%1 — %2").arg(s->name, s->unit) : id, id);
        }
        m_step->setCurrentIndex(-1);
        form->addRow(tr("To step:"), m_step);
        connect(m_step, &QComboBox::currentIndexChanged, this, [this] {
            if (m_officer) {
                const QSignalBlocker block(m_officer);
                m_officer->clear();
                buildOfficers(m_users);
            }
            validate();
        });
    }
    if (action == A::Forward || action == A::Reassign) {
        m_officer = new QComboBox(this);
        m_officer->setObjectName(QStringLiteral("officerCombo"));
        buildOfficers(users);
        form->addRow(action == A::Forward ? tr("To officer:") : tr("New officer:"), m_officer);
    }
    if (action == A::Transfer) {
        m_unit = new QComboBox(this);
        m_unit->setObjectName(QStringLiteral("unitCombo"));
        m_unit->setEditable(true);
        buildUnits(users);
        form->addRow(tr("To unit or agency:"), m_unit);
    }
    if (action == A::RequestSupplement) {
        setMinimumWidth(640); // the papers' names are long
        buildSupplement();
        auto* add = new QPushButton(tr("Add"), this);
        add->setObjectName(QStringLiteral("addSupplementItemButton"));
        connect(add, &QPushButton::clicked, this, &ActionDialog::addSupplementItem);
        connect(m_itemEdit, &QLineEdit::returnPressed, this, &ActionDialog::addSupplementItem);
        auto* row = new QHBoxLayout;
        row->addWidget(m_itemEdit, 1);
        row->addWidget(add);
        form->addRow(tr("Missing or to correct:"), m_items);
        form->addRow(tr("Another item:"), row);
        if (dossier.supplementRequests >= 1) {
            m_warning->setText(tr("This dossier already had %n supplement request(s). A further "
                                  "request needs a leader's decision, and the dossier will count "
                                  "as late.",
                                  nullptr, dossier.supplementRequests));
            m_warning->show();
        }
    }
    if (action == A::ApproveApology) {
        auto* proposal = new QLabel(this);
        proposal->setObjectName(QStringLiteral("apologyProposal"));
        proposal->setWordWrap(true);
        proposal->setTextFormat(Qt::RichText);
        const Apology* pending = nullptr;
        for (const Apology& a : dossier.apologies) {
            if (a.isPending())
                pending = &a;
        }
        if (pending) {
            QString by = pending->proposedBy;
            for (const User& u : users) {
                if (u.username == by && !u.fullName.isEmpty())
                    by = officerText(u);
            }
            proposal->setText(
                tr("<b>Proposed by</b> %1 at %2<br><b>Current appointment:</b> %3<br>"
                   "<b>New appointment:</b> %4<br><b>Reason:</b> %5")
                    .arg(by.toHtmlEscaped(), DossierText::dateTime(pending->proposedAt),
                         DossierText::dateTime(dossier.appointmentAt),
                         DossierText::dateTime(pending->newAppointment),
                         pending->reason.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>"))));
        } else {
            proposal->setText(tr("No apology is waiting for approval."));
        }
        form->addRow(tr("Proposal:"), proposal);
    }
    if (action == A::ProposeApology) {
        m_appointment = new QDateTimeEdit(this);
        m_appointment->setObjectName(QStringLiteral("newAppointmentEdit"));
        m_appointment->setCalendarPopup(true);
        m_appointment->setDisplayFormat(QStringLiteral("HH:mm dd/MM/yyyy"));
        // The edit holds Vietnam's civil date and time; UTC keeps it free of this machine's
        // daylight-saving gaps.
        m_appointment->setTimeSpec(Qt::UTC);
        const QDateTime proposed = defaultNewAppointment(dossier, calendar);
        if (proposed.isValid()) {
            const QDateTime civil(vntime::civilDate(proposed), vntime::civilTime(proposed),
                                  Qt::UTC);
            m_appointment->setDateTime(civil);
        }
        form->addRow(tr("Current appointment:"),
                     new QLabel(DossierText::dateTime(dossier.appointmentAt), this));
        form->addRow(tr("New appointment:"), m_appointment);
        connect(m_appointment, &QDateTimeEdit::dateTimeChanged, this, &ActionDialog::validate);
    }
    if (action == A::MarkResultReady) {
        m_resultFile = new QLineEdit(this);
        m_resultFile->setObjectName(QStringLiteral("resultFileEdit"));
        m_resultFile->setReadOnly(true);
        m_resultFile->setPlaceholderText(tr("no document attached (optional)"));
        auto* choose = new QPushButton(tr("File…"), this);
        choose->setObjectName(QStringLiteral("chooseResultFileButton"));
        auto* scan = new QPushButton(tr("Scan…"), this);
        scan->setObjectName(QStringLiteral("scanResultButton"));
        connect(choose, &QPushButton::clicked, this, &ActionDialog::chooseResultFile);
        connect(scan, &QPushButton::clicked, this, &ActionDialog::scanResult);
        auto* row = new QHBoxLayout;
        row->addWidget(m_resultFile, 1);
        row->addWidget(choose);
        row->addWidget(scan);
        form->addRow(tr("Result document:"), row);
    }
    // Every action can carry words: the reason where the workflow requires one, an opinion
    // otherwise (it is printed on the control slip).
    if (action != A::ReturnResult) {
        m_reason = new QPlainTextEdit(this);
        m_reason->setObjectName(QStringLiteral("reasonEdit"));
        m_reason->setTabChangesFocus(true);
        m_reason->setMinimumHeight(70);
        QString label;
        switch (action) {
        case A::RequestSupplement:
            label = tr("Note to the applicant:");
            m_reason->setPlaceholderText(tr("optional"));
            break;
        case A::Comment:
            label = tr("Opinion:");
            break;
        case A::Forward:
        case A::Approve:
        case A::Reassign:
        case A::MarkResultReady:
        case A::ReceiveSupplement:
        case A::ResumeAfterFinancialObligation:
        case A::ApproveApology:
            label = tr("Opinion:");
            m_reason->setPlaceholderText(tr("optional"));
            break;
        default:
            label = tr("Reason:");
            break;
        }
        form->addRow(label, m_reason);
        connect(m_reason, &QPlainTextEdit::textChanged, this, &ActionDialog::validate);
    }

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_warning);
    layout->addWidget(m_problems);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (isComplete())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
}

void ActionDialog::buildOfficers(const QList<User>& users)
{
    const int index = m_dossier.workflow.indexOf(m_dossier.currentStepId);
    int stepIndex = index;
    if (m_action == WorkflowAction::Forward) {
        // The officers of the step the dossier goes to: the one chosen, or the only one.
        const QStringList next = WorkflowEngine::nextSteps(m_dossier, m_action);
        const QString to = m_step ? m_step->currentData().toString() : next.value(0);
        stepIndex = to.isEmpty() ? -1 : m_dossier.workflow.indexOf(to);
    }
    if (m_action == WorkflowAction::Forward)
        m_officer->addItem(tr("(not named: the unit assigns it)"), QString());
    if (index < 0 || stepIndex < 0 || stepIndex >= m_dossier.workflow.steps.size()) {
        connect(m_officer, &QComboBox::currentIndexChanged, this, &ActionDialog::validate,
                Qt::UniqueConnection);
        return;
    }
    const WorkflowStep& step = m_dossier.workflow.steps.at(stepIndex);
    for (const User& u : users) {
        if (!actsInStep(u, step))
            continue;
        if (m_action == WorkflowAction::Reassign && u.username == m_dossier.assignee)
            continue;
        m_officer->addItem(officerText(u), u.username);
    }
    if (m_action == WorkflowAction::Reassign)
        m_officer->setCurrentIndex(-1); // a deliberate choice, never the first by accident
    m_officer->setToolTip(tr("Step: %1").arg(step.name));
    connect(m_officer, &QComboBox::currentIndexChanged, this, &ActionDialog::validate,
            Qt::UniqueConnection);
}

void ActionDialog::buildUnits(const QList<User>& users)
{
    QStringList units;
    for (const WorkflowStep& s : m_dossier.workflow.steps)
        units << s.unit;
    for (const User& u : users)
        units << u.unit;
    units.removeAll(QString());
    units.removeAll(m_dossier.currentUnit);
    units.removeDuplicates();
    units.sort(Qt::CaseInsensitive);
    m_unit->addItems(units);
    m_unit->setCurrentIndex(-1);
    m_unit->lineEdit()->setPlaceholderText(tr("a unit, or another agency's name"));
    connect(m_unit, &QComboBox::currentTextChanged, this, &ActionDialog::validate);
}

void ActionDialog::buildSupplement()
{
    m_items = new QListWidget(this);
    m_items->setObjectName(QStringLiteral("supplementItems"));
    m_items->setMinimumHeight(110);
    // The dossier's own papers first, ticked when the counter already noted a problem. Papers
    // not received are listed unticked: the dossier was accepted, so every mandatory paper was
    // there and those were optional — the officer ticks one only if this case needs it.
    for (const ReceivedComponent& c : m_dossier.components) {
        auto* item = new QListWidgetItem(
            c.note.isEmpty() ? c.name : tr("%1 — %2").arg(c.name, c.note), m_items);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsEditable);
        item->setCheckState(!c.note.trimmed().isEmpty() ? Qt::Checked : Qt::Unchecked);
    }
    m_itemEdit = new QLineEdit(this);
    m_itemEdit->setObjectName(QStringLiteral("supplementItemEdit"));
    m_itemEdit->setPlaceholderText(tr("e.g. a certified copy of the land use certificate"));
    connect(m_items, &QListWidget::itemChanged, this, &ActionDialog::validate);
}

void ActionDialog::addSupplementItem()
{
    const QString text = m_itemEdit->text().simplified();
    if (text.isEmpty())
        return;
    auto* item = new QListWidgetItem(text, m_items);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsEditable);
    item->setCheckState(Qt::Checked);
    m_itemEdit->clear();
    validate();
}

QStringList ActionDialog::supplementItems() const
{
    QStringList out;
    if (!m_items)
        return out;
    for (int i = 0; i < m_items->count(); ++i) {
        const QListWidgetItem* item = m_items->item(i);
        if (item->checkState() == Qt::Checked && !item->text().trimmed().isEmpty())
            out << item->text().trimmed();
    }
    return out;
}

void ActionDialog::setResultDocument(const QByteArray& bytes, const QString& fileName)
{
    m_resultBytes = bytes;
    m_resultFileName = fileName;
    if (m_resultFile)
        m_resultFile->setText(
            bytes.isEmpty() ? QString()
                            : tr("%1 (%2 KB)").arg(fileName).arg((bytes.size() + 1023) / 1024));
    validate();
}

void ActionDialog::chooseResultFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Result document"), QString(),
        tr("Documents (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (file.size() > kMaxResultBytes) {
        m_problems->setText(tr("The file is larger than 50 MB; scan it at a lower resolution."));
        return;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        m_problems->setText(tr("The file cannot be read: %1").arg(file.errorString()));
        return;
    }
    setResultDocument(file.readAll(), QFileInfo(path).fileName());
}

void ActionDialog::scanResult()
{
    ScanDialog scan(this);
    if (scan.exec() != QDialog::Accepted || scan.document().isEmpty())
        return;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("result.pdf"));
    if (const Status s = scan.document().writePdf(path, m_dossier.code); !s) {
        m_problems->setText(tr("The scanned pages could not be saved: %1").arg(s.error().message));
        return;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_problems->setText(tr("The scanned pages could not be read back."));
        return;
    }
    setResultDocument(file.readAll(), QStringLiteral("result-%1.pdf").arg(m_dossier.code));
}

QDateTime ActionDialog::newAppointment() const
{
    if (!m_appointment)
        return {};
    const QDateTime civil = m_appointment->dateTime();
    return vntime::fromCivil(civil.date(), civil.time());
}

QDateTime ActionDialog::defaultNewAppointment(const Dossier& dossier,
                                              const WorkingCalendar& calendar)
{
    if (!dossier.appointmentAt.isValid())
        return {};
    const auto day = calendar.nextWorkingDay(vntime::civilDate(dossier.appointmentAt));
    if (!day)
        return dossier.appointmentAt.addDays(1);
    const auto periods = calendar.periodsOn(*day);
    const QTime end = periods && !periods->isEmpty() ? periods->last().end : QTime(17, 0);
    return vntime::fromCivil(*day, end);
}

QStringList ActionDialog::problems() const
{
    using A = WorkflowAction;
    QStringList out;
    if (m_step && m_step->currentIndex() < 0)
        out << tr("Choose the step the dossier goes to.");
    if (m_action == A::Reassign && (!m_officer || m_officer->currentData().toString().isEmpty()))
        out << tr("Choose the officer who takes over the step.");
    if (m_action == A::Transfer) {
        const QString unit = m_unit ? m_unit->currentText().trimmed() : QString();
        if (unit.isEmpty())
            out << tr("Choose or type the unit or agency that receives the dossier.");
        else if (unit == m_dossier.currentUnit)
            out << tr("The dossier is already with %1.").arg(unit);
    }
    const QString reason = m_reason ? m_reason->toPlainText().trimmed() : QString();
    if (m_action == A::RequestSupplement) {
        if (supplementItems().isEmpty())
            out << tr("Tick or add at least one paper the applicant must bring.");
    } else if (ActionCatalog::needsReason(m_action) && reason.isEmpty()) {
        out << (m_action == A::Comment ? tr("Write the opinion.") : tr("Write the reason."));
    }
    if (m_action == A::ProposeApology) {
        const QDateTime proposed = newAppointment();
        if (!proposed.isValid())
            out << tr("Choose the new appointment.");
        else if (m_dossier.appointmentAt.isValid() && proposed <= m_dossier.appointmentAt)
            out << tr("The new appointment must be after the current one (%1).")
                       .arg(DossierText::dateTime(m_dossier.appointmentAt));
    }
    if (m_action == A::ApproveApology) {
        bool pending = false;
        for (const Apology& a : m_dossier.apologies)
            pending = pending || a.isPending();
        if (!pending)
            out << tr("No apology is waiting for approval.");
    }
    return out;
}

void ActionDialog::validate()
{
    const QStringList list = problems();
    m_submit->setEnabled(list.isEmpty());
    m_problems->setText(list.join(u'\n'));
    m_problems->setVisible(!list.isEmpty());
}

ActionCommand ActionDialog::command() const
{
    ActionCommand c;
    c.action = m_action;
    c.version = m_dossier.version;
    QString text = m_reason ? m_reason->toPlainText().trimmed() : QString();
    if (m_action == WorkflowAction::RequestSupplement) {
        // What Mẫu 02 prints: one line per paper, then the officer's note.
        QStringList lines;
        for (const QString& item : supplementItems())
            lines << QStringLiteral("- ") + item;
        if (!text.isEmpty())
            lines << text;
        text = lines.join(u'\n');
    }
    c.comment = text;
    if (m_officer)
        c.toUser = m_officer->currentData().toString();
    if (m_unit)
        c.toUnit = m_unit->currentText().trimmed();
    if (m_step)
        c.toStep = m_step->currentData().toString();
    if (m_action == WorkflowAction::ProposeApology)
        c.newAppointment = newAppointment();
    return c;
}

QStringList ActionDialog::officerChoices() const
{
    QStringList out;
    if (!m_officer)
        return out;
    for (int i = 0; i < m_officer->count(); ++i) {
        const QString u = m_officer->itemData(i).toString();
        if (!u.isEmpty())
            out << u;
    }
    return out;
}

} // namespace motcua::client
