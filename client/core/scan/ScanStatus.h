#pragma once

namespace motcua::client {

// How a scanner operation ended: the SANE statuses a clerk can meet, plus the frontend's own
// (no scanner found, a page cut short, a source the device does not have). Scanner::messageFor()
// gives the clerk's words for each.
enum class ScanStatus {
    Ok,
    Cancelled,
    NoDevice,          // discovery found no scanner at all
    DeviceNotFound,    // the named scanner cannot be opened (unplugged, switched off, renamed)
    DeviceBusy,        // another program or computer is using it
    Jammed,            // paper jam in the document feeder
    NoDocuments,       // the document feeder is empty
    CoverOpen,         // cover or feeder door open
    IoError,           // communication lost: unplugged or switched off in the middle of a scan
    OutOfMemory,       // the scanner or this computer ran out of memory
    AccessDenied,      // no permission to use the device
    WarmingUp,         // the lamp is still warming up after several retries
    Locked,            // the scanner's transport lock is on
    Unsupported,       // the device refused the operation
    InvalidSettings,   // the device refused a setting
    SourceUnavailable, // e.g. a document feeder asked of a flatbed-only scanner
    ModeUnavailable,   // e.g. colour asked of a grey-only scanner
    IncompletePage,    // the image data stopped short of the page without an error
    UnsupportedFormat, // an image format we cannot read (e.g. 1-bit colour)
    LibraryFailed,     // SANE itself could not be started
};

} // namespace motcua::client
