#pragma once

// Private to core/store: the connection behind a LocalStore and a small statement helper.

#include "core/Expected.h"
#include "core/store/LocalStore.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

namespace motcua::client {

struct LocalStore::Impl {
    QString path;
    QString connection;
    QSqlDatabase db;
    int depth = 0; // transaction nesting
};

namespace store {

// One prepared statement: bind positionally, exec, read.
class Sql {
public:
    Sql(const QSqlDatabase& db, const QString& text)
        : m_query(db)
        , m_text(text)
    {
        m_query.setForwardOnly(true);
        m_prepared = m_query.prepare(text);
    }

    Sql& bind(const QVariant& v)
    {
        m_query.addBindValue(v);
        return *this;
    }

    Status exec()
    {
        if (!m_prepared || !m_query.exec())
            return error();
        return success();
    }

    bool next() { return m_query.next(); }
    QVariant value(int i) const { return m_query.value(i); }
    QSqlQuery& query() { return m_query; }

    Error error() const
    {
        return Error{QStringLiteral("store.sql"),
                     m_query.lastError().text() + QStringLiteral(" [") + m_text.left(120) +
                         QStringLiteral("]"),
                     {}};
    }

private:
    QSqlQuery m_query;
    QString m_text;
    bool m_prepared = false;
};

// Runs one statement with no result rows.
inline Status execute(const QSqlDatabase& db, const QString& text, const QVariantList& binds = {})
{
    Sql q(db, text);
    for (const QVariant& v : binds)
        q.bind(v);
    return q.exec();
}

// Milliseconds since the epoch, or a null QVariant for an invalid instant.
QVariant millis(const QDateTime& t);
QDateTime fromMillis(const QVariant& v);

void warn(const Error& e);

} // namespace store
} // namespace motcua::client
