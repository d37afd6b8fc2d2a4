# Scanning at the counter: the scan dialog (device, options, preview, pages as thumbnails), the
# same dialog scanning into a dossier's components, and the headless `motcua scan`.
target_sources(motcua_client_gui PRIVATE
  gui/scan/ScanDialog.h gui/scan/ScanDialog.cpp
  gui/scan/ScanIntoDossierDialog.h gui/scan/ScanIntoDossierDialog.cpp
  gui/scan/ScanCommand.h gui/scan/ScanCommand.cpp)
