#include "ReportDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ReportDialog::ReportDialog(Mode mode, const ExportChoices &defaults, QWidget *parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_report(new QComboBox(this))
    , m_orientation(new QComboBox(this))
    , m_number(new QLineEdit(this))
    , m_todaysUnits(new QCheckBox(this))
{
    setObjectName(u"reportDialog"_s);
    setWindowTitle(mode == Mode::Print ? tr("Print") : tr("Export"));
    m_report->setObjectName(u"reportKind"_s);
    m_orientation->setObjectName(u"reportOrientation"_s);
    m_number->setObjectName(u"reportNumber"_s);
    m_todaysUnits->setObjectName(u"reportTodaysUnits"_s);
    const QList<std::pair<ReportBuilder::Kind, QString>> reports{
        {ReportBuilder::Kind::Schedule, tr("Conference schedule")},
        {ReportBuilder::Kind::Progress, tr("Progress report")},
        {ReportBuilder::Kind::Exemplars, tr("Models and exemplars")},
        {ReportBuilder::Kind::Rewards, tr("Rewards")},
        {ReportBuilder::Kind::Results, tr("Conference results")},
        {ReportBuilder::Kind::Units, tr("List of units")},
    };
    for (const auto &[kind, name] : reports)
        m_report->addItem(name, int(kind));

    auto *form = new QFormLayout;
    form->addRow(tr("&Report:"), m_report);
    m_todaysUnits->setText(tr("By &today's units (each row also under the unit that carries its "
                              "unit on since 2025)"));
    form->addRow(QString(), m_todaysUnits);
    connect(m_report, &QComboBox::currentIndexChanged, this, &ReportDialog::updateFields);
    if (mode == Mode::Export) {
        m_format = new QComboBox(this);
        m_format->setObjectName(u"reportFormat"_s);
        m_format->addItem(tr("CSV (opens in Excel, UTF-8)"), int(Format::Csv));
        m_format->addItem(tr("Excel workbook (XLSX)"), int(Format::Xlsx));
        m_format->addItem(tr("PDF document"), int(Format::Pdf));
        m_format->addItem(tr("OpenDocument text (*.odt)"), int(Format::Odt));
        m_delimiter = new QComboBox(this);
        m_delimiter->setObjectName(u"reportDelimiter"_s);
        m_delimiter->addItem(tr("comma (,), as Vietnamese Windows expects"), u","_s);
        m_delimiter->addItem(tr("semicolon (;)"), u";"_s);
        m_delimiter->setCurrentIndex(defaults.delimiter == u';' ? 1 : 0);
        m_dates = new QComboBox(this);
        m_dates->setObjectName(u"reportDates"_s);
        m_dates->addItem(tr("dd/mm/yyyy"), int(CsvWriter::DateStyle::DayMonthYear));
        m_dates->addItem(tr("yyyy-mm-dd"), int(CsvWriter::DateStyle::Iso));
        m_dates->setCurrentIndex(defaults.dates == CsvWriter::DateStyle::Iso ? 1 : 0);
        form->addRow(tr("&Format:"), m_format);
        form->addRow(tr("&Separator:"), m_delimiter);
        form->addRow(tr("&Dates:"), m_dates);
        m_csvFields = {m_delimiter, m_dates, form->labelForField(m_delimiter),
                       form->labelForField(m_dates)};
        connect(m_format, &QComboBox::currentIndexChanged, this, &ReportDialog::updateFields);
    }
    m_orientation->addItem(tr("As suits the report"), -1);
    m_orientation->addItem(tr("Portrait"), int(ReportDocument::Orientation::Portrait));
    m_orientation->addItem(tr("Landscape"), int(ReportDocument::Orientation::Landscape));
    m_number->setPlaceholderText(tr("the number before the symbol, e.g. 12 (or 12-TB/BDVTU)"));
    form->addRow(tr("&Orientation:"), m_orientation);
    form->addRow(tr("Document &number:"), m_number);
    m_documentFields = {m_orientation, m_number, form->labelForField(m_orientation),
                        form->labelForField(m_number)};

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)
        ->setText(mode == Mode::Print ? tr("&Preview…") : tr("&Export…"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateFields();
}

void ReportDialog::updateFields()
{
    const bool csv = m_mode == Mode::Export && format() == Format::Csv;
    const bool document =
        m_mode == Mode::Print || format() == Format::Pdf || format() == Format::Odt;
    for (QWidget *widget : std::as_const(m_csvFields))
        widget->setVisible(csv);
    for (QWidget *widget : std::as_const(m_documentFields))
        widget->setVisible(document);
    m_todaysUnits->setVisible(report() == ReportBuilder::Kind::Exemplars
                              || report() == ReportBuilder::Kind::Rewards);
    adjustSize();
}

void ReportDialog::setReport(ReportBuilder::Kind kind)
{
    m_report->setCurrentIndex(m_report->findData(int(kind)));
}

bool ReportDialog::byTodaysUnits() const
{
    return !m_todaysUnits->isHidden() && m_todaysUnits->isChecked();
}

ReportBuilder::Kind ReportDialog::report() const
{
    return ReportBuilder::Kind(m_report->currentData().toInt());
}

ReportDialog::Format ReportDialog::format() const
{
    return m_format ? Format(m_format->currentData().toInt()) : Format::Pdf;
}

QChar ReportDialog::delimiter() const
{
    return m_delimiter ? m_delimiter->currentData().toString().at(0) : QChar(u',');
}

CsvWriter::DateStyle ReportDialog::dateStyle() const
{
    return m_dates ? CsvWriter::DateStyle(m_dates->currentData().toInt())
                   : CsvWriter::DateStyle::DayMonthYear;
}

std::optional<ReportDocument::Orientation> ReportDialog::orientation() const
{
    const int value = m_orientation->currentData().toInt();
    if (value < 0)
        return std::nullopt;
    return ReportDocument::Orientation(value);
}

QString ReportDialog::documentNumber() const
{
    return m_number->text().trimmed();
}

ExportChoices ReportDialog::choices() const
{
    ExportChoices choices;
    choices.format = format();
    choices.delimiter = delimiter();
    choices.dates = dateStyle();
    choices.documentNumber = documentNumber();
    choices.orientation = orientation();
    return choices;
}

QString ReportDialog::suffix() const
{
    switch (format()) {
    case Format::Csv:
        return u"csv"_s;
    case Format::Xlsx:
        return u"xlsx"_s;
    case Format::Odt:
        return u"odt"_s;
    case Format::Pdf:
        break;
    }
    return u"pdf"_s;
}

QString ReportDialog::fileBaseName(ReportBuilder::Kind kind)
{
    switch (kind) {
    case ReportBuilder::Kind::Schedule:
        //: A file name: lower case, no accents, no spaces.
        return tr("conference-schedule");
    case ReportBuilder::Kind::Progress:
        //: A file name: lower case, no accents, no spaces.
        return tr("progress");
    case ReportBuilder::Kind::Exemplars:
        //: A file name: lower case, no accents, no spaces.
        return tr("models-and-exemplars");
    case ReportBuilder::Kind::Rewards:
        //: A file name: lower case, no accents, no spaces.
        return tr("rewards");
    case ReportBuilder::Kind::Results:
        //: A file name: lower case, no accents, no spaces.
        return tr("conference-results");
    case ReportBuilder::Kind::Units:
        break;
    }
    //: A file name: lower case, no accents, no spaces.
    return tr("units");
}
