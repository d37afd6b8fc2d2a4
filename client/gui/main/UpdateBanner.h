#pragma once

#include <QFrame>
#include <QStringList>

class QLabel;

namespace motcua::client {

// A band across the top of the main window, hidden while all is well, shown when the server has
// sent what this version of the application cannot understand (Workstation::compatibilityChanged):
// a dossier kept aside rather than stored wrongly, or an API whose major version is not ours. It
// tells the clerk to update the application and that everything else keeps working, and names
// what was kept aside, so that a clerk looking for that dossier knows why it is missing.
class UpdateBanner : public QFrame {
    Q_OBJECT
public:
    explicit UpdateBanner(QWidget* parent = nullptr);

    void showState(bool updateRequired, const QStringList& keptAside);
    QString text() const;

private:
    QLabel* m_label;
};

} // namespace motcua::client
