# The one place of the project that includes zxing-cpp headers (its API changes between 1.x and
# 2.x): everything else goes through core/barcode/Barcode.h.
target_sources(motcua_client_core PRIVATE core/barcode/Barcode.h core/barcode/Barcode.cpp)
target_link_libraries(motcua_client_core PRIVATE ZXing::ZXing)
# Result::text() returns UTF-8 std::string (1.4 otherwise returns std::wstring and warns).
target_compile_definitions(motcua_client_core PRIVATE ZX_USE_UTF8)

# The pages of a file to read barcodes from (`motcua decode`, and a scanned stack opened in the
# batch dialog): images, or PDF pages rasterised in process by poppler's Qt 6 binding (Debian
# package libpoppler-qt6-dev), not by spawning pdftoppm. Here rather than in a GUI folder because
# the headless command and the window both read files this way.
target_sources(motcua_client_core PRIVATE core/barcode/PageSource.h core/barcode/PageSource.cpp)
if(NOT TARGET PkgConfig::POPPLER_QT6)
  find_package(PkgConfig REQUIRED)
  pkg_check_modules(POPPLER_QT6 REQUIRED IMPORTED_TARGET poppler-qt6)
endif()
target_link_libraries(motcua_client_core PRIVATE PkgConfig::POPPLER_QT6)
