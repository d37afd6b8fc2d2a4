target_sources(motcua_client_gui PRIVATE
  gui/returns/IdNumberCheck.h gui/returns/IdNumberCheck.cpp
  gui/returns/ReturnDialog.h gui/returns/ReturnDialog.cpp)
