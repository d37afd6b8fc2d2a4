#pragma once

#include "core/store/AttachmentInfo.h"
#include "domain/Dossier.h"

#include <QList>
#include <QWidget>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace motcua::client {

class PageViewer;
class Workstation;

// The scanned papers of a dossier, component by component (and the result document), with the
// chosen file shown page by page. Bytes come from the workstation's store; a file listed but not
// downloaded yet is fetched (fetchAttachments) and shows "Loading…" until attachmentsChanged
// brings it, or "Not downloaded (offline)" when the server cannot be reached.
//
// objectNames: attachmentTree (top-level items: components; children: files, with the file's
// sha256 in Qt::UserRole), attachmentSummary, pageViewer.
class AttachmentPane : public QWidget {
    Q_OBJECT
public:
    explicit AttachmentPane(Workstation& workstation, QWidget* parent = nullptr);

    void setDossier(const Dossier& dossier);
    void clear();
    // Shows the file with this sha256 (as a click on it in the tree would).
    bool selectAttachment(const QString& sha256);

    PageViewer* viewer() const { return m_viewer; }
    QTreeWidget* tree() const { return m_tree; }

private:
    void rebuild();
    // `mayFetch` false after a fetch came back: a file still missing then is not asked again.
    void showSelected(bool mayFetch = true);
    void onAttachmentsChanged(const QString& code);

    Workstation& m_ws;
    Dossier m_dossier;
    bool m_hasDossier = false;
    bool m_fetchAsked = false;
    QList<AttachmentInfo> m_attachments;
    QString m_selected; // sha256

    QTreeWidget* m_tree;
    QLabel* m_summary;
    PageViewer* m_viewer;
};

} // namespace motcua::client
