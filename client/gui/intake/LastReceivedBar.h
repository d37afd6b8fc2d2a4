#pragma once

#include "domain/Dossier.h"
#include "forms/FormKind.h"

#include <QFrame>
#include <QList>
#include <QString>

class QLabel;
class QPushButton;

namespace motcua::client {

// The confirmation of the last dossier accepted at the intake, at the top of the screen where the
// clerk looks next (the form below is cleared for the next citizen at once): its code, the
// appointment, and what was printed where — "Receipt: printer HP-Counter", "Control slip: file
// /…/control-slip-CODE.pdf", or "not printed". Highlighted until the clerk starts the next
// intake (markStale), then kept as a plain "last received" line; Open and Reprint act on it.
// objectNames: lastReceived (the bar), lastReceivedText, lastReceivedOpen, lastReceivedReprint.
class LastReceivedBar : public QFrame {
    Q_OBJECT
public:
    explicit LastReceivedBar(QWidget* parent = nullptr);

    void showAccepted(const Dossier& dossier, bool offline);
    // A form of this dossier went out (`where`: printer name, or file path when `toFile`), or not.
    void notePrinted(FormKind kind, const QString& where, bool toFile);
    void noteNotPrinted(FormKind kind);
    // The clerk started the next intake: the line stays, without the highlight.
    void markStale();

    QString code() const { return m_code; }
    QString text() const;
    bool isFresh() const { return m_fresh; }

signals:
    void openRequested(const QString& code);
    void reprintRequested(const QString& code);

private:
    struct Output {
        FormKind kind;
        QString where; // empty: not printed
        bool toFile = false;
    };
    void render();

    QLabel* m_text;
    QPushButton* m_open;
    QPushButton* m_reprint;
    QString m_code;
    QString m_summary; // code and appointment
    QList<Output> m_outputs;
    bool m_fresh = false;
};

} // namespace motcua::client
