target_sources(motcua_client_gui PRIVATE
  gui/main/Startup.h gui/main/Startup.cpp
  gui/main/MainWindow.h gui/main/MainWindow.cpp
  gui/main/TodayPanel.h gui/main/TodayPanel.cpp)
target_sources(motcua_client_gui PRIVATE gui/main/ProblemText.h gui/main/ProblemText.cpp)
