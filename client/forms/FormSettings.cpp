#include "forms/FormSettings.h"

#include <QSettings>

namespace motcua::client {
namespace {

QString key(FormKind kind, const char* leaf)
{
    return QStringLiteral("forms/%1/%2").arg(formKindName(kind), QLatin1String(leaf));
}

std::optional<QPageSize::PageSizeId> pageSizeFromKey(const QString& text)
{
    const QString wanted = text.trimmed();
    for (int i = 0; i <= int(QPageSize::LastPageSize); ++i) {
        const auto id = QPageSize::PageSizeId(i);
        if (QPageSize::key(id).compare(wanted, Qt::CaseInsensitive) == 0)
            return id;
    }
    return std::nullopt;
}

} // namespace

FormSettings FormSettings::load(const QSettings& s)
{
    FormSettings out;
    out.templateDirectory = s.value(QStringLiteral("forms/templateDirectory")).toString();
    out.lookupUrlBase = s.value(QStringLiteral("forms/lookupUrlBase")).toString();
    for (FormKind kind : allFormKinds()) {
        const QString size = s.value(key(kind, "pageSize")).toString();
        const QString orientation = s.value(key(kind, "orientation")).toString();
        const QString margins = s.value(key(kind, "margins")).toString();
        if (size.isEmpty() && orientation.isEmpty() && margins.isEmpty() &&
            !s.contains(key(kind, "scale")))
            continue;
        PageSetup p = defaultPageSetup(kind);
        if (const auto id = pageSizeFromKey(size)) {
            p.size = *id;
            p.marginsMm = defaultMarginsMm(*id);
            p.scale = defaultScale(*id);
        }
        if (orientation.compare(QLatin1String("landscape"), Qt::CaseInsensitive) == 0)
            p.orientation = QPageLayout::Landscape;
        else if (orientation.compare(QLatin1String("portrait"), Qt::CaseInsensitive) == 0)
            p.orientation = QPageLayout::Portrait;
        const QStringList parts = margins.split(u',');
        if (parts.size() == 4) {
            bool ok[4];
            const QMarginsF m(parts[0].toDouble(&ok[0]), parts[1].toDouble(&ok[1]),
                              parts[2].toDouble(&ok[2]), parts[3].toDouble(&ok[3]));
            if (ok[0] && ok[1] && ok[2] && ok[3] && m.left() >= 0 && m.top() >= 0 &&
                m.right() >= 0 && m.bottom() >= 0)
                p.marginsMm = m;
        }
        bool scaleOk = false;
        const qreal scale = s.value(key(kind, "scale")).toDouble(&scaleOk);
        if (scaleOk && scale >= 0.3 && scale <= 2.0)
            p.scale = scale;
        out.pageSetups.insert(kind, p);
    }
    return out;
}

void FormSettings::save(QSettings& s) const
{
    s.setValue(QStringLiteral("forms/templateDirectory"), templateDirectory);
    s.setValue(QStringLiteral("forms/lookupUrlBase"), lookupUrlBase);
    for (auto it = pageSetups.cbegin(); it != pageSetups.cend(); ++it) {
        const PageSetup& p = it.value();
        s.setValue(key(it.key(), "pageSize"), QPageSize::key(p.size));
        s.setValue(key(it.key(), "orientation"), p.orientation == QPageLayout::Landscape
                                                     ? QStringLiteral("landscape")
                                                     : QStringLiteral("portrait"));
        s.setValue(key(it.key(), "margins"), QStringLiteral("%1,%2,%3,%4")
                                                 .arg(p.marginsMm.left())
                                                 .arg(p.marginsMm.top())
                                                 .arg(p.marginsMm.right())
                                                 .arg(p.marginsMm.bottom()));
        s.setValue(key(it.key(), "scale"), p.scale);
    }
}

} // namespace motcua::client
