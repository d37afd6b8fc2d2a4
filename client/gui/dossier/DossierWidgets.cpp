#include "gui/dossier/DossierWidgets.h"

#include <QLabel>

namespace motcua::client::dossierwidgets {

QLabel* valueLabel(const char* objectName, QWidget* parent)
{
    auto* l = new QLabel(parent);
    l->setObjectName(QString::fromLatin1(objectName));
    l->setWordWrap(true);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return l;
}

QString badgeStyle(const QColor& background, const QColor& foreground)
{
    return QStringLiteral("QLabel { background: %1; color: %2; border-radius: 4px; "
                          "padding: 3px 8px; font-weight: bold; }")
        .arg(background.name(), foreground.name());
}

const StepDeadline* runningStepDeadline(const Dossier& d)
{
    for (auto it = d.stepDeadlines.crbegin(); it != d.stepDeadlines.crend(); ++it) {
        if (it->stepId == d.currentStepId && it->finishedAt.isNull())
            return &*it;
    }
    return nullptr;
}

} // namespace motcua::client::dossierwidgets
