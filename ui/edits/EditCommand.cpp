#include "EditCommand.h"

EditCommand::EditCommand(Workspace &workspace, const QString &text, Workspace::Changes changes)
    : m_workspace(workspace)
    , m_changes(changes)
{
    setText(text);
}

void EditCommand::redo()
{
    if (m_skipNextRedo) {
        m_skipNextRedo = false;
        return;
    }
    if (auto applied = apply(); !applied)
        m_workspace.discardHistory(tr("“%1” could not be redone: %2").arg(text(), applied.error()));
    m_workspace.refresh(m_changes);
}

void EditCommand::undo()
{
    if (auto reverted = revert(); !reverted)
        m_workspace.discardHistory(
            tr("“%1” could not be undone: %2").arg(text(), reverted.error()));
    m_workspace.refresh(m_changes);
}
