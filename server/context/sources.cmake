# What every controller and the application share, below both: the services and repositories of
# one server process (ServerContext) and the working calendar in force (CalendarProvider).
target_sources(motcua_server PRIVATE
  context/ServerContext.h
  context/CalendarProvider.h context/CalendarProvider.cpp)
