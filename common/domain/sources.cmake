target_sources(motcua_common PRIVATE
  domain/Enums.h domain/Enums.cpp
  domain/Duration.h domain/Agency.h domain/Field.h domain/User.h domain/MoveProcessRequest.h
  domain/ComponentRequirement.h domain/Fee.h domain/ChannelTime.h domain/ProcedureCase.h
  domain/Procedure.h domain/Procedure.cpp
  domain/Person.h domain/ReceivedComponent.h domain/FeeLine.h domain/Pause.h
  domain/StepDeadline.h domain/HistoryEntry.h domain/Apology.h domain/Dossier.h domain/IntakeRequest.h domain/AuthMessages.h)
