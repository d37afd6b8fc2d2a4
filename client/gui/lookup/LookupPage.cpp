#include "gui/lookup/LookupPage.h"

#include "code/DossierCode.h"
#include "gui/lookup/DossierSummaryModel.h"
#include "text/InputText.h"

#include <QElapsedTimer>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableView>
#include <QVBoxLayout>

namespace motcua::client {
namespace {

constexpr qint64 kInstantMicros = 16'000; // one frame: below this, search on every key
constexpr int kMaxDebounceMs = 200;

// A dossier code anywhere in a scanned text: the code alone, or inside the receipt QR's link.
QString dossierCodeIn(const QString& text)
{
    static const QRegularExpression candidate(QStringLiteral("[0-9A-Za-z.]+-\\d{6}-\\d{4}"));
    for (auto it = candidate.globalMatch(text); it.hasNext();) {
        const QString c = it.next().captured().toUpper();
        if (const auto code = DossierCode::parse(c))
            return code->toString();
    }
    return {};
}

// The ID number in a chip-based citizen ID card's QR: "ID|old ID|name|birth|sex|address|issued".
QString citizenIdIn(const QString& text)
{
    const QStringList parts = text.split(u'|');
    if (parts.size() >= 3 && parts.first().size() == 12 && InputText::isDigits(parts.first()))
        return parts.first();
    return {};
}

} // namespace

LookupPage::LookupPage(SearchFunction search, LoadFunction load, QWidget* parent)
    : QWidget(parent)
    , m_search(std::move(search))
    , m_load(std::move(load))
    , m_field(new QLineEdit(this))
    , m_camera(new QPushButton(this))
    , m_table(new QTableView(this))
    , m_count(new QLabel(this))
    , m_message(new QLabel(this))
    , m_model(new DossierSummaryModel(this))
{
    m_field->setObjectName(QStringLiteral("searchField"));
    m_table->setObjectName(QStringLiteral("resultsTable"));
    m_count->setObjectName(QStringLiteral("resultCount"));
    m_message->setObjectName(QStringLiteral("lookupMessage"));
    m_camera->setObjectName(QStringLiteral("readWithCameraButton"));
    m_camera->setText(tr("Read with camera…"));
    m_camera->setToolTip(tr("Read the receipt's barcode with the webcam (F4)"));
    // Enter in the search field opens a dossier; it must not press this button.
    m_camera->setAutoDefault(false);

    m_field->setPlaceholderText(
        tr("Dossier code, owner's name, phone or ID number — or scan the receipt"));
    m_field->setClearButtonEnabled(true);
    QFont bigger = m_field->font();
    bigger.setPointSizeF(bigger.pointSizeF() * 1.25);
    m_field->setFont(bigger);
    m_field->installEventFilter(this);

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setVisible(false);
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(DossierSummaryModel::Procedure, QHeaderView::Stretch);
    header->setSortIndicator(DossierSummaryModel::Received, Qt::DescendingOrder);
    header->setSortIndicatorShown(true);
    header->setSectionsClickable(true);
    connect(header, &QHeaderView::sortIndicatorChanged, m_model,
            [this](int section, Qt::SortOrder order) { m_model->sort(section, order); });
    m_table->installEventFilter(this);

    m_message->setWordWrap(true);
    m_message->hide();

    auto* label = new QLabel(tr("Sea&rch:"), this);
    label->setBuddy(m_field);
    auto* top = new QHBoxLayout;
    top->addWidget(label);
    top->addWidget(m_field, 1);
    top->addWidget(m_camera);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_message);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_count);
    setFocusProxy(m_field);

    m_debounce.setSingleShot(true);
    connect(&m_debounce, &QTimer::timeout, this, &LookupPage::runSearch);
    connect(m_field, &QLineEdit::textChanged, this, &LookupPage::onTextChanged);
    connect(m_field, &QLineEdit::returnPressed, this, &LookupPage::openCurrent);
    connect(m_camera, &QPushButton::clicked, this, &LookupPage::cameraRequested);
    connect(m_table, &QAbstractItemView::activated, this, [this](const QModelIndex& index) {
        const QString code = m_model->codeAt(index.row());
        if (!code.isEmpty())
            emit openDossier(code);
    });
    runSearch();
}

void LookupPage::setClock(std::function<QDateTime()> clock)
{
    m_model->setClock(std::move(clock));
}

void LookupPage::setCalendar(const WorkingCalendar& calendar)
{
    m_model->setCalendar(calendar);
}

void LookupPage::focusSearch()
{
    m_field->setFocus(Qt::ShortcutFocusReason);
    m_field->selectAll();
}

void LookupPage::setQuery(const QString& text)
{
    m_field->setText(text); // textChanged runs the search
    if (m_debounce.isActive()) {
        m_debounce.stop();
        runSearch();
    }
}

void LookupPage::refresh()
{
    m_debounce.stop();
    runSearch();
}

void LookupPage::onTextChanged()
{
    m_message->hide();
    if (m_lastSearchMicros <= kInstantMicros) {
        m_debounce.stop();
        runSearch();
        return;
    }
    m_debounce.start(int(std::min<qint64>(m_lastSearchMicros / 1000, kMaxDebounceMs)));
}

void LookupPage::runSearch()
{
    const QString text = m_field->text().trimmed();
    if (!m_search) {
        m_model->setSummaries({});
        return;
    }
    // A blank field lists the newest dossiers (LocalStore::search("") gives them).
    QElapsedTimer timer;
    timer.start();
    const QList<DossierSummary> rows = m_search(text);
    m_lastSearchMicros = timer.nsecsElapsed() / 1000;

    m_model->setSummaries(rows);
    const QHeaderView* header = m_table->horizontalHeader();
    m_model->sort(header->sortIndicatorSection(), header->sortIndicatorOrder());
    if (!rows.isEmpty())
        m_table->setCurrentIndex(m_model->index(0, 0));
    if (text.isEmpty())
        m_count->setText(tr("Latest dossiers. Type a code, name, phone or ID number, or scan a "
                            "receipt."));
    else if (rows.isEmpty() && dossierCodeIn(text) == text && fetchMissing(text, false))
        m_count->setText(tr("Dossier %1 is not on this counter: asking the server…").arg(text));
    else if (rows.isEmpty())
        m_count->setText(tr("No dossier matches “%1”.").arg(text));
    else
        m_count->setText(tr("%n dossier(s) found", nullptr, int(rows.size())));
    m_count->setToolTip(
        tr("Search took %1 ms").arg(double(m_lastSearchMicros) / 1000.0, 0, 'f', 1));
}

void LookupPage::openCurrent()
{
    if (m_field->text().trimmed().isEmpty())
        return; // Enter on a blank field opens nothing, even with the latest dossiers listed
    if (m_debounce.isActive()) { // Enter before the debounced search ran: search first
        m_debounce.stop();
        runSearch();
    }
    QModelIndex current = m_table->currentIndex();
    if (!current.isValid() && m_model->rowCount() > 0)
        current = m_model->index(0, 0);
    if (current.isValid()) {
        emit openDossier(m_model->codeAt(current.row()));
        return;
    }
    // Nothing listed: a complete code typed by hand may still name a dossier.
    const QString code = dossierCodeIn(m_field->text().trimmed());
    if (!code.isEmpty() && (!m_load || m_load(code)))
        emit openDossier(code);
}

void LookupPage::handleScan(const QString& text)
{
    const QString code = dossierCodeIn(text);
    if (!code.isEmpty()) {
        setQuery(code);
        if (m_load && !m_load(code)) {
            if (fetchMissing(code, true))
                return;
            showMessage(tr("Dossier %1 is not on this counter yet (it may not have been "
                           "synchronised).")
                            .arg(code),
                        true);
            return;
        }
        showMessage(tr("Scanned %1").arg(code), false);
        emit openDossier(code);
        return;
    }
    const QString id = citizenIdIn(text);
    setQuery(id.isEmpty() ? text.trimmed() : id);
    if (!id.isEmpty()) {
        // Held up instead of the receipt, or by mistake: say what it is, and list the card
        // holder's dossiers, which is usually what the clerk needs next.
        showMessage(tr("This is a citizen ID card, not a receipt: the dossiers of ID number %1 "
                       "are listed.")
                        .arg(id),
                    false);
    }
    focusSearch();
}

bool LookupPage::fetchMissing(const QString& code, bool openWhenFound)
{
    if (!m_fetch)
        return false;
    if (!openWhenFound && code == m_notOnServer)
        return false; // typed again, or the list refreshed: the server said no already
    m_openFetched = openWhenFound || (m_fetching == code && m_openFetched);
    if (m_fetching != code) {
        m_fetching = code;
        m_fetch(code);
    }
    if (openWhenFound)
        showMessage(tr("Dossier %1 is not on this counter: asking the server…").arg(code), false);
    return true;
}

void LookupPage::dossierFetched(const QString& code, bool found)
{
    if (code != m_fetching)
        return;
    m_fetching.clear();
    m_notOnServer = found ? QString() : code;
    if (!found) {
        showMessage(tr("Dossier %1 is neither on this counter nor found on the server (or the "
                       "server cannot be reached now).")
                        .arg(code),
                    true);
        if (m_field->text().trimmed() == code)
            m_count->setText(tr("No dossier matches “%1”.").arg(code));
        return;
    }
    runSearch();
    if (m_openFetched) {
        showMessage(tr("Scanned %1").arg(code), false);
        emit openDossier(code);
    } else {
        m_message->hide();
    }
}

void LookupPage::showMessage(const QString& text, bool warning)
{
    m_message->setText(text);
    m_message->setStyleSheet(warning ? QStringLiteral("color: #c62828; font-weight: bold;")
                                     : QString());
    m_message->show();
}

bool LookupPage::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const auto* key = static_cast<QKeyEvent*>(event);
    if (watched == m_field) {
        if ((key->key() == Qt::Key_Down || key->key() == Qt::Key_PageDown) &&
            m_model->rowCount() > 0) {
            m_table->setFocus(Qt::TabFocusReason);
            const int row = m_table->currentIndex().isValid() ? m_table->currentIndex().row() : 0;
            m_table->setCurrentIndex(
                m_model->index(std::min(row + (m_table->currentIndex().isValid() ? 1 : 0),
                                        m_model->rowCount() - 1),
                               0));
            return true;
        }
        if (key->key() == Qt::Key_Escape && !m_field->text().isEmpty()) {
            m_field->clear();
            return true;
        }
    } else if (watched == m_table) {
        if (key->key() == Qt::Key_Escape ||
            (key->key() == Qt::Key_Up && m_table->currentIndex().row() <= 0)) {
            focusSearch();
            return true;
        }
        // Typing in the list goes on in the search field.
        if (!key->text().isEmpty() && key->text().at(0).isPrint() &&
            !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier))) {
            m_field->setFocus(Qt::OtherFocusReason);
            m_field->insert(key->text());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace motcua::client
