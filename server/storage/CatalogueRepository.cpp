#include "storage/CatalogueRepository.h"

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

std::vector<Procedure> CatalogueRepository::procedures(const QString& query)
{
    std::vector<std::string> docs, search;
    m_db.read([&](Poco::Data::Session& s) {
        s << "SELECT doc, search FROM procedures ORDER BY national_code", into(docs), into(search),
            now;
    });
    // The catalogue is small (hundreds of rows): filter in memory with common/'s folding rule.
    const SearchQuery q(query);
    std::vector<Procedure> out;
    for (std::size_t i = 0; i < docs.size(); ++i) {
        if (query.isEmpty() || q.matchesFolded(QString::fromStdString(search[i])))
            out.push_back(fromDocument<Procedure>(docs[i]));
    }
    return out;
}

std::optional<Procedure> CatalogueRepository::procedure(const std::string& nationalCode)
{
    return m_db.read([&](Poco::Data::Session& s) { return procedure(s, nationalCode); });
}

std::optional<Procedure> CatalogueRepository::procedure(Poco::Data::Session& s,
                                                        const std::string& nationalCode)
{
    std::vector<std::string> docs;
    s << m_db.sql("SELECT doc FROM procedures WHERE national_code = ?"), into(docs),
        bind(nationalCode), now;
    if (docs.empty())
        return std::nullopt;
    return fromDocument<Procedure>(docs.front());
}

int CatalogueRepository::saveProcedure(Poco::Data::Session& s, Procedure p)
{
    const std::string code = p.nationalCode.toStdString();
    std::optional<Procedure> current = procedure(s, code);
    if (current) {
        p.version = current->version;
        if (*current == p)
            return p.version; // nothing changed: no new version
        p.version = current->version + 1;
    } else {
        p.version = std::max(p.version, 1);
    }
    const std::string doc = toDocument(p);
    const std::string search =
        TextFold::fold(p.name + u' ' + p.nationalCode + u' ' + p.localCode + u' ' + p.fieldCode)
            .toStdString();
    const std::string field = p.fieldCode.toStdString(), agency = p.agencyId.toStdString();
    s << m_db.sql("DELETE FROM procedures WHERE national_code = ?"), bind(code), now;
    s << m_db.sql(
        "INSERT INTO procedures (national_code, field_code, agency_id, search, version, doc) "
        "VALUES (?, ?, ?, ?, ?, ?)"),
        bind(code), bind(field), bind(agency), bind(search), bind(p.version), bind(doc), now;
    s << m_db.sql("INSERT INTO procedure_versions (national_code, version, doc) VALUES (?, ?, ?)"),
        bind(code), bind(p.version), bind(doc), now;
    return p.version;
}

} // namespace motcua::server
