# Batch intake from a mixed feeder stack: the separator sheet's code (the one place that writes and
# reads it), each page read on a worker thread, the stack split into (dossier, component) groups
# for the clerk's review, and what saving the confirmed groups did (the saving itself, with its
# worker thread and the Workstation's signals, is gui/batch/BatchSaver).
target_sources(motcua_client_core PRIVATE
  core/batch/SeparatorCode.h core/batch/SeparatorCode.cpp
  core/batch/PageInspector.h core/batch/PageInspector.cpp
  core/batch/BatchPlan.h core/batch/BatchPlan.cpp
  core/batch/BatchSplitter.h core/batch/BatchSplitter.cpp
  core/batch/ScanAttachment.h core/batch/ScanAttachment.cpp
  core/batch/BatchCommit.h)
