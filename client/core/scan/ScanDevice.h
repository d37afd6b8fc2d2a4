#pragma once

#include <QString>
#include <QStringList>

namespace motcua::client {

// A scanner as discovery lists it. `name` is what SANE opens ("test:0",
// "airscan:e0:Brother MFC", "epson2:net:192.168.1.20") and what the headless command's --device
// takes; the other fields are for people.
struct ScanDevice {
    QString name;
    QString vendor;
    QString model;
    QString type; // "flatbed scanner", "sheetfed scanner", "virtual device"...

    // "Vendor Model (name)" for a device list.
    QString label() const
    {
        const QString product = QStringList{vendor, model}.join(u' ').trimmed();
        return product.isEmpty() ? name : product + QStringLiteral(" (") + name + u')';
    }

    friend bool operator==(const ScanDevice&, const ScanDevice&) = default;
};

} // namespace motcua::client
