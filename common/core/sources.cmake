target_sources(motcua_common PRIVATE core/Error.h core/Expected.h core/VnTime.h core/VnTime.cpp
  core/FileType.h core/FileType.cpp)
