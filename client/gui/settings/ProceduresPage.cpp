#include "gui/settings/ProceduresPage.h"

#include "codec/JsonCodec.h"
#include "core/VnTime.h"
#include "core/api/ProblemText.h"
#include "core/api/ServerJson.h"
#include "core/sync/Workstation.h"
#include "gui/settings/CaseEditor.h"
#include "gui/settings/FormUploader.h"
#include "gui/settings/ImportPreviewDialog.h"
#include "gui/settings/ProcedureDiffView.h"
#include "gui/settings/ProcedureEditor.h"
#include "gui/settings/ProcedureVersionsModel.h"
#include "gui/settings/ServerCalls.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace motcua::client {

namespace {

QDate vietnamToday()
{
    return vntime::civilDate(vntime::now());
}

// A catalogue exported from MotCua (GET /catalogue/export) rather than national records.
bool isBundle(const QByteArray& bytes)
{
    const QJsonDocument doc = QJsonDocument::fromJson(bytes);
    return doc.isObject() && doc.object().value(QStringLiteral("format")).toString() ==
                                 QLatin1String("motcua-catalogue");
}

QString importPath(const QByteArray& bytes)
{
    return isBundle(bytes) ? QStringLiteral("/catalogue/import-bundle")
                           : QStringLiteral("/catalogue/import");
}

QString day(const QDate& d)
{
    return d.isValid() ? d.toString(QStringLiteral("dd/MM/yyyy")) : QString();
}

} // namespace

ProceduresPage::ProceduresPage(Workstation* workstation, QWidget* parent)
    : SettingsPage(parent)
    , m_ws(workstation)
    , m_model(new ProcedureVersionsModel(this))
    , m_editor(new ProcedureEditor(this))
    , m_calls(new ServerCalls(workstation, this))
    , m_forms(new FormUploader(m_calls, this))
{
    setObjectName(QStringLiteral("proceduresPage"));
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("procedureFilter"));
    m_filter->setPlaceholderText(tr("Procedure: name or code…"));
    m_filter->setClearButtonEnabled(true);
    m_field = new QComboBox(this);
    m_field->setObjectName(QStringLiteral("procedureFieldFilter"));
    m_state = new QComboBox(this);
    m_state->setObjectName(QStringLiteral("procedureStateFilter"));
    m_state->addItem(tr("Every state"), int(ProcedureVersionsModel::State::Any));
    m_state->addItem(tr("In force"), int(ProcedureVersionsModel::State::InForce));
    m_state->addItem(tr("With a draft"), int(ProcedureVersionsModel::State::Draft));
    m_state->addItem(tr("Scheduled for a later day"),
                     int(ProcedureVersionsModel::State::Scheduled));
    m_state->addItem(tr("Ended"), int(ProcedureVersionsModel::State::Ended));
    m_newButton = new QPushButton(tr("&New procedure"), this);
    m_importButton = new QPushButton(tr("&Import…"), this);
    m_importButton->setObjectName(QStringLiteral("importNational"));
    m_importButton->setToolTip(tr("Import procedures from a file of the national procedures "
                                  "database, or a catalogue exported from MotCua (JSON)"));
    m_exportButton = new QPushButton(tr("E&xport…"), this);
    m_exportButton->setObjectName(QStringLiteral("exportCatalogue"));
    m_exportButton->setToolTip(tr("Save the catalogue (every version, processes and fields) "
                                  "to a file, for another server or for safekeeping"));
    auto* filters = new QHBoxLayout;
    filters->addWidget(m_filter, 2);
    filters->addWidget(m_field, 1);
    filters->addWidget(m_state);
    filters->addWidget(m_newButton);
    filters->addWidget(m_importButton);
    filters->addWidget(m_exportButton);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("procedureTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ProcedureVersionsModel::Name, QHeaderView::Stretch);
    header->setSectionResizeMode(ProcedureVersionsModel::Field, QHeaderView::Interactive);
    header->resizeSection(ProcedureVersionsModel::Field, 150);
    m_table->setWordWrap(false);

    m_editing = new QLabel(this);
    m_editing->setObjectName(QStringLiteral("procedureEditing"));
    m_editing->setWordWrap(true);
    // Room for its two or three lines: a splitter's pane does not grow a wrapped label by itself.
    m_editing->setMinimumHeight(m_editing->fontMetrics().lineSpacing() * 3);
    m_editing->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_history = new QTreeWidget(this);
    m_history->setObjectName(QStringLiteral("versionHistory"));
    m_history->setHeaderLabels({tr("Version"), tr("State"), tr("From"), tr("To")});
    m_history->setRootIsDecorated(false);
    m_history->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_history->setMaximumHeight(110);
    m_day = new QDateEdit(this);
    m_day->setObjectName(QStringLiteral("publishDay"));
    m_day->setCalendarPopup(true);
    m_day->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_publish = new QPushButton(tr("&Publish the draft"), this);
    m_publish->setObjectName(QStringLiteral("publishDraft"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("procedureStatus"));
    m_status->setWordWrap(true);
    m_compare = new QPushButton(tr("Co&mpare…"), this);
    m_compare->setObjectName(QStringLiteral("compareVersions"));
    m_compare->setToolTip(tr("What changed: select one version (compared with the one before it) "
                             "or two"));
    m_correct = new QPushButton(tr("Co&rrect the published version…"), this);
    m_correct->setObjectName(QStringLiteral("correctVersion"));
    m_correct->setToolTip(tr("Changes what the version in force says, without a new version "
                             "(recorded with its reason)"));
    m_end = new QPushButton(tr("&End day…"), this);
    m_end->setObjectName(QStringLiteral("endVersion"));
    auto* changeRow = new QHBoxLayout;
    changeRow->addWidget(m_correct);
    changeRow->addWidget(m_end);
    changeRow->addStretch(1);
    auto* publishRow = new QHBoxLayout;
    publishRow->addWidget(new QLabel(tr("Takes effect on"), this));
    publishRow->addWidget(m_day);
    publishRow->addWidget(m_publish);
    publishRow->addStretch(1);
    publishRow->addWidget(m_compare);

    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_editing);
    rightLayout->addWidget(m_editor);
    auto* versions = new QGroupBox(tr("Versions"), right);
    auto* versionsLayout = new QVBoxLayout(versions);
    versionsLayout->addWidget(m_history);
    versionsLayout->addLayout(publishRow);
    versionsLayout->addLayout(changeRow);
    rightLayout->addWidget(versions);
    rightLayout->addWidget(m_status);
    rightLayout->addStretch(1);

    auto* split = new QSplitter(this);
    split->addWidget(m_table);
    split->addWidget(right);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({450, 500});
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addLayout(filters);
    outer->addWidget(split, 1);

    connect(m_calls, &ServerCalls::changed, this, &ProceduresPage::updateControls);
    connect(m_filter, &QLineEdit::textChanged, this, &ProceduresPage::applyFilter);
    connect(m_field, &QComboBox::activated, this, &ProceduresPage::applyFilter);
    connect(m_state, &QComboBox::activated, this, &ProceduresPage::applyFilter);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                const QString code = m_model->codeAt(current.row());
                if (code.isEmpty() || (code == m_code && !m_new))
                    return;
                m_code = code;
                m_new = false;
                showSelected();
            });
    connect(m_editor, &ProcedureEditor::changed, this, &ProceduresPage::updateControls);
    connect(m_forms, &FormUploader::status, m_status, &QLabel::setText);
    connect(m_editor->caseEditor(), &CaseEditor::attachFormRequested, this, [this](int row) {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Blank form of the paper"), {},
            tr("Forms (*.pdf *.docx *.doc *.odt *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)"));
        if (!path.isEmpty())
            attachForm(row, path);
    });
    connect(m_newButton, &QPushButton::clicked, this, &ProceduresPage::newProcedure);
    connect(m_importButton, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getOpenFileName(this, tr("Records of the national procedures database"),
                                         {}, tr("JSON files (*.json);;All files (*)"));
        if (!path.isEmpty())
            importFile(path);
    });
    connect(m_exportButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export the catalogue"),
            QStringLiteral("motcua-catalogue-%1.json").arg(vietnamToday().toString(Qt::ISODate)),
            tr("JSON files (*.json)"));
        if (!path.isEmpty())
            exportTo(path);
    });
    connect(m_publish, &QPushButton::clicked, this, [this] { publish(); });
    connect(m_compare, &QPushButton::clicked, this, &ProceduresPage::compareSelected);
    connect(m_correct, &QPushButton::clicked, this, &ProceduresPage::askCorrection);
    connect(m_end, &QPushButton::clicked, this, &ProceduresPage::askEndDay);
    connect(m_history, &QTreeWidget::itemSelectionChanged, this, &ProceduresPage::updateControls);
    updateControls();
}

QString ProceduresPage::title() const
{
    return tr("Procedures");
}

bool ProceduresPage::isModified() const
{
    return m_new || (!m_code.isEmpty() && m_editor->edited());
}

void ProceduresPage::reload()
{
    load({});
}

void ProceduresPage::load(const QString& doneMessage)
{
    m_status->setText(tr("Loading the procedures…"));
    m_calls->call(
        "GET", QStringLiteral("/procedure-versions"), {}, [this, doneMessage](const ApiResult& r) {
            if (!r.ok()) {
                m_status->setText(r.unreachable() ? ProblemText::message(QStringLiteral("network"))
                                                  : ProblemText::message(r.problemCode));
                return;
            }
            QList<Procedure> versions;
            int unread = 0;
            for (const QJsonValue& v : r.body.toArray()) {
                if (auto p = fromServer<Procedure>(v))
                    versions << *p;
                else
                    ++unread; // a newer server's value this version cannot show: said below
            }
            const QList<motcua::Field> fields = m_ws->store().fields();
            m_editor->setFields(fields);
            // A province-wide administrator says whose a procedure is; others' are their agency's.
            const auto user = m_ws->currentUser();
            m_editor->setAgencies(user && user->agencyId.isEmpty() ? m_ws->store().agencies()
                                                                   : QList<Agency>{});
            {
                const QSignalBlocker block(m_field);
                const QString chosen = m_field->currentData().toString();
                m_field->clear();
                m_field->addItem(tr("Every field"), QString());
                for (const motcua::Field& f : fields)
                    m_field->addItem(f.name, f.code);
                m_field->setCurrentIndex(std::max(0, m_field->findData(chosen)));
            }
            m_model->setVersions(versions, fields, vietnamToday());
            applyFilter();
            m_status->setText(unread
                                  ? tr("%n version(s) could not be read: update the application.",
                                       nullptr, unread)
                                  : doneMessage);
        });
}

void ProceduresPage::applyFilter()
{
    m_model->setFilter(m_filter->text(), m_field->currentData().toString(),
                       ProcedureVersionsModel::State(m_state->currentData().toInt()));
    const int row = m_model->rowOf(m_code);
    if (row >= 0) {
        const QSignalBlocker block(m_table->selectionModel());
        m_table->selectRow(row);
    }
    if (!m_new)
        showSelected();
}

bool ProceduresPage::select(const QString& code)
{
    const int row = m_model->rowOf(code);
    if (row < 0)
        return false;
    m_table->selectRow(row);
    m_code = code;
    m_new = false;
    showSelected();
    return true;
}

void ProceduresPage::showSelected()
{
    m_history->clear();
    const QList<Procedure> all = m_model->versionsOf(m_code);
    if (all.isEmpty()) {
        m_editor->setProcedure(Procedure{}, false);
        m_editing->setText(tr("Choose a procedure in the list."));
        updateControls();
        return;
    }
    const QDate today = m_model->today();
    for (const Procedure& v : all) {
        QString state;
        if (v.isDraft())
            state = tr("draft");
        else if (v.effectiveTo.isValid() && v.effectiveTo < v.effectiveFrom)
            state = tr("replaced before it took effect");
        else if (v.inForceOn(today))
            state = tr("in force");
        else if (v.effectiveFrom > today)
            state = tr("scheduled");
        else
            state = tr("ended");
        new QTreeWidgetItem(m_history, {QString::number(v.version), state, day(v.effectiveFrom),
                                        day(v.effectiveTo)});
    }
    const Procedure* draft = m_model->draft(m_code);
    const Procedure* now = m_model->inForce(m_code);
    const Procedure& base = draft ? *draft : now ? *now : all.constLast();
    m_editor->setProcedure(base, false);
    m_editing->setText(
        draft ? tr("Editing draft %1: Apply saves it; publish it to give it a day.")
                    .arg(draft->version)
              : tr("Version %1 is published and never changes: Apply saves your changes as a new "
                   "draft.")
                    .arg(base.version));
    updateControls();
}

void ProceduresPage::newProcedure()
{
    m_new = true;
    m_code.clear();
    m_table->clearSelection();
    m_history->clear();
    Procedure blank;
    blank.needsAppointment = true;
    m_editor->setProcedure(blank, true);
    m_editing->setText(tr("A new procedure: Apply keeps it as draft version 1."));
    m_editor->nationalCodeEdit()->setFocus();
    updateControls();
}

void ProceduresPage::apply()
{
    const Procedure p = m_editor->procedure();
    const QByteArray body =
        QJsonDocument(codec::toJson(p).toObject()).toJson(QJsonDocument::Compact);
    const Procedure* draft = m_new ? nullptr : m_model->draft(m_code);
    QString path = QStringLiteral("/procedures");
    QByteArray method = "POST";
    if (draft) {
        path = QStringLiteral("/procedures/%1/versions/%2").arg(m_code).arg(draft->version);
        method = "PUT";
    } else if (!m_new) {
        path = QStringLiteral("/procedures/%1/versions").arg(m_code);
    }
    m_status->setText(tr("Saving…"));
    m_calls->call(method, path, body, [this, code = p.nationalCode](const ApiResult& r) {
        if (!r.ok()) {
            refused(r, true);
            return;
        }
        const int version = r.body.toObject().value(QStringLiteral("version")).toInt();
        m_new = false;
        m_code = code;
        m_editor->showProblems({});
        load(tr("Saved as draft %1 of %2.").arg(version).arg(code));
        emit applyFinished(true);
    });
}

void ProceduresPage::publish(bool acceptWarnings)
{
    const Procedure* draft = m_model->draft(m_code);
    if (!draft || isModified())
        return;
    const QDate from = m_day->date();
    QJsonObject request{{QStringLiteral("effectiveFrom"), from.toString(Qt::ISODate)}};
    if (acceptWarnings)
        request.insert(QStringLiteral("acceptWarnings"), true);
    const QByteArray body = QJsonDocument(request).toJson(QJsonDocument::Compact);
    m_status->setText(tr("Publishing…"));
    m_calls->call(
        "POST",
        QStringLiteral("/procedures/%1/versions/%2/publish").arg(m_code).arg(draft->version), body,
        [this, version = draft->version, from](const ApiResult& r) {
            if (!r.ok() && !r.problems.isEmpty() &&
                std::all_of(r.problems.begin(), r.problems.end(), [](const QJsonValue& v) {
                    return v.toObject().value(QStringLiteral("code")).toString() ==
                           QLatin1String("workflow.path_exceeds_statutory");
                })) {
                // Only warnings: the administrator decides.
                QStringList ways;
                for (const QJsonValue& v : r.problems)
                    ways << v.toObject().value(QStringLiteral("detail")).toString();
                const bool yes =
                    m_warningAnswer >= 0
                        ? m_warningAnswer == 1
                        : QMessageBox::warning(
                              this, tr("Publish"),
                              tr("%n way(s) through the process take longer than the "
                                 "statutory time, so a dossier that uses every step's whole "
                                 "time would be late:\n\n%1\n\nPublish all the same?",
                                 nullptr, int(ways.size()))
                                  .arg(ways.join(QLatin1Char('\n'))),
                              QMessageBox::Yes | QMessageBox::No,
                              QMessageBox::No) == QMessageBox::Yes;
                if (yes) {
                    publish(true);
                    return;
                }
            }
            if (!r.ok()) {
                refused(r, false);
                return;
            }
            m_editor->showProblems({});
            load(tr("Version %1 takes effect on %2; the counters receive it then.")
                     .arg(version)
                     .arg(day(from)));
        });
}

bool ProceduresPage::compareSelected()
{
    QList<int> numbers;
    for (const QTreeWidgetItem* item : m_history->selectedItems())
        numbers << item->text(0).toInt();
    std::sort(numbers.begin(), numbers.end());
    if (numbers.size() == 1 && numbers.first() > 1)
        numbers.prepend(numbers.first() - 1);
    if (numbers.size() != 2)
        return false;
    const Procedure* before = nullptr;
    const Procedure* after = nullptr;
    const QList<Procedure> all = m_model->versionsOf(m_code);
    for (const Procedure& p : all) {
        if (p.version == numbers.first())
            before = &p;
        if (p.version == numbers.last())
            after = &p;
    }
    if (!before || !after)
        return false;
    if (!m_diffWindow) {
        m_diffWindow = new QDialog(this);
        m_diffWindow->resize(900, 420);
        m_diff = new ProcedureDiffView(m_diffWindow);
        auto* layout = new QVBoxLayout(m_diffWindow);
        layout->addWidget(m_diff);
    }
    m_diffWindow->setWindowTitle(
        tr("%1: version %2 → version %3").arg(m_code).arg(before->version).arg(after->version));
    m_diff->setChanges(ProcedureDiff::between(*before, *after));
    m_diffWindow->show();
    m_diffWindow->raise();
    return true;
}

const Procedure* ProceduresPage::selectedVersion() const
{
    const QList<QTreeWidgetItem*> chosen = m_history->selectedItems();
    if (chosen.size() != 1)
        return nullptr;
    return m_model->version(m_code, chosen.first()->text(0).toInt());
}

void ProceduresPage::askCorrection()
{
    bool ok = false;
    const QString reason = QInputDialog::getText(
        this, tr("Correct the published version"),
        tr("Why is the version in force corrected rather than replaced by a new version?"),
        QLineEdit::Normal, {}, &ok);
    if (ok)
        correctShown(reason);
}

void ProceduresPage::askEndDay()
{
    const Procedure* v = selectedVersion();
    if (!v)
        return;
    QDialog ask(this);
    ask.setWindowTitle(tr("End day of version %1").arg(v->version));
    auto* day = new QDateEdit(&ask);
    day->setCalendarPopup(true);
    day->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    day->setDate(v->effectiveTo.isValid() ? v->effectiveTo : vietnamToday());
    auto* none = new QCheckBox(tr("No end day (in force until further notice)"), &ask);
    none->setChecked(!v->effectiveTo.isValid());
    auto* reason = new QLineEdit(&ask);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &ask);
    auto* form = new QFormLayout(&ask);
    form->addRow(tr("Last day in force"), day);
    form->addRow(none);
    form->addRow(tr("Reason"), reason);
    form->addRow(buttons);
    connect(none, &QCheckBox::toggled, day, &QWidget::setDisabled);
    day->setDisabled(none->isChecked());
    connect(buttons, &QDialogButtonBox::accepted, &ask, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &ask, &QDialog::reject);
    if (ask.exec() == QDialog::Accepted)
        endSelected(none->isChecked() ? QDate() : day->date(), reason->text());
}

void ProceduresPage::correctShown(const QString& reason)
{
    const Procedure* shown = m_model->draft(m_code) ? nullptr : m_model->inForce(m_code);
    if (!shown || m_new)
        return;
    const QJsonObject body{{QStringLiteral("procedure"), codec::toJson(m_editor->procedure())},
                           {QStringLiteral("reason"), reason}};
    m_status->setText(tr("Correcting…"));
    m_calls->call(
        "POST",
        QStringLiteral("/procedures/%1/versions/%2/correct").arg(m_code).arg(shown->version),
        QJsonDocument(body).toJson(QJsonDocument::Compact),
        [this, version = shown->version](const ApiResult& r) {
            if (!r.ok()) {
                refused(r, false);
                return;
            }
            m_editor->showProblems({});
            load(tr("Version %1 corrected; the reason is in the audit log.").arg(version));
        });
}

void ProceduresPage::endSelected(const QDate& to, const QString& reason)
{
    const Procedure* v = selectedVersion();
    if (!v)
        return;
    const QJsonObject body{
        {QStringLiteral("effectiveTo"),
         to.isValid() ? QJsonValue(to.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("reason"), reason}};
    m_status->setText(tr("Saving the end day…"));
    m_calls->call(
        "PUT", QStringLiteral("/procedures/%1/versions/%2/end").arg(m_code).arg(v->version),
        QJsonDocument(body).toJson(QJsonDocument::Compact),
        [this, version = v->version, to](const ApiResult& r) {
            if (!r.ok()) {
                refused(r, false);
                return;
            }
            m_editor->showProblems({});
            load(to.isValid() ? tr("Version %1 is in force until %2.").arg(version).arg(day(to))
                              : tr("Version %1 has no end day.").arg(version));
        });
}

void ProceduresPage::attachForm(int row, const QString& path)
{
    // The upload takes a while: the form goes to the paper it was chosen for, or to none when the
    // administrator has meanwhile moved to another procedure, case or row.
    const auto where = [this, row] {
        const QTableWidgetItem* paper = m_editor->caseEditor()->papers()->item(row, 0);
        return QStringList{m_code, QString::number(m_editor->caseList()->currentRow()),
                           paper ? paper->text() : QString()};
    };
    m_forms->upload(
        path, [this, row, where, chosen = where()](const QString& sha256, const QString& name) {
            if (where() != chosen) {
                m_status->setText(tr("%1 was uploaded, but its paper is no longer shown: attach it "
                                     "again to the paper.")
                                      .arg(name));
                return;
            }
            m_editor->caseEditor()->setForm(row, sha256, name);
        });
}

void ProceduresPage::exportTo(const QString& path)
{
    m_status->setText(tr("Exporting the catalogue…"));
    m_calls->call("GET", QStringLiteral("/catalogue/export"), {}, [this, path](const ApiResult& r) {
        if (!r.ok()) {
            refused(r, false);
            return;
        }
        QSaveFile file(path); // all or nothing: never half a catalogue
        const QJsonObject bundle = r.body.toObject();
        if (!file.open(QIODevice::WriteOnly) ||
            file.write(QJsonDocument(bundle).toJson(QJsonDocument::Indented)) < 0 ||
            !file.commit()) {
            m_status->setText(tr("The file cannot be written: %1").arg(file.errorString()));
            return;
        }
        m_status->setText(tr("%n procedure(s) exported to %1.", nullptr,
                             int(bundle.value(QStringLiteral("procedures")).toArray().size()))
                              .arg(QDir::toNativeSeparators(path)));
    });
}

void ProceduresPage::importFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_status->setText(tr("The file cannot be read: %1").arg(file.errorString()));
        return;
    }
    m_importBytes = file.readAll();
    m_status->setText(tr("Reading the records…"));
    m_calls->call("POST", importPath(m_importBytes), m_importBytes, [this](const ApiResult& r) {
        if (!r.ok()) {
            refused(r, false);
            return;
        }
        m_status->clear();
        if (!m_import) {
            m_import = new ImportPreviewDialog(this);
            connect(m_import, &ImportPreviewDialog::applyRequested, this, [this] {
                m_import->setBusy(true);
                ApiClient::Request request;
                request.method = "POST";
                request.path = importPath(m_importBytes);
                request.query.addQueryItem(QStringLiteral("dryRun"), QStringLiteral("false"));
                request.body = m_importBytes;
                m_calls->call(request, [this](const ApiResult& done) {
                    m_import->setBusy(false);
                    if (!done.ok()) {
                        refused(done, false);
                        return;
                    }
                    int drafts = 0;
                    int taken = 0;
                    for (const QJsonValue& v :
                         done.body.toObject().value(QStringLiteral("results")).toArray()) {
                        const QString status =
                            v.toObject().value(QStringLiteral("status")).toString();
                        drafts += v.toObject().contains(QStringLiteral("version")) ? 1 : 0;
                        taken +=
                            status == QLatin1String("new") || status == QLatin1String("changed");
                    }
                    m_import->accept();
                    if (isBundle(m_importBytes))
                        load(tr("%n procedure(s) taken from the catalogue file.", nullptr, taken));
                    else
                        load(tr("%n draft(s) created from the national database: check them, "
                                "draw their processes, publish them.",
                                nullptr, drafts));
                });
                updateControls();
            });
        }
        m_import->setPreview(r.body.toObject().value(QStringLiteral("results")).toArray(),
                             isBundle(m_importBytes));
        m_import->show();
        m_import->raise();
    });
}

void ProceduresPage::refused(const ApiResult& r, bool applying)
{
    QList<Error> problems;
    for (const QJsonValue& v : r.problems) {
        const QJsonObject o = v.toObject();
        problems << Error{o.value(QStringLiteral("code")).toString(),
                          o.value(QStringLiteral("detail")).toString(),
                          o.value(QStringLiteral("field")).toString()};
    }
    if (problems.isEmpty())
        problems << Error{r.unreachable() ? QStringLiteral("network") : r.problemCode,
                          r.problemDetail, r.problemField};
    m_editor->showProblems(problems);
    m_status->setText(applying ? tr("Not saved: the server refused it.")
                               : tr("Not changed: the server refused it."));
    if (applying)
        emit applyFinished(false);
}

void ProceduresPage::revert()
{
    m_new = false;
    showSelected(); // the version as the server holds it (a new procedure: the selection)
    m_editor->showProblems({});
}

void ProceduresPage::setOnline(bool online)
{
    m_online = online;
    updateControls();
}

void ProceduresPage::updateControls()
{
    const bool busy = m_calls->isBusy();
    m_editor->setReadOnly(!m_online || (m_code.isEmpty() && !m_new));
    m_newButton->setEnabled(m_online && !busy);
    m_importButton->setEnabled(m_online && !busy);
    m_exportButton->setEnabled(m_online && !busy);
    const QDate today = vietnamToday();
    m_day->setMinimumDate(today);
    if (m_day->date() < today)
        m_day->setDate(today.addDays(1));
    const bool draft = !m_new && m_model->draft(m_code);
    m_publish->setEnabled(m_online && !busy && draft && !isModified());
    m_day->setEnabled(m_publish->isEnabled());
    const QList<QTreeWidgetItem*> chosen = m_history->selectedItems();
    const Procedure* picked = selectedVersion();
    m_end->setEnabled(m_online && !busy && picked && !picked->isDraft());
    m_correct->setEnabled(m_online && !busy && !m_new && !m_model->draft(m_code) &&
                          m_model->inForce(m_code) && isModified());
    m_compare->setEnabled(chosen.size() == 2 ||
                          (chosen.size() == 1 && chosen.first()->text(0).toInt() > 1));
    const bool modified = isModified();
    if (modified != m_wasModified) {
        m_wasModified = modified;
        emit modifiedChanged(modified);
    }
}

} // namespace motcua::client
