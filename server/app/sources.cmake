target_sources(motcua_server PRIVATE
  app/ServerApp.h app/ServerApp.cpp)
