#pragma once

#include "Conference.h"
#include "EditCommand.h"

/// Records what a conference reported: every field of the conference at once, so that the
/// undo puts back exactly what was there.
class EditConferenceCommand : public EditCommand
{
public:
    EditConferenceCommand(Workspace &workspace, const Conference &before, const Conference &after,
                          const QString &unitName);

    Result<void> apply() override;
    Result<void> revert() override;

private:
    Conference m_before;
    Conference m_after;
};
