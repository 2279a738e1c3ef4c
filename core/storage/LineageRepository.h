#pragma once

#include "Lineage.h"
#include "Result.h"
#include "UnitLink.h"

#include <QCoreApplication>
#include <QList>

#include <memory>

class Database;
class Query;

/// Reads and writes the links between units (unit_lineage).
class LineageRepository
{
    Q_DECLARE_TR_FUNCTIONS(LineageRepository)

public:
    explicit LineageRepository(Database &database);
    ~LineageRepository();

    /// Every link, for walking in memory.
    Result<Lineage> all() const;
    /// The links into a unit and out of it.
    Result<QList<UnitLink>> predecessorsOf(qint64 unitId) const;
    Result<QList<UnitLink>> successorsOf(qint64 unitId) const;

    /// What save() did.
    enum class Saved { Added, Updated, Unchanged };
    /// Adds a link between two units, or brings the one between them up to date (its kind,
    /// day and note). The caller runs it inside a Transaction; the statements are prepared
    /// once per repository, so bulk imports reuse them.
    Result<Saved> save(const UnitLink &link);
    /// Adds a link known to be new; updates one known to be there. For imports that read
    /// every link first.
    Result<void> insert(const UnitLink &link);
    Result<void> update(const UnitLink &link);
    /// The same for many links, several to a statement (RowBatch).
    Result<void> insert(const QList<UnitLink> &links);
    Result<void> update(const QList<UnitLink> &links);

private:
    void prepare();

    Database &m_database;
    std::unique_ptr<Query> m_find;
    std::unique_ptr<Query> m_insert;
    std::unique_ptr<Query> m_update;
};
