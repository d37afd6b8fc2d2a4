#pragma once

#include "core/batch/PageInspector.h"
#include "domain/Dossier.h"

#include <functional>
#include <optional>

#include <QFlags>
#include <QImage>
#include <QList>
#include <QString>

namespace motcua::client {

// One scanned page of a mixed stack, kept with its place in the stack as it was fed.
struct BatchPage {
    int stackIndex = 0; // 0-based, the separator sheets counted
    QImage image;
    bool blank = false; // looked blank (a back side, an empty sheet): for the clerk to check
};

// The pages that go into one dossier component, as the clerk reviews them before anything is
// saved. An empty dossierCode is the "unassigned" group: pages before the first separator, or
// after a separator that could not be read.
struct BatchGroup {
    enum class Warning : unsigned {
        None = 0,
        BeforeFirstSeparator = 1u << 0, // the stack did not start with a separator sheet
        DamagedSeparator = 1u << 1,     // our prefix, but the code did not parse (see `detail`)
        UnknownDossier = 1u << 2,       // the dossier is not in this workstation's store
        UnknownComponent = 1u << 3,     // the dossier has no such component
        NoPages = 1u << 4,              // a separator followed at once by another (or the end)
        BlankPages = 1u << 5,           // some pages look blank
        Unassigned = 1u << 6,           // no dossier and component chosen yet
        SeveralCodes = 1u << 7,         // one sheet carried two different separator codes
    };
    Q_DECLARE_FLAGS(Warnings, Warning)

    QString dossierCode;
    int componentId = 0;
    QList<BatchPage> pages;
    int separatorIndex = -1; // stack index of the sheet that opened the group; -1 = none
    Warnings warnings;
    QString detail; // the damaged separator's text and why it was refused

    // Filled from the store by BatchPlan::review (for the review screen).
    QString ownerName;
    QString componentName;

    bool isAssigned() const { return !dossierCode.isEmpty() && componentId > 0; }
};
Q_DECLARE_OPERATORS_FOR_FLAGS(BatchGroup::Warnings)

// A mixed feeder stack split on its separator sheets, and the clerk's corrections to it. Nothing
// here saves anything: BatchCommit does, once the clerk confirms.
class BatchPlan {
public:
    using DossierLookup = std::function<std::optional<Dossier>(const QString& code)>;

    // Groups the pages after each separator under its (dossier, component); the separator
    // sheets themselves are dropped; pages before the first one go to an unassigned group.
    // `pages` and `inspections` run in parallel (same size).
    static BatchPlan split(const QList<QImage>& pages, const QList<PageInspection>& inspections);

    const QList<BatchGroup>& groups() const { return m_groups; }
    int pageCount() const;
    int separatorCount() const { return m_separators; }

    // Recomputes each group's store-dependent warnings (unknown dossier, unknown component) and
    // names (owner, component) after a split or an edit.
    void review(const DossierLookup& lookup);

    // The clerk's corrections. Indices out of range are ignored (returns false).
    bool movePage(int fromGroup, int page, int toGroup); // keeps stack order in the target
    bool removePage(int group, int page);
    bool assign(int group, const QString& dossierCode, int componentId);
    int addGroup(const QString& dossierCode, int componentId); // returns its index
    bool removeGroup(int group);                               // with its pages

    // What Confirm saves: one entry per (dossier, component) with pages, groups of the same pair
    // merged in stack order; unassigned pages are not in it.
    struct Document {
        QString dossierCode;
        int componentId = 0;
        QList<BatchPage> pages;
        QList<int> groups; // indices of the groups merged into it
    };
    QList<Document> documents() const;
    // Pages that Confirm would not save because they have no dossier and component.
    int unassignedPageCount() const;

private:
    void updatePageWarnings(BatchGroup& g) const;

    QList<BatchGroup> m_groups;
    int m_separators = 0;
};

} // namespace motcua::client
