target_sources(motcua_client_gui PRIVATE
  gui/dossier/DeadlineState.h gui/dossier/DeadlineState.cpp
  gui/dossier/DossierText.h gui/dossier/DossierText.cpp
  gui/dossier/DossierView.h gui/dossier/DossierView.cpp
  gui/dossier/DossierWidgets.h gui/dossier/DossierWidgets.cpp
  gui/dossier/HistoryModel.h gui/dossier/HistoryModel.cpp
  gui/dossier/MoveProcessDialog.h gui/dossier/MoveProcessDialog.cpp)
