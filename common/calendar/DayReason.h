#pragma once

#include <QString>

namespace motcua::dayreason {

// Stable machine codes saying why a day is (not) a working day. They go on the wire (for example
// in GET /api/v1/calendar) and in the database; clients translate them. Functions rather than
// global QString objects so there is no static initialisation order to worry about, and
// QStringLiteral so no call allocates.
inline QString workday()
{
    return QStringLiteral("workday");
}
inline QString weekend()
{
    return QStringLiteral("weekend");
}
inline QString newYear()
{
    return QStringLiteral("holiday.newYear");
}
inline QString tet()
{
    return QStringLiteral("holiday.tet");
}
inline QString hungKings()
{
    return QStringLiteral("holiday.hungKings");
}
inline QString reunification()
{
    return QStringLiteral("holiday.reunification");
}
inline QString labour()
{
    return QStringLiteral("holiday.labour");
}
inline QString national()
{
    return QStringLiteral("holiday.national");
}
inline QString compensatory()
{
    return QStringLiteral("compensatory");
}
inline QString adminOverride()
{
    return QStringLiteral("override");
}

// Vietnamese name of a weekday, 1 = Monday ... 7 = Sunday (QDate::dayOfWeek); empty otherwise.
inline QString weekdayLabel(int dayOfWeek)
{
    switch (dayOfWeek) {
    case 1:
        return QStringLiteral("Thứ Hai");
    case 2:
        return QStringLiteral("Thứ Ba");
    case 3:
        return QStringLiteral("Thứ Tư");
    case 4:
        return QStringLiteral("Thứ Năm");
    case 5:
        return QStringLiteral("Thứ Sáu");
    case 6:
        return QStringLiteral("Thứ Bảy");
    case 7:
        return QStringLiteral("Chủ nhật");
    default:
        return QString();
    }
}

} // namespace motcua::dayreason
