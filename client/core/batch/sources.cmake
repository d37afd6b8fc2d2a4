# Batch intake from a mixed feeder stack: the separator sheet's code (the one place that writes and
# reads it), each page read on a worker thread, the stack split into (dossier, component) groups
# for the clerk's review, and the confirmed groups saved as one PDF each through the Workstation.
target_sources(motcua_client_core PRIVATE
  core/batch/SeparatorCode.h core/batch/SeparatorCode.cpp
  core/batch/PageInspector.h core/batch/PageInspector.cpp
  core/batch/BatchPlan.h core/batch/BatchPlan.cpp
  core/batch/BatchSplitter.h core/batch/BatchSplitter.cpp
  core/batch/ScanAttachment.h core/batch/ScanAttachment.cpp
  core/batch/BatchCommit.h core/batch/BatchCommit.cpp)
