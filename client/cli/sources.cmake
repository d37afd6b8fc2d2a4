# The headless sub-commands of `motcua` (client/main.cpp dispatches to them): print a form of a
# dossier to PDF, scan a source into a PDF, read the barcodes of an image or a PDF. No widgets and
# no display: they are for scripts and tests, and run over SSH.
target_sources(motcua_client_cli PRIVATE
  cli/PrintCommand.h cli/PrintCommand.cpp
  cli/ScanCommand.h cli/ScanCommand.cpp
  cli/DecodeCommand.h cli/DecodeCommand.cpp)
