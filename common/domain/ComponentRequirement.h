#pragma once

#include <QString>

namespace motcua {

// One required paper (thành phần hồ sơ) of a procedure, with how many originals, certified copies
// and photocopies the citizen must bring. `id` is stable within the procedure's versions.
struct ComponentRequirement {
    int id = 0;
    QString name;
    int originals = 0;
    int certifiedCopies = 0;
    int photocopies = 0;
    bool mandatory = true;
    QString note;

    friend bool operator==(const ComponentRequirement&, const ComponentRequirement&) = default;
};

} // namespace motcua
