#pragma once

#include <QString>

class QWidget;

namespace motcua::test {

// Saves `w` as NAME.png into the folder named by the environment variable `folderVariable`, when
// it is set: the screens as the clerk sees them, for a person to look at. Without it, nothing.
void saveShot(QWidget& w, const QString& name, const char* folderVariable = "MOTCUA_SHOTS_DIR");

} // namespace motcua::test
