target_sources(motcua_server PRIVATE
  http/ApiError.h
  http/RequestContext.h http/RequestContext.cpp
  http/Router.h http/Router.cpp
  http/ApiRequestHandler.h http/ApiRequestHandler.cpp)
