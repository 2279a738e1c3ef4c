#pragma once

#include "Result.h"

class Database;

/// One unit of work on the database: everything between begin() and commit() is kept,
/// or, if commit() is not reached, none of it. Nested transactions become savepoints, so
/// a function that makes one change can also be a step of a larger one.
class Transaction
{
public:
    enum class Nesting {
        Savepoint, ///< inside another transaction: a savepoint, undone on its own
        /// Inside another transaction: part of it, without a savepoint; a failure is undone
        /// with the outer transaction, which the caller must then roll back. For writes of
        /// thousands of rows: while a savepoint is open, SQLite keeps a copy of the page
        /// every statement changes (its statement journal, in a temporary file past 64 KiB).
        Join,
    };

    explicit Transaction(Database &database, Nesting nesting = Nesting::Savepoint);
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
    Nesting m_nesting;
    bool m_active = false;
    bool m_joined = false; ///< part of an outer transaction, with no statement of its own
    int m_depth = 0;
};
