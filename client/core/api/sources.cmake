target_sources(motcua_client_core PRIVATE
  core/api/ApiResult.h core/api/ServerJson.h
  core/api/ApiClient.h core/api/ApiClient.cpp
  core/api/ProblemText.h core/api/ProblemText.cpp)
