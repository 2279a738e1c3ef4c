#pragma once

#include "EditCommand.h"
#include "Period.h"

#include <optional>

/// Sets the directive's deadline for a level of a campaign.
class SetLevelDeadlineCommand : public EditCommand
{
    Q_DECLARE_TR_FUNCTIONS(SetLevelDeadlineCommand)

public:
    SetLevelDeadlineCommand(Workspace &workspace, qint64 campaignId, const QString &level,
                            const Period &before, const Period &after);

    Result<void> apply() override;
    Result<void> revert() override;

private:
    qint64 m_campaignId;
    QString m_level;
    Period m_before;
    Period m_after;
};

/// Sets, changes or removes a unit's own deadline for a level (nothing: no own deadline).
class SetOverrideCommand : public EditCommand
{
    Q_DECLARE_TR_FUNCTIONS(SetOverrideCommand)

public:
    SetOverrideCommand(Workspace &workspace, qint64 campaignId, qint64 unitId, const QString &level,
                       const std::optional<Period> &before, const std::optional<Period> &after,
                       const QString &unitName);

    Result<void> apply() override;
    Result<void> revert() override;

private:
    Result<void> set(const std::optional<Period> &deadline);

    qint64 m_campaignId;
    qint64 m_unitId;
    QString m_level;
    std::optional<Period> m_before;
    std::optional<Period> m_after;
};

/// Marks a unit as a pilot with its own deadline, changes it, or removes the mark.
class SetPilotCommand : public EditCommand
{
    Q_DECLARE_TR_FUNCTIONS(SetPilotCommand)

public:
    SetPilotCommand(Workspace &workspace, qint64 campaignId, qint64 unitId,
                    const std::optional<Period> &before, const std::optional<Period> &after,
                    const QString &unitName);

    Result<void> apply() override;
    Result<void> revert() override;

private:
    Result<void> set(const std::optional<Period> &deadline);

    qint64 m_campaignId;
    qint64 m_unitId;
    std::optional<Period> m_before;
    std::optional<Period> m_after;
};
