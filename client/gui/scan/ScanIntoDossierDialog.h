#pragma once

#include "domain/Dossier.h"
#include "gui/scan/ScanDialog.h"

class QComboBox;
class QLabel;
class QSettings;

namespace motcua::client {

class Scanner;
class Workstation;

// Scanning a dossier's papers into its components, at the counter: the scan dialog with, above
// it, which dossier (code, owner, procedure) and a component selector (the dossier's received
// components, each saying whether it is digitised and how many files it has). "Save to the
// component" turns the pages into one PDF (JPEG for colour and grey, 1 bit for line-art) and hands
// it to Workstation::attachDocument, which keeps it and queues its upload; the dialog stays open
// with an empty page list and the next component without a file selected, so several components
// are scanned in one sitting. Close when done; not while a save runs (ScanDialog::setSaving), so
// that closing never drops the pages being saved.
//
// The component chosen last for the same procedure is preselected next time (QSettings
// "scan/lastComponent/<procedure code>"). A save that fails keeps the pages and says why.
class ScanIntoDossierDialog : public ScanDialog {
    Q_OBJECT
public:
    // `settings` and `scanner`: as for ScanDialog (null = the application's settings, a scanner
    // of the dialog's own).
    ScanIntoDossierDialog(Workstation& workstation, const Dossier& dossier,
                          QWidget* parent = nullptr, QSettings* settings = nullptr,
                          Scanner* scanner = nullptr);

    const Dossier& dossier() const { return m_dossier; }
    int currentComponent() const; // component id; 0 when the dossier has none received
    bool selectComponent(int componentId);
    // How many documents were saved since the dialog opened.
    int savedCount() const { return m_saved; }

signals:
    void saved(const QString& dossierCode, int componentId, int pages, const QString& requestId);

protected:
    // "Save to the component": saves and stays open (the dialog closes with Close).
    void accept() override;

private:
    // The pages made into a PDF on a worker thread; an error message instead when that failed.
    struct EncodedPdf {
        QByteArray bytes;
        QString error;
    };
    void store(int componentId, const QString& name, int pages, const QByteArray& pdf);
    void onSaved(int componentId, const QString& name, int pages, const QString& requestId);
    void notSaved(const QString& message);
    void fillComponents();
    void showComponentState();
    QString componentLabel(const ReceivedComponent& c) const;

    Workstation& m_workstation;
    Dossier m_dossier;
    QComboBox* m_component = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_componentState = nullptr;
    QLabel* m_result = nullptr;
    QList<int> m_savedNow; // components saved in this sitting
    int m_saved = 0;
};

} // namespace motcua::client
