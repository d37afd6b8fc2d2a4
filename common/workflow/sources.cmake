target_sources(motcua_common PRIVATE workflow/WorkflowStep.h workflow/WorkflowDefinition.h)
