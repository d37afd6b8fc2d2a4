#pragma once

#include "domain/Dossier.h"
#include "domain/Procedure.h"

namespace motcua::test {

// The typical commune-level chain: intake → assign (leader) → process (specialist) →
// approve (leader) → issue (receptionist).
WorkflowDefinition sampleWorkflow();

// A birth registration procedure with components, a fee and the sample workflow.
Procedure sampleProcedure();

// A dossier with every field set (Vietnamese text, dates, lists, optional values), for codec
// round trips; status Registered at the intake step.
Dossier sampleDossier();

} // namespace motcua::test
