#include "EditCommand.h"

#include <utility>

EditCommand::EditCommand(Workspace &workspace, Describe describe, Workspace::Changes changes)
    : m_workspace(workspace)
    , m_describe(std::move(describe))
    , m_changes(changes)
{
    retranslate();
}

void EditCommand::retranslate()
{
    setText(m_describe());
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
