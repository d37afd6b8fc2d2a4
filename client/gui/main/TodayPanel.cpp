#include "gui/main/TodayPanel.h"

#include "calendar/DayReason.h"

#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace motcua::client {
namespace {

// The client's words for the calendar's reason codes (the server sends the same codes).
QString reasonText(const QString& code)
{
    if (code == dayreason::weekend())
        return TodayPanel::tr("Weekly rest day");
    if (code == dayreason::newYear())
        return TodayPanel::tr("New Year's Day");
    if (code == dayreason::tet())
        return TodayPanel::tr("Lunar New Year (Tết)");
    if (code == dayreason::hungKings())
        return TodayPanel::tr("Hùng Kings' Commemoration Day");
    if (code == dayreason::reunification())
        return TodayPanel::tr("Reunification Day");
    if (code == dayreason::labour())
        return TodayPanel::tr("International Labour Day");
    if (code == dayreason::national())
        return TodayPanel::tr("National Day");
    if (code == dayreason::compensatory())
        return TodayPanel::tr("Compensatory day off");
    if (code == dayreason::adminOverride())
        return TodayPanel::tr("Set by the administrator");
    return TodayPanel::tr("Working day");
}

} // namespace

TodayPanel::TodayPanel(QWidget* parent)
    : QWidget(parent)
    , m_date(new QLabel(this))
    , m_state(new QLabel(this))
    , m_upcoming(new QListWidget(this))
{
    m_date->setObjectName(QStringLiteral("todayDate"));
    m_state->setObjectName(QStringLiteral("todayState"));
    m_upcoming->setObjectName(QStringLiteral("upcomingDaysOff"));
    QFont big = m_date->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_date->setFont(big);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_date);
    layout->addWidget(m_state);
    auto* heading = new QLabel(tr("Coming days off"), this);
    heading->setBuddy(m_upcoming);
    layout->addSpacing(12);
    layout->addWidget(heading);
    layout->addWidget(m_upcoming, 1);
}

void TodayPanel::showDay(const QDate& today, const WorkingCalendar& calendar)
{
    m_date->setText(tr("Today: %1").arg(today.toString(QStringLiteral("dd/MM/yyyy"))));
    const auto info = calendar.dayInfo(today);
    if (!info) {
        m_state->setText(tr("The calendar does not cover this date."));
    } else if (info->working) {
        const auto periods = info->periods;
        QStringList spans;
        for (const auto& p : periods)
            spans << p.start.toString(QStringLiteral("HH:mm")) + QStringLiteral("–") +
                         p.end.toString(QStringLiteral("HH:mm"));
        m_state->setText(tr("Working day, hours %1").arg(spans.join(QStringLiteral(", "))));
    } else if (info->reason == dayreason::weekend()) {
        m_state->setText(
            tr("Weekly rest day (%1)").arg(dayreason::weekdayLabel(today.dayOfWeek())));
    } else {
        m_state->setText(tr("Day off: %1").arg(reasonText(info->reason)));
    }

    m_upcoming->clear();
    QDate day = today;
    for (int guard = 0; guard < 2 && m_upcoming->count() < 8; ++guard) {
        const auto days = calendar.nonWorkingDays(day.year());
        if (!days)
            break;
        for (const auto& d : *days) {
            if (d.date < today || d.reason == dayreason::weekend())
                continue;
            m_upcoming->addItem(tr("%1 (%2): %3")
                                    .arg(d.date.toString(QStringLiteral("dd/MM/yyyy")),
                                         dayreason::weekdayLabel(d.date.dayOfWeek()),
                                         reasonText(d.reason)));
            if (m_upcoming->count() >= 8)
                break;
        }
        day = QDate(day.year() + 1, 1, 1);
    }
}

} // namespace motcua::client
