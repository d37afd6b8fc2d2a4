#pragma once

#include <QList>
#include <QPair>
#include <QSizeF>
#include <QString>
#include <QVariant>

namespace motcua::client {

// Backend-specific options by SANE name and value, in the order they are to be set.
using DeviceOptions = QList<QPair<QString, QVariant>>;

// Where the paper is: one page from the glass, or every page the feeder holds.
enum class ScanSource { Flatbed, Feeder, Duplex };

// Line-art is 1 bit per pixel (text and stamps, the smallest files); grey and colour 8 bits.
enum class ScanMode { Color, Gray, Lineart };

// What the clerk asks of one scan job. The device's own names for sources and modes differ
// ("ADF", "Automatic Document Feeder", "ADF Front"; "Lineart", "Binary", "Black & White"):
// these values are mapped onto what the device offers when the job starts.
struct ScanSettings {
    QString device; // SANE device name; opened by the job when it is not the open one
    ScanSource source = ScanSource::Flatbed;
    ScanMode mode = ScanMode::Gray;
    int resolution = 150; // dpi; the nearest value the device offers is used
    // Scan area from the top-left corner, in millimetres: the paper size. Empty = the whole
    // area the device can scan. Clamped to what the device offers.
    QSizeF pageSizeMm = QSizeF(210.0, 297.0);
    // Backend-specific options by SANE name, applied last and in this order (some options only
    // become settable once another one is set). For experts, and for the tests' fault injection.
    DeviceOptions deviceOptions;

    static QSizeF a4() { return {210.0, 297.0}; }
    static QSizeF a5() { return {148.0, 210.0}; }
    static QSizeF letter() { return {215.9, 279.4}; }
    static QSizeF legal() { return {215.9, 355.6}; }
};

} // namespace motcua::client
