target_sources(motcua_common PRIVATE
  catalogue/ProcedureVersions.h catalogue/ProcedureVersions.cpp
  catalogue/ProcedureDiff.h catalogue/ProcedureDiff.cpp
  catalogue/NationalRecord.h catalogue/NationalRecord.cpp
  catalogue/CatalogueBundle.h catalogue/CatalogueBundle.cpp)
