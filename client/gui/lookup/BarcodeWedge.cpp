#include "gui/lookup/BarcodeWedge.h"

#include <algorithm>

#include <QCoreApplication>
#include <QKeyEvent>

namespace motcua::client {

BarcodeWedge::BarcodeWedge(QObject* parent)
    : QObject(parent)
{
    m_elapsed.start();
    m_timeout.setSingleShot(true);
    setMaxGapMs(m_maxGapMs);
    connect(&m_timeout, &QTimer::timeout, this, &BarcodeWedge::flush);
    if (auto* app = qobject_cast<QCoreApplication*>(parent))
        app->installEventFilter(this);
}

BarcodeWedge::~BarcodeWedge()
{
    // Keys still held back belong to the user: hand them over rather than lose them.
    flush();
}

void BarcodeWedge::setMaxGapMs(int ms)
{
    m_maxGapMs = ms;
    // A little slack over the gap: a timer fires late rather than early, never mid-burst.
    m_timeout.setInterval(ms + 15);
}

void BarcodeWedge::setEnabled(bool enabled)
{
    if (!enabled)
        flush();
    m_enabled = enabled;
}

qint64 BarcodeWedge::timeOf(const QKeyEvent* event) const
{
    if (m_clock)
        return m_clock();
    if (event->timestamp() != 0)
        return qint64(event->timestamp());
    return m_elapsed.elapsed();
}

bool BarcodeWedge::isPrintable(const QKeyEvent* event)
{
    constexpr auto commandModifiers = Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier;
    if (event->modifiers() & commandModifiers)
        return false;
    const QString text = event->text();
    if (text.isEmpty())
        return false;
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.isPrint(); });
}

void BarcodeWedge::hold(QObject* receiver, QKeyEvent* event)
{
    if (m_held.empty())
        m_target = receiver;
    m_held.emplace_back(event->clone());
    if (event->type() == QEvent::KeyPress)
        m_text += event->text();
    event->accept();
}

void BarcodeWedge::clearHeld()
{
    m_timeout.stop();
    m_held.clear();
    m_text.clear();
    m_target = nullptr;
}

void BarcodeWedge::flush()
{
    m_timeout.stop();
    if (m_held.empty())
        return;
    const auto held = std::move(m_held);
    const QPointer<QObject> target = m_target;
    m_held.clear();
    m_text.clear();
    m_target = nullptr;
    m_replaying = true;
    for (const auto& e : held) {
        if (!target)
            break; // the widget went away: its keys go with it
        e->setAccepted(true);
        QCoreApplication::sendEvent(target, e.get());
    }
    m_replaying = false;
}

bool BarcodeWedge::eventFilter(QObject* watched, QEvent* event)
{
    const QEvent::Type type = event->type();
    if (type != QEvent::KeyPress && type != QEvent::KeyRelease)
        return false;
    // Only the delivery to a widget is considered: the same key first reaches the QWindow,
    // which passes it on to its focus widget.
    if (m_replaying || !m_enabled || !watched->isWidgetType())
        return false;
    auto* key = static_cast<QKeyEvent*>(event);
    const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;

    if (type == QEvent::KeyRelease) {
        if (enter && m_swallowEnterRelease) {
            m_swallowEnterRelease = false;
            event->accept();
            return true;
        }
        if (!m_held.empty() && watched == m_target && isPrintable(key)) {
            hold(watched, key); // keep press and release together, in order
            return true;
        }
        return false;
    }

    if (key->isAutoRepeat()) { // a key held down is a person
        flush();
        return false;
    }
    const qint64 now = timeOf(key);
    const qint64 gap = now - m_lastPress;
    const bool fast = gap >= 0 && gap <= m_maxGapMs;
    if (isPrintable(key)) {
        if (!m_held.empty() && (!fast || watched != m_target))
            flush(); // what was held was typed by hand
        hold(watched, key);
        m_lastPress = now;
        m_timeout.start();
        return true;
    }
    if (enter && !m_held.empty() && fast && m_text.size() >= m_minLength) {
        const QString text = m_text;
        clearHeld();
        m_swallowEnterRelease = true;
        event->accept();
        emit scanned(text);
        return true;
    }
    flush(); // any other key ends a burst; its own delivery goes on after the held keys
    return false;
}

} // namespace motcua::client
