#pragma once

#include "EditCommand.h"

#include <QHash>
#include <QStringList>

/// Changes the office's settings (document heading and signature, margins, due-soon days,
/// CSV defaults) at once, as one edit.
class ChangeOfficeSettingsCommand : public EditCommand
{
    Q_DECLARE_TR_FUNCTIONS(ChangeOfficeSettingsCommand)

public:
    /// `keys` are the settings the edit covers; a key absent from a map is "not set".
    ChangeOfficeSettingsCommand(Workspace &workspace, const QStringList &keys,
                                const QHash<QString, QString> &before,
                                const QHash<QString, QString> &after);

    Result<void> apply() override;
    Result<void> revert() override;

private:
    QStringList m_keys;
    QHash<QString, QString> m_before;
    QHash<QString, QString> m_after;
};
