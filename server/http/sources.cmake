target_sources(motcua_server PRIVATE
  http/Access.h
  http/ApiError.h
  http/ApiVersion.h
  http/RequestContext.h http/RequestContext.cpp
  http/TrustedProxies.h http/TrustedProxies.cpp
  http/LogMasking.h http/LogMasking.cpp
  http/LingeringClose.h http/LingeringClose.cpp
  http/Router.h http/Router.cpp
  http/ApiRequestHandler.h http/ApiRequestHandler.cpp)
