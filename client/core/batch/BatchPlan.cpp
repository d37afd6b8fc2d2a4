#include "core/batch/BatchPlan.h"

#include <algorithm>

namespace motcua::client {

using W = BatchGroup::Warning;

void BatchPlan::updatePageWarnings(BatchGroup& g) const
{
    g.warnings.setFlag(W::NoPages, g.pages.isEmpty());
    g.warnings.setFlag(W::BlankPages, std::any_of(g.pages.begin(), g.pages.end(),
                                                  [](const BatchPage& p) { return p.blank; }));
    g.warnings.setFlag(W::Unassigned, !g.isAssigned());
}

BatchPlan BatchPlan::split(const QList<QImage>& pages, const QList<PageInspection>& inspections)
{
    BatchPlan plan;
    const qsizetype n = std::min(pages.size(), inspections.size());
    for (qsizetype i = 0; i < n; ++i) {
        const PageInspection& in = inspections.at(i);
        if (in.isSeparator()) {
            ++plan.m_separators;
            BatchGroup g;
            g.separatorIndex = int(i);
            if (!in.separators.isEmpty()) {
                g.dossierCode = in.separators.first().dossierCode;
                g.componentId = in.separators.first().componentId;
                g.warnings.setFlag(W::SeveralCodes, in.separators.size() > 1);
            } else {
                // The sheet is ours but unreadable as a code: its pages must not fall into the
                // previous component, so they start a group of their own for the clerk.
                g.warnings |= W::DamagedSeparator;
                g.detail = in.damagedSeparator;
            }
            plan.m_groups.append(g);
            continue;
        }
        if (plan.m_groups.isEmpty()) {
            BatchGroup before;
            before.warnings |= W::BeforeFirstSeparator;
            plan.m_groups.append(before);
        }
        plan.m_groups.last().pages.append(BatchPage{int(i), pages.at(i), in.blank});
    }
    for (BatchGroup& g : plan.m_groups)
        plan.updatePageWarnings(g);
    return plan;
}

int BatchPlan::pageCount() const
{
    int n = 0;
    for (const BatchGroup& g : m_groups)
        n += int(g.pages.size());
    return n;
}

void BatchPlan::review(const DossierLookup& lookup)
{
    for (BatchGroup& g : m_groups) {
        g.ownerName.clear();
        g.componentName.clear();
        g.warnings.setFlag(W::UnknownDossier, false);
        g.warnings.setFlag(W::UnknownComponent, false);
        updatePageWarnings(g);
        if (g.dossierCode.isEmpty())
            continue;
        const std::optional<Dossier> d = lookup ? lookup(g.dossierCode) : std::nullopt;
        if (!d) {
            g.warnings |= W::UnknownDossier;
            continue;
        }
        g.ownerName = d->owner.fullName;
        const auto c = std::find_if(
            d->components.begin(), d->components.end(),
            [&](const ReceivedComponent& rc) { return rc.componentId == g.componentId; });
        if (c == d->components.end())
            g.warnings |= W::UnknownComponent;
        else
            g.componentName = c->name;
    }
}

bool BatchPlan::movePage(int fromGroup, int page, int toGroup)
{
    if (fromGroup < 0 || fromGroup >= m_groups.size() || toGroup < 0 ||
        toGroup >= m_groups.size() || page < 0 || page >= m_groups.at(fromGroup).pages.size())
        return false;
    if (fromGroup == toGroup)
        return true;
    const BatchPage moved = m_groups[fromGroup].pages.takeAt(page);
    QList<BatchPage>& target = m_groups[toGroup].pages;
    const auto at =
        std::upper_bound(target.begin(), target.end(), moved.stackIndex,
                         [](int index, const BatchPage& p) { return index < p.stackIndex; });
    target.insert(at, moved);
    updatePageWarnings(m_groups[fromGroup]);
    updatePageWarnings(m_groups[toGroup]);
    return true;
}

bool BatchPlan::removePage(int group, int page)
{
    if (group < 0 || group >= m_groups.size() || page < 0 ||
        page >= m_groups.at(group).pages.size())
        return false;
    m_groups[group].pages.removeAt(page);
    updatePageWarnings(m_groups[group]);
    return true;
}

bool BatchPlan::assign(int group, const QString& dossierCode, int componentId)
{
    if (group < 0 || group >= m_groups.size())
        return false;
    BatchGroup& g = m_groups[group];
    g.dossierCode = dossierCode.trimmed();
    g.componentId = componentId;
    // The clerk has decided: the reading problems of the sheet no longer apply.
    g.warnings.setFlag(W::DamagedSeparator, false);
    g.warnings.setFlag(W::BeforeFirstSeparator, false);
    g.warnings.setFlag(W::SeveralCodes, false);
    g.detail.clear();
    updatePageWarnings(g);
    return true;
}

int BatchPlan::addGroup(const QString& dossierCode, int componentId)
{
    BatchGroup g;
    g.dossierCode = dossierCode.trimmed();
    g.componentId = componentId;
    updatePageWarnings(g);
    m_groups.append(g);
    return int(m_groups.size()) - 1;
}

bool BatchPlan::removeGroup(int group)
{
    if (group < 0 || group >= m_groups.size())
        return false;
    m_groups.removeAt(group);
    return true;
}

QList<BatchPlan::Document> BatchPlan::documents() const
{
    QList<Document> out;
    for (int i = 0; i < m_groups.size(); ++i) {
        const BatchGroup& g = m_groups.at(i);
        if (!g.isAssigned() || g.pages.isEmpty())
            continue;
        auto it = std::find_if(out.begin(), out.end(), [&](const Document& d) {
            return d.dossierCode == g.dossierCode && d.componentId == g.componentId;
        });
        if (it == out.end()) {
            out.append(Document{g.dossierCode, g.componentId, {}, {}});
            it = out.end() - 1;
        }
        it->pages += g.pages;
        it->groups.append(i);
    }
    for (Document& d : out) {
        std::stable_sort(
            d.pages.begin(), d.pages.end(),
            [](const BatchPage& a, const BatchPage& b) { return a.stackIndex < b.stackIndex; });
    }
    return out;
}

int BatchPlan::unassignedPageCount() const
{
    int n = 0;
    for (const BatchGroup& g : m_groups) {
        if (!g.isAssigned())
            n += int(g.pages.size());
    }
    return n;
}

} // namespace motcua::client
