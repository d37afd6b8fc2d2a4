target_sources(motcua_client_gui PRIVATE
  gui/queues/WorkingHours.h gui/queues/WorkingHours.cpp
  gui/queues/WorkQueues.h gui/queues/WorkQueues.cpp
  gui/queues/QueueModel.h gui/queues/QueueModel.cpp
  gui/queues/QueuePanel.h gui/queues/QueuePanel.cpp)
