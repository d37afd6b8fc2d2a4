# The demo catalogue is compiled in; CMake regenerates the source when the JSON changes.
set(demo_json ${PROJECT_SOURCE_DIR}/resources/demo/catalogue.json)
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${demo_json})
file(READ ${demo_json} MOTCUA_DEMO_CATALOGUE)
configure_file(demo/EmbeddedCatalogue.cpp.in ${CMAKE_CURRENT_BINARY_DIR}/EmbeddedCatalogue.cpp @ONLY)
target_sources(motcua_server PRIVATE
  demo/EmbeddedCatalogue.h ${CMAKE_CURRENT_BINARY_DIR}/EmbeddedCatalogue.cpp
  demo/DemoLoader.h demo/DemoLoader.cpp)
