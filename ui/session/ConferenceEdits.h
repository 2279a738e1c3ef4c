#pragma once

#include "Conference.h"
#include "EditCommand.h"

/// Records what a conference reported: the fields the clerk changed, at once, over what is
/// stored at that moment, so that the undo puts back exactly those fields and what another
/// program wrote to the others meanwhile is kept.
class EditConferenceCommand : public EditCommand
{
    Q_DECLARE_TR_FUNCTIONS(EditConferenceCommand)

public:
    EditConferenceCommand(Workspace &workspace, const Conference &before, const Conference &after,
                          const QString &unitName);

    Result<void> apply() override;
    Result<void> revert() override;

private:
    /// "attendees of Xã Bình An": the fields changed and the unit, in the language in use.
    static QString describe(const Conference &before, const Conference &after,
                            const QString &unitName);
    Result<void> change(const Conference &from, const Conference &to);

    Conference m_before;
    Conference m_after;
};
