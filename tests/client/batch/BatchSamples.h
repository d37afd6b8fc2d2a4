#pragma once

#include "domain/Dossier.h"

#include <QImage>
#include <QList>
#include <QString>

namespace motcua::test::batch {

constexpr int kDpi = 150; // what a counter scans papers at: fast, and the separator's QR reads

// A scanned A4 page of a citizen's paper (grey, kDpi): a heading and lines of text, `label` in
// large letters so a screenshot or a failure message tells pages apart.
QImage textPage(const QString& label);
// A blank sheet with scanner noise: a few specks, a shadow along one edge.
QImage blankPage();
// Separator sheets of `dossier` for `componentIds` (empty = every received one), rendered by the
// real FormRenderer in process at kDpi, grey.
QList<QImage> separatorSheets(const Dossier& dossier, const QList<int>& componentIds = {});
// A sheet with our prefix but a code that does not parse (a foreign format, or a misprint).
QImage foreignSeparator(const QString& text);
// `page` with a white rectangle painted over every QR code on it whose side is at least
// `minSidePixels` (the separator's big code is ~350 px at kDpi, its spare ~145 px).
QImage blotQrCodes(const QImage& page, int minSidePixels);
// The label textPage() drew, read back from the page's metadata (QImage text "label").
QString labelOf(const QImage& page);

} // namespace motcua::test::batch
