#include "CatalogueEdits.h"

#include "Transaction.h"

AddCatalogueEntryCommand::AddCatalogueEntryCommand(Workspace &workspace,
                                                   CatalogueRepository::Catalogue catalogue,
                                                   const QString &name)
    : EditCommand(
        workspace,
        [catalogue, name] {
            return catalogue == CatalogueRepository::Catalogue::Fields
                ? tr("add the field of activity “%1”").arg(name)
                : tr("add the reward form “%1”").arg(name);
        },
        Workspace::Change::Catalogues)
    , m_catalogue(catalogue)
{
    m_entry.name = name;
}

Result<void> AddCatalogueEntryCommand::apply()
{
    CatalogueRepository catalogue(database(), m_catalogue);
    Transaction transaction(database());
    if (auto begun = transaction.begin(); !begun)
        return begun;
    const auto id = catalogue.add(m_entry);
    if (!id)
        return Failure{id.error()};
    // Read back its id and place, so that a redo after an undo makes the very same row.
    const auto entries = catalogue.entries();
    if (!entries)
        return Failure{entries.error()};
    for (const CatalogueEntry &entry : *entries) {
        if (entry.id == *id)
            m_entry = entry;
    }
    return transaction.commit();
}

Result<void> AddCatalogueEntryCommand::revert()
{
    const auto removed = CatalogueRepository(database(), m_catalogue).remove(m_entry.id);
    if (!removed)
        return Failure{removed.error()};
    return {};
}

RenameCatalogueEntryCommand::RenameCatalogueEntryCommand(Workspace &workspace,
                                                         CatalogueRepository::Catalogue catalogue,
                                                         const CatalogueEntry &entry,
                                                         const QString &newName)
    : EditCommand(
        workspace,
        [before = entry.name, newName] { return tr("rename “%1” to “%2”").arg(before, newName); },
        Workspace::Change::Catalogues)
    , m_catalogue(catalogue)
    , m_id(entry.id)
    , m_before(entry.name)
    , m_after(newName)
{
}

Result<void> RenameCatalogueEntryCommand::apply()
{
    return CatalogueRepository(database(), m_catalogue).rename(m_id, m_after);
}

Result<void> RenameCatalogueEntryCommand::revert()
{
    return CatalogueRepository(database(), m_catalogue).rename(m_id, m_before);
}

RemoveCatalogueEntryCommand::RemoveCatalogueEntryCommand(Workspace &workspace,
                                                         CatalogueRepository::Catalogue catalogue,
                                                         const CatalogueEntry &entry)
    : EditCommand(
        workspace,
        [catalogue, name = entry.name] {
            return catalogue == CatalogueRepository::Catalogue::Fields
                ? tr("remove the field of activity “%1”").arg(name)
                : tr("remove the reward form “%1”").arg(name);
        },
        Workspace::Change::Catalogues)
    , m_catalogue(catalogue)
    , m_entry(entry)
{
}

Result<void> RemoveCatalogueEntryCommand::apply()
{
    const auto removed = CatalogueRepository(database(), m_catalogue).remove(m_entry.id);
    if (!removed)
        return Failure{removed.error()};
    m_entry = *removed;
    return {};
}

Result<void> RemoveCatalogueEntryCommand::revert()
{
    const auto added = CatalogueRepository(database(), m_catalogue).add(m_entry);
    if (!added)
        return Failure{added.error()};
    return {};
}
