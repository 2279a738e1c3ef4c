#include "Transaction.h"

#include "Database.h"
#include "Query.h"

using namespace Qt::StringLiterals;

Transaction::Transaction(Database &database, Nesting nesting)
    : m_database(database)
    , m_nesting(nesting)
{
}

Transaction::~Transaction()
{
    rollback();
}

Result<void> Transaction::run(const QString &statement)
{
    Query query(m_database, statement);
    return query.exec();
}

Result<void> Transaction::begin()
{
    if (m_active)
        return {};
    if (m_nesting == Nesting::Join && m_database.m_transactionDepth > 0) {
        m_active = m_joined = true;
        return {};
    }
    m_depth = m_database.m_transactionDepth + 1;
    // A file is locked for writing at once, so that two writers never meet half-way.
    const QString first = m_database.isServer() ? u"BEGIN"_s : u"BEGIN IMMEDIATE"_s;
    const QString statement = m_depth == 1 ? first : u"SAVEPOINT sp%1"_s.arg(m_depth);
    if (auto begun = run(statement); !begun)
        return begun;
    m_active = true;
    m_database.m_transactionDepth = m_depth;
    return {};
}

Result<void> Transaction::commit()
{
    if (!m_active)
        return Failure{QStringLiteral("internal error: commit without begin")};
    if (m_joined) {
        m_active = m_joined = false;
        return {};
    }
    const QString statement = m_depth == 1 ? u"COMMIT"_s : u"RELEASE sp%1"_s.arg(m_depth);
    if (auto committed = run(statement); !committed) {
        rollback();
        return committed;
    }
    m_active = false;
    m_database.m_transactionDepth = m_depth - 1;
    return {};
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    if (m_joined) {
        m_active = m_joined = false; // the outer transaction's to undo
        return;
    }
    if (m_depth == 1) {
        run(u"ROLLBACK"_s);
    } else {
        run(u"ROLLBACK TO sp%1"_s.arg(m_depth));
        run(u"RELEASE sp%1"_s.arg(m_depth));
    }
    m_active = false;
    m_database.m_transactionDepth = m_depth - 1;
}
