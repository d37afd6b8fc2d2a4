# Reminders of new, due-soon and overdue dossiers, shown from the system tray.
target_sources(motcua_client_gui PRIVATE
  gui/notify/Reminders.h gui/notify/Reminders.cpp
  gui/notify/TrayNotifier.h gui/notify/TrayNotifier.cpp)
