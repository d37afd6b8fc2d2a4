#pragma once

#include <QString>

namespace motcua {

// A field (lĩnh vực) of administrative procedures, e.g. "G09-TP02" Hộ tịch.
struct Field {
    QString code;
    QString name;

    friend bool operator==(const Field&, const Field&) = default;
};

} // namespace motcua
