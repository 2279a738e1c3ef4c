#pragma once

#include "DocumentStyle.h"
#include "ReportDocument.h"
#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>

/// Writes a report as an OpenDocument text (.odt), which LibreOffice and Word open, so that
/// the clerk can edit the document before it is signed. The layout is the PDF's
/// (ReportPrinter): A4 in the report's orientation with the office's margins; the heading
/// blocks in a borderless table; the title in capitals; each table with its header row
/// repeated on every page, its group headings as merged bold rows, totals in bold and
/// overdue rows shaded; the signature block and "Nơi nhận:"; Times New Roman (Liberation
/// Serif where Times is absent); page numbers from page 2, at the top.
class OdtWriter
{
    Q_DECLARE_TR_FUNCTIONS(OdtWriter)

public:
    /// The media type, which the file's first part ("mimetype") holds, stored uncompressed.
    static constexpr char MimeType[] = "application/vnd.oasis.opendocument.text";

    OdtWriter(const ReportDocument &report, const DocumentStyle &style);

    /// The orientation of the pages (default: the report's own).
    void setOrientation(ReportDocument::Orientation orientation) { m_orientation = orientation; }
    ReportDocument::Orientation orientation() const { return m_orientation; }

    /// The document's text and tables, with the styles of its tables (content.xml).
    QByteArray content() const;
    /// The page, the paragraph styles and the page numbers (styles.xml).
    QByteArray styles() const;
    /// The title, language and maker of the document (meta.xml).
    QByteArray meta() const;
    /// The list of the parts (META-INF/manifest.xml).
    static QByteArray manifest();

    /// The whole document: a ZIP container whose first part is the stored "mimetype".
    Result<QByteArray> document() const;
    /// Writes the document to a file, whole or not at all: a failure leaves an earlier file
    /// of that name as it was.
    Result<void> write(const QString &path) const;

private:
    double pageWidthMm() const;
    double pageHeightMm() const;
    double bodyWidthMm() const;
    QList<double> columnWidthsMm(const ReportPart &part, const QList<int> &columns) const;

    ReportDocument m_report;
    DocumentStyle m_style;
    ReportDocument::Orientation m_orientation;
};
