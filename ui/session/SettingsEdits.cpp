#include "SettingsEdits.h"

#include "OfficeSettings.h"

ChangeOfficeSettingsCommand::ChangeOfficeSettingsCommand(Workspace &workspace,
                                                         const QStringList &keys,
                                                         const QHash<QString, QString> &before,
                                                         const QHash<QString, QString> &after)
    : EditCommand(
        workspace, [] { return tr("change the office's settings"); }, Workspace::Change::Settings)
    , m_keys(keys)
    , m_before(before)
    , m_after(after)
{
}

Result<void> ChangeOfficeSettingsCommand::apply()
{
    return OfficeSettings::setTexts(database(), m_keys, m_after);
}

Result<void> ChangeOfficeSettingsCommand::revert()
{
    return OfficeSettings::setTexts(database(), m_keys, m_before);
}
