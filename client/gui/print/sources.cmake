target_sources(motcua_client_gui PRIVATE
  gui/print/FormPrinter.h gui/print/FormPrinter.cpp gui/print/QtDialogTexts.cpp
  gui/print/DocumentPrinter.h gui/print/DocumentPrinter.cpp)
