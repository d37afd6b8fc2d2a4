#pragma once

#include "core/api/ApiClient.h"
#include "domain/Dossier.h"
#include "domain/Procedure.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace motcua::client {

class Workstation;

// An administrator moves a running dossier to another process: the process of its case in a
// published version of its procedure (usually the newer one), entering a chosen step, with the
// reason. The server applies it, records it in the dossier's history and the audit log, and the
// dossier keeps its papers, fees and appointment. Online only.
class MoveProcessDialog : public QDialog {
    Q_OBJECT
public:
    MoveProcessDialog(Workstation* workstation, const Dossier& dossier, QWidget* parent = nullptr);

    bool isBusy() const { return !m_call.isEmpty(); }
    QComboBox* versionBox() const { return m_version; }
    QComboBox* stepBox() const { return m_step; }
    QPlainTextEdit* reasonEdit() const { return m_reason; }
    QPushButton* moveButton() const { return m_move; }
    QLabel* statusLabel() const { return m_status; }

signals:
    void moved(const motcua::Dossier& dossier);

private:
    void call(const QByteArray& method, const QString& path, const QByteArray& body);
    void callDone(const QString& id, const ApiResult& result);
    void versionsLoaded(const ApiResult& result);
    void showSteps();
    void validate();
    void submit();

    Workstation* m_ws;
    Dossier m_dossier;
    QList<Procedure> m_versions; // published, newest first
    QComboBox* m_version;
    QComboBox* m_step;
    QPlainTextEdit* m_reason;
    QPushButton* m_move;
    QLabel* m_status;
    QString m_call;
    bool m_loadingVersions = false;
};

} // namespace motcua::client
