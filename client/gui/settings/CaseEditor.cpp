#include "gui/settings/CaseEditor.h"

#include "gui/dossier/DossierText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace motcua::client {

namespace {

// The channel sets a fee is usually charged for; another set read from the server is added to
// the list as it is, so nothing is lost by opening and applying.
const QList<QList<Channel>> kChannelSets{
    {}, {Channel::Direct, Channel::Post}, {Channel::Online}, {Channel::Direct}};

QString channelsText(const QList<Channel>& set)
{
    if (set.isEmpty())
        return CaseEditor::tr("every channel");
    QStringList names;
    for (Channel c : set)
        names << DossierText::channel(c);
    return names.join(QStringLiteral(", "));
}

QTableWidgetItem* number(int value)
{
    auto* item = new QTableWidgetItem;
    item->setData(Qt::EditRole, value); // an int: the table edits it with a spin box
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

int numberAt(const QTableWidget* t, int row, int column)
{
    const QTableWidgetItem* item = t->item(row, column);
    return item ? std::max(0, item->data(Qt::EditRole).toInt()) : 0;
}

QString textAt(const QTableWidget* t, int row, int column)
{
    const QTableWidgetItem* item = t->item(row, column);
    return item ? item->text() : QString(); // as typed: opening and applying changes nothing
}

QSpinBox* timeBox(QWidget* parent)
{
    auto* box = new QSpinBox(parent);
    box->setRange(0, 10000);
    box->setSpecialValueText(CaseEditor::tr("as in person"));
    return box;
}

} // namespace

CaseEditor::CaseEditor(QWidget* parent)
    : QWidget(parent)
{
    m_papers = new QTableWidget(0, PaperColumns, this);
    m_papers->setObjectName(QStringLiteral("casePapers"));
    m_papers->setHorizontalHeaderLabels({tr("Paper"), tr("Originals"), tr("Certified copies"),
                                         tr("Photocopies"), tr("Required"), tr("Blank form"),
                                         tr("Note")});
    m_fees = new QTableWidget(0, FeeColumns, this);
    m_fees->setObjectName(QStringLiteral("caseFees"));
    m_fees->setHorizontalHeaderLabels(
        {tr("Fee"), tr("Amount (đ)"), tr("Collected"), tr("Channels"), tr("Note")});
    for (QTableWidget* t : {m_papers, m_fees}) {
        t->verticalHeader()->hide();
        t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        t->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
        t->setSelectionBehavior(QAbstractItemView::SelectRows);
        t->setMinimumHeight(110);
        connect(t, &QTableWidget::itemChanged, this, &CaseEditor::changed);
        // Keyboard first: Ins adds a row, Ctrl+Del removes the current one (Ctrl+Ins is Copy on
        // X11, which an item view takes for itself).
        auto* add =
            new QShortcut(QKeySequence(Qt::Key_Insert), t, nullptr, nullptr, Qt::WidgetShortcut);
        connect(add, &QShortcut::activated, this,
                [this, t] { t == m_papers ? addPaper() : addFee(); });
        auto* remove = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Delete), t, nullptr, nullptr,
                                     Qt::WidgetShortcut);
        connect(remove, &QShortcut::activated, this, [this, t] { removeCurrentRow(t); });
    }
    auto* addPaperButton = new QPushButton(tr("Add a paper"), this);
    auto* removePaperButton = new QPushButton(tr("Remove the paper"), this);
    auto* attachFormButton = new QPushButton(tr("Attach a blank form…"), this);
    attachFormButton->setObjectName(QStringLiteral("attachForm"));
    auto* removeFormButton = new QPushButton(tr("Remove the form"), this);
    removeFormButton->setObjectName(QStringLiteral("removeForm"));
    connect(attachFormButton, &QPushButton::clicked, this, [this] {
        if (m_papers->currentRow() >= 0)
            emit attachFormRequested(m_papers->currentRow());
    });
    connect(removeFormButton, &QPushButton::clicked, this, [this] {
        if (m_papers->currentRow() >= 0)
            setForm(m_papers->currentRow(), QString(), QString());
    });
    auto* addFeeButton = new QPushButton(tr("Add a fee"), this);
    auto* removeFeeButton = new QPushButton(tr("Remove the fee"), this);
    connect(addPaperButton, &QPushButton::clicked, this, &CaseEditor::addPaper);
    connect(addFeeButton, &QPushButton::clicked, this, &CaseEditor::addFee);
    connect(removePaperButton, &QPushButton::clicked, this, [this] { removeCurrentRow(m_papers); });
    connect(removeFeeButton, &QPushButton::clicked, this, [this] { removeCurrentRow(m_fees); });

    m_online = timeBox(this);
    m_online->setObjectName(QStringLiteral("onlineTime"));
    m_post = timeBox(this);
    m_post->setObjectName(QStringLiteral("postTime"));
    m_appointment = new QCheckBox(tr("Gives an appointment (else answered within the day)"), this);
    m_appointment->setObjectName(QStringLiteral("needsAppointment"));
    for (QSpinBox* b : {m_online, m_post})
        connect(b, &QSpinBox::valueChanged, this, &CaseEditor::changed);
    connect(m_appointment, &QCheckBox::toggled, this, &CaseEditor::changed);

    auto* paperButtons = new QHBoxLayout;
    paperButtons->addWidget(addPaperButton);
    paperButtons->addWidget(removePaperButton);
    paperButtons->addStretch(1);
    paperButtons->addWidget(attachFormButton);
    paperButtons->addWidget(removeFormButton);
    auto* feeButtons = new QHBoxLayout;
    feeButtons->addWidget(addFeeButton);
    feeButtons->addWidget(removeFeeButton);
    feeButtons->addStretch(1);
    auto* times = new QFormLayout;
    times->addRow(tr("Time online"), m_online);
    times->addRow(tr("Time by post"), m_post);
    times->addRow(m_appointment);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("<b>Papers</b> (Ins adds a row, Ctrl+Del removes it)"), this));
    layout->addWidget(m_papers, 2);
    layout->addLayout(paperButtons);
    layout->addWidget(new QLabel(tr("<b>Fees</b>"), this));
    layout->addWidget(m_fees, 1);
    layout->addLayout(feeButtons);
    layout->addLayout(times);
}

void CaseEditor::setPaperRow(int row, const ComponentRequirement& c)
{
    auto* name = new QTableWidgetItem(c.name);
    name->setData(Qt::UserRole, c.id); // the paper's id stays with its row
    m_papers->setItem(row, PaperName, name);
    m_papers->setItem(row, Originals, number(c.originals));
    m_papers->setItem(row, Certified, number(c.certifiedCopies));
    m_papers->setItem(row, Photocopies, number(c.photocopies));
    auto* required = new QTableWidgetItem;
    required->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    required->setCheckState(c.mandatory ? Qt::Checked : Qt::Unchecked);
    m_papers->setItem(row, Required, required);
    m_papers->setItem(row, PaperNote, new QTableWidgetItem(c.note));
    auto* form = new QTableWidgetItem;
    form->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable); // changed by the buttons only
    m_papers->setItem(row, PaperForm, form);
    setFormItem(form, c.formSha256, c.formName);
}

void CaseEditor::setFormItem(QTableWidgetItem* item, const QString& sha256, const QString& name)
{
    item->setData(Qt::UserRole, sha256);
    item->setData(Qt::UserRole + 1, name);
    item->setText(sha256.isEmpty() ? tr("none") : name);
    item->setToolTip(sha256.isEmpty() ? QString() : tr("SHA-256 %1").arg(sha256));
}

void CaseEditor::setForm(int row, const QString& sha256, const QString& name)
{
    QTableWidgetItem* item = m_papers->item(row, PaperForm);
    if (m_readOnly || !item)
        return;
    setFormItem(item, sha256, name); // itemChanged tells the page
}

void CaseEditor::setFeeRow(int row, const Fee& f)
{
    m_fees->setItem(row, FeeName, new QTableWidgetItem(f.name));
    auto* amount = new QTableWidgetItem;
    amount->setData(Qt::EditRole, f.amountVnd);
    amount->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_fees->setItem(row, Amount, amount);
    auto* collection = new QComboBox(m_fees);
    for (FeeCollection c : {FeeCollection::AtIntake, FeeCollection::AtReturn, FeeCollection::Exempt,
                            FeeCollection::None})
        collection->addItem(DossierText::feeCollection(c), int(c));
    collection->setCurrentIndex(std::max(0, collection->findData(int(f.collection))));
    collection->setEnabled(!m_readOnly);
    connect(collection, &QComboBox::activated, this, &CaseEditor::changed);
    m_fees->setCellWidget(row, Collection, collection);
    auto* channels = new QComboBox(m_fees);
    // Compared with std::equal: Qt 6.4's == on lists of enums hands memcmp a null pointer
    // for an empty list.
    QList<QList<Channel>> sets = kChannelSets;
    const auto same = [&](const QList<Channel>& set) {
        return std::equal(set.begin(), set.end(), f.channels.begin(), f.channels.end());
    };
    qsizetype chosen = std::find_if(sets.begin(), sets.end(), same) - sets.begin();
    if (chosen == sets.size())
        sets << f.channels;
    for (const QList<Channel>& set : sets) {
        QVariantList data;
        for (Channel c : set)
            data << int(c);
        channels->addItem(channelsText(set), data);
    }
    channels->setCurrentIndex(int(chosen));
    channels->setEnabled(!m_readOnly);
    connect(channels, &QComboBox::activated, this, &CaseEditor::changed);
    m_fees->setCellWidget(row, Channels, channels);
    m_fees->setItem(row, FeeNote, new QTableWidgetItem(f.note));
}

void CaseEditor::setCase(const ProcedureCase& c)
{
    m_loaded = c;
    const QSignalBlocker blockPapers(m_papers);
    const QSignalBlocker blockFees(m_fees);
    const QSignalBlocker blockOnline(m_online);
    const QSignalBlocker blockPost(m_post);
    const QSignalBlocker blockAppointment(m_appointment);
    m_papers->setRowCount(int(c.components.size()));
    for (int i = 0; i < c.components.size(); ++i)
        setPaperRow(i, c.components.at(i));
    m_fees->setRowCount(int(c.fees.size()));
    for (int i = 0; i < c.fees.size(); ++i)
        setFeeRow(i, c.fees.at(i));
    const auto time = [&](Channel ch) {
        for (const ChannelTime& t : c.channelTimes) {
            if (t.channel == ch)
                return t.time.value;
        }
        return 0;
    };
    m_online->setValue(time(Channel::Online));
    m_post->setValue(time(Channel::Post));
    m_appointment->setChecked(c.needsAppointment);
}

ProcedureCase CaseEditor::value() const
{
    ProcedureCase c = m_loaded;
    c.components.clear();
    int nextId = 1;
    for (int row = 0; row < m_papers->rowCount(); ++row) {
        if (const QTableWidgetItem* name = m_papers->item(row, PaperName))
            nextId = std::max(nextId, name->data(Qt::UserRole).toInt() + 1);
    }
    for (int row = 0; row < m_papers->rowCount(); ++row) {
        ComponentRequirement r;
        const QTableWidgetItem* name = m_papers->item(row, PaperName);
        r.id = name ? name->data(Qt::UserRole).toInt() : 0;
        if (r.id <= 0)
            r.id = nextId++; // a new paper: a number no paper of this case has had in this form
        r.name = textAt(m_papers, row, PaperName);
        r.originals = numberAt(m_papers, row, Originals);
        r.certifiedCopies = numberAt(m_papers, row, Certified);
        r.photocopies = numberAt(m_papers, row, Photocopies);
        const QTableWidgetItem* required = m_papers->item(row, Required);
        r.mandatory = required && required->checkState() == Qt::Checked;
        r.note = textAt(m_papers, row, PaperNote);
        if (const QTableWidgetItem* form = m_papers->item(row, PaperForm)) {
            r.formSha256 = form->data(Qt::UserRole).toString();
            r.formName =
                r.formSha256.isEmpty() ? QString() : form->data(Qt::UserRole + 1).toString();
        }
        c.components << r;
    }
    c.fees.clear();
    for (int row = 0; row < m_fees->rowCount(); ++row) {
        Fee f;
        f.name = textAt(m_fees, row, FeeName);
        const QTableWidgetItem* amount = m_fees->item(row, Amount);
        f.amountVnd = amount ? std::max<qint64>(0, amount->data(Qt::EditRole).toLongLong()) : 0;
        if (const auto* box = qobject_cast<QComboBox*>(m_fees->cellWidget(row, Collection)))
            f.collection = FeeCollection(box->currentData().toInt());
        if (const auto* box = qobject_cast<QComboBox*>(m_fees->cellWidget(row, Channels))) {
            for (const QVariant& v : box->currentData().toList())
                f.channels << Channel(v.toInt());
        }
        f.note = textAt(m_fees, row, FeeNote);
        c.fees << f;
    }
    c.channelTimes.clear();
    // A channel keeps the unit it came with (an imported post time in calendar days stays so);
    // a new one counts like the case.
    const auto unitOf = [&](Channel ch) {
        for (const ChannelTime& t : m_loaded.channelTimes) {
            if (t.channel == ch)
                return t.time.unit;
        }
        return c.statutoryTime.unit;
    };
    if (m_online->value() > 0)
        c.channelTimes << ChannelTime{Channel::Online,
                                      {m_online->value(), unitOf(Channel::Online)}};
    if (m_post->value() > 0)
        c.channelTimes << ChannelTime{Channel::Post, {m_post->value(), unitOf(Channel::Post)}};
    c.needsAppointment = m_appointment->isChecked();
    return c;
}

void CaseEditor::addPaper()
{
    const int row = m_papers->rowCount();
    m_papers->insertRow(row);
    ComponentRequirement paper;
    paper.originals = 1; // the usual paper: one original, required
    setPaperRow(row, paper);
    m_papers->setCurrentCell(row, PaperName);
    m_papers->editItem(m_papers->item(row, PaperName));
    emit changed();
}

void CaseEditor::addFee()
{
    const int row = m_fees->rowCount();
    m_fees->insertRow(row);
    setFeeRow(row, Fee{});
    m_fees->setCurrentCell(row, FeeName);
    m_fees->editItem(m_fees->item(row, FeeName));
    emit changed();
}

void CaseEditor::removeCurrentRow(QTableWidget* table)
{
    if (m_readOnly || table->currentRow() < 0)
        return;
    table->removeRow(table->currentRow());
    emit changed();
}

void CaseEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    for (QTableWidget* t : {m_papers, m_fees}) {
        // Typing or F2 edits a cell; moving the cursor does not open an editor (the table keeps
        // the keyboard for Ins, Ctrl+Del and the arrows).
        t->setEditTriggers(readOnly ? QAbstractItemView::NoEditTriggers
                                    : QAbstractItemView::DoubleClicked |
                                          QAbstractItemView::EditKeyPressed |
                                          QAbstractItemView::AnyKeyPressed);
        for (int row = 0; row < t->rowCount(); ++row) {
            for (int col = 0; col < t->columnCount(); ++col) {
                if (QWidget* w = t->cellWidget(row, col))
                    w->setEnabled(!readOnly);
            }
        }
    }
    for (int row = 0; row < m_papers->rowCount(); ++row) {
        if (QTableWidgetItem* required = m_papers->item(row, Required))
            required->setFlags(readOnly ? Qt::ItemIsEnabled | Qt::ItemIsSelectable
                                        : Qt::ItemIsEnabled | Qt::ItemIsSelectable |
                                              Qt::ItemIsUserCheckable);
    }
    for (QWidget* w : findChildren<QPushButton*>())
        w->setEnabled(!readOnly);
    m_online->setEnabled(!readOnly);
    m_post->setEnabled(!readOnly);
    m_appointment->setEnabled(!readOnly);
}

} // namespace motcua::client
