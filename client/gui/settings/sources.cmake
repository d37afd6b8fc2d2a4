target_sources(motcua_client_gui PRIVATE
  gui/settings/SettingsPage.h gui/settings/SettingsPage.cpp
  gui/settings/SettingsDialog.h gui/settings/SettingsDialog.cpp
  gui/settings/ProcedureVersionsModel.h gui/settings/ProcedureVersionsModel.cpp
  gui/settings/CaseEditor.h gui/settings/CaseEditor.cpp
  gui/settings/ProcedureEditor.h gui/settings/ProcedureEditor.cpp
  gui/settings/ProcedureDiffView.h gui/settings/ProcedureDiffView.cpp
  gui/settings/ProceduresPage.h gui/settings/ProceduresPage.cpp)
