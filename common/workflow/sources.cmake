target_sources(motcua_common PRIVATE
  workflow/WorkflowStep.h workflow/WorkflowDefinition.h workflow/Actor.h workflow/ActionRequest.h
  workflow/WorkflowEngine.h workflow/WorkflowEngine.cpp
  workflow/IntakeBuilder.h workflow/IntakeBuilder.cpp)
