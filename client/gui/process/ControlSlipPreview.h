#pragma once

#include "domain/Dossier.h"
#include "domain/User.h"
#include "forms/FormData.h"

#include <QImage>
#include <QList>
#include <QWidget>

class QLabel;
class QPushButton;
class QScrollArea;
class QVBoxLayout;

namespace motcua::client {

class FormPrinter;
class LocalStore;

// The control slip (Mẫu 05) of the dossier as it stands, rendered by the forms library exactly as
// the counter prints it (FormDataFactory fills the agency, place and staff names), with a print
// button. Pages are rendered only when the pane is on screen (or refresh() is called): a long
// history makes a slip of several pages.
//
// objectNames: controlSlipPages (the scroll area), controlSlipState, printControlSlipButton.
class ControlSlipPreview : public QWidget {
    Q_OBJECT
public:
    ControlSlipPreview(const LocalStore& store, FormPrinter& printer, QWidget* parent = nullptr);

    void setDossier(const Dossier& dossier, const User& viewer);
    void clear();
    // Renders now (if the dossier changed since the last rendering).
    void refresh();

    const FormData& formData() const { return m_data; }
    const QList<QImage>& pages() const { return m_pages; }
    // The filled-in template as last rendered (for tests and search).
    const QString& html() const { return m_html; }

protected:
    void showEvent(QShowEvent* event) override;

private:
    void print();

    const LocalStore& m_store;
    FormPrinter& m_printer;
    FormData m_data;
    bool m_hasDossier = false;
    bool m_dirty = false;
    QList<QImage> m_pages;
    QString m_html;

    QLabel* m_state;
    QPushButton* m_print;
    QScrollArea* m_scroll;
    QWidget* m_pagesWidget;
    QVBoxLayout* m_pagesLayout;
};

} // namespace motcua::client
