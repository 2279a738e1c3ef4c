#include "ResultsEdits.h"

ImportResultsCommand::ImportResultsCommand(Workspace &workspace, const QList<ConferenceEdit> &edits,
                                           int fileCount)
    : EditCommand(
        workspace,
        [fileCount] { return tr("import the results of %n file(s)", nullptr, fileCount); },
        Workspace::Change::Schedule)
    , m_edits(edits)
{
}

Result<void> ImportResultsCommand::apply()
{
    return ResultsImport::write(database(), m_edits);
}

Result<void> ImportResultsCommand::revert()
{
    QList<ConferenceEdit> back = m_edits;
    for (ConferenceEdit &edit : back)
        std::swap(edit.before, edit.after);
    return ResultsImport::write(database(), back);
}
