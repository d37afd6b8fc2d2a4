target_sources(motcua_client_core PRIVATE
  core/net/ServerConnection.h core/net/ServerConnection.cpp)
