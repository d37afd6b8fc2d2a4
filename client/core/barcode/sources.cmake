# The one place of the project that includes zxing-cpp headers (its API changes between 1.x and
# 2.x): everything else goes through core/barcode/Barcode.h.
target_sources(motcua_client_core PRIVATE core/barcode/Barcode.h core/barcode/Barcode.cpp)
target_link_libraries(motcua_client_core PRIVATE ZXing::ZXing)
# Result::text() returns UTF-8 std::string (1.4 otherwise returns std::wstring and warns).
target_compile_definitions(motcua_client_core PRIVATE ZX_USE_UTF8)
