#pragma once

#include "Result.h"
#include "Workspace.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <functional>

/// An edit the user makes: one change to the database in one transaction, which can be
/// undone and redone. Each kind of edit is a small class of its own (see the files beside
/// this one); Workspace::execute() applies it and keeps it on the undo stack. An undo or a
/// redo that fails changes nothing in the file; the history is then cleared with a message
/// (Workspace::discardHistory()), so that it never offers steps that do not match the file.
class EditCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(EditCommand)

public:
    /// Names the edit in the Edit menu ("attendees of Xã Bình An"), in the language in use.
    /// It is called now and again after each language switch, so it keeps by value what it
    /// needs (names of units, fields, ...) and translates its words when called.
    using Describe = std::function<QString()>;

    EditCommand(Workspace &workspace, Describe describe, Workspace::Changes changes);

    /// Names the edit again, in the language now in use (Workspace::retranslateEdits()).
    void retranslate();

    /// Makes the change in the database; the first time through Workspace::execute().
    virtual Result<void> apply() = 0;
    /// Takes the change back.
    virtual Result<void> revert() = 0;

    Workspace::Changes changes() const { return m_changes; }
    /// Called by Workspace::execute() after the first apply(), so that QUndoStack::push()'s
    /// redo() does not apply it twice.
    void markApplied() { m_skipNextRedo = true; }

    void redo() final;
    void undo() final;

protected:
    Workspace &workspace() { return m_workspace; }
    Database &database() { return m_workspace.database(); }

private:
    Workspace &m_workspace;
    Describe m_describe;
    Workspace::Changes m_changes;
    bool m_skipNextRedo = false;
};
