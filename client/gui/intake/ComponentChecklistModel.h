#pragma once

#include "domain/IntakeRequest.h"
#include "domain/Procedure.h"

#include <QAbstractTableModel>

namespace motcua::client {

// The papers of the chosen procedure as the clerk checks them: received or not, how many
// originals / certified copies / photocopies, and a note (what is missing or wrong: printed on
// Mẫu 02). Ticking "received" fills in the counts the procedure asks for; setting every count to
// zero unticks it, so the two can never disagree.
class ComponentChecklistModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Received, Name, Originals, CertifiedCopies, Photocopies, Note, ColumnCount };

    explicit ComponentChecklistModel(QObject* parent = nullptr);

    void setProcedure(const Procedure& procedure) { setRequirements(procedure.components); }
    // The papers of one case of the procedure (every row unticked).
    void setRequirements(const QList<ComponentRequirement>& requirements);
    const QList<ComponentRequirement>& requirements() const { return m_requirements; }

    // What was received, as sent to the server (only papers with at least one copy).
    QList<IntakeComponent> received() const;
    // Every row, received or not, with its note (for drafts and Mẫu 02).
    QList<IntakeComponent> rows() const { return m_rows; }
    void setRows(const QList<IntakeComponent>& rows); // matched by componentId
    // Mandatory papers not received.
    QList<ComponentRequirement> missingMandatory() const;
    bool isReceived(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void setReceived(int row, bool received);

    QList<ComponentRequirement> m_requirements;
    QList<IntakeComponent> m_rows; // same order as m_requirements
};

} // namespace motcua::client
