# Scanning: Scanner (the facade, signals out) and ScanWorker (its thread) over SaneSession — the
# one place of the project that includes SANE's headers — plus the PDF writer and thumbnails.
target_sources(motcua_client_core PRIVATE
  core/scan/ScanStatus.h core/scan/ScanDevice.h core/scan/ScanSettings.h
  core/scan/DeviceCapabilities.h
  core/scan/RawFrame.h core/scan/FrameAssembler.h core/scan/FrameAssembler.cpp
  core/scan/DeviceVocabulary.h core/scan/DeviceVocabulary.cpp
  core/scan/SaneSession.h core/scan/SaneSession.cpp
  core/scan/ScanWorker.h core/scan/ScanWorker.cpp
  core/scan/Scanner.h core/scan/Scanner.cpp
  core/scan/PdfPageWriter.h core/scan/PdfPageWriter.cpp
  core/scan/PageDocument.h core/scan/PageDocument.cpp
  core/scan/Thumbnail.h core/scan/Thumbnail.cpp)
if(NOT TARGET PkgConfig::SANE)
  find_package(PkgConfig REQUIRED)
  pkg_check_modules(SANE REQUIRED IMPORTED_TARGET sane-backends)
endif()
target_link_libraries(motcua_client_core PRIVATE PkgConfig::SANE)
# SaneSession.cpp's pthread_setcanceltype() must win over the C library's for SANE's backends
# (dlopened later): exported from every executable that links the core.
target_link_options(motcua_client_core INTERFACE
                    "LINKER:--export-dynamic-symbol=pthread_setcanceltype")
