#pragma once

#include "domain/Dossier.h"

#include <QColor>
#include <QString>

class QLabel;
class QWidget;

namespace motcua::client {

// Small pieces the dossier view (lookup) and the processing view (work queues) share, so that a
// dossier looks the same wherever it is opened.
namespace dossierwidgets {

// A read-only value of a form: wraps, selectable with mouse and keyboard, named for tests.
QLabel* valueLabel(const char* objectName, QWidget* parent);

// The coloured badge of a status or a deadline state.
QString badgeStyle(const QColor& background, const QColor& foreground);

// The deadline of the step the dossier is in now, while that step runs; null otherwise.
const StepDeadline* runningStepDeadline(const Dossier& d);

} // namespace dossierwidgets
} // namespace motcua::client
