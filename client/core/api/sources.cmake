target_sources(motcua_client_core PRIVATE
  core/api/ApiResult.h
  core/api/ApiClient.h core/api/ApiClient.cpp)
