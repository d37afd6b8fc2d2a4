target_sources(motcua_server PRIVATE
  notify/NotificationEvent.h notify/NotificationEvent.cpp
  notify/NotificationTemplate.h notify/NotificationTemplate.cpp
  notify/NotificationChannel.h
  notify/NotificationOutbox.h notify/NotificationOutbox.cpp
  notify/LogChannel.h notify/LogChannel.cpp
  notify/SmsGatewayChannel.h notify/SmsGatewayChannel.cpp
  notify/SmtpChannel.h notify/SmtpChannel.cpp
  notify/NotificationDispatcher.h notify/NotificationDispatcher.cpp
  notify/NotificationSetup.h notify/NotificationSetup.cpp)
