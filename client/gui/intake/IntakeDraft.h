#pragma once

#include "domain/IntakeRequest.h"

#include <optional>

#include <QByteArray>

namespace motcua::client {

// Everything typed on the intake screen, as autosaved JSON: the request as far as it goes plus
// what is not part of it yet (whether the submitter is the owner, the rows not received with
// their notes, the reason being written). Unlike the wire codec it accepts any incomplete state.
struct IntakeDraft {
    IntakeRequest request; // components: every row, received or not, with notes
    bool submitterIsOwner = true;
    bool hasRepresentative = false;
    QString reason;

    QByteArray toJson() const;
    static std::optional<IntakeDraft> fromJson(const QByteArray& json);
};

} // namespace motcua::client
