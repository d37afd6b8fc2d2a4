#pragma once

#include "calendar/WorkingCalendar.h"

#include <QDate>
#include <QWidget>

class QLabel;
class QListWidget;

namespace motcua::client {

// Today at a glance for the counter: the Vietnamese civil date, whether it is a working day and
// the coming days off (holidays and compensatory days; weekends left out), from common/'s
// working calendar.
class TodayPanel : public QWidget {
    Q_OBJECT
public:
    explicit TodayPanel(QWidget* parent = nullptr);

    // Shows the given day (the caller passes Vietnam's civil date; tests pass a fixed one).
    void showDay(const QDate& today, const WorkingCalendar& calendar);

private:
    QLabel* m_date;
    QLabel* m_state;
    QListWidget* m_upcoming;
};

} // namespace motcua::client
