target_sources(motcua_common PRIVATE calendar/CalendarSettings.h)
