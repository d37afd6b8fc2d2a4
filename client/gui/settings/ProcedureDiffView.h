#pragma once

#include "catalogue/ProcedureDiff.h"

#include <QTreeWidget>

namespace motcua::client {

// What changed between two versions of a procedure, one row a change: what, the case, the paper,
// fee or step, before and after. Used by the Procedures page's comparison (and, later, the import
// preview).
class ProcedureDiffView : public QTreeWidget {
    Q_OBJECT
public:
    explicit ProcedureDiffView(QWidget* parent = nullptr);

    void setChanges(const QList<ProcedureChange>& changes);
    // The label of a change code ("paper.added" → "Paper added"), translated.
    static QString label(const QString& what);
    // A before/after value for people: durations, yes/no and service levels in words.
    static QString value(const QString& what, const QString& wire);
};

} // namespace motcua::client
