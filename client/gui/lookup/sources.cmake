target_sources(motcua_client_gui PRIVATE
  gui/lookup/BarcodeWedge.h gui/lookup/BarcodeWedge.cpp
  gui/lookup/DossierSummaryModel.h gui/lookup/DossierSummaryModel.cpp
  gui/lookup/LookupPage.h gui/lookup/LookupPage.cpp)
