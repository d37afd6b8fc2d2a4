#include "forms/FormKind.h"

#include <QCoreApplication>

namespace motcua::client {
namespace {

struct KindName {
    FormKind kind;
    const char* name;
};
constexpr KindName kNames[] = {
    {FormKind::Receipt, "receipt"},   {FormKind::Supplement, "supplement"},
    {FormKind::Refusal, "refusal"},   {FormKind::ControlSlip, "control-slip"},
    {FormKind::Register, "register"}, {FormKind::Separator, "separator"},
    {FormKind::Apology, "apology"},
};

} // namespace

QList<FormKind> allFormKinds()
{
    QList<FormKind> out;
    for (const auto& k : kNames)
        out.append(k.kind);
    return out;
}

QString formKindName(FormKind kind)
{
    for (const auto& k : kNames) {
        if (k.kind == kind)
            return QString::fromLatin1(k.name);
    }
    return {};
}

std::optional<FormKind> parseFormKind(const QString& name)
{
    const QString n = name.trimmed().toLower();
    for (const auto& k : kNames) {
        if (n == QLatin1String(k.name))
            return k.kind;
    }
    return std::nullopt;
}

QString formKindTitle(FormKind kind)
{
    switch (kind) {
    case FormKind::Receipt:
        return QCoreApplication::translate("FormKind", "Receipt and appointment (form 01)");
    case FormKind::Supplement:
        return QCoreApplication::translate("FormKind", "Request to complete the dossier (form 02)");
    case FormKind::Refusal:
        return QCoreApplication::translate("FormKind", "Refusal to accept the dossier (form 03)");
    case FormKind::ControlSlip:
        return QCoreApplication::translate("FormKind", "Processing control slip (form 05)");
    case FormKind::Register:
        return QCoreApplication::translate("FormKind", "Dossier tracking register (form 06)");
    case FormKind::Separator:
        return QCoreApplication::translate("FormKind", "Separator sheets for scanning");
    case FormKind::Apology:
        return QCoreApplication::translate("FormKind", "Apology and new appointment (form 04)");
    }
    return {};
}

QMarginsF defaultMarginsMm(QPageSize::PageSizeId size)
{
    // Decree 30/2020 asks for a wide left margin on administrative papers (binding); the small
    // sizes keep less so the form still fits.
    if (size == QPageSize::A5 || size == QPageSize::A6)
        return {10, 8, 8, 8};
    return {20, 12, 15, 12};
}

qreal defaultScale(QPageSize::PageSizeId size)
{
    switch (size) {
    case QPageSize::A5:
        return 0.75;
    case QPageSize::A6:
        return 0.6;
    default:
        return 1.0;
    }
}

PageSetup PageSetup::forPaper(QPageSize::PageSizeId size, QPageLayout::Orientation orientation)
{
    PageSetup p;
    p.size = size;
    p.orientation = orientation;
    p.marginsMm = defaultMarginsMm(size);
    p.scale = defaultScale(size);
    return p;
}

PageSetup defaultPageSetup(FormKind kind)
{
    PageSetup p;
    p.size = QPageSize::A4;
    p.orientation = kind == FormKind::Register ? QPageLayout::Landscape : QPageLayout::Portrait;
    p.marginsMm = kind == FormKind::Register ? QMarginsF{15, 12, 12, 12} : defaultMarginsMm(p.size);
    return p;
}

} // namespace motcua::client
