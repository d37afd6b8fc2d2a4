#pragma once

#include <functional>
#include <memory>
#include <vector>

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QKeyEvent;

namespace motcua::client {

// Recognises a barcode gun working as a keyboard ("keyboard wedge") anywhere in the application:
// a fast burst of printable characters — every gap under maxGapMs (default 40 ms; people type
// 80–250 ms apart, scanners 1–20 ms), at least minLength characters (default 8) — ending in
// Enter/Return emits scanned(text), and none of the burst's keys reaches the widget that had the
// focus (a half-typed name is not overwritten by the code).
//
// To do that, printable key presses are held back while they might still be a scan, and handed
// on, in order, to the widget they were meant for as soon as they cannot be one: a gap longer than
// maxGapMs (the next key, or a timer), a non-printable key (Backspace, Tab, arrows, Ctrl+…), or an
// Enter after too few characters. A person typing therefore sees each key at most maxGapMs late.
//
// Install it on the QApplication (installs itself in the constructor when given one). Timing
// comes from the injected clock when set (tests), else the key event's timestamp (the window
// system's time of the key, so a busy GUI thread does not squeeze human typing into a "burst"),
// else a monotonic timer.
class BarcodeWedge : public QObject {
    Q_OBJECT
public:
    using Clock = std::function<qint64()>; // milliseconds, monotonic

    explicit BarcodeWedge(QObject* parent = nullptr);
    ~BarcodeWedge() override;

    void setClock(Clock clock) { m_clock = std::move(clock); }
    void setMaxGapMs(int ms);
    int maxGapMs() const { return m_maxGapMs; }
    void setMinLength(int chars) { m_minLength = chars; }
    int minLength() const { return m_minLength; }
    void setEnabled(bool enabled);
    bool isEnabled() const { return m_enabled; }

    bool eventFilter(QObject* watched, QEvent* event) override;

public slots:
    // Hands any held-back keys to their widget now.
    void flush();

signals:
    void scanned(const QString& text);

private:
    qint64 timeOf(const QKeyEvent* event) const;
    static bool isPrintable(const QKeyEvent* event);
    void hold(QObject* receiver, QKeyEvent* event);
    void clearHeld();

    Clock m_clock;
    int m_maxGapMs = 40;
    int m_minLength = 8;
    bool m_enabled = true;
    bool m_replaying = false;
    bool m_swallowEnterRelease = false;
    std::vector<std::unique_ptr<QKeyEvent>> m_held; // presses and releases, in order
    QString m_text;                                 // the printable text held so far
    QPointer<QObject> m_target;
    qint64 m_lastPress = 0;
    QTimer m_timeout;
    QElapsedTimer m_elapsed;
};

} // namespace motcua::client
