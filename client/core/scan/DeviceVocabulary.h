#pragma once

#include "core/scan/ScanSettings.h"

#include <optional>

#include <QString>
#include <QStringList>

namespace motcua::client {

// What scanners call their paper sources and colour modes varies by backend ("ADF",
// "Automatic Document Feeder", "ADF Front"; "Lineart", "Binary", "Black & White"): these are the
// words in use, mapped onto ours.
class DeviceVocabulary {
public:
    enum class ModeKind { Color, Gray, Lineart, Halftone, Other };

    // Nothing for sources a clerk does not want (a transparency unit, the back side only).
    static std::optional<ScanSource> sourceKind(const QString& name);
    static ModeKind modeKind(const QString& name);
    // The first of `modes` of that kind; empty when there is none.
    static QString firstMode(const QStringList& modes, ModeKind kind);
};

} // namespace motcua::client
