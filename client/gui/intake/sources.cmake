target_sources(motcua_client_gui PRIVATE
  gui/intake/IntakeBackend.h
  gui/intake/IntakeDraft.h gui/intake/IntakeDraft.cpp
  gui/intake/ProcedureListModel.h gui/intake/ProcedureListModel.cpp
  gui/intake/ComponentChecklistModel.h gui/intake/ComponentChecklistModel.cpp
  gui/intake/PersonFields.h gui/intake/PersonFields.cpp
  gui/intake/CaseSummary.h gui/intake/CaseSummary.cpp
  gui/intake/LastReceivedBar.h gui/intake/LastReceivedBar.cpp
  gui/intake/BlankFormsDialog.h gui/intake/BlankFormsDialog.cpp
  gui/intake/IntakePage.h gui/intake/IntakePage.cpp)
