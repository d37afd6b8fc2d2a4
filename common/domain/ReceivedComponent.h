#pragma once

#include <QString>

namespace motcua {

// A component as actually received at intake: counts, whether it was scanned or reused from an
// earlier dossier, and the clerk's note (what is missing or wrong goes on Mẫu 02).
struct ReceivedComponent {
    int componentId = 0;
    QString name;
    bool received = false;
    int originals = 0;
    int certifiedCopies = 0;
    int photocopies = 0;
    bool digitised = false;
    bool reused = false;
    QString note;

    friend bool operator==(const ReceivedComponent&, const ReceivedComponent&) = default;
};

} // namespace motcua
