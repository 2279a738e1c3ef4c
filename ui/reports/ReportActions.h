#pragma once

#include "ReportBuilder.h"

#include <QCoreApplication>

class QWidget;
class Workspace;

/// What File → Print…, Export…, Export a calendar… and Export calendars per steering group…
/// do, for the window to call: the dialogs, the files chosen, the reports built and printed
/// or written, and the refusals said. Each returns a sentence for the status bar, empty when
/// nothing was written.
class ReportActions
{
    Q_DECLARE_TR_FUNCTIONS(ReportActions)

public:
    /// Asks which report (`kind` first: the one of the page in view), builds it, and
    /// previews it for the printer or a PDF file.
    static void print(Workspace &workspace, ReportBuilder::Kind kind, QWidget *parent);
    /// Asks which report (`kind` first) in which format, and where, and writes it there.
    static QString exportReport(Workspace &workspace, ReportBuilder::Kind kind, QWidget *parent);
    /// Writes the chosen campaign's deadlines, conferences and key dates as one calendar.
    static QString exportCalendar(Workspace &workspace, QWidget *parent);
    /// Writes one calendar per steering group of the chosen campaign into a folder.
    static QString exportGroupCalendars(Workspace &workspace, QWidget *parent);
};
