#pragma once

#include "Result.h"

class Database;

/// One unit of work on the database: everything between begin() and commit() is kept,
/// or, if commit() is not reached, none of it. Nested transactions become savepoints, so
/// a function that makes one change can also be a step of a larger one.
class Transaction
{
public:
    explicit Transaction(Database &database);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    /// Starts the work; writes are reserved at once (BEGIN IMMEDIATE), so a busy file is
    /// reported here rather than half-way.
    Result<void> begin();
    Result<void> commit();
    void rollback();

private:
    Result<void> run(const QString &statement);

    Database &m_database;
    bool m_active = false;
    int m_depth = 0;
};
