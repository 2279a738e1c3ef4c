#pragma once

#include "CatalogueRepository.h"
#include "EditCommand.h"

/// Adds an entry to a catalogue: a field of activity or a reward form.
class AddCatalogueEntryCommand : public EditCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddCatalogueEntryCommand)

public:
    AddCatalogueEntryCommand(Workspace &workspace, CatalogueRepository::Catalogue catalogue,
                             const QString &name);

    Result<void> apply() override;
    Result<void> revert() override;

private:
    CatalogueRepository::Catalogue m_catalogue;
    CatalogueEntry m_entry;
};

/// Renames an entry of a catalogue; whatever uses it shows the new name.
class RenameCatalogueEntryCommand : public EditCommand
{
    Q_DECLARE_TR_FUNCTIONS(RenameCatalogueEntryCommand)

public:
    RenameCatalogueEntryCommand(Workspace &workspace, CatalogueRepository::Catalogue catalogue,
                                const CatalogueEntry &entry, const QString &newName);

    Result<void> apply() override;
    Result<void> revert() override;

private:
    CatalogueRepository::Catalogue m_catalogue;
    qint64 m_id;
    QString m_before;
    QString m_after;
};

/// Removes an entry that nothing uses; undo puts it back in its place.
class RemoveCatalogueEntryCommand : public EditCommand
{
    Q_DECLARE_TR_FUNCTIONS(RemoveCatalogueEntryCommand)

public:
    RemoveCatalogueEntryCommand(Workspace &workspace, CatalogueRepository::Catalogue catalogue,
                                const CatalogueEntry &entry);

    Result<void> apply() override;
    Result<void> revert() override;

private:
    CatalogueRepository::Catalogue m_catalogue;
    CatalogueEntry m_entry;
};
