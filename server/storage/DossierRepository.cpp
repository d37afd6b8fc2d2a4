#include "storage/DossierRepository.h"

#include "codec/PublicView.h"
#include "storage/Documents.h"
#include "storage/SqliteKeyLookup.h"
#include "text/TextFold.h"

#include <QJsonDocument>

using namespace Poco::Data::Keywords;

namespace motcua::server {
namespace {

std::string likeEscape(const std::string& s)
{
    std::string out;
    for (char c : s) {
        if (c == '%' || c == '_' || c == '\\')
            out += '\\';
        out += c;
    }
    return out;
}

// "status NOT IN (...)" of the final states, from the domain's own definition.
std::string openStatusCondition()
{
    std::string list;
    for (int code = 1; code <= 10; ++code) {
        const auto status = statusFromNationalCode(code);
        if (status && isTerminal(*status))
            list += (list.empty() ? "" : ", ") + std::to_string(code);
    }
    return "d.status NOT IN (" + list + ")";
}

std::string publicText(const Dossier& d)
{
    return QJsonDocument(codec::publicView(d)).toJson(QJsonDocument::Compact).toStdString();
}

} // namespace

DossierRepository::DossierRepository(Database& db)
    : m_db(db)
{
    if (!db.isPostgres())
        m_publicLookup = std::make_unique<SqliteKeyLookup>(
            db.sqlitePath(), "SELECT public_doc FROM dossiers WHERE code = ?", 8);
}

DossierRepository::~DossierRepository() = default;

std::string DossierRepository::publicDocument(const std::string& code)
{
    if (m_publicLookup) {
        auto view = m_publicLookup->find(code);
        if (!view)
            return {};
        if (!view->empty())
            return *view;
        // A row written before schema version 4 has no stored view: the general path derives it.
    }
    std::vector<std::string> views, docs;
    m_db.read([&](Poco::Data::Session& s) {
        // Rows written before schema version 4 have no stored view yet: derive it from the doc.
        s << m_db.sql("SELECT public_doc, CASE WHEN public_doc = '' THEN (SELECT doc FROM "
                      "dossier_docs WHERE dossier_docs.code = dossiers.code) ELSE '' END FROM "
                      "dossiers WHERE code = ?"),
            into(views), into(docs), bind(code), now;
    });
    if (views.empty())
        return {};
    return views.front().empty() ? publicText(fromDocument<Dossier>(docs.front())) : views.front();
}

std::string DossierRepository::searchText(const Dossier& d)
{
    const QString all = d.code + u' ' + d.owner.fullName + u' ' + d.submitter.fullName + u' ' +
                        d.representative.fullName + u' ' + d.owner.phone + u' ' +
                        d.submitter.phone + u' ' + d.owner.idNumber + u' ' + d.submitter.idNumber;
    return " " + TextFold::fold(all).toStdString(); // leading space: see search()
}

std::optional<Dossier> DossierRepository::find(const std::string& code)
{
    std::vector<std::string> docs;
    m_db.read([&](Poco::Data::Session& s) {
        s << m_db.sql("SELECT doc FROM dossier_docs WHERE code = ?"), into(docs), bind(code), now;
    });
    if (docs.empty())
        return std::nullopt;
    return fromDocument<Dossier>(docs.front());
}

std::optional<Dossier> DossierRepository::findForUpdate(Poco::Data::Session& s,
                                                        const std::string& code)
{
    if (m_db.isPostgres()) { // lock the dossier's row until commit
        std::vector<Poco::Int64> versions;
        s << m_db.sql("SELECT version FROM dossiers WHERE code = ? FOR UPDATE"), into(versions),
            bind(code), now;
        if (versions.empty())
            return std::nullopt;
    }
    std::vector<std::string> docs;
    s << m_db.sql("SELECT doc FROM dossier_docs WHERE code = ?"), into(docs), bind(code), now;
    if (docs.empty())
        return std::nullopt;
    return fromDocument<Dossier>(docs.front());
}

void DossierRepository::insert(Poco::Data::Session& s, const Dossier& d, const QString& fieldCode)
{
    const std::string code = d.code.toStdString(), agency = d.agencyId.toStdString(),
                      procedure = d.procedureCode.toStdString(), field = fieldCode.toStdString(),
                      assignee = d.assignee.toStdString(), unit = d.currentUnit.toStdString(),
                      search = searchText(d), phone = d.owner.phone.toStdString(),
                      ownerId = d.owner.idNumber.toStdString(), doc = toDocument(d),
                      pub = publicText(d);
    const int status = nationalCode(d.status);
    const Poco::Int64 received = toMillis(d.receivedAt), appointment = toMillis(d.appointmentAt),
                      version = d.version;
    s << m_db.sql(
        "INSERT INTO dossiers (code, agency_id, procedure_code, field_code, status, assignee, "
        "current_unit, received_at, appointment_at, search, owner_phone, owner_id, version, "
        "public_doc) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        bind(code), bind(agency), bind(procedure), bind(field), bind(status), bind(assignee),
        bind(unit), bind(received), bind(appointment), bind(search), bind(phone), bind(ownerId),
        bind(version), bind(pub), now;
    s << m_db.sql("INSERT INTO dossier_docs (code, doc) VALUES (?, ?)"), bind(code), bind(doc), now;
}

bool DossierRepository::update(Poco::Data::Session& s, const Dossier& d,
                               Poco::Int64 expectedVersion)
{
    const std::string code = d.code.toStdString(), assignee = d.assignee.toStdString(),
                      unit = d.currentUnit.toStdString(), search = searchText(d),
                      phone = d.owner.phone.toStdString(), ownerId = d.owner.idNumber.toStdString(),
                      doc = toDocument(d), pub = publicText(d);
    const int status = nationalCode(d.status);
    const Poco::Int64 received = toMillis(d.receivedAt), appointment = toMillis(d.appointmentAt),
                      version = d.version;
    Poco::Data::Statement st(s);
    st << m_db.sql(
        "UPDATE dossiers SET status = ?, assignee = ?, current_unit = ?, received_at = ?, "
        "appointment_at = ?, search = ?, owner_phone = ?, owner_id = ?, version = ?, "
        "public_doc = ? WHERE code = ? AND version = ?"),
        bind(status), bind(assignee), bind(unit), bind(received), bind(appointment), bind(search),
        bind(phone), bind(ownerId), bind(version), bind(pub), bind(code), bind(expectedVersion);
    if (st.execute() != 1)
        return false;
    s << m_db.sql("UPDATE dossier_docs SET doc = ? WHERE code = ?"), bind(doc), bind(code), now;
    return true;
}

DossierRepository::Page DossierRepository::search(const Query& q)
{
    std::string where = " WHERE 1 = 1";
    std::vector<std::string> texts;
    std::vector<Poco::Int64> numbers;
    // Build the filter from fixed SQL fragments only; values are always bound.
    struct Param {
        bool isText;
        std::size_t index;
    };
    std::vector<Param> params;
    auto text = [&](const std::string& fragment, std::string value) {
        where += fragment;
        texts.push_back(std::move(value));
        params.push_back({true, texts.size() - 1});
    };
    auto number = [&](const std::string& fragment, Poco::Int64 value) {
        where += fragment;
        numbers.push_back(value);
        params.push_back({false, numbers.size() - 1});
    };
    // Search semantics: every word the clerk types must match the start of a word of the dossier
    // (owner's or submitter's name, code, phone, ID number, procedure): "nguyen an" finds
    // "Nguyễn Thị An" and "Nguyễn Văn Anh". SQLite answers from its FTS5 word index with prefix
    // queries; PostgreSQL from pg_trgm serving LIKE '% word%' (the search text starts with a
    // space, so every word follows one).
    std::string fts;
    for (const QString& word : TextFold::tokens(q.text)) {
        const std::string w = word.toStdString();
        if (m_db.isPostgres()) {
            text(" AND search LIKE ? ESCAPE '\\'", "% " + likeEscape(w) + "%");
        } else {
            std::string quoted = "\"";
            for (char c : w)
                quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
            fts += (fts.empty() ? "" : " ") + quoted + "\"*";
        }
    }
    if (!fts.empty())
        text(" AND rowid IN (SELECT rowid FROM dossier_fts WHERE dossier_fts MATCH ?)", fts);
    if (q.status)
        number(" AND status = ?", nationalCode(*q.status));
    if (!q.fieldCode.isEmpty())
        text(" AND field_code = ?", q.fieldCode.toStdString());
    if (!q.assignee.isEmpty())
        text(" AND assignee = ?", q.assignee.toStdString());
    if (!q.agencyId.isEmpty())
        text(" AND agency_id = ?", q.agencyId.toStdString());
    if (q.from.isValid())
        number(" AND received_at >= ?", toMillis(q.from));
    if (q.to.isValid())
        number(" AND received_at < ?", toMillis(q.to));

    Page page;
    m_db.read([&](Poco::Data::Session& s) {
        auto bindAll = [&](Poco::Data::Statement& st) {
            for (const Param& p : params) {
                if (p.isText)
                    st, use(texts[p.index]);
                else
                    st, use(numbers[p.index]);
            }
        };
        // Counting every match of a common name would cost more than the page itself: count up to
        // a cap and say whether the total is exact.
        Poco::Data::Statement count(s);
        const Poco::Int64 cap = kCountCap + 1;
        count << m_db.sql("SELECT COUNT(*) FROM (SELECT 1 FROM dossiers" + where + " LIMIT " +
                          std::to_string(cap) + ") t"),
            into(page.total);
        bindAll(count);
        count.execute();

        // The page's codes from the narrow table first, then only those documents.
        std::vector<std::string> codes;
        Poco::Int64 limit = q.limit, offset = q.offset;
        Poco::Data::Statement list(s);
        list << m_db.sql("SELECT code FROM dossiers" + where +
                         " ORDER BY received_at DESC, code DESC LIMIT ? OFFSET ?"),
            into(codes);
        bindAll(list);
        list, use(limit), use(offset);
        list.execute();
        for (const std::string& code : codes) {
            std::vector<std::string> docs;
            s << m_db.sql("SELECT doc FROM dossier_docs WHERE code = ?"), into(docs), bind(code),
                now;
            if (!docs.empty())
                page.items.push_back(fromDocument<Dossier>(docs.front()));
        }
    });
    page.totalIsExact = page.total <= kCountCap;
    page.total = std::min<Poco::Int64>(page.total, kCountCap);
    return page;
}

std::vector<std::pair<std::string, std::string>>
DossierRepository::documents(const std::vector<std::string>& codes, const std::string& agencyId)
{
    std::vector<std::pair<std::string, std::string>> out;
    out.reserve(codes.size());
    m_db.read([&](Poco::Data::Session& s) {
        std::string code, agency, doc;
        Poco::Data::Statement st(s);
        st << m_db.sql("SELECT d.agency_id, dd.doc FROM dossiers d JOIN dossier_docs dd ON "
                       "dd.code = d.code WHERE d.code = ?"),
            into(agency), into(doc), use(code);
        for (const std::string& c : codes) {
            code = c;
            agency.clear();
            doc.clear();
            if (st.execute() == 1 && (agencyId.empty() || agency == agencyId))
                out.emplace_back(c, doc);
        }
    });
    return out;
}

DossierRepository::SnapshotPage DossierRepository::snapshot(const std::string& agencyId,
                                                            const QDateTime& recentFrom,
                                                            const SnapshotCursor& after, int limit)
{
    // Walks the index (agency_id, received_at, code, status) newest first: recent rows all
    // match; older ones are checked on the index alone, without reading the table.
    static const std::string open = openStatusCondition();
    const std::string sql =
        "SELECT d.code, d.received_at, dd.doc FROM dossiers d JOIN dossier_docs dd ON dd.code = "
        "d.code WHERE " +
        std::string(agencyId.empty() ? "? = ''" : "d.agency_id = ?") +
        " AND (d.received_at, d.code) < (?, ?) AND (d.received_at >= ? OR " + open +
        ") ORDER BY d.received_at DESC, d.code DESC LIMIT ?";
    std::vector<std::string> codes, docs;
    std::vector<Poco::Int64> received;
    const Poco::Int64 from = toMillis(recentFrom), before = after.receivedAt;
    const Poco::Int64 n = limit;
    m_db.read([&](Poco::Data::Session& s) {
        s << m_db.sql(sql), into(codes), into(received), into(docs), bind(agencyId), bind(before),
            bind(after.code), bind(from), bind(n), now;
    });
    SnapshotPage page;
    page.documents = std::move(docs);
    if (Poco::Int64(codes.size()) == n)
        page.next = SnapshotCursor{received.back(), codes.back()};
    return page;
}

} // namespace motcua::server
