#pragma once

#include "domain/ChannelTime.h"
#include "domain/ComponentRequirement.h"
#include "domain/Duration.h"
#include "domain/Enums.h"
#include "domain/Fee.h"
#include "workflow/WorkflowDefinition.h"

#include <QList>
#include <QString>

namespace motcua {

// One case (trường hợp) of a procedure: the papers, times, fees and process that apply when the
// citizen's situation is this one (e.g. "many copies or a long document" for a certification).
// `id` is stable across the procedure's versions; a procedure without cases has one implicit
// case, its own top-level rules, with id 0.
struct ProcedureCase {
    int id = 0;
    QString name;
    QList<ComponentRequirement> components;
    Duration statutoryTime;          // in person, and for every channel not in channelTimes
    QList<ChannelTime> channelTimes; // online / post when they differ
    QList<Fee> fees;                 // each fee names its channels (none: every channel)
    WorkflowDefinition workflow;
    bool needsAppointment = true; // false: the result is handed over at once, no appointment

    // The statutory time of a dossier filed through `channel`.
    Duration timeFor(Channel channel) const
    {
        for (const ChannelTime& t : channelTimes) {
            if (t.channel == channel)
                return t.time;
        }
        return statutoryTime;
    }

    // The fees a dossier filed through `channel` is charged.
    QList<Fee> feesFor(Channel channel) const
    {
        QList<Fee> out;
        for (const Fee& f : fees) {
            if (f.channels.isEmpty() || f.channels.contains(channel))
                out << f;
        }
        return out;
    }

    const ComponentRequirement* component(int componentId) const
    {
        for (const auto& c : components) {
            if (c.id == componentId)
                return &c;
        }
        return nullptr;
    }

    friend bool operator==(const ProcedureCase&, const ProcedureCase&) = default;
};

} // namespace motcua
