#include "core/scan/Thumbnail.h"

#include <algorithm>
#include <vector>

namespace motcua::client {

namespace {

// Averages `src` (Grayscale8 or RGB888: `channels` bytes per pixel) down to w × h. Each output
// pixel is the mean of its source block; one pass over the source, integer arithmetic.
QImage boxReduce(const QImage& src, int channels, int w, int h)
{
    QImage out(w, h, channels == 1 ? QImage::Format_Grayscale8 : QImage::Format_RGB888);
    const int sw = src.width();
    const int sh = src.height();
    // Source column range of each output column.
    std::vector<int> x0(size_t(w) + 1);
    for (int x = 0; x <= w; ++x)
        x0[size_t(x)] = int(qint64(x) * sw / w);
    std::vector<quint32> sums(size_t(w) * size_t(channels));
    for (int y = 0; y < h; ++y) {
        const int y0 = int(qint64(y) * sh / h);
        const int y1 = std::max(y0 + 1, int(qint64(y + 1) * sh / h));
        std::fill(sums.begin(), sums.end(), 0u);
        for (int sy = y0; sy < y1; ++sy) {
            const uchar* line = src.constScanLine(sy);
            for (int x = 0; x < w; ++x) {
                const int a = x0[size_t(x)];
                const int b = std::max(a + 1, x0[size_t(x) + 1]);
                for (int c = 0; c < channels; ++c) {
                    quint32 s = 0;
                    for (int sx = a; sx < b; ++sx)
                        s += line[sx * channels + c];
                    sums[size_t(x) * size_t(channels) + size_t(c)] += s;
                }
            }
        }
        uchar* dst = out.scanLine(y);
        for (int x = 0; x < w; ++x) {
            const int a = x0[size_t(x)];
            const quint32 n = quint32(std::max(1, x0[size_t(x) + 1] - a) * (y1 - y0));
            for (int c = 0; c < channels; ++c)
                dst[x * channels + c] =
                    uchar((sums[size_t(x) * size_t(channels) + size_t(c)] + n / 2) / n);
        }
    }
    return out;
}

} // namespace

QImage Thumbnail::make(const QImage& page, const QSize& box)
{
    if (page.isNull() || box.isEmpty())
        return {};
    const QSize target = page.size().scaled(box, Qt::KeepAspectRatio).expandedTo(QSize(1, 1));
    QImage source;
    int channels = 1;
    switch (page.format()) {
    case QImage::Format_Grayscale8:
        source = page;
        break;
    case QImage::Format_RGB888:
        source = page;
        channels = 3;
        break;
    case QImage::Format_Mono:
    case QImage::Format_MonoLSB:
    case QImage::Format_Grayscale16:
        source = page.convertToFormat(QImage::Format_Grayscale8);
        break;
    default:
        if (page.isGrayscale()) {
            source = page.convertToFormat(QImage::Format_Grayscale8);
        } else {
            source = page.convertToFormat(QImage::Format_RGB888);
            channels = 3;
        }
        break;
    }
    if (target.width() >= page.width() || target.height() >= page.height())
        return source.scaled(target, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    return boxReduce(source, channels, target.width(), target.height());
}

} // namespace motcua::client
