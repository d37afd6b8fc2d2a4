#pragma once

#include <QByteArray>

namespace motcua::client {

// One frame of image data as a scanner sends it, described in our own terms (SaneSession fills
// it from SANE's parameters): one frame for grey or colour, three for a three-pass colour
// scanner (red, green, blue in any order).
struct RawFrame {
    enum class Format { Gray, Rgb, Red, Green, Blue, Other };

    Format format = Format::Other;
    int depth = 0; // bits per sample: 1, 8 or 16 (16-bit samples in the machine's byte order)
    int pixelsPerLine = 0;
    int bytesPerLine = 0;
    int lines = 0;
    QByteArray data; // lines × bytesPerLine
};

} // namespace motcua::client
