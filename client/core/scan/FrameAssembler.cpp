#include "core/scan/FrameAssembler.h"

#include <cstring>

namespace motcua::client {

namespace {

// The high byte of a 16-bit sample (in the machine's byte order).
inline uchar high8(const uchar* samples, int i)
{
    quint16 v;
    std::memcpy(&v, samples + 2 * i, 2);
    return uchar(v >> 8);
}

const uchar* lineOf(const RawFrame& f, int y)
{
    return reinterpret_cast<const uchar*>(f.data.constData()) + qint64(y) * f.bytesPerLine;
}

bool complete(const RawFrame& f)
{
    return f.pixelsPerLine > 0 && f.lines > 0 && f.bytesPerLine > 0 &&
           f.data.size() >= qint64(f.lines) * f.bytesPerLine;
}

ScanStatus grey(const RawFrame& f, QImage* out)
{
    const int w = f.pixelsPerLine;
    const qint64 need = f.depth == 1 ? (w + 7) / 8 : qint64(w) * f.depth / 8;
    if ((f.depth != 1 && f.depth != 8 && f.depth != 16) || need > f.bytesPerLine)
        return ScanStatus::UnsupportedFormat;
    QImage image(w, f.lines, f.depth == 1 ? QImage::Format_Mono : QImage::Format_Grayscale8);
    if (image.isNull())
        return ScanStatus::OutOfMemory;
    for (int y = 0; y < f.lines; ++y) {
        const uchar* src = lineOf(f, y);
        uchar* dst = image.scanLine(y);
        if (f.depth == 1) {
            // SANE's line-art has 1 = black; a new Qt Mono image's colour table has 0 = black,
            // 1 = white.
            for (qint64 i = 0; i < need; ++i)
                dst[i] = uchar(~src[i]);
        } else if (f.depth == 8) {
            std::memcpy(dst, src, size_t(w));
        } else {
            for (int x = 0; x < w; ++x)
                dst[x] = high8(src, x);
        }
    }
    *out = std::move(image);
    return ScanStatus::Ok;
}

ScanStatus rgb(const RawFrame& f, QImage* out)
{
    const int w = f.pixelsPerLine;
    if ((f.depth != 8 && f.depth != 16) || qint64(w) * 3 * f.depth / 8 > f.bytesPerLine)
        return ScanStatus::UnsupportedFormat;
    QImage image(w, f.lines, QImage::Format_RGB888);
    if (image.isNull())
        return ScanStatus::OutOfMemory;
    for (int y = 0; y < f.lines; ++y) {
        const uchar* src = lineOf(f, y);
        uchar* dst = image.scanLine(y);
        if (f.depth == 8) {
            std::memcpy(dst, src, size_t(w) * 3);
        } else {
            for (int i = 0; i < w * 3; ++i)
                dst[i] = high8(src, i);
        }
    }
    *out = std::move(image);
    return ScanStatus::Ok;
}

// Three-pass colour: one frame per channel, in any order.
ScanStatus threePass(const QList<RawFrame>& frames, QImage* out)
{
    const RawFrame& first = frames.first();
    const int w = first.pixelsPerLine;
    const int h = first.lines;
    if (frames.size() != 3 || (first.depth != 8 && first.depth != 16))
        return ScanStatus::UnsupportedFormat;
    QImage image(w, h, QImage::Format_RGB888);
    if (image.isNull())
        return ScanStatus::OutOfMemory;
    bool seen[3] = {false, false, false};
    for (const RawFrame& c : frames) {
        int channel = -1;
        switch (c.format) {
        case RawFrame::Format::Red:
            channel = 0;
            break;
        case RawFrame::Format::Green:
            channel = 1;
            break;
        case RawFrame::Format::Blue:
            channel = 2;
            break;
        default:
            return ScanStatus::UnsupportedFormat;
        }
        if (seen[channel] || c.pixelsPerLine != w || c.lines != h || c.depth != first.depth ||
            qint64(w) * c.depth / 8 > c.bytesPerLine || !complete(c))
            return ScanStatus::UnsupportedFormat;
        seen[channel] = true;
        for (int y = 0; y < h; ++y) {
            const uchar* src = lineOf(c, y);
            uchar* dst = image.scanLine(y) + channel;
            for (int x = 0; x < w; ++x)
                dst[3 * x] = c.depth == 8 ? src[x] : high8(src, x);
        }
    }
    *out = std::move(image);
    return ScanStatus::Ok;
}

} // namespace

ScanStatus FrameAssembler::toImage(const QList<RawFrame>& frames, QImage* out)
{
    if (frames.isEmpty() || !complete(frames.first()))
        return ScanStatus::IncompletePage;
    const RawFrame& f = frames.first();
    if (frames.size() == 1 && f.format == RawFrame::Format::Gray)
        return grey(f, out);
    if (frames.size() == 1 && f.format == RawFrame::Format::Rgb)
        return rgb(f, out);
    return threePass(frames, out);
}

} // namespace motcua::client
