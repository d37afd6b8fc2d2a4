target_sources(motcua_common PRIVATE
  calendar/CalendarSettings.h calendar/DayInfo.h calendar/DayReason.h
  calendar/Holiday.h calendar/HolidayRule.h calendar/LunarDate.h
  calendar/LunarCalendar.h calendar/LunarCalendar.cpp
  calendar/WorkPeriods.h calendar/WorkPeriods.cpp
  calendar/PublicHolidays.h calendar/PublicHolidays.cpp
  calendar/WorkingCalendar.h calendar/WorkingCalendar.cpp
  calendar/DeadlineCalculator.h calendar/DeadlineCalculator.cpp)
