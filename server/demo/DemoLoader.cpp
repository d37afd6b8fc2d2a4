#include "demo/DemoLoader.h"

#include "auth/PasswordHasher.h"
#include "codec/JsonCodec.h"
#include "demo/EmbeddedCatalogue.h"

#include <sstream>

#include <QJsonObject>

#include <Poco/Base64Encoder.h>
#include <Poco/Exception.h>
#include <Poco/RandomStream.h>

namespace motcua::server {
namespace {

struct DemoUser {
    const char* username;
    const char* fullName;
    Role role;
    const char* unit;
    const char* agencyId;
};

constexpr const char* kXuanHuong = "000.00.71.H36"; // owns most demo procedures
constexpr const char* kLangBiang = "000.00.72.H36"; // a second agency in force, with its own

// The four users every demo has, then the heads and officers of the other units that the demo
// workflows route dossiers to (a user acts only on steps of their own unit); then the staff of a
// second ward, so that every screen and test sees two agencies that must not see each other.
constexpr DemoUser kUsers[] = {
    {"demo-admin", "Quản trị hệ thống", Role::Administrator, "", kXuanHuong},
    {"demo-reception", "Nguyễn Thị Lan", Role::Receptionist, "Bộ phận Một cửa", kXuanHuong},
    {"demo-specialist", "Trần Văn Minh", Role::Specialist, "Tư pháp - Hộ tịch", kXuanHuong},
    {"demo-leader", "Lê Văn Hùng", Role::Leader, "Lãnh đạo UBND", kXuanHuong},
    {"demo-head-tuphap", "Phạm Thị Hoa", Role::Leader, "Tư pháp - Hộ tịch", kXuanHuong},
    {"demo-head-vhxh", "Đỗ Văn Nam", Role::Leader, "Văn hóa - Xã hội", kXuanHuong},
    {"demo-specialist-vhxh", "Hoàng Thị Mai", Role::Specialist, "Văn hóa - Xã hội", kXuanHuong},
    {"demo-head-kthtdt", "Vũ Đức Thắng", Role::Leader, "Kinh tế - Hạ tầng - Đô thị", kXuanHuong},
    {"demo-specialist-kthtdt", "Bùi Thị Thu", Role::Specialist, "Kinh tế - Hạ tầng - Đô thị",
     kXuanHuong},
    {"demo-lb-admin", "Quản trị Lang Biang", Role::Administrator, "", kLangBiang},
    {"demo-lb-reception", "Đinh Thị Hạnh", Role::Receptionist, "Bộ phận Một cửa", kLangBiang},
    {"demo-lb-leader", "Ngô Văn Khải", Role::Leader, "Lãnh đạo UBND", kLangBiang},
    {"demo-lb-head-kthtdt", "Lý Văn Phúc", Role::Leader, "Kinh tế - Hạ tầng - Đô thị", kLangBiang},
    {"demo-lb-specialist", "Trịnh Thị Ngọc", Role::Specialist, "Kinh tế - Hạ tầng - Đô thị",
     kLangBiang},
    {"demo-lb-head-vhxh", "Mai Văn Quang", Role::Leader, "Văn hóa - Xã hội", kLangBiang},
    {"demo-lb-specialist-vhxh", "Tạ Thị Yến", Role::Specialist, "Văn hóa - Xã hội", kLangBiang},
};

std::string generatePassword()
{
    // 15 random bytes → 20 base64url characters.
    char bytes[15];
    Poco::RandomInputStream().read(bytes, sizeof bytes);
    std::ostringstream out;
    Poco::Base64Encoder enc(out, Poco::BASE64_URL_ENCODING | Poco::BASE64_NO_PADDING);
    enc.write(bytes, sizeof bytes);
    enc.close();
    return out.str();
}

template <typename T> QList<T> part(const QJsonObject& root, const char* key)
{
    auto decoded =
        codec::fromJson<QList<T>>(root.value(QLatin1String(key)), QString::fromLatin1(key));
    if (!decoded)
        throw Poco::DataFormatException("demo catalogue: " +
                                        decoded.error().describe().toStdString());
    return *decoded;
}

} // namespace

DemoLoader::DemoLoader(Database& db, CatalogueRepository& catalogue, UserRepository& users,
                       SettingsRepository& settings, Journal& journal, const PasswordHasher& hasher)
    : m_db(db)
    , m_catalogue(catalogue)
    , m_users(users)
    , m_settings(settings)
    , m_journal(journal)
    , m_hasher(hasher)
{}

int DemoLoader::load(const std::string& passwordFromEnvironment,
                     const std::function<void(const std::string&)>& announce)
{
    const std::string_view text = embeddedDemoCatalogue();
    auto json = codec::parseJson(QByteArrayView(text.data(), qsizetype(text.size())));
    if (!json)
        throw Poco::DataFormatException("demo catalogue: " + json.error().describe().toStdString());
    const QJsonObject root = json->toObject();
    const auto agencies = part<Agency>(root, "agencies");
    const auto fields = part<Field>(root, "fields");
    const auto procedures = part<Procedure>(root, "procedures");

    std::string password = passwordFromEnvironment;
    bool generated = false;
    m_db.write([&](Poco::Data::Session& s) {
        for (const auto& a : agencies)
            m_catalogue.saveAgency(s, a);
        for (const auto& f : fields)
            m_catalogue.saveField(s, f);
        // The demo catalogue is in force since the two-level local government began (1 July
        // 2025), so that receipts of any recent day find their procedure; a changed demo
        // catalogue becomes a new version from that day (replacing the previous one).
        const QDate since(2025, 7, 1);
        for (Procedure p : procedures) {
            const auto before = m_catalogue.procedure(s, p.nationalCode.toStdString(), since);
            // Refused only when an administrator has published a later version since: theirs
            // stands, the demo's change is not applied.
            if (!m_catalogue.saveInForce(s, p, since).isEmpty())
                continue;
            if (!before || before->version != p.version)
                m_journal.record(s, {"demo", "procedure.save", "procedure",
                                     p.nationalCode.toStdString(), before ? before->version : 0,
                                     p.version, "demo catalogue", p.agencyId.toStdString()});
        }
        for (const DemoUser& d : kUsers) {
            if (m_users.exists(s, d.username))
                continue; // never overwrite a password someone already uses
            if (password.empty()) {
                password = generatePassword();
                generated = true;
            }
            auto hash = m_hasher.hash(password);
            if (!hash)
                throw Poco::InvalidArgumentException("demo password refused: " +
                                                     hash.error().message.toStdString());
            User u;
            u.username = QString::fromUtf8(d.username);
            u.fullName = QString::fromUtf8(d.fullName);
            u.roles = {d.role};
            u.agencyId = QString::fromUtf8(d.agencyId);
            u.unit = QString::fromUtf8(d.unit);
            u.version = 1;
            m_users.save(s, u, *hash);
            m_journal.record(
                s, {"demo", "user.create", "user", d.username, 0, 1, "demo user", d.agencyId});
        }
    });
    if (generated) {
        announce(
            "demo users created (demo-admin, demo-reception, demo-specialist, demo-leader, ..., "
            "and "
            "demo-lb-admin, demo-lb-reception, ... of a second ward); their password, shown only "
            "this once: " +
            password);
    }
    return int(procedures.size());
}

} // namespace motcua::server
