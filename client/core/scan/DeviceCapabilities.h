#pragma once

#include "core/scan/ScanSettings.h"

#include <cstdlib>

#include <QList>
#include <QSizeF>
#include <QString>

namespace motcua::client {

// What an open device offers, read from its option descriptors: what a scan dialog lists.
struct DeviceCapabilities {
    QString device;
    QList<ScanSource> sources;
    QList<ScanMode> modes;
    QList<int> resolutions; // dpi values worth offering, ascending
    int minResolution = 0;
    int maxResolution = 0;
    int currentResolution = 0;
    QSizeF maxAreaMm; // the largest scan area; empty when the device does not say

    bool hasSource(ScanSource source) const { return sources.contains(source); }
    bool hasMode(ScanMode mode) const { return modes.contains(mode); }

    // The offered value closest to `dpi` (ties go to the higher one: sharper, never blurrier).
    int nearestResolution(int dpi) const
    {
        int best = 0;
        for (const int r : resolutions) {
            if (best == 0 || std::abs(r - dpi) < std::abs(best - dpi) ||
                (std::abs(r - dpi) == std::abs(best - dpi) && r > best))
                best = r;
        }
        return best == 0 ? dpi : best;
    }
};

} // namespace motcua::client
