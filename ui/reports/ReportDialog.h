#pragma once

#include "ReportBuilder.h"
#include "ReportDocument.h"
#include "ReportFiles.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QLabel;

/// Chooses what to print or export: the report, and for exports the format (CSV, XLSX, PDF
/// or ODT) with the CSV separator and date style; for print, PDF and ODT the orientation and
/// the document's number.
class ReportDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { Print, Export };
    using Format = ExportChoices::Format;

    /// `defaults`: the office's CSV choices, shown first.
    ReportDialog(Mode mode, const ExportChoices &defaults, QWidget *parent = nullptr);

    void setReport(ReportBuilder::Kind kind);
    ReportBuilder::Kind report() const;
    Format format() const;
    QChar delimiter() const;
    CsvWriter::DateStyle dateStyle() const;
    /// Empty: the report's own orientation.
    std::optional<ReportDocument::Orientation> orientation() const;
    QString documentNumber() const;
    /// Models and exemplars, rewards: also name, for each row, the units in force today that
    /// carry its unit on (the new commune an old one went into in 2025).
    bool byTodaysUnits() const;
    /// All of the above, for ReportFiles::write().
    ExportChoices choices() const;
    /// The start of a file name for a report, in the user's language: "lich-hoi-nghi".
    static QString fileBaseName(ReportBuilder::Kind kind);
    /// The file extension of the chosen format, without the dot.
    QString suffix() const;

private:
    void updateFields();

    Mode m_mode;
    QComboBox *m_report;
    QComboBox *m_format = nullptr;
    QComboBox *m_delimiter = nullptr;
    QComboBox *m_dates = nullptr;
    QComboBox *m_orientation;
    QLineEdit *m_number;
    QCheckBox *m_todaysUnits;
    QList<QWidget *> m_csvFields;
    QList<QWidget *> m_documentFields;
};
