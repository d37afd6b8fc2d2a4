target_sources(motcua_server PRIVATE
  app/ServerApp.h app/ServerApp.cpp
  app/ServerContext.h
  app/CalendarProvider.h app/CalendarProvider.cpp)
