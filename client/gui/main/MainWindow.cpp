#include "gui/main/MainWindow.h"

#include "core/VnTime.h"
#include "core/api/ProblemText.h"
#include "core/store/LocalStore.h"
#include "core/sync/Workstation.h"
#include "gui/batch/BatchScanDialog.h"
#include "gui/camera/CameraDialog.h"
#include "gui/dossier/DossierView.h"
#include "gui/dossier/MoveProcessDialog.h"
#include "gui/intake/IntakePage.h"
#include "gui/intake/LastReceivedBar.h"
#include "gui/lookup/BarcodeWedge.h"
#include "gui/lookup/LookupPage.h"
#include "gui/main/ConflictDialog.h"
#include "gui/main/CounterController.h"
#include "gui/main/StoreIntakeBackend.h"
#include "gui/main/TodayPanel.h"
#include "gui/main/UpdateBanner.h"
#include "gui/notify/Reminders.h"
#include "gui/notify/TrayNotifier.h"
#include "gui/process/ProcessingView.h"
#include "gui/queues/QueuePanel.h"
#include "gui/queues/WorkQueues.h"
#include "gui/register/RegisterPage.h"
#include "gui/scan/ScanIntoDossierDialog.h"
#include "gui/settings/ProceduresPage.h"
#include "gui/settings/SettingsDialog.h"
#include "gui/settings/process/ProcessesPage.h"
#include "text/CitizenCard.h"

#include <QAction>
#include <QApplication>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QShortcut>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace motcua::client {

MainWindow::MainWindow(Workstation* workstation, const User& user, bool offlineSession,
                       QWidget* parent)
    : QMainWindow(parent)
    , m_workstation(workstation)
    , m_user(user)
    , m_offlineSession(offlineSession)
    , m_intakeBackend(std::make_unique<StoreIntakeBackend>(workstation, user.username))
    , m_controller(new CounterController(workstation, user, this, this))
    , m_wedge(new BarcodeWedge(this))
    , m_tabs(new QTabWidget(this))
    , m_updateBanner(new UpdateBanner(this))
    , m_connectionLabel(new QLabel(this))
    , m_pendingLabel(new QLabel(this))
    , m_userLabel(new QLabel(this))
{
    setWindowTitle(tr("MotCua — One-stop counter"));
    auto* central = new QWidget(this);
    auto* centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(m_updateBanner);
    centralLayout->addWidget(m_tabs, 1);
    setCentralWidget(central);
    m_connectionLabel->setObjectName(QStringLiteral("connectionState"));
    m_pendingLabel->setObjectName(QStringLiteral("pendingChanges"));
    m_userLabel->setObjectName(QStringLiteral("currentUser"));
    statusBar()->addPermanentWidget(m_userLabel);
    statusBar()->addPermanentWidget(m_pendingLabel);
    statusBar()->addPermanentWidget(m_connectionLabel);
    showUser();

    auto* fileMenu = menuBar()->addMenu(tr("&File"));
    QAction* sync = fileMenu->addAction(tr("&Synchronise now"));
    sync->setShortcut(QKeySequence(Qt::Key_F5));
    connect(sync, &QAction::triggered, m_workstation, &Workstation::syncNow);
    // Offline the sync changes nothing; the queues' deadlines still move with the clock.
    connect(sync, &QAction::triggered, this, &MainWindow::refreshFromStore);
    QAction* camera = fileMenu->addAction(tr("Read a code with the &camera…"));
    camera->setObjectName(QStringLiteral("readWithCameraAction"));
    camera->setShortcut(QKeySequence(Qt::Key_F4));
    connect(camera, &QAction::triggered, this, &MainWindow::readWithCamera);
    // Scanning: the papers of the dossier in front of the clerk (after an intake: the one just
    // accepted, while the citizen waits), or a mixed stack split on separator sheets.
    QAction* scan = fileMenu->addAction(tr("Scan the &papers of this dossier…"));
    scan->setObjectName(QStringLiteral("scanPapersAction"));
    scan->setShortcut(QKeySequence(Qt::Key_F7));
    connect(scan, &QAction::triggered, this, [this] { scanPapers(currentDossierCode()); });
    QAction* batch = fileMenu->addAction(tr("Scan a &stack with separator sheets…"));
    batch->setObjectName(QStringLiteral("batchScanAction"));
    batch->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F7));
    connect(batch, &QAction::triggered, this, [this] {
        BatchScanDialog dialog(*m_workstation, this);
        dialog.exec();
    });
    fileMenu->addSeparator();
    // A shared counter: the next clerk logs in without closing the application. Work queued by
    // this clerk stays in the outbox and still goes out in this clerk's name (SyncEngine).
    QAction* switchUser = fileMenu->addAction(tr("&Log out / switch user"));
    switchUser->setObjectName(QStringLiteral("switchUserAction"));
    switchUser->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    connect(switchUser, &QAction::triggered, this, &MainWindow::switchUserRequested);
    QAction* quit = fileMenu->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, qApp, &QApplication::quit);

    // Administration: the settings dialog (procedures and their versions, …), Ctrl+,.
    if (m_user.hasRole(Role::Administrator)) {
        auto* adminMenu = menuBar()->addMenu(tr("&Administration"));
        QAction* settings = adminMenu->addAction(tr("&Settings…"));
        settings->setObjectName(QStringLiteral("settingsAction"));
        settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
        connect(settings, &QAction::triggered, this, &MainWindow::showSettings);
        // Moving a running dossier to another process is an explicit act on that dossier.
        QAction* move = adminMenu->addAction(tr("Move the open dossier to another &process…"));
        move->setObjectName(QStringLiteral("moveProcessAction"));
        connect(move, &QAction::triggered, this, [this] {
            const QString code = currentDossierCode();
            const auto dossier =
                code.isEmpty() ? std::nullopt : m_workstation->store().dossier(code);
            if (!dossier) {
                statusBar()->showMessage(tr("Open a dossier first."), 5000);
                return;
            }
            auto* dialog = new MoveProcessDialog(m_workstation, *dossier, this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            connect(dialog, &MoveProcessDialog::moved, this, [this](const Dossier& d) {
                m_workstation->fetchDossier(d.code);
                statusBar()->showMessage(tr("%1 now follows the new process.").arg(d.code), 8000);
            });
            dialog->open();
        });
    }

    // Printing: Ctrl+P reprints the receipt of the dossier in front of the clerk (the one shown,
    // else the last accepted); the rest of the menu chooses printers and exports PDFs.
    auto* printMenu = menuBar()->addMenu(tr("&Print"));
    QAction* reprint = printMenu->addAction(tr("&Reprint the receipt"));
    reprint->setShortcut(QKeySequence::Print);
    connect(reprint, &QAction::triggered, this, [this] {
        const QString code = currentDossierCode();
        if (code.isEmpty())
            statusBar()->showMessage(tr("Open a dossier first."), 5000);
        else
            m_controller->printForm(FormKind::Receipt, code);
    });
    QAction* slip = printMenu->addAction(tr("Reprint the &control slip"));
    slip->setObjectName(QStringLiteral("reprintControlSlipAction"));
    connect(slip, &QAction::triggered, this, [this] {
        if (const QString code = currentDossierCode(); !code.isEmpty())
            m_controller->printForm(FormKind::ControlSlip, code);
    });
    // The officer asked the citizen for more papers: the counter hands over Mẫu 02 listing them.
    QAction* supplement = printMenu->addAction(tr("Print the &supplement request"));
    supplement->setObjectName(QStringLiteral("printSupplementAction"));
    connect(supplement, &QAction::triggered, this, [this] {
        if (const QString code = currentDossierCode(); !code.isEmpty())
            m_controller->printForm(FormKind::Supplement, code);
        else
            statusBar()->showMessage(tr("Open a dossier first."), 5000);
    });
    QAction* separators = printMenu->addAction(tr("Print separator s&heets"));
    separators->setObjectName(QStringLiteral("printSeparatorsAction"));
    connect(separators, &QAction::triggered, this, [this] {
        if (const QString code = currentDossierCode(); !code.isEmpty())
            m_controller->printForm(FormKind::Separator, code);
        else
            statusBar()->showMessage(tr("Open a dossier first."), 5000);
    });
    QAction* apology = printMenu->addAction(tr("Print the &apology (form 04)"));
    apology->setObjectName(QStringLiteral("printApologyAction"));
    connect(apology, &QAction::triggered, this, [this] {
        if (const QString code = currentDossierCode(); !code.isEmpty())
            m_controller->printForm(FormKind::Apology, code);
        else
            statusBar()->showMessage(tr("Open a dossier first."), 5000);
    });
    QAction* exportPdf = printMenu->addAction(tr("&Export the receipt to PDF…"));
    connect(exportPdf, &QAction::triggered, this, [this] {
        if (const QString code = currentDossierCode(); !code.isEmpty())
            m_controller->exportForm(FormKind::Receipt, code);
    });
    printMenu->addSeparator();
    QAction* preview = printMenu->addAction(tr("&Preview before printing"));
    preview->setCheckable(true);
    preview->setChecked(m_controller->previewBeforePrinting());
    connect(preview, &QAction::toggled, m_controller, &CounterController::setPreviewBeforePrinting);
    QAction* choose = printMenu->addAction(tr("C&hoose the printer for receipts…"));
    connect(choose, &QAction::triggered, this,
            [this] { m_controller->choosePrinter(FormKind::Receipt); });

    buildWorkspaces();

    // Reminders: after every sync (refreshFromStore) and every minute for deadlines crossed
    // while nothing changes.
    if (WorkQueues::hasWorkQueues(m_user)) {
        m_reminders = new Reminders(
            m_workstation->store(),
            [ws = m_workstation](const QString& key, const QVariant& value) {
                ws->setSetting(key, value);
            },
            m_user, this);
        m_reminders->setCalendar(m_workstation->calendar());
        m_notifier = new TrayNotifier(statusBar(), this);
        connect(m_reminders, &Reminders::reminder, m_notifier, &TrayNotifier::show);
        connect(m_notifier, &TrayNotifier::openDossier, this, &MainWindow::openForWork);
        m_reminders->setInterval(60 * 1000);
        QTimer::singleShot(0, m_reminders, &Reminders::check);
    }

    qApp->installEventFilter(m_wedge);
    connect(m_wedge, &BarcodeWedge::scanned, this, &MainWindow::handleScannedCode);
    connect(m_controller, &CounterController::message, this,
            [this](const QString& text, bool warning) {
                if (warning)
                    QMessageBox::warning(this, tr("MotCua"), text);
                else
                    statusBar()->showMessage(text, 8000);
            });
    connect(m_controller, &CounterController::formOutput, this,
            [this](FormKind kind, const QString& where, bool toFile) {
                statusBar()->showMessage(
                    toFile ? tr("%1 saved to the file %2").arg(formKindTitle(kind), where)
                           : tr("%1 sent to the printer %2").arg(formKindTitle(kind), where),
                    8000);
            });
    if (m_intake) {
        LastReceivedBar* last = m_intake->lastReceivedBar();
        connect(last, &LastReceivedBar::openRequested, this, &MainWindow::openDossier);
        connect(last, &LastReceivedBar::reprintRequested, this,
                [this](const QString& code) { m_controller->printForm(FormKind::Receipt, code); });
    }

    connect(m_workstation, &Workstation::compatibilityChanged, m_updateBanner,
            &UpdateBanner::showState);
    m_updateBanner->showState(m_workstation->updateRequired(), m_workstation->keptAside());
    connect(m_workstation, &Workstation::onlineChanged, this, &MainWindow::showOnline);
    connect(m_workstation, &Workstation::pendingCountChanged, this, &MainWindow::showPending);
    connect(m_workstation, &Workstation::dossiersChanged, this, &MainWindow::refreshFromStore);
    connect(m_workstation, &Workstation::conflictDetected, this, &MainWindow::showConflict);
    // The first login on a new workstation syncs the catalogue, users and calendar after the
    // window is built; later syncs may change them too.
    connect(m_workstation, &Workstation::catalogueChanged, this, &MainWindow::refreshCatalogue);
    connect(m_workstation, &Workstation::actionDone, this,
            [this](const QString&, const Dossier& d, bool queued) {
                statusBar()->showMessage(
                    queued ? tr("Dossier %1 updated on this workstation; it will be sent when "
                                "the server is reachable.")
                                 .arg(d.code)
                           : tr("Dossier %1 updated.").arg(d.code),
                    8000);
                if (m_dossier->hasDossier() && m_dossier->dossier().code == d.code)
                    openDossier(d.code);
                // The user's own action is no news to him.
                if (m_processing && m_processing->dossierCode() == d.code)
                    m_workstation->markSeen(d.code, d.version);
            });
    connect(m_workstation, &Workstation::actionFailed, this,
            [this](const QString&, const QString& code, const QString&) {
                QMessageBox::warning(this, tr("MotCua"), ProblemText::message(code));
            });
    connect(m_workstation, &Workstation::sessionModeChanged, this, [this](bool offline) {
        m_offlineSession = offline;
        showUser();
    });
    connect(m_workstation, &Workstation::authenticationRequired, this, [this](const QString& code) {
        QMessageBox::warning(this, tr("MotCua"),
                             ProblemText::message(code) + u'\n' +
                                 tr("Changes stay on this workstation until you log in again."));
    });
    connect(m_workstation, &Workstation::queuedItemRejected, this,
            [this](const QString&, const QString& dossierCode, const QString& code, const QString&,
                   const QJsonArray&) {
                // A guidance or refusal belongs to no dossier.
                QMessageBox::warning(
                    this, tr("MotCua"),
                    dossierCode.isEmpty()
                        ? tr("The server refused a guidance or refusal recorded on this "
                             "workstation: %1")
                              .arg(ProblemText::message(code))
                        : tr("The server refused a change to dossier %1 made on this "
                             "workstation: %2")
                              .arg(dossierCode, ProblemText::message(code)));
            });
    connect(m_workstation, &Workstation::intakeRecoded, this,
            [this](const QString&, const QString& printedCode, const Dossier& d) {
                QMessageBox::warning(this, tr("MotCua"),
                                     tr("The receipt printed offline carries code %1, but the "
                                        "server recorded the dossier as %2. Reprint the receipt "
                                        "and give the citizen the new one.")
                                         .arg(printedCode, d.code));
            });
    showOnline(m_workstation->isOnline());
    showPending(m_workstation->pendingCount());
    // The clerk starts typing the procedure at once.
    QTimer::singleShot(0, this, [this] {
        if (m_workQueues)
            showWork();
        else if (m_intake)
            showIntake();
        else
            showLookup();
    });
}

MainWindow::~MainWindow()
{
    qApp->removeEventFilter(m_wedge);
}

void MainWindow::buildWorkspaces()
{
    const QDate today = vntime::civilDate(vntime::now());
    auto userName = [this](const QString& username) {
        const auto u = m_workstation->store().user(username);
        return u && !u->fullName.isEmpty() ? u->fullName : username;
    };
    const bool counter = m_user.hasRole(Role::Receptionist);

    if (WorkQueues::hasWorkQueues(m_user))
        buildWorkWorkspace();

    if (counter) {
        m_intake = new IntakePage(m_intakeBackend.get(), this);
        m_controller->attachIntake(m_intake);
        connect(m_intake, &IntakePage::idCardCameraRequested, this,
                &MainWindow::readIdCardWithCamera);
        m_tabs->addTab(m_intake, tr("Intake (F2)"));
    }

    auto* lookupSplit = new QSplitter(Qt::Horizontal, this);
    m_lookup = new LookupPage(
        [this](const QString& text) { return m_workstation->store().search(text, 200); },
        [this](const QString& code) { return m_workstation->store().dossier(code); }, lookupSplit);
    m_lookup->setCalendar(m_workstation->calendar());
    m_dossier = new DossierView(lookupSplit);
    m_dossier->setCalendar(m_workstation->calendar());
    m_dossier->setUserNameLookup(userName);
    m_dossier->setWorkstation(m_workstation);
    lookupSplit->setStretchFactor(0, 2);
    lookupSplit->setStretchFactor(1, 3);
    m_tabs->addTab(lookupSplit, counter ? tr("Lookup and return (F3)") : tr("Lookup (F3)"));
    connect(m_lookup, &LookupPage::openDossier, this, &MainWindow::openDossier);
    m_lookup->setFetch([this](const QString& code) { m_workstation->fetchDossier(code); });
    connect(m_workstation, &Workstation::dossierFetched, m_lookup, &LookupPage::dossierFetched);
    connect(m_lookup, &LookupPage::cameraRequested, this, &MainWindow::readReceiptWithCamera);
    connect(m_dossier, &DossierView::returnResultRequested, this,
            [this](const QString& code) { m_controller->returnResult(code, this); });
    connect(m_dossier, &DossierView::printReceiptRequested, this,
            [this](const QString& code) { m_controller->printForm(FormKind::Receipt, code); });
    connect(m_dossier, &DossierView::printControlSlipRequested, this,
            [this](const QString& code) { m_controller->printForm(FormKind::ControlSlip, code); });
    connect(m_dossier, &DossierView::printSeparatorsRequested, this,
            [this](const QString& code) { m_controller->printForm(FormKind::Separator, code); });

    if (counter) {
        buildCounterQueues();
        m_register = new RegisterPage(
            [this](const QDate& from, const QDate& to) {
                QList<Dossier> out;
                for (const DossierSummary& s : m_workstation->store().receivedBetween(from, to)) {
                    if (auto d = m_workstation->store().dossier(s.code))
                        out << *d;
                }
                return out;
            },
            today, this);
        m_register->setUserNameLookup(userName);
        m_tabs->addTab(m_register, tr("Tracking register"));
        connect(m_register, &RegisterPage::printRequested, m_controller,
                &CounterController::printRegister);
        connect(m_register, &RegisterPage::openDossier, this, &MainWindow::openDossier);
    }

    m_today = new TodayPanel(this);
    m_today->showDay(today, m_workstation->calendar());
    m_tabs->addTab(m_today, tr("Today"));

    auto* f2 = new QShortcut(QKeySequence(Qt::Key_F2), this);
    connect(f2, &QShortcut::activated, this, &MainWindow::showIntake);
    auto* f3 = new QShortcut(QKeySequence(Qt::Key_F3), this);
    connect(f3, &QShortcut::activated, this, &MainWindow::showLookup);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_intake && m_tabs->currentWidget() == m_intake)
            m_intake->reloadCatalogue();
    });
    if (m_intake)
        m_intake->restoreDraft();
}

void MainWindow::buildWorkWorkspace()
{
    auto userName = [this](const QString& username) {
        const auto u = m_workstation->store().user(username);
        return u && !u->fullName.isEmpty() ? u->fullName : username;
    };
    // The list above the dossier: the table keeps every column in view and the processing view
    // the full width for its tabs and actions.
    auto* split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("workWorkspace"));
    m_workQueues =
        new QueuePanel(m_workstation->store(), m_user, WorkQueues::perspectiveOf(m_user), split);
    m_workQueues->setObjectName(QStringLiteral("workQueues"));
    m_workQueues->setCalendar(m_workstation->calendar());
    m_workQueues->setUserNameLookup(userName);
    m_processing = new ProcessingView(*m_workstation, split);
    m_processing->setObjectName(QStringLiteral("workProcessing"));
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    split->setSizes({420, 480});
    m_workTab = split;
    m_tabs->addTab(split, tr("Work"));
    // Selecting a dossier shows it (and so it is seen); Enter moves to its actions.
    connect(m_workQueues, &QueuePanel::currentDossierChanged, this, [this](const QString& code) {
        if (!code.isEmpty())
            showInWork(code);
    });
    connect(m_workQueues, &QueuePanel::openDossier, this, [this](const QString& code) {
        showInWork(code);
        m_processing->setFocus();
    });
    connect(m_processing, &ProcessingView::actionCompleted, this, [this](const QString& code) {
        // The officer's own action is seen: the list loads again once the mark is stored, so
        // that the row never shows "new to me" beside counts that say otherwise.
        if (markSeen(code))
            m_reloadWhenSeen = code;
        else
            m_workQueues->refresh();
    });
    // A seen mark is written on the store's writer thread; the counts follow once it is stored.
    connect(m_workstation, &Workstation::seenChanged, m_workQueues, [this](const QString& code) {
        if (code == m_reloadWhenSeen) {
            m_reloadWhenSeen.clear();
            m_workQueues->refresh();
        } else {
            m_workQueues->refreshCounts();
        }
    });
    m_workQueues->setAutoRefresh(60 * 1000);
    m_workQueues->refresh();
    m_workQueues->showFirstNonEmpty();
}

void MainWindow::buildCounterQueues()
{
    auto userName = [this](const QString& username) {
        const auto u = m_workstation->store().user(username);
        return u && !u->fullName.isEmpty() ? u->fullName : username;
    };
    auto* split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("counterQueuesWorkspace"));
    m_counterQueues =
        new QueuePanel(m_workstation->store(), m_user, WorkQueues::Perspective::Counter, split);
    m_counterQueues->setObjectName(QStringLiteral("counterQueues"));
    m_counterQueues->setCalendar(m_workstation->calendar());
    m_counterQueues->setUserNameLookup(userName);
    m_counterProcessing = new ProcessingView(*m_workstation, split);
    m_counterProcessing->setObjectName(QStringLiteral("counterProcessing"));
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    split->setSizes({420, 480});
    m_counterQueuesTab = split;
    m_tabs->addTab(split, tr("Counter queues"));
    auto show = [this](const QString& code) {
        if (!code.isEmpty())
            m_counterProcessing->showDossier(code);
    };
    connect(m_counterQueues, &QueuePanel::currentDossierChanged, this, show);
    connect(m_counterQueues, &QueuePanel::openDossier, this, [this, show](const QString& code) {
        show(code);
        m_counterProcessing->setFocus();
    });
    connect(m_counterProcessing, &ProcessingView::actionCompleted, m_counterQueues,
            &QueuePanel::refresh);
    m_counterQueues->setAutoRefresh(60 * 1000);
    m_counterQueues->refresh();
    m_counterQueues->showFirstNonEmpty();
}

void MainWindow::showWork()
{
    if (!m_workTab)
        return;
    m_tabs->setCurrentWidget(m_workTab);
    m_workQueues->table()->setFocus();
}

void MainWindow::showInWork(const QString& code)
{
    m_processing->showDossier(code);
    markSeen(code);
}

bool MainWindow::markSeen(const QString& code)
{
    const auto version = m_workstation->store().dossierVersion(code);
    if (!version)
        return false;
    const auto seen = m_workstation->store().seenVersion(m_user.username, code);
    if (seen && *seen >= *version)
        return false;
    // Counts move when it is stored (Workstation::seenChanged); the list keeps the row until the
    // next refresh, so the selection does not jump away under the user.
    m_workstation->markSeen(code, *version);
    return true;
}

void MainWindow::openForWork(const QString& code)
{
    if (m_workQueues) {
        showWork();
        m_workQueues->selectDossier(code);
        showInWork(code);
        return;
    }
    if (m_counterQueues) {
        m_tabs->setCurrentWidget(m_counterQueuesTab);
        m_counterQueues->selectDossier(code);
        m_counterProcessing->showDossier(code);
        return;
    }
    openDossier(code);
}

void MainWindow::handleScannedCode(const QString& text)
{
    // At intake, a citizen ID card's QR code fills the applicant instead of a lookup.
    if (m_intake && m_tabs->currentWidget() == m_intake && CitizenCard::looksLikeCard(text)) {
        fillIntakeFromIdCard(text);
        return;
    }
    showLookup();
    m_lookup->handleScan(text);
}

void MainWindow::fillIntakeFromIdCard(const QString& text)
{
    const auto card = CitizenCard::parse(text, vntime::civilDate(vntime::now()));
    if (card)
        m_intake->fillFromIdCard(card->toPerson());
    else
        m_intake->showIdCardProblem(ProblemText::message(card.error().code));
}

void MainWindow::readWithCamera()
{
    openCamera([this](const QString& text) { handleScannedCode(text); });
}

void MainWindow::readReceiptWithCamera()
{
    openCamera([this](const QString& text) {
        showLookup();
        m_lookup->handleScan(text);
    });
}

void MainWindow::readIdCardWithCamera()
{
    if (!m_intake)
        return;
    openCamera([this](const QString& text) {
        m_tabs->setCurrentWidget(m_intake);
        fillIntakeFromIdCard(text);
    });
}

void MainWindow::openCamera(const std::function<void(const QString&)>& handle)
{
    // One camera dialog at a time: a second F4 brings the open one forward.
    if (auto* open = findChild<CameraDialog*>(QStringLiteral("cameraDialog"));
        open && open->isVisible()) {
        open->raise();
        open->activateWindow();
        return;
    }
    // Window-modal and not exec(): the sync, the queues and the gun go on while the clerk holds
    // the paper in front of the camera.
    auto* dialog = new CameraDialog(this);
    dialog->setObjectName(QStringLiteral("cameraDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setCloseOnRead(true);
    connect(dialog, &CameraDialog::codeRead, this,
            [handle](const QString& text, const QString&) { handle(text); });
    dialog->open();
}

void MainWindow::scanPapers(const QString& code)
{
    const auto dossier = code.isEmpty() ? std::nullopt : m_workstation->store().dossier(code);
    if (!dossier) {
        statusBar()->showMessage(tr("Open a dossier first."), 5000);
        return;
    }
    // Not modal: the clerk may answer the next citizen's question while the feeder runs.
    auto* dialog = new ScanIntoDossierDialog(*m_workstation, *dossier, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

QString MainWindow::currentDossierCode() const
{
    if (m_workTab && m_tabs->currentWidget() == m_workTab && m_processing->hasDossier())
        return m_processing->dossierCode();
    if (m_counterQueuesTab && m_tabs->currentWidget() == m_counterQueuesTab &&
        m_counterProcessing->hasDossier())
        return m_counterProcessing->dossierCode();
    if (m_tabs->currentWidget() == m_lookup->parentWidget() && m_dossier->hasDossier())
        return m_dossier->dossier().code;
    if (m_intake && !m_intake->lastAcceptedCode().isEmpty())
        return m_intake->lastAcceptedCode();
    return m_dossier->hasDossier() ? m_dossier->dossier().code : QString();
}

void MainWindow::showIntake()
{
    if (!m_intake)
        return;
    m_tabs->setCurrentWidget(m_intake);
    m_intake->procedureSearch()->setFocus();
}

void MainWindow::showLookup()
{
    m_tabs->setCurrentWidget(m_lookup->parentWidget());
    m_lookup->focusSearch();
}

void MainWindow::openDossier(const QString& code)
{
    const auto d = m_workstation->store().dossier(code);
    if (!d) {
        statusBar()->showMessage(tr("Dossier %1 is not on this workstation.").arg(code), 8000);
        return;
    }
    m_dossier->setDossier(*d);
    m_dossier->setPending(m_workstation->store().isPending(code));
    m_tabs->setCurrentWidget(m_lookup->parentWidget());
    if (m_workQueues)
        markSeen(code); // opened is seen, wherever it was opened
}

void MainWindow::refreshFromStore()
{
    // What the user has in front of him in the Work workspace is seen in its new version too —
    // before the work queues reload, so that it shows in "in progress" rather than vanish from
    // both. The mark is stored off the GUI thread: those lists load again once it is
    // (seenChanged), at once when there was nothing to mark.
    bool workWaitsForSeen = false;
    if (m_processing && m_tabs->currentWidget() == m_workTab && m_processing->hasDossier()) {
        const QString code = m_processing->dossierCode();
        workWaitsForSeen = markSeen(code);
        if (workWaitsForSeen)
            m_reloadWhenSeen = code;
    }
    if (m_workQueues && !workWaitsForSeen)
        m_workQueues->refresh();
    if (m_counterQueues)
        m_counterQueues->refresh();
    if (m_reminders)
        m_reminders->check();
    m_lookup->refresh();
    if (m_dossier->hasDossier()) {
        const QString code = m_dossier->dossier().code;
        if (const auto d = m_workstation->store().dossier(code)) {
            m_dossier->setDossier(*d);
            m_dossier->setPending(m_workstation->store().isPending(code));
        }
    }
    if (m_register && m_tabs->currentWidget() == m_register)
        m_register->refresh();
}

void MainWindow::refreshCatalogue()
{
    if (m_intake)
        m_intake->reloadCatalogue();
    const WorkingCalendar calendar = m_workstation->calendar();
    m_lookup->setCalendar(calendar);
    m_dossier->setCalendar(calendar);
    m_today->showDay(vntime::civilDate(vntime::now()), calendar);
    for (QueuePanel* panel : {m_workQueues, m_counterQueues}) {
        if (panel) {
            panel->setCalendar(calendar);
            panel->reloadCatalogue();
            panel->refresh();
        }
    }
    if (m_reminders)
        m_reminders->setCalendar(calendar);
}

void MainWindow::showOnline(bool online)
{
    const QString server = m_workstation->serverUrl().toString();
    if (online) {
        m_connectionLabel->setText(tr("Connected to %1").arg(server));
        m_connectionLabel->setStyleSheet(QStringLiteral("color: #1b7a2f;"));
    } else {
        m_connectionLabel->setText(tr("Offline: %1 does not answer").arg(server));
        m_connectionLabel->setStyleSheet(QStringLiteral("color: #b3261e; font-weight: bold;"));
    }
}

void MainWindow::showUser()
{
    const QString name = m_user.fullName.isEmpty() ? m_user.username : m_user.fullName;
    const QString who = m_user.unit.isEmpty() ? name : tr("%1 (%2)").arg(name, m_user.unit);
    m_userLabel->setText(m_offlineSession ? tr("%1 · logged in offline").arg(who) : who);
}

void MainWindow::showPending(int count)
{
    m_pendingLabel->setText(count == 0 ? tr("All changes sent")
                                       : tr("%n change(s) waiting to be sent", nullptr, count));
    m_pendingLabel->setStyleSheet(
        count == 0 ? QString() : QStringLiteral("color: #8a5a00; font-weight: bold;"));
}

void MainWindow::showConflict(const QString& code, const Dossier& mine, const Dossier& server)
{
    // A conflict caused by an action from a processing view is that view's to explain.
    for (ProcessingView* view : {m_processing, m_counterProcessing}) {
        if (view && view->handlesConflict(code))
            return;
    }
    ConflictDialog dialog(mine, server, this);
    dialog.exec();
    m_workstation->resolveConflict(code, dialog.choice() == ConflictDialog::ReapplyMine);
}

void MainWindow::showSettings()
{
    if (!m_settings) {
        m_settings = new SettingsDialog(this);
        m_settings->addPage(new ProceduresPage(m_workstation, m_settings));
        m_settings->addPage(new ProcessesPage(m_workstation, m_settings));
        connect(m_workstation, &Workstation::onlineChanged, m_settings, &SettingsDialog::setOnline);
    }
    m_settings->setOnline(m_workstation->isOnline());
    if (SettingsPage* page = m_settings->currentPage())
        page->reload();
    m_settings->show();
    m_settings->raise();
    m_settings->activateWindow();
}

} // namespace motcua::client
