#pragma once

#include "domain/Enums.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

namespace motcua::client {

// The words the designer shows for the kinds of step, the roles and the arrows' actions.
class ProcessText {
    Q_DECLARE_TR_FUNCTIONS(ProcessText)
public:
    static QString kind(StepKind k);
    static QString role(Role r);
    static QString action(WorkflowAction a); // forward, approve, returnToPrevious
    static QString timeUnit(DurationUnit u);

    // Label and wire name of each choice, in order, for the tables' lists.
    static QList<QPair<QString, QString>> kinds();
    static QList<QPair<QString, QString>> roles();
    static QList<QPair<QString, QString>> actions();
    static QList<QPair<QString, QString>> timeUnits();
};

} // namespace motcua::client
