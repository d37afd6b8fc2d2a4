# Batch intake: a mixed feeder stack split on its separator sheets, reviewed, then saved per
# dossier component (the widgets-free part is in core/batch).
target_sources(motcua_client_gui PRIVATE
  gui/batch/BatchReviewPanel.h gui/batch/BatchReviewPanel.cpp
  gui/batch/BatchSaver.h gui/batch/BatchSaver.cpp
  gui/batch/BatchScanDialog.h gui/batch/BatchScanDialog.cpp)
