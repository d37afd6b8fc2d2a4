#pragma once

#include "core/scan/RawFrame.h"
#include "core/scan/ScanStatus.h"

#include <QImage>
#include <QList>

namespace motcua::client {

// Turns the frames of one scanned page into the QImage the rest of MotCua uses: Grayscale8 for
// grey, RGB888 for colour (16-bit samples reduced to 8), Mono for 1-bit line-art. SANE's 1-bit
// grey has 1 = black, the reverse of a new Qt Mono image, so those bits are inverted.
// UnsupportedFormat for what we cannot read (1-bit colour, a fourth frame, mismatched frames).
class FrameAssembler {
public:
    static ScanStatus toImage(const QList<RawFrame>& frames, QImage* out);
};

} // namespace motcua::client
