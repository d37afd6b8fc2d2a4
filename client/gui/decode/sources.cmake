# `motcua decode FILE`: barcodes from an image or a PDF. PDF pages are rasterised in process by
# poppler's Qt 6 binding (Debian package libpoppler-qt6-dev), not by spawning pdftoppm.
target_sources(motcua_client_gui PRIVATE
  gui/decode/PageSource.h gui/decode/PageSource.cpp
  gui/decode/DecodeCommand.h gui/decode/DecodeCommand.cpp)

if(NOT TARGET PkgConfig::POPPLER_QT6)
  find_package(PkgConfig REQUIRED)
  pkg_check_modules(POPPLER_QT6 REQUIRED IMPORTED_TARGET poppler-qt6)
endif()
target_link_libraries(motcua_client_gui PRIVATE PkgConfig::POPPLER_QT6)
