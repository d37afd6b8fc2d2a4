target_sources(motcua_common PRIVATE
  workflow/WorkflowStep.h workflow/WorkflowTransition.h workflow/StepPosition.h
  workflow/WorkflowDefinition.h workflow/Actor.h workflow/ActionRequest.h
  workflow/WorkflowGraph.h workflow/WorkflowGraph.cpp
  workflow/WorkflowSimulator.h workflow/WorkflowSimulator.cpp
  workflow/WorkflowEngine.h workflow/WorkflowEngine.cpp
  workflow/IntakeBuilder.h workflow/IntakeBuilder.cpp)
