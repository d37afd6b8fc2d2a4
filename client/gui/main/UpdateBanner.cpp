#include "gui/main/UpdateBanner.h"

#include <QHBoxLayout>
#include <QLabel>

namespace motcua::client {

namespace {

// "dossier CODE" → the code; other kinds are named as such.
QStringList dossierCodes(const QStringList& keptAside)
{
    QStringList codes;
    for (const QString& entry : keptAside) {
        if (entry.startsWith(QLatin1String("dossier ")))
            codes.append(entry.mid(8));
    }
    return codes;
}

} // namespace

UpdateBanner::UpdateBanner(QWidget* parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
{
    setObjectName(QStringLiteral("updateBanner"));
    m_label->setObjectName(QStringLiteral("updateBannerText"));
    m_label->setWordWrap(true);
    // The kept-aside keys come from the server: shown as they are, never as markup.
    m_label->setTextFormat(Qt::PlainText);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    setStyleSheet(QStringLiteral("#updateBanner { background: #fff4ce; border: 1px solid #c99a00; }"
                                 "#updateBannerText { color: #5c4300; }"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->addWidget(m_label);
    hide();
}

void UpdateBanner::showState(bool updateRequired, const QStringList& keptAside)
{
    if (!updateRequired) {
        m_label->clear();
        hide();
        return;
    }
    QString text = tr("The server is newer than this version of MotCua. Please ask for the "
                      "application to be updated; everything else keeps working meanwhile.");
    const QStringList codes = dossierCodes(keptAside);
    const qsizetype others = keptAside.size() - codes.size();
    if (!codes.isEmpty()) {
        QStringList shown = codes.mid(0, 5);
        if (codes.size() > shown.size())
            shown.append(QStringLiteral("…"));
        text += u' ' + tr("%n dossier(s) cannot be shown on this workstation until then: %1.",
                          nullptr, int(codes.size()))
                           .arg(shown.join(QStringLiteral(", ")));
    }
    if (others > 0)
        text += u' ' + tr("%n catalogue entry(ies) set aside until then.", nullptr, int(others));
    m_label->setText(text);
    show();
}

QString UpdateBanner::text() const
{
    return m_label->text();
}

} // namespace motcua::client
