#pragma once

#include "EditCommand.h"
#include "ResultsImport.h"

/// Applies the results read back from units' files: every conference they change, at once,
/// each over what is stored at that moment; undone as one step.
class ImportResultsCommand : public EditCommand
{
public:
    /// `fileCount` only names the edit ("import the results of 3 files").
    ImportResultsCommand(Workspace &workspace, const QList<ConferenceEdit> &edits, int fileCount);

    Result<void> apply() override;
    Result<void> revert() override;

    int size() const { return int(m_edits.size()); }

private:
    QList<ConferenceEdit> m_edits;
};
