#pragma once

#include <QString>

namespace motcua {

// Where the designer drew one step (scene coordinates, in pixels). The layout is kept beside the
// process and means nothing to the engine: moving a box changes no rule.
struct StepPosition {
    QString stepId;
    int x = 0;
    int y = 0;

    friend bool operator==(const StepPosition&, const StepPosition&) = default;
};

} // namespace motcua
