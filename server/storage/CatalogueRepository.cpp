#include "storage/CatalogueRepository.h"

#include "catalogue/ProcedureVersions.h"
#include "storage/Documents.h"
#include "text/SearchQuery.h"
#include "text/TextFold.h"

using namespace Poco::Data::Keywords;

namespace motcua::server {

std::vector<Agency> CatalogueRepository::agencies()
{
    std::vector<std::string> docs;
    m_db.read([&](Poco::Data::Session& s) {
        s << "SELECT doc FROM agencies ORDER BY id", into(docs), now;
    });
    std::vector<Agency> out;
    out.reserve(docs.size());
    for (const auto& d : docs)
        out.push_back(fromDocument<Agency>(d));
    return out;
}

std::optional<Agency> CatalogueRepository::agency(const std::string& id)
{
    std::vector<std::string> docs;
    m_db.read([&](Poco::Data::Session& s) {
        s << m_db.sql("SELECT doc FROM agencies WHERE id = ?"), into(docs), bind(id), now;
    });
    if (docs.empty())
        return std::nullopt;
    return fromDocument<Agency>(docs.front());
}

void CatalogueRepository::saveAgency(Poco::Data::Session& s, const Agency& a)
{
    const std::string id = a.id.toStdString(), doc = toDocument(a);
    s << m_db.sql("DELETE FROM agencies WHERE id = ?"), bind(id), now;
    s << m_db.sql("INSERT INTO agencies (id, doc) VALUES (?, ?)"), bind(id), bind(doc), now;
}

std::vector<Field> CatalogueRepository::fields()
{
    std::vector<std::string> docs;
    m_db.read([&](Poco::Data::Session& s) {
        s << "SELECT doc FROM fields ORDER BY code", into(docs), now;
    });
    std::vector<Field> out;
    out.reserve(docs.size());
    for (const auto& d : docs)
        out.push_back(fromDocument<Field>(d));
    return out;
}

void CatalogueRepository::saveField(Poco::Data::Session& s, const Field& f)
{
    const std::string code = f.code.toStdString(), doc = toDocument(f);
    s << m_db.sql("DELETE FROM fields WHERE code = ?"), bind(code), now;
    s << m_db.sql("INSERT INTO fields (code, doc) VALUES (?, ?)"), bind(code), bind(doc), now;
}

namespace {

const char* kVersionColumns =
    "SELECT doc, COALESCE(effective_from, ''), COALESCE(effective_to, '') "
    "FROM procedure_versions ";

// The stored document with the days of its columns, which are authoritative (ending a version
// changes only them).
Procedure withDays(const std::string& doc, const std::string& from, const std::string& to)
{
    Procedure p = fromDocument<Procedure>(doc);
    p.effectiveFrom = QDate::fromString(QString::fromStdString(from), Qt::ISODate);
    p.effectiveTo = QDate::fromString(QString::fromStdString(to), Qt::ISODate);
    return p;
}

std::string isoDay(const QDate& d)
{
    return d.isValid() ? d.toString(Qt::ISODate).toStdString() : std::string();
}

bool matches(const SearchQuery& q, const QString& query, const Procedure& p)
{
    // The catalogue is small (hundreds of rows): filter in memory with common/'s folding rule.
    return query.isEmpty() || q.matchesFolded(TextFold::fold(p.name + u' ' + p.nationalCode + u' ' +
                                                             p.localCode + u' ' + p.fieldCode));
}

} // namespace

std::vector<Procedure> CatalogueRepository::procedures(const QDate& day, const QString& query)
{
    const std::string d = isoDay(day);
    std::vector<std::string> docs, from, to;
    m_db.read([&](Poco::Data::Session& s) {
        s << m_db.sql(std::string(kVersionColumns) +
                      "WHERE effective_from <= ? AND (effective_to IS NULL OR effective_to >= ?) "
                      "ORDER BY national_code, version"),
            into(docs), into(from), into(to), bind(d), bind(d), now;
    });
    const SearchQuery q(query);
    std::vector<Procedure> out;
    for (std::size_t i = 0; i < docs.size(); ++i) {
        Procedure p = withDays(docs[i], from[i], to[i]);
        if (!matches(q, query, p))
            continue;
        if (!out.empty() && out.back().nationalCode == p.nationalCode)
            out.back() = std::move(p); // never two in force; should it happen, the newest wins
        else
            out.push_back(std::move(p));
    }
    return out;
}

std::vector<Procedure> CatalogueRepository::proceduresFrom(const QDate& from)
{
    const std::string d = isoDay(from);
    std::vector<std::string> docs, start, end;
    m_db.read([&](Poco::Data::Session& s) {
        // Replaced before taking effect (end before start): in force on no day, left out.
        s << m_db.sql(std::string(kVersionColumns) +
                      "WHERE effective_from IS NOT NULL AND (effective_to IS NULL OR "
                      "(effective_to >= ? AND effective_to >= effective_from)) "
                      "ORDER BY national_code, version"),
            into(docs), into(start), into(end), bind(d), now;
    });
    std::vector<Procedure> out;
    out.reserve(docs.size());
    for (std::size_t i = 0; i < docs.size(); ++i)
        out.push_back(withDays(docs[i], start[i], end[i]));
    return out;
}

std::vector<Procedure> CatalogueRepository::allVersions()
{
    std::vector<std::string> docs, start, end;
    m_db.read([&](Poco::Data::Session& s) {
        s << m_db.sql(std::string(kVersionColumns) + "ORDER BY national_code, version"), into(docs),
            into(start), into(end), now;
    });
    std::vector<Procedure> out;
    out.reserve(docs.size());
    for (std::size_t i = 0; i < docs.size(); ++i)
        out.push_back(withDays(docs[i], start[i], end[i]));
    return out;
}

std::optional<Procedure> CatalogueRepository::procedure(const std::string& nationalCode,
                                                        const QDate& day)
{
    return m_db.read([&](Poco::Data::Session& s) { return procedure(s, nationalCode, day); });
}

std::optional<Procedure> CatalogueRepository::procedure(Poco::Data::Session& s,
                                                        const std::string& nationalCode,
                                                        const QDate& day)
{
    const QList<Procedure> all = versions(s, nationalCode);
    if (const Procedure* p = ProcedureVersions::inForce(all, day))
        return *p;
    return std::nullopt;
}

QList<Procedure> CatalogueRepository::versions(const std::string& nationalCode)
{
    return m_db.read([&](Poco::Data::Session& s) { return versions(s, nationalCode); });
}

QList<Procedure> CatalogueRepository::versions(Poco::Data::Session& s,
                                               const std::string& nationalCode)
{
    std::vector<std::string> docs, from, to;
    s << m_db.sql(std::string(kVersionColumns) + "WHERE national_code = ? ORDER BY version"),
        into(docs), into(from), into(to), bind(nationalCode), now;
    QList<Procedure> out;
    out.reserve(qsizetype(docs.size()));
    for (std::size_t i = 0; i < docs.size(); ++i)
        out << withDays(docs[i], from[i], to[i]);
    return out;
}

std::optional<QString> CatalogueRepository::owner(Poco::Data::Session& s,
                                                  const std::string& nationalCode)
{
    std::vector<std::string> agency;
    s << m_db.sql("SELECT COALESCE(agency_id, '') FROM procedures WHERE national_code = ?"),
        into(agency), bind(nationalCode), now;
    if (agency.empty())
        return std::nullopt;
    return QString::fromStdString(agency.front());
}

int CatalogueRepository::addDraft(Poco::Data::Session& s, Procedure p)
{
    const std::string code = p.nationalCode.toStdString();
    std::vector<int> newest;
    s << m_db.sql("SELECT version FROM procedures WHERE national_code = ?"), into(newest),
        bind(code), now;
    p.version = newest.empty() ? 1 : newest.front() + 1;
    p.effectiveFrom = {};
    p.effectiveTo = {};
    const std::string doc = toDocument(p);
    const std::string search =
        TextFold::fold(p.name + u' ' + p.nationalCode + u' ' + p.localCode + u' ' + p.fieldCode)
            .toStdString();
    const std::string field = p.fieldCode.toStdString(), agency = p.agencyId.toStdString();
    // The procedure's row names its agency, field and newest version.
    s << m_db.sql("DELETE FROM procedures WHERE national_code = ?"), bind(code), now;
    s << m_db.sql(
        "INSERT INTO procedures (national_code, field_code, agency_id, search, version, doc) "
        "VALUES (?, ?, ?, ?, ?, ?)"),
        bind(code), bind(field), bind(agency), bind(search), bind(p.version), bind(doc), now;
    s << m_db.sql("INSERT INTO procedure_versions (national_code, version, doc) VALUES (?, ?, ?)"),
        bind(code), bind(p.version), bind(doc), now;
    return p.version;
}

void CatalogueRepository::replaceDraft(Poco::Data::Session& s, const Procedure& p)
{
    Procedure draft = p;
    draft.effectiveFrom = {};
    draft.effectiveTo = {};
    const std::string code = p.nationalCode.toStdString(), doc = toDocument(draft);
    s << m_db.sql("UPDATE procedure_versions SET doc = ? WHERE national_code = ? AND version = ? "
                  "AND effective_from IS NULL"),
        bind(doc), bind(code), bind(draft.version), now;
    s << m_db.sql("UPDATE procedures SET doc = ? WHERE national_code = ? AND version = ?"),
        bind(doc), bind(code), bind(draft.version), now;
}

void CatalogueRepository::correctPublished(Poco::Data::Session& s, const Procedure& p)
{
    Procedure stored = p;
    stored.effectiveFrom = {}; // the days live in their columns (withDays)
    stored.effectiveTo = {};
    const std::string code = p.nationalCode.toStdString(), doc = toDocument(stored);
    s << m_db.sql("UPDATE procedure_versions SET doc = ? WHERE national_code = ? AND version = ? "
                  "AND effective_from IS NOT NULL"),
        bind(doc), bind(code), bind(p.version), now;
    s << m_db.sql("UPDATE procedures SET doc = ? WHERE national_code = ? AND version = ?"),
        bind(doc), bind(code), bind(p.version), now;
}

void CatalogueRepository::setDays(Poco::Data::Session& s, const Procedure& p)
{
    const std::string code = p.nationalCode.toStdString(), from = isoDay(p.effectiveFrom),
                      to = isoDay(p.effectiveTo);
    s << m_db.sql("UPDATE procedure_versions SET effective_from = NULLIF(?, ''), "
                  "effective_to = NULLIF(?, '') WHERE national_code = ? AND version = ?"),
        bind(from), bind(to), bind(code), bind(p.version), now;
}

QList<Error> CatalogueRepository::saveInForce(Poco::Data::Session& s, Procedure& p,
                                              const QDate& day)
{
    p.mirrorFirstCase(); // what is stored is what a client before cases reads
    const std::string code = p.nationalCode.toStdString();
    QList<Procedure> all = versions(s, code);
    if (const Procedure* current = ProcedureVersions::inForce(all, day);
        current && ProcedureVersions::sameContent(*current, p)) {
        p = *current;
        return {};
    }
    Procedure draft = p;
    draft.version = (all.isEmpty() ? 0 : ProcedureVersions::newest(all)->version) + 1;
    draft.effectiveFrom = {};
    draft.effectiveTo = {};
    all << draft;
    if (QList<Error> problems = ProcedureVersions::publishProblems(all, draft.version, day, day);
        !problems.isEmpty())
        return problems;
    for (const Procedure& ended : ProcedureVersions::endedBy(all, day))
        setDays(s, ended);
    draft.version = addDraft(s, draft);
    draft.effectiveFrom = day;
    setDays(s, draft);
    p = draft;
    return {};
}

} // namespace motcua::server
