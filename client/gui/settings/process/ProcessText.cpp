#include "gui/settings/process/ProcessText.h"

namespace motcua::client {

QString ProcessText::kind(StepKind k)
{
    switch (k) {
    case StepKind::Intake:
        return tr("Intake");
    case StepKind::Assign:
        return tr("Assignment");
    case StepKind::Process:
        return tr("Processing");
    case StepKind::Review:
        return tr("Review");
    case StepKind::Approve:
        return tr("Approval");
    case StepKind::Issue:
        return tr("Result");
    }
    return {};
}

QString ProcessText::role(Role r)
{
    switch (r) {
    case Role::Administrator:
        return tr("Administrator");
    case Role::Receptionist:
        return tr("Counter clerk");
    case Role::Specialist:
        return tr("Officer");
    case Role::Leader:
        return tr("Leader");
    }
    return {};
}

QString ProcessText::action(WorkflowAction a)
{
    switch (a) {
    case WorkflowAction::Forward:
        return tr("Forward");
    case WorkflowAction::Approve:
        return tr("Approve");
    case WorkflowAction::ReturnToPrevious:
        return tr("Return");
    default:
        return name(a);
    }
}

QString ProcessText::timeUnit(DurationUnit u)
{
    switch (u) {
    case DurationUnit::WorkingHours:
        return tr("working hours");
    case DurationUnit::CalendarDays:
        return tr("calendar days");
    case DurationUnit::WorkingDays:
        break;
    }
    return tr("working days");
}

QList<QPair<QString, QString>> ProcessText::kinds()
{
    QList<QPair<QString, QString>> out;
    for (StepKind k : {StepKind::Intake, StepKind::Assign, StepKind::Process, StepKind::Review,
                       StepKind::Approve, StepKind::Issue})
        out.append({kind(k), name(k)});
    return out;
}

QList<QPair<QString, QString>> ProcessText::roles()
{
    QList<QPair<QString, QString>> out;
    for (Role r : {Role::Receptionist, Role::Specialist, Role::Leader})
        out.append({role(r), name(r)});
    return out;
}

QList<QPair<QString, QString>> ProcessText::actions()
{
    QList<QPair<QString, QString>> out;
    for (WorkflowAction a :
         {WorkflowAction::Forward, WorkflowAction::Approve, WorkflowAction::ReturnToPrevious})
        out.append({action(a), name(a)});
    return out;
}

QList<QPair<QString, QString>> ProcessText::timeUnits()
{
    return {{timeUnit(DurationUnit::WorkingHours), name(DurationUnit::WorkingHours)},
            {timeUnit(DurationUnit::WorkingDays), name(DurationUnit::WorkingDays)},
            {timeUnit(DurationUnit::CalendarDays), name(DurationUnit::CalendarDays)}};
}

} // namespace motcua::client
