#pragma once

#include "domain/Dossier.h"
#include "domain/Procedure.h"

namespace motcua::test {

// The typical commune-level chain: intake → assign (leader) → process (specialist) →
// approve (leader) → issue (receptionist).
WorkflowDefinition sampleWorkflow();

// A birth registration procedure with components, a fee and the sample workflow.
Procedure sampleProcedure();

// The same procedure with two cases — on time (3 working days, 2 online, no fee) and late
// (5 working days, another paper, 8 000 đ in person or by post, 4 000 đ online) — mirrored to the
// top level as the server stores it.
Procedure sampleProcedureWithCases();

// A dossier with every field set (Vietnamese text, dates, lists, optional values), for codec
// round trips; status Registered at the intake step.
Dossier sampleDossier();

} // namespace motcua::test
