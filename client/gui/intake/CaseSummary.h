#pragma once

#include "domain/Enums.h"
#include "domain/Procedure.h"

#include <QCoreApplication>
#include <QString>

namespace motcua::client {

// What the clerk reads under the chosen procedure: its name and code, the case, the statutory
// time and the fees that apply to a dossier filed through the chosen channel.
class CaseSummary {
    Q_DECLARE_TR_FUNCTIONS(CaseSummary)
public:
    // `chosen` is null while a procedure with several cases waits for the clerk's choice.
    static QString html(const Procedure& procedure, const ProcedureCase* chosen, Channel channel);
    static QString duration(const Duration& d);
};

} // namespace motcua::client
