#pragma once

#include "domain/Dossier.h"

#include <QDialog>

class QTableWidget;

namespace motcua::client {

// Shown when a change made on this workstation meets a newer version on the server (409):
// both versions side by side, the differences highlighted, and the clerk decides. Nothing is
// overwritten silently: "Keep the server's" drops the local change, "Send mine again" re-applies
// it on top of the server's version (the workflow engine on the server then judges it afresh).
class ConflictDialog : public QDialog {
    Q_OBJECT
public:
    enum Choice { KeepServer, ReapplyMine };

    ConflictDialog(const Dossier& mine, const Dossier& server, QWidget* parent = nullptr);

    Choice choice() const { return m_choice; }
    QTableWidget* table() const { return m_table; }

private:
    QTableWidget* m_table;
    Choice m_choice = KeepServer;
};

} // namespace motcua::client
