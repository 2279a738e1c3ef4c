#pragma once

#include <QCoreApplication>

class QWidget;
class Workspace;

/// What File → Import results… and File → Export a reporting form… do, for the window to
/// call: the dialogs, the files chosen, the forms written, the results applied as one edit.
class ResultsActions
{
    Q_DECLARE_TR_FUNCTIONS(ResultsActions)

public:
    /// Chooses files, previews them, and applies what the clerk decided, as one edit.
    /// Returns a sentence for the status bar, empty when nothing was done.
    static QString importResults(Workspace &workspace, QWidget *parent);
    /// Writes the form of a unit (the one in view first), or the forms of the units below
    /// it. Returns a sentence for the status bar, empty when nothing was done.
    static QString exportReportingForms(Workspace &workspace, qint64 unitId, QWidget *parent);
};
