#include "Shots.h"

#include <QWidget>

namespace motcua::test {

void saveShot(QWidget& w, const QString& name, const char* folderVariable)
{
    const QString dir = qEnvironmentVariable(folderVariable);
    if (!dir.isEmpty())
        w.grab().save(dir + u'/' + name + QStringLiteral(".png"));
}

} // namespace motcua::test
