# Scanning at the counter: the scan dialog (device, options, preview, pages as thumbnails) and the
# same dialog scanning into a dossier's components (the headless `motcua scan` is in cli/).
target_sources(motcua_client_gui PRIVATE
  gui/scan/ScanDialog.h gui/scan/ScanDialog.cpp
  gui/scan/ScanIntoDossierDialog.h gui/scan/ScanIntoDossierDialog.cpp)
