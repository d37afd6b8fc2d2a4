target_sources(motcua_server PRIVATE
  api/HealthController.h api/HealthController.cpp
  api/CalendarController.h api/CalendarController.cpp)
