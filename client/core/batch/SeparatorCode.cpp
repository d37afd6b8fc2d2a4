#include "core/batch/SeparatorCode.h"

#include <QRegularExpression>

namespace motcua::client {
namespace {

constexpr QLatin1String kPrefix("MOTCUA-SEP:");

Error malformed(const QString& message)
{
    return {QStringLiteral("batch.separator_malformed"), message, {}};
}

} // namespace

QString SeparatorCode::text() const
{
    return QStringLiteral("%1%2:%3:%4")
        .arg(kPrefix)
        .arg(kVersion)
        .arg(dossierCode)
        .arg(componentId);
}

bool SeparatorCode::hasPrefix(const QString& text)
{
    return text.startsWith(kPrefix);
}

Expected<SeparatorCode> SeparatorCode::parse(const QString& text)
{
    if (!hasPrefix(text))
        return Error{
            QStringLiteral("batch.not_separator"),
            QStringLiteral("not a MotCua separator code (it does not start with %1)").arg(kPrefix),
            {}};
    const QStringList parts = text.mid(kPrefix.size()).split(u':');
    bool versionOk = false;
    const int version = parts.value(0).toInt(&versionOk);
    if (!versionOk || version < 1)
        return malformed(QStringLiteral("the version \"%1\" is not a number").arg(parts.value(0)));
    if (version != kVersion)
        return Error{QStringLiteral("batch.separator_version"),
                     QStringLiteral("separator format version %1; this program reads version %2")
                         .arg(version)
                         .arg(kVersion),
                     {}};
    if (parts.size() != 3)
        return malformed(QStringLiteral("expected %1{version}:{dossier code}:{component id}, got "
                                        "%2 field(s)")
                             .arg(kPrefix)
                             .arg(parts.size()));
    static const QRegularExpression codeChars(QStringLiteral("^[A-Za-z0-9._-]{1,64}$"));
    const QString code = parts.at(1);
    if (!codeChars.match(code).hasMatch())
        return malformed(QStringLiteral("\"%1\" is not a dossier code").arg(code));
    bool idOk = false;
    const int id = parts.at(2).toInt(&idOk);
    if (!idOk || id <= 0 || parts.at(2) != QString::number(id))
        return malformed(QStringLiteral("\"%1\" is not a component id").arg(parts.at(2)));
    return SeparatorCode{code, id};
}

} // namespace motcua::client
