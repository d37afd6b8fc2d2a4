target_sources(motcua_client_gui PRIVATE
  gui/main/Startup.h gui/main/Startup.cpp
  gui/main/MainWindow.h gui/main/MainWindow.cpp
  gui/main/TodayPanel.h gui/main/TodayPanel.cpp
  gui/main/UpdateBanner.h gui/main/UpdateBanner.cpp
  gui/main/ConflictDialog.h gui/main/ConflictDialog.cpp
  gui/main/StoreIntakeBackend.h gui/main/StoreIntakeBackend.cpp
  gui/main/CounterController.h gui/main/CounterController.cpp)
