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
    // The blank form (mẫu đơn, tờ khai) the citizen fills in, a file kept by the server under
    // /api/v1/forms by its SHA-256; both empty when the paper has none.
    QString formSha256;
    QString formName;

    friend bool operator==(const ComponentRequirement&, const ComponentRequirement&) = default;
};

} // namespace motcua
