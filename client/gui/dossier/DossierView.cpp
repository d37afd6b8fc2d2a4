#include "gui/dossier/DossierView.h"

#include "core/FileType.h"
#include "core/VnTime.h"
#include "core/sync/Workstation.h"
#include "gui/dossier/DeadlineState.h"
#include "gui/dossier/DossierText.h"
#include "gui/dossier/DossierWidgets.h"
#include "gui/dossier/HistoryModel.h"
#include "gui/scan/ScanIntoDossierDialog.h"

#include <algorithm>

#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace motcua::client {
namespace {

using dossierwidgets::badgeStyle;
using dossierwidgets::valueLabel;

QTableWidgetItem* item(const QString& text, Qt::Alignment align = Qt::AlignLeft | Qt::AlignVCenter)
{
    auto* i = new QTableWidgetItem(text);
    i->setTextAlignment(align);
    i->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return i;
}

QTableWidget* readOnlyTable(const char* objectName, const QStringList& headers, QWidget* parent)
{
    auto* t = new QTableWidget(0, int(headers.size()), parent);
    t->setObjectName(QString::fromLatin1(objectName));
    t->setHorizontalHeaderLabels(headers);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setAlternatingRowColors(true);
    t->verticalHeader()->setVisible(false);
    t->horizontalHeader()->setStretchLastSection(true);
    t->setWordWrap(false);
    return t;
}

} // namespace

DossierView::DossierView(QWidget* parent)
    : QWidget(parent)
    , m_clock([] { return vntime::now(); })
    , m_code(valueLabel("dossierCode", this))
    , m_procedure(valueLabel("procedure", this))
    , m_status(new QLabel(this))
    , m_deadline(new QLabel(this))
    , m_pending(new QLabel(this))
    , m_applicantType(valueLabel("applicantType", this))
    , m_owner(valueLabel("owner", this))
    , m_submitter(valueLabel("submitter", this))
    , m_representative(valueLabel("representative", this))
    , m_channel(valueLabel("channel", this))
    , m_received(valueLabel("received", this))
    , m_appointment(valueLabel("appointment", this))
    , m_statutory(valueLabel("statutoryTime", this))
    , m_finished(valueLabel("finished", this))
    , m_returned(valueLabel("returned", this))
    , m_step(valueLabel("currentStep", this))
    , m_unit(valueLabel("currentUnit", this))
    , m_assignee(valueLabel("assignee", this))
    , m_stepDeadline(valueLabel("stepDeadline", this))
    , m_pause(valueLabel("pause", this))
    , m_returnButton(new QPushButton(tr("Return &result…"), this))
    , m_printReceiptButton(new QPushButton(tr("Print re&ceipt"), this))
    , m_printSlipButton(new QPushButton(tr("Print control &slip"), this))
    , m_scanButton(new QPushButton(tr("Sc&an papers…"), this))
    , m_attachButton(new QPushButton(tr("Attach &file…"), this))
    , m_separatorsButton(new QPushButton(tr("Print separator s&heets"), this))
    , m_tabs(new QTabWidget(this))
    , m_components(
          readOnlyTable("componentsTable",
                        {tr("No."), tr("Component"), tr("Originals"), tr("Certified copies"),
                         tr("Photocopies"), tr("Scanned"), tr("Files"), tr("Note")},
                        this))
    , m_fees(readOnlyTable("feesTable",
                           {tr("Fee"), tr("Amount"), tr("Collected"), tr("Paid"), tr("Method"),
                            tr("Receipt no."), tr("Paid at")},
                           this))
    , m_historyView(new QTableView(this))
    , m_history(new HistoryModel(this))
{
    m_status->setObjectName(QStringLiteral("status"));
    m_deadline->setObjectName(QStringLiteral("deadline"));
    m_pending->setObjectName(QStringLiteral("pending"));
    m_returnButton->setObjectName(QStringLiteral("returnResultButton"));
    m_printReceiptButton->setObjectName(QStringLiteral("printReceiptButton"));
    m_printSlipButton->setObjectName(QStringLiteral("printControlSlipButton"));
    m_scanButton->setObjectName(QStringLiteral("scanPapersButton"));
    m_attachButton->setObjectName(QStringLiteral("attachFileButton"));
    m_separatorsButton->setObjectName(QStringLiteral("printSeparatorsButton"));
    m_scanButton->setToolTip(tr("Scan the citizen's papers into this dossier's components"));
    m_attachButton->setToolTip(tr("Add a PDF, PNG, JPEG or TIFF file to a component"));
    m_separatorsButton->setToolTip(tr("One sheet per received component, to scan many papers "
                                      "from the feeder at once"));
    m_scanButton->setVisible(false);
    m_attachButton->setVisible(false);
    m_tabs->setObjectName(QStringLiteral("dossierTabs"));
    m_historyView->setObjectName(QStringLiteral("historyTable"));

    QFont big = m_code->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_code->setFont(big);
    m_code->setWordWrap(false);
    QFont procFont = m_procedure->font();
    procFont.setPointSizeF(procFont.pointSizeF() * 1.15);
    m_procedure->setFont(procFont);
    m_status->setStyleSheet(badgeStyle(QColor(0x37, 0x47, 0x4f), Qt::white));
    for (QLabel* l : {m_owner, m_submitter, m_representative})
        l->setTextFormat(Qt::RichText);
    m_pending->setText(tr("Saved on this counter, not yet sent to the server"));
    m_pending->setStyleSheet(badgeStyle(QColor(0xff, 0xe0, 0x82), Qt::black));
    m_pending->hide();

    m_returnButton->setToolTip(tr("Hand the result to the applicant (only when the result is "
                                  "ready)"));
    m_returnButton->setDefault(true);

    const auto fitColumns = [](QHeaderView* h, int stretch) {
        h->setSectionResizeMode(QHeaderView::ResizeToContents);
        h->setSectionResizeMode(stretch, QHeaderView::Stretch);
        h->setStretchLastSection(false);
    };
    fitColumns(m_components->horizontalHeader(), 1); // the component's name
    m_components->setSelectionMode(QAbstractItemView::SingleSelection);
    fitColumns(m_fees->horizontalHeader(), 0); // the fee's name
    m_historyView->setModel(m_history);
    m_historyView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_historyView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_historyView->setAlternatingRowColors(true);
    m_historyView->verticalHeader()->setVisible(false);
    fitColumns(m_historyView->horizontalHeader(), HistoryModel::Comment);
    m_historyView->setWordWrap(false);

    // Header: code, badges, actions.
    auto* badges = new QHBoxLayout;
    badges->addWidget(m_status);
    badges->addWidget(m_deadline);
    badges->addWidget(m_pending);
    badges->addStretch(1);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_returnButton);
    buttons->addWidget(m_printReceiptButton);
    buttons->addWidget(m_printSlipButton);
    buttons->addWidget(m_scanButton);
    buttons->addWidget(m_attachButton);
    buttons->addWidget(m_separatorsButton);
    buttons->addStretch(1);

    auto* applicant = new QGroupBox(tr("Applicant"), this);
    auto* applicantForm = new QFormLayout(applicant);
    applicantForm->addRow(tr("Owner:"), m_owner);
    applicantForm->addRow(tr("Submitted by:"), m_submitter);
    applicantForm->addRow(tr("Representative:"), m_representative);
    applicantForm->addRow(tr("Applicant type:"), m_applicantType);
    applicantForm->addRow(tr("Channel:"), m_channel);

    auto* processing = new QGroupBox(tr("Processing"), this);
    auto* processingForm = new QFormLayout(processing);
    m_processingForm = processingForm;
    processingForm->addRow(tr("Received:"), m_received);
    processingForm->addRow(tr("Appointment:"), m_appointment);
    processingForm->addRow(tr("Statutory time:"), m_statutory);
    processingForm->addRow(tr("Current step:"), m_step);
    processingForm->addRow(tr("Unit:"), m_unit);
    processingForm->addRow(tr("Officer:"), m_assignee);
    processingForm->addRow(tr("Step deadline:"), m_stepDeadline);
    processingForm->addRow(tr("Clock stopped:"), m_pause);
    processingForm->addRow(tr("Finished:"), m_finished);
    processingForm->addRow(tr("Returned:"), m_returned);

    auto* groups = new QHBoxLayout;
    groups->addWidget(applicant, 1);
    groups->addWidget(processing, 1);

    // History first: "where is my dossier?" is what the citizen at the counter asks.
    m_tabs->addTab(m_historyView, tr("History"));
    m_tabs->addTab(m_components, tr("Components"));
    m_tabs->addTab(m_fees, tr("Fees"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_code);
    layout->addWidget(m_procedure);
    layout->addLayout(badges);
    layout->addLayout(buttons);
    layout->addLayout(groups);
    layout->addWidget(m_tabs, 1);

    connect(m_returnButton, &QPushButton::clicked, this, [this] {
        if (m_hasDossier && m_dossier.status == DossierStatus::Finished)
            emit returnResultRequested(m_dossier.code);
    });
    connect(m_printReceiptButton, &QPushButton::clicked, this, [this] {
        if (m_hasDossier)
            emit printReceiptRequested(m_dossier.code);
    });
    connect(m_printSlipButton, &QPushButton::clicked, this, [this] {
        if (m_hasDossier)
            emit printControlSlipRequested(m_dossier.code);
    });
    connect(m_separatorsButton, &QPushButton::clicked, this, [this] {
        if (m_hasDossier)
            emit printSeparatorsRequested(m_dossier.code);
    });
    connect(m_scanButton, &QPushButton::clicked, this, [this] {
        if (ScanIntoDossierDialog* d = openScanDialog())
            d->show();
    });
    connect(m_attachButton, &QPushButton::clicked, this, &DossierView::attachFromDisk);

    // The deadline state changes with time alone (due soon, then overdue): recheck each minute.
    auto* tick = new QTimer(this);
    tick->setInterval(60'000);
    connect(tick, &QTimer::timeout, this, &DossierView::refreshDeadline);
    tick->start();

    clear();
}

void DossierView::setClock(Clock clock)
{
    m_clock = std::move(clock);
    refreshDeadline();
}

void DossierView::setCalendar(const WorkingCalendar& calendar)
{
    m_calendar = calendar;
    refreshDeadline();
}

void DossierView::setUserNameLookup(UserNameLookup lookup)
{
    m_userName = std::move(lookup);
    if (m_hasDossier)
        setDossier(m_dossier);
}

QString DossierView::stepName(const QString& stepId) const
{
    const WorkflowStep* s = m_dossier.workflow.step(stepId);
    return s ? s->name : stepId;
}

QString DossierView::officer(const QString& username) const
{
    if (username.isEmpty())
        return {};
    if (m_userName) {
        const QString full = m_userName(username);
        if (!full.isEmpty() && full != username)
            return QStringLiteral("%1 (%2)").arg(full, username);
    }
    return username;
}

void DossierView::clear()
{
    m_hasDossier = false;
    m_dossier = {};
    const QList<QLabel*> labels{m_code,        m_procedure,      m_applicantType, m_owner,
                                m_submitter,   m_representative, m_channel,       m_received,
                                m_appointment, m_statutory,      m_finished,      m_returned,
                                m_step,        m_unit,           m_assignee,      m_stepDeadline};
    for (QLabel* l : labels)
        l->clear();
    m_pause->clear();
    m_processingForm->setRowVisible(m_pause, false);
    m_processingForm->setRowVisible(m_stepDeadline, false);
    m_code->setText(tr("No dossier open"));
    m_status->hide();
    m_deadline->hide();
    m_pending->hide();
    m_components->setRowCount(0);
    m_fees->setRowCount(0);
    m_history->setHistory({}, {});
    m_returnButton->setEnabled(false);
    m_printReceiptButton->setEnabled(false);
    m_printSlipButton->setEnabled(false);
    m_scanButton->setEnabled(false);
    m_attachButton->setEnabled(false);
    m_separatorsButton->setEnabled(false);
}

void DossierView::setPending(bool pending)
{
    m_pending->setVisible(pending && m_hasDossier);
}

void DossierView::setDossier(const Dossier& d)
{
    m_dossier = d;
    m_hasDossier = true;

    m_code->setText(d.code);
    m_procedure->setText(DossierText::procedure(d));
    m_status->setText(DossierText::status(d.status));
    m_status->show();

    m_owner->setText(DossierText::personHtml(d.owner));
    if (d.submitter.isEmpty() || d.submitter == d.owner)
        m_submitter->setText(tr("the owner").toHtmlEscaped());
    else if (d.submitter == d.representative)
        m_submitter->setText(tr("the representative").toHtmlEscaped());
    else
        m_submitter->setText(DossierText::personHtml(d.submitter));
    m_representative->setText(d.representative.isEmpty()
                                  ? tr("none").toHtmlEscaped()
                                  : DossierText::personHtml(d.representative));
    m_applicantType->setText(DossierText::applicantType(d.applicantType));
    m_channel->setText(DossierText::channel(d.channel));

    m_received->setText(DossierText::dateTime(d.receivedAt));
    m_appointment->setText(DossierText::dateTime(d.appointmentAt));
    // An open pause (supplement, financial obligation): since when and why; the appointment
    // moves when the clock restarts.
    const Pause* open = nullptr;
    for (const Pause& p : d.pauses) {
        if (p.isOpen())
            open = &p;
    }
    if (open && !isTerminal(d.status)) {
        const QString since = DossierText::dateTime(open->from);
        m_pause->setText(open->reason.isEmpty() ? tr("since %1").arg(since)
                                                : tr("since %1: %2").arg(since, open->reason));
        if (d.appointmentAt.isValid())
            m_appointment->setText(tr("%1 (moves when the clock restarts)")
                                       .arg(DossierText::dateTime(d.appointmentAt)));
    } else {
        m_pause->clear();
    }
    m_processingForm->setRowVisible(m_pause, open && !isTerminal(d.status));
    m_statutory->setText(d.statutoryTime.value > 0
                             ? DossierText::duration(d.statutoryTime.value, d.statutoryTime.unit)
                             : QString());
    m_finished->setText(d.finishedAt.isValid() ? DossierText::dateTime(d.finishedAt)
                                               : tr("not yet"));
    if (d.returnedAt.isValid()) {
        const QString to = d.returnedTo.isEmpty() ? QString() : DossierText::person(d.returnedTo);
        m_returned->setText(
            to.isEmpty() ? DossierText::dateTime(d.returnedAt)
                         : tr("%1, handed to %2").arg(DossierText::dateTime(d.returnedAt), to));
    } else {
        m_returned->setText(tr("not yet"));
    }
    m_step->setText(d.currentStepId.isEmpty() ? QString() : stepName(d.currentStepId));
    m_unit->setText(d.currentUnit);
    m_assignee->setText(officer(d.assignee));

    fillComponents();
    fillFees();
    m_history->setHistory(d.history, d.workflow, m_userName);
    m_tabs->setTabText(0, tr("History (%1)").arg(d.history.size()));
    m_tabs->setTabText(1, tr("Components (%1)").arg(m_components->rowCount()));
    m_tabs->setTabText(2, tr("Fees (%1)").arg(m_fees->rowCount()));

    m_returnButton->setEnabled(d.status == DossierStatus::Finished);
    m_printReceiptButton->setEnabled(true);
    m_printSlipButton->setEnabled(true);
    const bool anyReceived = std::any_of(d.components.begin(), d.components.end(),
                                         [](const ReceivedComponent& c) { return c.received; });
    m_scanButton->setEnabled(m_workstation && anyReceived);
    m_attachButton->setEnabled(m_workstation && anyReceived);
    m_separatorsButton->setEnabled(anyReceived && !d.code.isEmpty());
    // What other counters attached, once per dossier shown (setDossier also runs on every
    // refresh of the same dossier; uploads and downloads report through attachmentsChanged).
    if (m_workstation && d.code != m_fetchedCode) {
        m_fetchedCode = d.code;
        m_workstation->fetchAttachments(d.code);
    }
    refreshDeadline();
}

DeadlineState DossierView::deadline() const
{
    return DeadlineState::evaluate(m_dossier, m_clock(), m_calendar);
}

void DossierView::refreshDeadline()
{
    if (!m_hasDossier)
        return;
    const QDateTime now = m_clock();
    const DeadlineState state = DeadlineState::evaluate(m_dossier, now, m_calendar);
    m_deadline->setText(state.text());
    m_deadline->setProperty("deadlineKind", int(state.kind()));
    m_deadline->setStyleSheet(badgeStyle(state.background(), state.foreground()));
    m_deadline->show();

    // The current step's own deadline ("chậm tiến độ" is tracked apart from the dossier's).
    m_stepDeadline->clear();
    m_stepDeadline->setStyleSheet({});
    const bool running =
        !isTerminal(m_dossier.status) && m_dossier.status != DossierStatus::Finished;
    m_processingForm->setRowVisible(m_stepDeadline, false);
    if (!running)
        return;
    const StepDeadline* step = dossierwidgets::runningStepDeadline(m_dossier);
    if (!step || !step->dueAt.isValid())
        return;
    m_processingForm->setRowVisible(m_stepDeadline, true);
    if (now > step->dueAt) {
        m_stepDeadline->setText(tr("%1 — behind schedule").arg(DossierText::dateTime(step->dueAt)));
        m_stepDeadline->setStyleSheet(
            QStringLiteral("color: %1; font-weight: bold;")
                .arg(DeadlineState::textColour(DeadlineState::Kind::Overdue).name()));
    } else {
        m_stepDeadline->setText(DossierText::dateTime(step->dueAt));
    }
}

void DossierView::fillComponents()
{
    m_components->setRowCount(0);
    const auto center = Qt::AlignCenter;
    int row = 0;
    for (const ReceivedComponent& c : m_dossier.components) {
        m_components->insertRow(row);
        m_components->setItem(row, 0, item(QString::number(row + 1), center));
        m_components->setItem(row, 1, item(c.name));
        m_components->setItem(row, 2, item(QString::number(c.originals), center));
        m_components->setItem(row, 3, item(QString::number(c.certifiedCopies), center));
        m_components->setItem(row, 4, item(QString::number(c.photocopies), center));
        const QString files = filesText(c.componentId);
        const bool digitised = c.digitised || !files.isEmpty();
        QString scanned = c.reused ? tr("reused") : (digitised ? tr("yes") : tr("no"));
        m_components->setItem(row, 5, item(scanned, center));
        QTableWidgetItem* filesItem = item(files, center);
        filesItem->setData(Qt::UserRole, c.componentId);
        m_components->setItem(row, 6, filesItem);
        QString note = c.note;
        if (!c.received)
            note = note.isEmpty() ? tr("not received") : tr("not received; %1").arg(note);
        m_components->setItem(row, 7, item(note));
        ++row;
    }
}

void DossierView::fillFees()
{
    m_fees->setRowCount(0);
    int row = 0;
    for (const FeeLine& f : m_dossier.fees) {
        m_fees->insertRow(row);
        m_fees->setItem(row, 0, item(f.name));
        m_fees->setItem(row, 1,
                        item(DossierText::money(f.amountVnd), Qt::AlignRight | Qt::AlignVCenter));
        m_fees->setItem(row, 2, item(DossierText::feeCollection(f.collection)));
        const bool due =
            f.amountVnd > 0 && !f.isPaid() &&
            (f.collection == FeeCollection::AtIntake || f.collection == FeeCollection::AtReturn);
        QTableWidgetItem* paid = item(f.isPaid() ? tr("paid") : (due ? tr("unpaid") : QString()));
        if (due) {
            paid->setForeground(QColor(0xc6, 0x28, 0x28));
            QFont bold = paid->font();
            bold.setBold(true);
            paid->setFont(bold);
        }
        m_fees->setItem(row, 3, paid);
        m_fees->setItem(row, 4, item(DossierText::paymentMethod(f.method)));
        m_fees->setItem(row, 5, item(f.receiptNumber));
        m_fees->setItem(row, 6, item(DossierText::dateTime(f.paidAt)));
        ++row;
    }
}

void DossierView::setWorkstation(Workstation* workstation)
{
    if (m_workstation)
        disconnect(m_workstation, nullptr, this, nullptr);
    m_workstation = workstation;
    m_fetchedCode.clear();
    m_scanButton->setVisible(workstation != nullptr);
    m_attachButton->setVisible(workstation != nullptr);
    if (workstation) {
        connect(workstation, &Workstation::attachmentsChanged, this, [this](const QString& code) {
            if (m_hasDossier && code == m_dossier.code)
                fillComponents();
        });
    }
    if (m_hasDossier)
        setDossier(m_dossier);
}

QString DossierView::filesText(int componentId) const
{
    if (!m_workstation || !m_hasDossier)
        return {};
    int files = 0;
    int waiting = 0;
    for (const AttachmentInfo& a : m_workstation->attachments(m_dossier.code)) {
        if (a.componentId != componentId)
            continue;
        ++files;
        if (!a.onServer)
            ++waiting;
    }
    if (files == 0)
        return {};
    return waiting > 0 ? tr("%1 (%2 waiting to be sent)").arg(files).arg(waiting)
                       : QString::number(files);
}

ScanIntoDossierDialog* DossierView::openScanDialog()
{
    if (!m_workstation || !m_hasDossier)
        return nullptr;
    auto* dialog = new ScanIntoDossierDialog(*m_workstation, m_dossier, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The component picked in the table is the one the clerk means.
    const int row = m_components->currentRow();
    if (row >= 0 && m_components->item(row, 6))
        dialog->selectComponent(m_components->item(row, 6)->data(Qt::UserRole).toInt());
    return dialog;
}

Expected<QString> DossierView::attachFile(const QString& path, int componentId)
{
    if (!m_workstation || !m_hasDossier)
        return Error{QStringLiteral("dossier.attach_no_dossier"), tr("No dossier is open."), {}};
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("dossier.attach_unreadable"),
                     tr("Cannot read %1: %2").arg(QFileInfo(path).fileName(), f.errorString()),
                     path};
    const QByteArray bytes = f.readAll();
    // By content, as the server checks it: a renamed file is refused here, not after upload.
    if (sniffFileType(bytes) == FileType::Unknown)
        return Error{QStringLiteral("dossier.attach_type"),
                     tr("%1 is not a PDF, PNG, JPEG or TIFF file.").arg(QFileInfo(path).fileName()),
                     path};
    QString error;
    const QString id = m_workstation->attachDocument(m_dossier.code, componentId, bytes,
                                                     QFileInfo(path).fileName(), &error);
    if (id.isEmpty())
        return Error{QStringLiteral("dossier.attach_failed"), error, path};
    fillComponents();
    return id;
}

void DossierView::attachFromDisk()
{
    if (!m_workstation || !m_hasDossier)
        return;
    QStringList names;
    QList<int> ids;
    int preselected = 0;
    const int row = m_components->currentRow();
    const int selectedId = row >= 0 && m_components->item(row, 6)
                               ? m_components->item(row, 6)->data(Qt::UserRole).toInt()
                               : 0;
    for (const ReceivedComponent& c : m_dossier.components) {
        if (!c.received)
            continue;
        if (c.componentId == selectedId)
            preselected = int(ids.size());
        names << c.name;
        ids << c.componentId;
    }
    if (ids.isEmpty())
        return;
    bool ok = false;
    const QString chosen =
        QInputDialog::getItem(this, tr("Attach file"),
                              tr("Attach the file to which component of %1?").arg(m_dossier.code),
                              names, preselected, false, &ok);
    if (!ok)
        return;
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Attach file to %1").arg(chosen), QString(),
                                     tr("Scanned papers (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)"));
    if (path.isEmpty())
        return;
    const auto result = attachFile(path, ids.at(int(names.indexOf(chosen))));
    if (!result)
        QMessageBox::warning(this, tr("Attach file"), result.error().message);
}

} // namespace motcua::client
