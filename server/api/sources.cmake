target_sources(motcua_server PRIVATE
  api/Body.h
  api/AccessPolicy.h api/AccessPolicy.cpp
  api/Authenticator.h api/Authenticator.cpp
  api/AuthController.h api/AuthController.cpp
  api/HealthController.h api/HealthController.cpp
  api/CalendarController.h api/CalendarController.cpp
  api/CatalogueController.h api/CatalogueController.cpp
  api/UserController.h api/UserController.cpp
  api/DossierController.h api/DossierController.cpp
  api/FeedController.h api/FeedController.cpp
  api/PublicController.h api/PublicController.cpp
  api/OpenApiController.h api/OpenApiController.cpp
  api/OpenApiRoutes.h api/OpenApiRoutes.cpp
  api/OpenApiSchemas.h api/OpenApiSchemas.cpp
  api/AttachmentController.h api/AttachmentController.cpp
  api/NotificationController.h api/NotificationController.cpp
  api/CounterOutcomeController.h api/CounterOutcomeController.cpp)
