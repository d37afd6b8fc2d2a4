# The processing view: one dossier as a department officer or a leader works on it — details,
# history, the scanned components page by page, the control slip (Mẫu 05) and every workflow
# action open to the user, each through a small dialog. Scanned PDFs are rasterised with
# poppler-qt6, as in core/barcode/PageSource.
target_sources(motcua_client_gui PRIVATE
  gui/process/ActionCatalog.h gui/process/ActionCatalog.cpp
  gui/process/ActionDialog.h gui/process/ActionDialog.cpp
  gui/process/ActionPanel.h gui/process/ActionPanel.cpp
  gui/process/AttachmentPane.h gui/process/AttachmentPane.cpp
  gui/process/ControlSlipPreview.h gui/process/ControlSlipPreview.cpp
  gui/process/DocumentPages.h gui/process/DocumentPages.cpp
  gui/process/PageViewer.h gui/process/PageViewer.cpp
  gui/process/ProcessingView.h gui/process/ProcessingView.cpp)

if(NOT TARGET PkgConfig::POPPLER_QT6)
  find_package(PkgConfig REQUIRED)
  pkg_check_modules(POPPLER_QT6 REQUIRED IMPORTED_TARGET poppler-qt6)
endif()
target_link_libraries(motcua_client_gui PRIVATE PkgConfig::POPPLER_QT6)
