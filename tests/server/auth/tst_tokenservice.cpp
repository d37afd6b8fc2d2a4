#include "auth/Crypto.h"
#include "auth/TokenService.h"

#include <chrono>
#include <set>
#include <string>

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include <Poco/JSON/Parser.h>
#include <Poco/JWT/Signer.h>
#include <Poco/JWT/Token.h>
#include <Poco/Timestamp.h>

using motcua::server::AccessClaims;
using motcua::server::SecretKey;
using motcua::server::TokenService;
using namespace std::chrono_literals;

namespace {

// 2024-06-01T01:00:00Z, a fixed instant: tests never read the real clock.
constexpr std::int64_t kT0 = 1717203600;
TokenService::TimePoint at(std::int64_t unixSeconds)
{
    return TokenService::TimePoint(std::chrono::seconds(unixSeconds));
}

SecretKey keyOf(char fill)
{
    return SecretKey::fromHex(std::string(64, fill)).value();
}

AccessClaims clerk()
{
    AccessClaims c;
    c.subject = "nguyen.van.an";
    c.roles = {"reception", "approver"};
    c.agency = "UBND-Q1";
    c.unit = "Bộ phận một cửa";
    return c;
}

std::string b64url(const QByteArray& bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)
        .toStdString();
}

QJsonObject decodePart(const std::string& token, int index)
{
    const QList<QByteArray> parts = QByteArray::fromStdString(token).split('.');
    return QJsonDocument::fromJson(
               QByteArray::fromBase64(parts.value(index), QByteArray::Base64UrlEncoding))
        .object();
}

// A token signed with our key by hand, to test what verify() does with claims issue() never
// writes, or with algorithms it never uses.
std::string signRaw(const std::string& key, const QJsonObject& payload,
                    const std::string& alg = "HS256")
{
    Poco::JSON::Parser parser;
    const std::string json = QJsonDocument(payload).toJson(QJsonDocument::Compact).toStdString();
    const auto object = parser.parse(json).extract<Poco::JSON::Object::Ptr>();
    Poco::JWT::Token token;
    token.setType("JWT");
    token.payload() = *object;
    Poco::JWT::Signer signer(key);
    signer.addAllAlgorithms();
    return signer.sign(token, alg);
}

QJsonObject validPayload()
{
    return QJsonObject{{"iss", "motcua"},
                       {"sub", "an"},
                       {"roles", QJsonArray{"reception"}},
                       {"agency", "A1"},
                       {"unit", ""},
                       {"jti", "abc"},
                       {"iat", qint64(kT0)},
                       {"exp", qint64(kT0 + 900)}};
}

} // namespace

class TstTokenService : public QObject {
    Q_OBJECT

    TokenService::TimePoint m_now = at(kT0);
    TokenService m_service{keyOf('a'), TokenService::Settings{}, [this] {
                               return m_now;
                           }};

    std::string issueAt(std::int64_t when, const TokenService& service)
    {
        auto issued = service.issue(clerk(), at(when));
        if (!issued)
            qFatal("issue failed: %s", qPrintable(issued.error().message));
        return issued->token;
    }

    static QString codeOf(const motcua::Expected<AccessClaims>& result)
    {
        return result.ok() ? QStringLiteral("ok") : result.error().code;
    }

private slots:
    void validTokenRoundTrip()
    {
        m_now = at(kT0);
        const auto issued = m_service.issue(clerk());
        QVERIFY(issued.ok());
        QCOMPARE(issued->claims.issuedAt, kT0);
        QCOMPARE(issued->claims.expiresAt, kT0 + 15 * 60);
        QCOMPARE(issued->claims.tokenId.size(), std::size_t(22)); // 128 bits in base64url

        m_now = at(kT0 + 60);
        const auto claims = m_service.verify(issued->token);
        QVERIFY2(claims.ok(), qPrintable(codeOf(claims)));
        QCOMPARE(claims->subject, std::string("nguyen.van.an"));
        QCOMPARE(claims->roles, (std::vector<std::string>{"reception", "approver"}));
        QCOMPARE(claims->agency, std::string("UBND-Q1"));
        QCOMPARE(claims->unit, std::string("Bộ phận một cửa"));
        QVERIFY(*claims == issued->claims);
    }

    void wireFormat()
    {
        const std::string token = issueAt(kT0, m_service);
        const QJsonObject header = decodePart(token, 0);
        QCOMPARE(header.value("alg").toString(), QStringLiteral("HS256"));
        QCOMPARE(header.value("typ").toString(), QStringLiteral("JWT"));
        const QJsonObject payload = decodePart(token, 1);
        QCOMPARE(payload.value("iss").toString(), QStringLiteral("motcua"));
        QCOMPARE(payload.value("sub").toString(), QStringLiteral("nguyen.van.an"));
        QCOMPARE(payload.value("roles").toArray(), (QJsonArray{"reception", "approver"}));
        QCOMPARE(payload.value("agency").toString(), QStringLiteral("UBND-Q1"));
        QCOMPARE(payload.value("unit").toString(), QStringLiteral("Bộ phận một cửa"));
        QVERIFY(!payload.value("jti").toString().isEmpty());
        // Whole seconds on the wire, not Poco's fractional timestamps.
        const QByteArray raw = QByteArray::fromBase64(
            QByteArray::fromStdString(token).split('.').value(1), QByteArray::Base64UrlEncoding);
        QVERIFY2(raw.contains("\"iat\":1717203600") && raw.contains("\"exp\":1717204500"),
                 raw.constData());
    }

    void expiryEnforced()
    {
        const std::string token = issueAt(kT0, m_service);
        QCOMPARE(codeOf(m_service.verify(token, at(kT0 + 899))), QStringLiteral("ok"));
        QCOMPARE(codeOf(m_service.verify(token, at(kT0 + 900))),
                 QStringLiteral("auth.token_expired"));
        QCOMPARE(codeOf(m_service.verify(token, at(kT0 + 86400 * 365))),
                 QStringLiteral("auth.token_expired"));
        // Sub-second: 899.999 s after issue is still valid.
        QCOMPARE(codeOf(m_service.verify(token, at(kT0 + 899) + 999ms)), QStringLiteral("ok"));
    }

    void lifetimeIsASetting()
    {
        TokenService::Settings settings;
        settings.accessLifetime = 60s;
        const TokenService shortLived(keyOf('a'), settings);
        const std::string token = issueAt(kT0, shortLived);
        QCOMPARE(codeOf(shortLived.verify(token, at(kT0 + 59))), QStringLiteral("ok"));
        QCOMPARE(codeOf(shortLived.verify(token, at(kT0 + 60))),
                 QStringLiteral("auth.token_expired"));
    }

    void futureIatRefused()
    {
        // Issued by a server whose clock is ahead: 30 s is tolerated, 2 minutes is not.
        QCOMPARE(codeOf(m_service.verify(issueAt(kT0 + 30, m_service), at(kT0))),
                 QStringLiteral("ok"));
        QCOMPARE(codeOf(m_service.verify(issueAt(kT0 + 60, m_service), at(kT0))),
                 QStringLiteral("ok"));
        QCOMPARE(codeOf(m_service.verify(issueAt(kT0 + 61, m_service), at(kT0))),
                 QStringLiteral("auth.token_invalid"));
        QCOMPARE(codeOf(m_service.verify(issueAt(kT0 + 120, m_service), at(kT0))),
                 QStringLiteral("auth.token_invalid"));
    }

    void keyIdNamesTheSigningKey()
    {
        const std::string token = issueAt(kT0, m_service);
        const QString kid = decodePart(token, 0).value("kid").toString();
        QCOMPARE(kid.size(), 16);
        QCOMPARE(kid.toStdString(), TokenService::keyId(keyOf('a')));
        QCOMPARE(m_service.currentKeyId(), TokenService::keyId(keyOf('a')));
        // Derived from the key: every server sharing a key agrees; another key, another id.
        QCOMPARE(TokenService::keyId(keyOf('a')), TokenService(keyOf('a')).currentKeyId());
        QVERIFY(TokenService::keyId(keyOf('a')) != TokenService::keyId(keyOf('b')));
    }

    void rotationKeepsThePreviousKeysTokensValid()
    {
        const TokenService before(keyOf('a'));
        const std::string old = issueAt(kT0, before);
        TokenService after(keyOf('b'));
        QCOMPARE(codeOf(after.verify(old, at(kT0))), QStringLiteral("auth.token_invalid"));
        after.acceptAlso(keyOf('a'));
        QCOMPARE(codeOf(after.verify(old, at(kT0))), QStringLiteral("ok"));
        // New tokens are signed with the new key only: the old key's holder cannot verify them.
        const std::string fresh = issueAt(kT0, after);
        QCOMPARE(decodePart(fresh, 0).value("kid").toString().toStdString(),
                 TokenService::keyId(keyOf('b')));
        QCOMPARE(codeOf(before.verify(fresh, at(kT0))), QStringLiteral("auth.token_invalid"));
        QCOMPARE(codeOf(after.verify(fresh, at(kT0))), QStringLiteral("ok"));
        // The old key's tokens still expire on time.
        QCOMPARE(codeOf(after.verify(old, at(kT0 + 900))), QStringLiteral("auth.token_expired"));
    }

    void keyIdsAreCheckedNotTrusted()
    {
        TokenService service(keyOf('b'));
        service.acceptAlso(keyOf('a'));
        // A token without a kid (issued before kids existed) verifies against the current key.
        QCOMPARE(codeOf(service.verify(signRaw(keyOf('b').bytes(), validPayload()), at(kT0))),
                 QStringLiteral("ok"));
        QCOMPARE(codeOf(service.verify(signRaw(keyOf('a').bytes(), validPayload()), at(kT0))),
                 QStringLiteral("auth.token_invalid"));
        // A kid this server does not know, or one that names a key other than the signer's.
        auto withKid = [](const SecretKey& key, const std::string& kid) {
            const std::string header =
                b64url(QJsonDocument(QJsonObject{{"alg", "HS256"},
                                                 {"typ", "JWT"},
                                                 {"kid", QString::fromStdString(kid)}})
                           .toJson(QJsonDocument::Compact));
            const std::string payload =
                b64url(QJsonDocument(validPayload()).toJson(QJsonDocument::Compact));
            const std::string mac =
                motcua::server::crypto::hmacSha256(key.bytes(), header + "." + payload);
            return header + "." + payload + "." +
                   b64url(QByteArray(mac.data(), qsizetype(mac.size())));
        };
        QCOMPARE(
            codeOf(service.verify(withKid(keyOf('a'), TokenService::keyId(keyOf('a'))), at(kT0))),
            QStringLiteral("ok"));
        QCOMPARE(
            codeOf(service.verify(withKid(keyOf('c'), TokenService::keyId(keyOf('c'))), at(kT0))),
            QStringLiteral("auth.token_invalid"));
        QCOMPARE(
            codeOf(service.verify(withKid(keyOf('c'), TokenService::keyId(keyOf('a'))), at(kT0))),
            QStringLiteral("auth.token_invalid"));
        QCOMPARE(
            codeOf(service.verify(withKid(keyOf('a'), TokenService::keyId(keyOf('b'))), at(kT0))),
            QStringLiteral("auth.token_invalid"));
    }

    void otherKeyRefused()
    {
        const TokenService other(keyOf('b'));
        const std::string token = issueAt(kT0, other);
        QCOMPARE(codeOf(other.verify(token, at(kT0))), QStringLiteral("ok"));
        QCOMPARE(codeOf(m_service.verify(token, at(kT0))), QStringLiteral("auth.token_invalid"));
    }

    void otherIssuerRefused()
    {
        TokenService::Settings settings;
        settings.issuer = "someone-else";
        const TokenService other(keyOf('a'), settings);
        QCOMPARE(codeOf(m_service.verify(issueAt(kT0, other), at(kT0))),
                 QStringLiteral("auth.token_invalid"));
    }

    void algNoneRefused()
    {
        const std::string token = issueAt(kT0, m_service);
        const QList<QByteArray> parts = QByteArray::fromStdString(token).split('.');
        const std::string header = b64url(R"({"alg":"none","typ":"JWT"})");
        const std::string payload = parts[1].toStdString();
        QCOMPARE(codeOf(m_service.verify(header + "." + payload + ".", at(kT0))),
                 QStringLiteral("auth.token_invalid"));
        QCOMPARE(codeOf(m_service.verify(header + "." + payload + "." + parts[2].toStdString(),
                                         at(kT0))),
                 QStringLiteral("auth.token_invalid"));
    }

    void otherHmacAlgorithmsRefused()
    {
        // Correctly signed with our own key, but HS512 / HS384: only HS256 is accepted.
        const std::string key = keyOf('a').bytes();
        QCOMPARE(codeOf(m_service.verify(signRaw(key, validPayload(), "HS512"), at(kT0))),
                 QStringLiteral("auth.token_invalid"));
        QCOMPARE(codeOf(m_service.verify(signRaw(key, validPayload(), "HS384"), at(kT0))),
                 QStringLiteral("auth.token_invalid"));
        // The same payload with HS256 is fine, which shows the refusals are about the algorithm.
        QCOMPARE(codeOf(m_service.verify(signRaw(key, validPayload(), "HS256"), at(kT0))),
                 QStringLiteral("ok"));
    }

    void tamperedPayloadRefused()
    {
        const std::string token = issueAt(kT0, m_service);
        const QList<QByteArray> parts = QByteArray::fromStdString(token).split('.');
        QJsonObject payload = decodePart(token, 1);
        payload["roles"] = QJsonArray{"admin"};
        const std::string forged = parts[0].toStdString() + "." +
                                   b64url(QJsonDocument(payload).toJson(QJsonDocument::Compact)) +
                                   "." + parts[2].toStdString();
        QCOMPARE(codeOf(m_service.verify(forged, at(kT0))), QStringLiteral("auth.token_invalid"));
        payload = decodePart(token, 1);
        payload["exp"] = qint64(kT0 + 86400 * 365);
        const std::string extended = parts[0].toStdString() + "." +
                                     b64url(QJsonDocument(payload).toJson(QJsonDocument::Compact)) +
                                     "." + parts[2].toStdString();
        QCOMPARE(codeOf(m_service.verify(extended, at(kT0 + 1000))),
                 QStringLiteral("auth.token_invalid"));
        // One flipped signature character.
        std::string flipped = token;
        flipped[flipped.size() - 2] = flipped[flipped.size() - 2] == 'A' ? 'B' : 'A';
        QCOMPARE(codeOf(m_service.verify(flipped, at(kT0))), QStringLiteral("auth.token_invalid"));
    }

    void badClaimsRefused_data()
    {
        QTest::addColumn<QString>("claim");
        QTest::addColumn<QJsonValue>("value"); // Undefined = remove the claim
        QTest::newRow("no exp") << "exp" << QJsonValue(QJsonValue::Undefined);
        QTest::newRow("no iat") << "iat" << QJsonValue(QJsonValue::Undefined);
        QTest::newRow("no sub") << "sub" << QJsonValue(QJsonValue::Undefined);
        QTest::newRow("empty sub") << "sub" << QJsonValue("");
        QTest::newRow("no iss") << "iss" << QJsonValue(QJsonValue::Undefined);
        QTest::newRow("no jti") << "jti" << QJsonValue(QJsonValue::Undefined);
        QTest::newRow("no roles") << "roles" << QJsonValue(QJsonValue::Undefined);
        QTest::newRow("roles string") << "roles" << QJsonValue("admin");
        QTest::newRow("role number") << "roles" << QJsonValue(QJsonArray{1});
        QTest::newRow("exp string") << "exp" << QJsonValue("1717204500");
        QTest::newRow("exp fractional") << "exp" << QJsonValue(1717204500.5);
        QTest::newRow("exp bool") << "exp" << QJsonValue(true);
        QTest::newRow("exp before iat") << "exp" << QJsonValue(qint64(kT0 - 1));
        QTest::newRow("agency number") << "agency" << QJsonValue(7);
    }

    void badClaimsRefused()
    {
        QFETCH(QString, claim);
        QFETCH(QJsonValue, value);
        QJsonObject payload = validPayload();
        if (value.isUndefined())
            payload.remove(claim);
        else
            payload[claim] = value;
        QCOMPARE(codeOf(m_service.verify(signRaw(keyOf('a').bytes(), payload), at(kT0))),
                 QStringLiteral("auth.token_invalid"));
    }

    void pocoFractionalTimestampsRefused()
    {
        // What Poco's own setExpiration() writes (fractional seconds) is not our format.
        Poco::JWT::Token token;
        token.setIssuer("motcua");
        token.setSubject("an");
        token.setId("x");
        token.payload().set("roles", Poco::JSON::Array::Ptr(new Poco::JSON::Array));
        token.payload().set("agency", std::string("A"));
        token.payload().set("unit", std::string());
        token.setIssuedAt(Poco::Timestamp::fromEpochTime(kT0) + 500000);
        token.setExpiration(Poco::Timestamp::fromEpochTime(kT0 + 900) + 500000);
        const Poco::JWT::Signer signer(keyOf('a').bytes());
        const std::string jwt = signer.sign(token, Poco::JWT::Signer::ALGO_HS256);
        QCOMPARE(codeOf(m_service.verify(jwt, at(kT0))), QStringLiteral("auth.token_invalid"));
    }

    void garbageRefused_data()
    {
        QTest::addColumn<QByteArray>("token");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("word") << QByteArray("Bearer");
        QTest::newRow("two parts") << QByteArray("abc.def");
        QTest::newRow("three empty") << QByteArray("..");
        QTest::newRow("four parts") << QByteArray("a.b.c.d");
        QTest::newRow("not base64") << QByteArray("a!.b.c");
        QTest::newRow("not json") << QByteArray("YWJj.ZGVm.Z2hp");
        QTest::newRow("json array header")
            << QByteArray::fromStdString(b64url("[1]") + "." + b64url("{}") + ".x");
        QTest::newRow("huge") << QByteArray(100000, 'a');
        QTest::newRow("spaces") << QByteArray("a b.c.d");
    }

    void garbageRefused()
    {
        QFETCH(QByteArray, token);
        QCOMPARE(codeOf(m_service.verify(token.toStdString(), at(kT0))),
                 QStringLiteral("auth.token_invalid"));
    }

    void issueRequiresSubject()
    {
        AccessClaims nobody = clerk();
        nobody.subject.clear();
        const auto issued = m_service.issue(nobody, at(kT0));
        QVERIFY(!issued.ok());
        QCOMPARE(issued.error().code, QStringLiteral("auth.token_invalid"));
    }

    void tokenIdsUnique()
    {
        std::set<std::string> ids;
        for (int i = 0; i < 50; ++i)
            ids.insert(m_service.issue(clerk(), at(kT0))->claims.tokenId);
        QCOMPARE(ids.size(), std::size_t(50));
    }

    void refreshTokens()
    {
        std::set<std::string> seen;
        for (int i = 0; i < 100; ++i) {
            const auto token = TokenService::generateRefreshToken();
            QVERIFY(token.ok());
            QCOMPARE(token->size(), std::size_t(43)); // 256 bits, base64url, no padding
            QVERIFY(token->find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
                                             "0123456789-_") == std::string::npos);
            seen.insert(*token);
        }
        QCOMPARE(seen.size(), std::size_t(100));

        // Stable: SHA-256 in lowercase hex, the same every time.
        const std::string token = "k3lOqX1sQmM2bJ4r8Ew0yZ9aVvN6tH7uC5dF2gP1iLo";
        const std::string hash = TokenService::hashRefreshToken(token);
        QCOMPARE(hash, TokenService::hashRefreshToken(token));
        QCOMPARE(hash.size(), std::size_t(64));
        QCOMPARE(TokenService::hashRefreshToken("abc"),
                 std::string("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
        QVERIFY(TokenService::refreshTokenMatches(token, hash));
        QVERIFY(!TokenService::refreshTokenMatches(token + "x", hash));
        QVERIFY(!TokenService::refreshTokenMatches(token, hash.substr(1)));
        QVERIFY(!TokenService::refreshTokenMatches(token, ""));
    }
};

QTEST_GUILESS_MAIN(TstTokenService)
#include "tst_tokenservice.moc"
