target_sources(motcua_client_core PRIVATE
  core/sync/LocalWorkflow.h core/sync/LocalWorkflow.cpp
  core/sync/SyncEngine.h core/sync/SyncEngine.cpp
  core/sync/SyncEngineAttachments.cpp core/sync/SyncEngineOutcomes.cpp
  core/sync/SyncEnginePull.cpp core/sync/SyncEnginePush.cpp core/sync/SyncEngineWork.cpp
  core/sync/SyncEngineWatch.cpp
  core/sync/Workstation.h core/sync/Workstation.cpp)
