#pragma once

#include "DocumentStyle.h"
#include "ReportDocument.h"
#include "Result.h"

#include <QCoreApplication>
#include <QFont>

#include <optional>

class QPagedPaintDevice;
class QPainter;

/// Prints a report as a Party document on a printer or into a PDF: A4, portrait or
/// landscape; the heading blocks, the title, each table with its header row repeated on
/// every page and its group headings, then the signature block and "Nơi nhận:"; Times New
/// Roman (Liberation Serif where Times is absent); page numbers from page 2, at the top.
class ReportPrinter
{
    Q_DECLARE_TR_FUNCTIONS(ReportPrinter)

public:
    ReportPrinter(const ReportDocument &report, const DocumentStyle &style);

    /// The orientation to print in (default: the report's own).
    void setOrientation(ReportDocument::Orientation orientation) { m_orientation = orientation; }
    ReportDocument::Orientation orientation() const { return m_orientation; }

    /// Gives a device A4 paper, the orientation and the style's margins.
    void setUpPage(QPagedPaintDevice *device) const;
    /// Paints the whole document; returns the number of pages (0 when the device cannot be
    /// painted on).
    int paint(QPagedPaintDevice *device);

    /// Writes the document as a PDF file; returns the number of pages.
    Result<int> writePdf(const QString &path);

private:
    struct Layout;
    void paintHeading(QPainter &painter, Layout &layout);
    void paintTitle(QPainter &painter, Layout &layout);
    void paintPart(QPainter &painter, Layout &layout, const ReportPart &part);
    void paintSignature(QPainter &painter, Layout &layout);
    void newPage(QPainter &painter, Layout &layout);
    QFont font(qreal points, bool bold = false, bool italic = false) const;

    ReportDocument m_report;
    DocumentStyle m_style;
    ReportDocument::Orientation m_orientation;
};
