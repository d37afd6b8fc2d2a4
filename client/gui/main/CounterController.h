#pragma once

#include "domain/Dossier.h"
#include "domain/IntakeRequest.h"
#include "domain/User.h"
#include "forms/FormData.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class QWidget;

namespace motcua::client {

class FormPrinter;
class IntakePage;
class Workstation;

// The reception counter's flow between the screens, the workstation (store + sync) and the
// printer: an accepted intake prints the receipt (Mẫu 01) and the control slip (Mẫu 05); a
// guidance prints Mẫu 02 and a refusal Mẫu 03, each printed once it is recorded on this
// workstation's disk (Workstation::recordCounterOutcome, on the store-writer thread) together
// with its outbox entry, which sends it to the server at once when online and later otherwise;
// the record and the form carry the same instant. Returns and reprints go through the same
// place. It gathers everything a form shows (agency, clerk, staff names) so the forms never look
// anything up.
//
// Output: by default a form goes to the printer remembered for its kind (the print dialog the
// first time). setPdfDirectory() sends every form to PDF files there instead — for counters
// without a printer, and for tests; those are written on a worker thread, and the confirmation
// of an intake notes each file once it is there.
class CounterController : public QObject {
    Q_OBJECT
public:
    CounterController(Workstation* workstation, User clerk, QWidget* dialogParent,
                      QObject* parent = nullptr);
    ~CounterController() override;

    void attachIntake(IntakePage* page);
    void setPdfDirectory(const QString& dir);
    void setPreviewBeforePrinting(bool preview);
    bool previewBeforePrinting() const { return m_preview; }
    FormPrinter* printer() const { return m_printer; }

    // The form data with the header filled in (agency, place, clerk, staff names).
    FormData formData(FormKind kind) const;

public slots:
    // FormKind::Supplement prints the dossier's latest supplement request (during processing),
    // or says there is none.
    void printForm(motcua::client::FormKind kind, const QString& dossierCode);
    void printRegister(const QList<motcua::Dossier>& dossiers, const QDate& from, const QDate& to);
    void returnResult(const QString& dossierCode, QWidget* dialogParent);
    void exportForm(motcua::client::FormKind kind, const QString& dossierCode);
    void choosePrinter(motcua::client::FormKind kind);

signals:
    // A form went out: to the printer named `where`, or (`toFile`) to the PDF file `where` —
    // chosen in the print dialog, exported, or written to the PDF folder.
    void formOutput(motcua::client::FormKind kind, const QString& where, bool toFile);
    void message(const QString& text, bool warning);
    void dossierUpdated(const QString& code);

private:
    void onAccept(const IntakeRequest& request);
    void onGuide(const IntakeRequest& request, const QString& reasons);
    void onRefuse(const IntakeRequest& request, const QString& reason);
    void onIntakeDone(const QString& requestId, const Dossier& dossier, bool offline);
    void onIntakeFailed(const QString& requestId, const QString& code, const QString& message,
                        const QJsonArray& problems);
    void onOutcomeRecorded(const QString& requestId);
    void onOutcomeFailed(const QString& requestId, const QString& code, const QString& message);
    bool output(const FormData& data);
    // What came out for the intake just accepted (LastReceivedBar); `where` empty: nothing.
    void noteOutput(FormKind kind, const QString& dossierCode, const QString& where, bool toFile);
    void printSupplementRequest(const Dossier& dossier);
    Dossier counterDossier(const IntakeRequest& request, const QDateTime& at) const;

    Workstation* m_workstation;
    User m_clerk;
    QPointer<QWidget> m_dialogParent;
    FormPrinter* m_printer;
    QPointer<IntakePage> m_intake;
    QString m_pdfDirectory;
    bool m_preview = false;
    QHash<QString, bool> m_requests; // intake request ids of this controller
    // A guidance or refusal waiting to be on disk: its form and the line that confirms it.
    struct PendingOutcome {
        FormData form;
        QString confirmation;
    };
    QHash<QString, PendingOutcome> m_outcomes;
    QString m_lastWhere; // where the form output() sent last went
    bool m_lastToFile = false;
};

} // namespace motcua::client
