#pragma once

#include <QString>
#include <QWidget>

namespace motcua::client {

// One page of the settings dialog (SettingsDialog). A page edits a copy of what the server holds;
// Apply sends it (the server validates it and answers with every problem at once), Revert
// returns to what was last loaded. Offline a page is read-only and says why.
class SettingsPage : public QWidget {
    Q_OBJECT
public:
    using QWidget::QWidget;

    virtual QString title() const = 0;
    // The words a search finds the page by: by default the texts of its labels, buttons, group
    // boxes, placeholders and table headers.
    virtual QString searchText() const;
    virtual bool isModified() const = 0;
    // Sends the changes; applyFinished(ok) follows (ok: stored, the page reloaded).
    virtual void apply() = 0;
    virtual void revert() = 0;
    // Loads what the server holds (when the dialog opens, and after an Apply).
    virtual void reload() = 0;
    virtual void setOnline(bool online) = 0;

signals:
    void modifiedChanged(bool modified);
    void applyFinished(bool ok);
};

} // namespace motcua::client
