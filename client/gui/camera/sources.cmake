# Reading a barcode with a webcam (the citizen's receipt, a CCCD): camera frames decoded on a
# worker thread through core/barcode, and the dialog around it.
target_sources(motcua_client_gui PRIVATE
  gui/camera/CameraDecoder.h gui/camera/CameraDecoder.cpp
  gui/camera/CameraDialog.h gui/camera/CameraDialog.cpp)
# The preview is a QVideoWidget (Qt Multimedia Widgets, in the same Debian package as Qt
# Multimedia: qt6-multimedia-dev).
find_package(Qt6 6.4 REQUIRED COMPONENTS MultimediaWidgets)
target_link_libraries(motcua_client_gui PUBLIC Qt6::MultimediaWidgets)
