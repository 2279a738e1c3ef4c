#pragma once

#include "EditCommand.h"
#include "Exemplar.h"
#include "ExemplarRepository.h"

#include <optional>

/// Adds a model or exemplar to the campaign's register (no `before`), or changes one. An
/// added exemplar keeps its id when the addition is undone and redone, so that the edits
/// after it still find it.
class SaveExemplarCommand : public EditCommand
{
public:
    SaveExemplarCommand(Workspace &workspace, const std::optional<Exemplar> &before,
                        const Exemplar &after);

    Result<void> apply() override;
    Result<void> revert() override;
    /// The exemplar's id once applied.
    qint64 exemplarId() const { return m_after.id; }

private:
    std::optional<Exemplar> m_before;
    Exemplar m_after;
};

/// Removes a model or exemplar; the undo puts it back with its nominations and its links
/// from reward recipients.
class RemoveExemplarCommand : public EditCommand
{
public:
    RemoveExemplarCommand(Workspace &workspace, const Exemplar &exemplar);

    Result<void> apply() override;
    Result<void> revert() override;

private:
    qint64 m_exemplarId;
    std::optional<ExemplarRepository::Record> m_record;
};

/// Puts an exemplar forward from a unit to the unit above it in the campaign. The first
/// time, ExemplarRepository::nominate() checks that the unit may; a redo writes back the
/// same nomination.
class NominateCommand : public EditCommand
{
    Q_DECLARE_TR_FUNCTIONS(NominateCommand)

public:
    /// `targetName` names the unit above ("Huyện Châu Thành") for the Edit menu.
    NominateCommand(Workspace &workspace, const Exemplar &exemplar, qint64 fromUnitId,
                    const QString &targetName);

    Result<void> apply() override;
    Result<void> revert() override;
    /// The nomination made, once applied.
    const std::optional<Nomination> &nomination() const { return m_nomination; }

private:
    qint64 m_exemplarId;
    qint64 m_fromUnitId;
    std::optional<Nomination> m_nomination;
};

/// Records what the level above decided of a nomination: selected, commended, not selected
/// (or back to proposed).
class SetNominationStatusCommand : public EditCommand
{
    Q_DECLARE_TR_FUNCTIONS(SetNominationStatusCommand)

public:
    SetNominationStatusCommand(Workspace &workspace, const Nomination &before,
                               Nomination::Status status, const QString &note,
                               const QString &exemplarName, const QString &unitName);

    Result<void> apply() override;
    Result<void> revert() override;

private:
    Nomination m_before;
    Nomination::Status m_status;
    QString m_note;
};

/// Withdraws a nomination; the undo writes it back as it was.
class RemoveNominationCommand : public EditCommand
{
    Q_DECLARE_TR_FUNCTIONS(RemoveNominationCommand)

public:
    RemoveNominationCommand(Workspace &workspace, const Nomination &nomination,
                            const QString &exemplarName, const QString &targetName);

    Result<void> apply() override;
    Result<void> revert() override;

private:
    Nomination m_nomination;
};
