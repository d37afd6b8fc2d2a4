#include "core/scan/DeviceVocabulary.h"

namespace motcua::client {

std::optional<ScanSource> DeviceVocabulary::sourceKind(const QString& name)
{
    const QString s = name.toLower();
    if (s.contains(u"duplex"))
        return ScanSource::Duplex;
    if (s.contains(u"back")) // "ADF Back": the reverse side only
        return std::nullopt;
    if (s.contains(u"adf") || s.contains(u"feeder") || s.contains(u"automatic document"))
        return ScanSource::Feeder;
    if (s.contains(u"flatbed") || s.contains(u"normal") || s.contains(u"platen") ||
        s.contains(u"document table") || s.contains(u"glass"))
        return ScanSource::Flatbed;
    return std::nullopt;
}

DeviceVocabulary::ModeKind DeviceVocabulary::modeKind(const QString& name)
{
    const QString s = name.toLower();
    // Line-art first: "Black & White" and "Color Lineart" must not count as colour or grey.
    if (s.contains(u"lineart") || s.contains(u"line art") || s.contains(u"binary") ||
        s.contains(u"black & white") || s.contains(u"black and white") || s == u"bw" ||
        s.contains(u"monochrome"))
        return ModeKind::Lineart;
    if (s.contains(u"halftone") || s.contains(u"dither"))
        return ModeKind::Halftone;
    if (s.contains(u"color") || s.contains(u"colour") || s.contains(u"rgb"))
        return ModeKind::Color;
    if (s.contains(u"gray") || s.contains(u"grey"))
        return ModeKind::Gray;
    return ModeKind::Other;
}

QString DeviceVocabulary::firstMode(const QStringList& modes, ModeKind kind)
{
    for (const QString& m : modes) {
        if (modeKind(m) == kind)
            return m;
    }
    return {};
}

} // namespace motcua::client
