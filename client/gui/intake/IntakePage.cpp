#include "gui/intake/IntakePage.h"

#include "calendar/DeadlineCalculator.h"
#include "core/VnTime.h"
#include "core/api/ProblemText.h"
#include "gui/dossier/DossierText.h"
#include "gui/intake/BlankFormsDialog.h"
#include "gui/intake/CaseSummary.h"
#include "gui/intake/ComponentChecklistModel.h"
#include "gui/intake/IntakeDraft.h"
#include "gui/intake/LastReceivedBar.h"
#include "gui/intake/PersonFields.h"
#include "gui/intake/ProcedureListModel.h"
#include "workflow/IntakeBuilder.h"

#include <algorithm>

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace motcua::client {

IntakePage::IntakePage(IntakeBackend* backend, QWidget* parent)
    : QWidget(parent)
    , m_backend(backend)
    , m_procedures(new ProcedureListModel(this))
    , m_components(new ComponentChecklistModel(this))
{
    buildUi();
    m_draftTimer.setSingleShot(true);
    m_draftTimer.setInterval(300);
    connect(&m_draftTimer, &QTimer::timeout, this, &IntakePage::saveDraftNow);
    // The appointment moves as the clock passes the cut-off or the end of the day.
    m_clockTimer.setInterval(30000);
    connect(&m_clockTimer, &QTimer::timeout, this, &IntakePage::updateAppointment);
    m_clockTimer.start();
    reloadCatalogue();
    updateAppointment();
}

void IntakePage::buildUi()
{
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(6, 6, 6, 6);
    // Above the form, not in its scrolled outcome box: after Accept the form is cleared and the
    // focus goes back to the procedure search, so this is where the clerk looks.
    m_lastReceived = new LastReceivedBar(this);
    outer->addWidget(m_lastReceived);
    outer->addWidget(splitter, 1);

    // Left: the procedure.
    auto* left = new QWidget(splitter);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_search = new QLineEdit(left);
    m_search->setObjectName(QStringLiteral("procedureSearch"));
    m_search->setPlaceholderText(tr("Procedure: name, code or field…"));
    m_search->setClearButtonEnabled(true);
    m_list = new QListView(left);
    m_list->setObjectName(QStringLiteral("procedureList"));
    m_list->setModel(m_procedures);
    m_list->setWordWrap(true);
    m_procedureInfo = new QLabel(left);
    m_procedureInfo->setWordWrap(true);
    m_procedureInfo->setTextFormat(Qt::RichText);
    m_procedureInfo->setMinimumHeight(80);
    // The case (trường hợp) right under the procedure: shown only when there is a choice.
    m_case = new QComboBox(left);
    m_case->setObjectName(QStringLiteral("procedureCase"));
    m_case->setPlaceholderText(tr("Choose the case…"));
    m_case->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_caseLabel = new QLabel(tr("<b>Case</b>"), left);
    m_caseLabel->setBuddy(m_case);
    leftLayout->addWidget(new QLabel(tr("<b>1. Procedure</b> (Ctrl+F)"), left));
    leftLayout->addWidget(m_search);
    leftLayout->addWidget(m_list, 1);
    leftLayout->addWidget(m_caseLabel);
    leftLayout->addWidget(m_case);
    leftLayout->addWidget(m_procedureInfo);
    m_caseLabel->hide();
    m_case->hide();

    // Right: the applicant, the papers, the outcome.
    auto* scroll = new QScrollArea(splitter);
    m_scroll = scroll;
    scroll->setWidgetResizable(true);
    auto* right = new QWidget(scroll);
    scroll->setWidget(right);
    auto* rightLayout = new QVBoxLayout(right);

    m_appointmentLabel = new QLabel(right);
    m_appointmentLabel->setObjectName(QStringLiteral("appointment"));
    m_appointmentLabel->setStyleSheet(
        QStringLiteral("QLabel { font-size: 13pt; font-weight: bold; color: #0d47a1; }"));
    rightLayout->addWidget(m_appointmentLabel);

    auto* applicant = new QGroupBox(tr("2. Applicant"), right);
    auto* applicantLayout = new QVBoxLayout(applicant);
    auto* typeRow = new QFormLayout;
    m_applicantType = new QComboBox(applicant);
    m_applicantType->setObjectName(QStringLiteral("applicantType"));
    m_applicantType->addItem(tr("Citizen"), int(ApplicantType::Citizen));
    m_applicantType->addItem(tr("Business"), int(ApplicantType::Business));
    m_applicantType->addItem(tr("State agency"), int(ApplicantType::Agency));
    m_applicantType->addItem(tr("Other organisation"), int(ApplicantType::Organisation));
    m_channel = new QComboBox(applicant);
    m_channel->addItem(tr("In person"), int(Channel::Direct));
    m_channel->addItem(tr("Public postal service"), int(Channel::Post));
    m_channel->addItem(tr("Online"), int(Channel::Online));
    typeRow->addRow(tr("Applicant type"), m_applicantType);
    typeRow->addRow(tr("Channel"), m_channel);
    applicantLayout->addLayout(typeRow);
    auto* ownerRow = new QHBoxLayout;
    ownerRow->addWidget(new QLabel(tr("<b>Owner of the dossier</b>"), applicant), 1);
    m_idCardCamera = new QPushButton(tr("Read ID card with camera…"), applicant);
    m_idCardCamera->setObjectName(QStringLiteral("readIdCardWithCameraButton"));
    m_idCardCamera->setToolTip(
        tr("Fill the applicant from the QR code of a chip-based citizen ID card, read with the "
           "webcam"));
    m_idCardCamera->setAutoDefault(false);
    ownerRow->addWidget(m_idCardCamera);
    applicantLayout->addLayout(ownerRow);
    m_owner = new PersonFields(true, applicant);
    m_owner->setObjectName(QStringLiteral("owner"));
    applicantLayout->addWidget(m_owner);
    m_submitterIsOwner = new QCheckBox(tr("The owner submits in person"), applicant);
    m_submitterIsOwner->setChecked(true);
    applicantLayout->addWidget(m_submitterIsOwner);
    m_submitter = new PersonFields(true, applicant);
    m_submitter->setObjectName(QStringLiteral("submitter"));
    m_submitter->setVisible(false);
    applicantLayout->addWidget(m_submitter);
    m_hasRepresentative = new QCheckBox(tr("An authorised representative"), applicant);
    applicantLayout->addWidget(m_hasRepresentative);
    m_representative = new PersonFields(true, applicant);
    m_representative->setObjectName(QStringLiteral("representative"));
    m_representative->setVisible(false);
    applicantLayout->addWidget(m_representative);
    rightLayout->addWidget(applicant);

    auto* papers = new QGroupBox(tr("3. Papers (* required)"), right);
    auto* papersLayout = new QVBoxLayout(papers);
    m_table = new QTableView(papers);
    m_table->setObjectName(QStringLiteral("components"));
    m_table->setModel(m_components);
    m_table->horizontalHeader()->setSectionResizeMode(ComponentChecklistModel::Name,
                                                      QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(ComponentChecklistModel::Note,
                                                      QHeaderView::Stretch);
    for (int c :
         {int(ComponentChecklistModel::Received), int(ComponentChecklistModel::Originals),
          int(ComponentChecklistModel::CertifiedCopies), int(ComponentChecklistModel::Photocopies)})
        m_table->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->setVisible(false);
    // Paper names are long sentences: wrap them and let each row take the height it needs.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setWordWrap(true);
    m_table->setMinimumHeight(240);
    m_table->setEditTriggers(QAbstractItemView::AllEditTriggers);
    papersLayout->addWidget(m_table);
    auto* setsRow = new QFormLayout;
    m_sets = new QSpinBox(papers);
    m_sets->setRange(1, 20);
    setsRow->addRow(tr("Number of sets"), m_sets);
    auto* setsLine = new QHBoxLayout;
    setsLine->addLayout(setsRow);
    setsLine->addStretch(1);
    // The forms a citizen who came without them fills in (printed or copied for them).
    m_blankForms = new QPushButton(tr("Blank forms… (Ctrl+M)"), papers);
    m_blankForms->setObjectName(QStringLiteral("blankFormsButton"));
    m_blankForms->setEnabled(false);
    setsLine->addWidget(m_blankForms);
    papersLayout->addLayout(setsLine);
    rightLayout->addWidget(papers);

    auto* outcome = new QGroupBox(tr("4. Outcome"), right);
    auto* outcomeLayout = new QVBoxLayout(outcome);
    m_reason = new QPlainTextEdit(outcome);
    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->setPlaceholderText(
        tr("Reason (required to refuse; printed on the guidance slip as well)"));
    m_reason->setTabChangesFocus(true);
    m_reason->setMaximumHeight(60);
    outcomeLayout->addWidget(m_reason);
    m_problems = new QLabel(outcome);
    m_problems->setObjectName(QStringLiteral("problems"));
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("QLabel { color: #b71c1c; }"));
    m_problems->setVisible(false);
    outcomeLayout->addWidget(m_problems);
    auto* buttons = new QHBoxLayout;
    m_accept = new QPushButton(tr("Accept (F9)"), outcome);
    m_accept->setObjectName(QStringLiteral("accept"));
    m_accept->setStyleSheet(QStringLiteral("QPushButton { font-weight: bold; }"));
    m_guide = new QPushButton(tr("Guide to complete (F10)"), outcome);
    m_guide->setObjectName(QStringLiteral("guide"));
    m_refuse = new QPushButton(tr("Refuse (F11)"), outcome);
    m_refuse->setObjectName(QStringLiteral("refuse"));
    buttons->addWidget(m_accept);
    buttons->addWidget(m_guide);
    buttons->addWidget(m_refuse);
    outcomeLayout->addLayout(buttons);
    m_result = new QLabel(outcome);
    m_result->setObjectName(QStringLiteral("result"));
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::PlainText); // names, also from an ID card's code: never markup
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    outcomeLayout->addWidget(m_result);
    rightLayout->addWidget(outcome);
    rightLayout->addStretch(1);

    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);

    // Keyboard: the three outcomes, the procedure search, Enter moves on.
    auto shortcut = [this](const QKeySequence& k, void (IntakePage::*slot)()) {
        auto* s = new QShortcut(k, this);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, this, slot);
    };
    shortcut(QKeySequence(Qt::Key_F9), &IntakePage::accept);
    shortcut(QKeySequence(Qt::Key_F10), &IntakePage::guide);
    shortcut(QKeySequence(Qt::Key_F11), &IntakePage::refuse);
    auto* find = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_F), this);
    find->setContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_M), &IntakePage::showBlankForms);
    connect(m_blankForms, &QPushButton::clicked, this, &IntakePage::showBlankForms);
    connect(m_accept, &QPushButton::clicked, this, &IntakePage::accept);
    connect(m_idCardCamera, &QPushButton::clicked, this, &IntakePage::idCardCameraRequested);
    connect(m_guide, &QPushButton::clicked, this, &IntakePage::guide);
    connect(m_refuse, &QPushButton::clicked, this, &IntakePage::refuse);

    m_search->installEventFilter(this);
    for (PersonFields* p : {m_owner, m_submitter, m_representative}) {
        for (QWidget* w : p->focusChain())
            w->installEventFilter(this);
        connect(p, &PersonFields::changed, this, &IntakePage::scheduleDraft);
    }
    QList<QWidget*> chain{m_search, m_list, m_case, m_applicantType, m_channel};
    chain << m_owner->focusChain() << m_submitterIsOwner << m_submitter->focusChain()
          << m_hasRepresentative << m_representative->focusChain() << m_table << m_sets << m_reason
          << m_accept << m_guide << m_refuse;
    for (int i = 0; i + 1 < chain.size(); ++i)
        setTabOrder(chain.at(i), chain.at(i + 1));

    // Typing a procedure starts the next intake (clearForm's own clearing is no edit).
    connect(m_search, &QLineEdit::textEdited, m_lastReceived, &LastReceivedBar::markStale);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_procedures->setFilter(text);
        if (m_procedures->rowCount() > 0)
            m_list->setCurrentIndex(m_procedures->index(0));
    });
    connect(m_list, &QListView::activated, this,
            [this](const QModelIndex& i) { selectProcedure(i.row()); });
    connect(m_list, &QListView::clicked, this,
            [this](const QModelIndex& i) { selectProcedure(i.row()); });
    connect(m_applicantType, &QComboBox::currentIndexChanged, this, [this] {
        updateApplicantType();
        scheduleDraft();
    });
    connect(m_channel, &QComboBox::currentIndexChanged, this, [this] {
        showCase(); // the time and fees may differ per channel
        scheduleDraft();
    });
    connect(m_case, &QComboBox::currentIndexChanged, this, [this] {
        // Papers the cases share stay as the clerk checked them (matched by id).
        const QList<IntakeComponent> checked = m_components->rows();
        applyCase();
        m_components->setRows(checked);
        scheduleDraft();
    });
    // Picked from the list the procedure opened: on to the applicant, keyboard first.
    connect(m_case, &QComboBox::activated, this, [this] { m_applicantType->setFocus(); });
    connect(m_submitterIsOwner, &QCheckBox::toggled, this, [this](bool owner) {
        m_submitter->setVisible(!owner);
        scheduleDraft();
    });
    connect(m_hasRepresentative, &QCheckBox::toggled, this, [this](bool has) {
        m_representative->setVisible(has);
        scheduleDraft();
    });
    connect(m_components, &QAbstractItemModel::dataChanged, this, &IntakePage::scheduleDraft);
    connect(m_sets, &QSpinBox::valueChanged, this, &IntakePage::scheduleDraft);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &IntakePage::scheduleDraft);
}

bool IntakePage::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    auto* key = static_cast<QKeyEvent*>(event);
    if (watched == m_search) {
        const int rows = m_procedures->rowCount();
        const int row = m_list->currentIndex().isValid() ? m_list->currentIndex().row() : -1;
        if (key->key() == Qt::Key_Down || key->key() == Qt::Key_Up) {
            if (rows > 0) {
                const int next =
                    std::clamp(row + (key->key() == Qt::Key_Down ? 1 : -1), 0, rows - 1);
                m_list->setCurrentIndex(m_procedures->index(next));
            }
            return true;
        }
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            if (rows > 0) {
                selectProcedure(row >= 0 ? row : 0);
                const Procedure* p = currentProcedure();
                if (p && p->hasCaseChoice() && m_case->currentIndex() < 0) {
                    m_case->setFocus();
                    m_case->showPopup();
                } else {
                    m_applicantType->setFocus();
                }
            }
            return true;
        }
        return false;
    }
    // In the applicant's fields Enter moves on, as Tab does.
    if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
        key->modifiers() == Qt::NoModifier && qobject_cast<QLineEdit*>(watched)) {
        focusNextChild();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void IntakePage::reloadCatalogue()
{
    m_procedures->setCatalogue(m_backend->procedures(), m_backend->fields());
    m_procedures->setRecent(m_backend->recentProcedures());
    if (!m_procedureCode.isEmpty()) {
        const int row = m_procedures->rowOf(m_procedureCode);
        if (row >= 0)
            m_list->setCurrentIndex(m_procedures->index(row));
        // The catalogue may have turned over (a version in force from today, a sync): the
        // procedure's cases, papers, time and fees are read again, the chosen case kept by its
        // id when the new version still has it. A procedure no longer in force is let go.
        const int chosen = m_case->currentIndex() >= 0 ? m_case->currentData().toInt() : 0;
        m_procedureCode.clear(); // applyProcedure() compares nothing: it rebuilds
        applyProcedure(m_procedures->procedureAt(row));
        if (const int i = chosen ? m_case->findData(chosen) : -1; i >= 0)
            m_case->setCurrentIndex(i);
    }
}

const Procedure* IntakePage::currentProcedure() const
{
    if (m_procedureCode.isEmpty())
        return nullptr;
    const int row = m_procedures->rowOf(m_procedureCode);
    return m_procedures->procedureAt(row);
}

void IntakePage::selectProcedure(int row)
{
    const Procedure* p = m_procedures->procedureAt(row);
    if (!p || p->nationalCode == m_procedureCode)
        return;
    m_list->setCurrentIndex(m_procedures->index(row));
    applyProcedure(p);
    scheduleDraft();
}

void IntakePage::applyProcedure(const Procedure* p)
{
    m_procedureCode = p ? p->nationalCode : QString();
    {
        const QSignalBlocker block(m_case);
        m_case->clear();
        if (p && p->hasCaseChoice()) {
            for (const ProcedureCase& c : p->cases) {
                m_case->addItem(c.name, c.id);
                m_case->setItemData(m_case->count() - 1, c.name, Qt::ToolTipRole); // long names
            }
            m_case->setCurrentIndex(-1); // the clerk chooses: fees and papers depend on it
        }
    }
    const bool choice = p && p->hasCaseChoice();
    m_case->setVisible(choice);
    m_caseLabel->setVisible(choice);
    applyCase();
}

std::optional<ProcedureCase> IntakePage::currentCase() const
{
    const Procedure* p = currentProcedure();
    if (!p)
        return std::nullopt;
    if (!p->hasCaseChoice())
        return p->caseFor(0);
    if (m_case->currentIndex() < 0)
        return std::nullopt;
    return p->caseFor(m_case->currentData().toInt());
}

void IntakePage::applyCase()
{
    const std::optional<ProcedureCase> c = currentCase();
    m_components->setRequirements(c ? c->components : QList<ComponentRequirement>{});
    const QList<ComponentRequirement>& papers = m_components->requirements();
    m_blankForms->setEnabled(std::any_of(papers.begin(), papers.end(),
                                         [](const auto& r) { return !r.formSha256.isEmpty(); }));
    showCase();
}

void IntakePage::showBlankForms()
{
    if (!m_blankForms->isEnabled())
        return;
    delete m_formsDialog; // the previous case's
    m_formsDialog = new BlankFormsDialog(m_components->requirements(), *m_backend, this);
    m_formsDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_formsDialog->open();
}

void IntakePage::showCase()
{
    const Procedure* p = currentProcedure();
    const std::optional<ProcedureCase> c = currentCase();
    if (p)
        m_procedureInfo->setText(
            CaseSummary::html(*p, c ? &*c : nullptr, Channel(m_channel->currentData().toInt())));
    else
        m_procedureInfo->clear();
    updateAppointment();
}

void IntakePage::updateAppointment()
{
    const Procedure* p = currentProcedure();
    const std::optional<ProcedureCase> c = currentCase();
    if (!p || !c) {
        m_appointment = {};
        m_appointmentLabel->setText(p ? tr("Choose the case to see the appointment date.")
                                      : tr("Choose a procedure to see the appointment date."));
        return;
    }
    const DeadlineCalculator deadlines(m_backend->calendar());
    const Duration time =
        c->needsAppointment ? c->timeFor(Channel(m_channel->currentData().toInt())) : Duration{};
    const auto due = deadlines.dueAt(m_backend->now(), time);
    if (!due) {
        m_appointment = {};
        m_appointmentLabel->setText(ProblemText::message(due.error().code));
        return;
    }
    m_appointment = *due;
    const QDate day = vntime::civilDate(*due);
    m_appointmentLabel->setText(tr("Appointment if accepted now: %1 %2, %3")
                                    .arg(vntime::civilTime(*due).toString(QStringLiteral("HH:mm")),
                                         QLocale().dayName(day.dayOfWeek()),
                                         day.toString(QStringLiteral("dd/MM/yyyy"))));
}

void IntakePage::updateApplicantType()
{
    const auto type = ApplicantType(m_applicantType->currentData().toInt());
    m_owner->setIdKind(type == ApplicantType::Citizen ? PersonFields::IdKind::Personal
                                                      : PersonFields::IdKind::TaxCode);
}

IntakeRequest IntakePage::request() const
{
    IntakeRequest r;
    r.procedureCode = m_procedureCode;
    if (const auto c = currentCase())
        r.caseId = c->id;
    r.channel = Channel(m_channel->currentData().toInt());
    r.applicantType = ApplicantType(m_applicantType->currentData().toInt());
    r.owner = m_owner->person();
    if (!m_submitterIsOwner->isChecked())
        r.submitter = m_submitter->person();
    if (m_hasRepresentative->isChecked())
        r.representative = m_representative->person();
    r.components = m_components->received();
    r.sets = m_sets->value();
    return r;
}

QString IntakePage::reason() const
{
    return m_reason->toPlainText().trimmed();
}

QList<Error> IntakePage::localProblems(bool forAccept) const
{
    QList<Error> out;
    const Procedure* p = currentProcedure();
    if (!p) {
        out << Error{QStringLiteral("intake.procedure_required"), QString(),
                     QStringLiteral("procedureCode")};
        return out;
    }
    // Never received under a case the clerk did not choose: the fees and papers depend on it.
    if (!currentCase()) {
        out << Error{QStringLiteral("intake.case_required"), QString(), QStringLiteral("caseId")};
        return out;
    }
    if (forAccept)
        return IntakeBuilder::validate(request(), *p, vntime::civilDate(m_backend->now()));
    // Guidance and refusal still need to know who they are for.
    const Person owner = m_owner->person();
    if (owner.fullName.isEmpty())
        out << Error{QStringLiteral("intake.name_required"), QString(),
                     QStringLiteral("owner.fullName")};
    return out;
}

void IntakePage::accept()
{
    const QList<Error> problems = localProblems(true);
    if (!problems.isEmpty()) {
        showProblems(problems);
        return;
    }
    showProblems({});
    emit acceptRequested(request());
}

void IntakePage::guide()
{
    QList<Error> problems = localProblems(false);
    bool anythingToComplete = false;
    const QList<IntakeComponent> rows = m_components->rows();
    for (int i = 0; i < rows.size(); ++i) {
        if (!m_components->isReceived(i) || !rows.at(i).note.isEmpty())
            anythingToComplete = true;
    }
    if (!anythingToComplete && reason().isEmpty())
        problems << Error{QStringLiteral("intake.nothing_to_complete"), QString(),
                          QStringLiteral("components")};
    if (!problems.isEmpty()) {
        showProblems(problems);
        return;
    }
    showProblems({});
    IntakeRequest r = request();
    r.components = rows; // Mẫu 02 lists every paper, received or not, with its note
    emit guideRequested(r, reason());
}

void IntakePage::refuse()
{
    QList<Error> problems = localProblems(false);
    if (reason().isEmpty())
        problems << Error{QStringLiteral("intake.reason_required"), QString(),
                          QStringLiteral("comment")};
    if (!problems.isEmpty()) {
        showProblems(problems);
        if (reason().isEmpty())
            m_reason->setFocus();
        return;
    }
    showProblems({});
    emit refuseRequested(request(), reason());
}

void IntakePage::showProblems(const QList<Error>& problems)
{
    if (problems.isEmpty()) {
        m_problems->clear();
        m_problems->setVisible(false);
        return;
    }
    QStringList lines;
    for (const Error& e : problems) {
        const QString field = ProblemText::fieldLabel(e.path);
        QString line = ProblemText::message(e.code);
        if (e.code == QLatin1String("intake.missing_component")) {
            // Name the paper: the English detail quotes it, the catalogue has it in Vietnamese.
            const auto missing = m_components->missingMandatory();
            QStringList names;
            for (const auto& m : missing)
                names << m.name;
            line = tr("Required papers not received: %1. Guide the citizen to complete the "
                      "dossier (F10) instead.")
                       .arg(names.join(QStringLiteral("; ")));
            if (lines.contains(line))
                continue;
        }
        lines << (field.isEmpty() ? line : tr("%1: %2").arg(field, line));
    }
    lines.removeDuplicates();
    m_problems->setText(QStringLiteral("• ") + lines.join(QStringLiteral("\n• ")));
    m_problems->setVisible(true);
    m_scroll->ensureWidgetVisible(m_problems); // the clerk must see why, wherever they were
}

void IntakePage::fillFromIdCard(const Person& person)
{
    m_lastReceived->markStale(); // the next citizen's card
    const Person owner = m_owner->person();
    const bool ownerTaken = !owner.fullName.isEmpty() && owner.idNumber != person.idNumber;
    PersonFields* target = m_owner;
    if (ownerTaken) { // the owner is someone else: the card belongs to who submits
        m_submitterIsOwner->setChecked(false);
        target = m_submitter;
    }
    Person filled = target->person();
    filled.fullName = person.fullName;
    filled.idNumber = person.idNumber;
    filled.birthDate = person.birthDate;
    if (!person.address.isEmpty())
        filled.address = person.address;
    target->setPerson(filled);
    const QString who = target == m_owner ? tr("owner") : tr("submitter");
    m_result->setText(
        tr("Filled from the citizen ID card (%1): %2, %3, born %4. Check it with the citizen.")
            .arg(who, person.fullName, person.idNumber,
                 person.birthDate.toString(QStringLiteral("dd/MM/yyyy"))));
    scheduleDraft();
}

void IntakePage::showIdCardProblem(const QString& message)
{
    m_result->setText(tr("The ID card's code was not used: %1").arg(message));
}

void IntakePage::setBusy(bool busy)
{
    for (QPushButton* b : {m_accept, m_guide, m_refuse})
        b->setEnabled(!busy);
}

void IntakePage::showAccepted(const Dossier& dossier, bool offline)
{
    QString text = dossier.appointmentAt.isValid()
                       ? tr("Accepted: %1 — appointment %2.")
                             .arg(dossier.code, DossierText::dateTime(dossier.appointmentAt))
                       : tr("Accepted: %1 — no appointment.").arg(dossier.code);
    if (offline)
        text += u' ' + tr("Recorded on this workstation; it will be sent when the server is "
                          "reachable.");
    m_result->setText(text);
    m_lastReceived->showAccepted(dossier, offline);
    m_lastAccepted = dossier.code;
    m_backend->procedureUsed(dossier.procedureCode);
    clearForm();
    m_backend->clearDraft();
}

void IntakePage::showRecorded(const QString& message)
{
    m_result->setText(message);
    if (!m_procedureCode.isEmpty())
        m_backend->procedureUsed(m_procedureCode);
    clearForm();
    m_backend->clearDraft();
}

void IntakePage::clearForm()
{
    m_restoring = true;
    m_search->clear();
    applyProcedure(nullptr);
    m_applicantType->setCurrentIndex(0);
    m_channel->setCurrentIndex(0);
    m_owner->clear();
    m_submitter->clear();
    m_representative->clear();
    m_submitterIsOwner->setChecked(true);
    m_hasRepresentative->setChecked(false);
    m_sets->setValue(1);
    m_reason->clear();
    showProblems({});
    m_procedures->setRecent(m_backend->recentProcedures());
    m_restoring = false;
    m_draftTimer.stop();
    m_search->setFocus();
}

void IntakePage::scheduleDraft()
{
    if (!m_restoring)
        m_draftTimer.start();
}

void IntakePage::saveDraftNow()
{
    IntakeDraft d;
    d.request = request();
    d.request.owner = m_owner->person();
    d.request.submitter = m_submitter->person();
    d.request.representative = m_representative->person();
    d.request.components = m_components->rows();
    d.submitterIsOwner = m_submitterIsOwner->isChecked();
    d.hasRepresentative = m_hasRepresentative->isChecked();
    d.reason = m_reason->toPlainText();
    m_backend->saveDraft(d.toJson());
}

bool IntakePage::restoreDraft()
{
    const auto json = m_backend->draft();
    if (!json)
        return false;
    const auto d = IntakeDraft::fromJson(*json);
    if (!d)
        return false;
    m_restoring = true;
    const int row = m_procedures->rowOf(d->request.procedureCode);
    const Procedure* p = m_procedures->procedureAt(row);
    if (p) {
        m_list->setCurrentIndex(m_procedures->index(row));
        applyProcedure(p);
        if (p->hasCaseChoice())
            m_case->setCurrentIndex(m_case->findData(d->request.caseId)); // -1: not chosen yet
        applyCase();
        m_components->setRows(d->request.components);
    }
    m_applicantType->setCurrentIndex(
        std::max(0, m_applicantType->findData(int(d->request.applicantType))));
    m_channel->setCurrentIndex(std::max(0, m_channel->findData(int(d->request.channel))));
    m_owner->setPerson(d->request.owner);
    m_submitter->setPerson(d->request.submitter);
    m_representative->setPerson(d->request.representative);
    m_submitterIsOwner->setChecked(d->submitterIsOwner);
    m_hasRepresentative->setChecked(d->hasRepresentative);
    m_sets->setValue(d->request.sets);
    m_reason->setPlainText(d->reason);
    m_restoring = false;
    m_result->setText(tr("The unfinished intake was restored."));
    return true;
}

} // namespace motcua::client
