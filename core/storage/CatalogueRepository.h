#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class Database;

/// An entry of an editable list: a field of activity, a reward form.
struct CatalogueEntry
{
    qint64 id = 0;
    QString name;
    int position = 0;
};

/// Reads and edits one of the user-extendable lists: the fields of activity (kinh tế, văn hóa –
/// xã hội, ...) and the reward forms (Giấy khen, Bằng khen, ...). An entry in use cannot be
/// removed, only renamed.
class CatalogueRepository
{
    Q_DECLARE_TR_FUNCTIONS(CatalogueRepository)

public:
    enum class Catalogue { Fields, RewardForms };

    CatalogueRepository(Database &database, Catalogue catalogue);

    /// The entries in their order.
    Result<QList<CatalogueEntry>> entries() const;
    /// Adds an entry (with its id when `entry.id` is set, so that an undone removal comes
    /// back as it was) and returns its id.
    Result<qint64> add(const CatalogueEntry &entry);
    Result<void> rename(qint64 id, const QString &name);
    /// Removes an entry that nothing uses; returns it as it was.
    Result<CatalogueEntry> remove(qint64 id);

private:
    QString table() const;
    Result<void> checkName(qint64 id, const QString &name) const;

    Database &m_database;
    Catalogue m_catalogue;
};
