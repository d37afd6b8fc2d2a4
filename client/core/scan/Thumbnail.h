#pragma once

#include <QImage>
#include <QSize>

namespace motcua::client {

// Small pictures of scanned pages for the screen. A 300-dpi A4 page has 8.7 million pixels and
// the clerk waits for its thumbnail: area-averaging in one pass over the page, not a general
// resampler. Line-art is averaged too (to grey), so that thin text stays visible instead of
// vanishing as it would with nearest-pixel sampling.
class Thumbnail {
public:
    // `page` scaled to fit within `box`, keeping its proportions; Grayscale8 for grey and
    // line-art pages, RGB888 for colour ones.
    static QImage make(const QImage& page, const QSize& box);
};

} // namespace motcua::client
