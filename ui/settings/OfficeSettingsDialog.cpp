#include "OfficeSettingsDialog.h"

#include "DocumentStyle.h"
#include "Edits.h"
#include "OfficeSettings.h"
#include "Workspace.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

QString key(const char *name)
{
    return QString::fromLatin1(name);
}

QSpinBox *spinBox(int minimum, int maximum, const QString &suffix, QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setRange(minimum, maximum);
    box->setSuffix(suffix);
    return box;
}

} // namespace

QStringList OfficeSettingsDialog::keys()
{
    QStringList result;
    for (const auto &setting : OfficeSettings::documentSettings())
        result.append(key(setting.key));
    for (const auto &setting :
         {OfficeSettings::MarginTop, OfficeSettings::MarginBottom, OfficeSettings::MarginLeft,
          OfficeSettings::MarginRight, OfficeSettings::DueSoonDays})
        result.append(key(setting.key));
    result.append(key(OfficeSettings::CsvDelimiter.key));
    result.append(key(OfficeSettings::CsvDates.key));
    return result;
}

OfficeSettingsDialog::OfficeSettingsDialog(Workspace &workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_superior(new QLineEdit(this))
    , m_issuing(new QLineEdit(this))
    , m_symbol(new QLineEdit(this))
    , m_place(new QLineEdit(this))
    , m_capacity(new QComboBox(this))
    , m_signerTitle(new QLineEdit(this))
    , m_signerName(new QLineEdit(this))
    , m_recipients(new QPlainTextEdit(this))
    , m_marginTop(spinBox(5, 60, tr(" mm"), this))
    , m_marginBottom(spinBox(5, 60, tr(" mm"), this))
    , m_marginLeft(spinBox(5, 60, tr(" mm"), this))
    , m_marginRight(spinBox(5, 60, tr(" mm"), this))
    , m_dueSoon(spinBox(0, 90, tr(" days"), this))
    , m_delimiter(new QComboBox(this))
    , m_dates(new QComboBox(this))
    , m_preview(new QLabel(this))
    , m_message(new QLabel(this))
{
    setObjectName(u"officeSettingsDialog"_s);
    setWindowTitle(tr("Office settings"));
    const QList<std::pair<QWidget *, const char *>> names{
        {m_superior, "superiorBody"},   {m_issuing, "issuingBody"},
        {m_symbol, "documentSymbol"},   {m_place, "place"},
        {m_capacity, "signerCapacity"}, {m_signerTitle, "signerTitle"},
        {m_signerName, "signerName"},   {m_recipients, "recipients"},
        {m_dueSoon, "dueSoonDays"},     {m_delimiter, "csvDelimiter"},
        {m_dates, "csvDates"},
    };
    for (const auto &[widget, name] : names)
        widget->setObjectName(QString::fromLatin1(name));

    m_superior->setPlaceholderText(tr("e.g. TỈNH ỦY KIÊN GIANG"));
    m_issuing->setPlaceholderText(tr("e.g. BAN DÂN VẬN"));
    m_symbol->setPlaceholderText(tr("e.g. TB/BDVTU"));
    m_place->setPlaceholderText(tr("e.g. Kiên Giang"));
    m_capacity->setEditable(true);
    m_capacity->addItems({QString(), u"T/M BAN THƯỜNG VỤ"_s, u"K/T TRƯỞNG BAN"_s,
                          u"T/M BAN CHỈ ĐẠO"_s, u"K/T TRƯỞNG BAN CHỈ ĐẠO"_s});
    m_recipients->setTabChangesFocus(true);
    m_recipients->setPlaceholderText(tr("One recipient per line, e.g. “- Lưu Văn phòng.”"));
    m_recipients->setMaximumHeight(m_recipients->fontMetrics().lineSpacing() * 6);
    m_delimiter->addItem(tr("comma (,), as Vietnamese Windows expects"), u","_s);
    m_delimiter->addItem(tr("semicolon (;)"), u";"_s);
    m_dates->addItem(tr("dd/mm/yyyy"), u"dmy"_s);
    m_dates->addItem(tr("yyyy-mm-dd"), u"iso"_s);
    QPalette palette = m_message->palette();
    palette.setColor(QPalette::WindowText, QColor(0xA9, 0x32, 0x26));
    m_message->setPalette(palette);
    m_message->setWordWrap(true);
    m_preview->setWordWrap(true);

    auto *heading = new QGroupBox(tr("Heading of printed documents"), this);
    auto *headingForm = new QFormLayout(heading);
    headingForm->addRow(tr("&Superior body:"), m_superior);
    headingForm->addRow(tr("&Issuing body:"), m_issuing);
    headingForm->addRow(tr("S&ymbol after the number:"), m_symbol);
    headingForm->addRow(tr("&Place:"), m_place);
    headingForm->addRow(QString(), m_preview);

    auto *signature = new QGroupBox(tr("Signature and recipients"), this);
    auto *signatureForm = new QFormLayout(signature);
    signatureForm->addRow(tr("Signing &as:"), m_capacity);
    signatureForm->addRow(tr("Signer's &title:"), m_signerTitle);
    signatureForm->addRow(tr("Signer's &name:"), m_signerName);
    signatureForm->addRow(tr("&Recipients:"), m_recipients);

    auto *page = new QGroupBox(tr("Page and lists"), this);
    auto *margins = new QGridLayout;
    margins->addWidget(new QLabel(tr("top"), this), 0, 0);
    margins->addWidget(m_marginTop, 0, 1);
    margins->addWidget(new QLabel(tr("bottom"), this), 0, 2);
    margins->addWidget(m_marginBottom, 0, 3);
    margins->addWidget(new QLabel(tr("left"), this), 1, 0);
    margins->addWidget(m_marginLeft, 1, 1);
    margins->addWidget(new QLabel(tr("right"), this), 1, 2);
    margins->addWidget(m_marginRight, 1, 3);
    auto *pageForm = new QFormLayout(page);
    pageForm->addRow(tr("Margins:"), margins);
    pageForm->addRow(tr("&Due soon within:"), m_dueSoon);
    pageForm->addRow(tr("CSV s&eparator:"), m_delimiter);
    pageForm->addRow(tr("CSV &dates:"), m_dates);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(signature);
    layout->addWidget(page);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &OfficeSettingsDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *field : {m_symbol, m_place})
        connect(field, &QLineEdit::textChanged, this, &OfficeSettingsDialog::updatePreview);
    load();
}

void OfficeSettingsDialog::load()
{
    const auto read = OfficeSettings::read(m_workspace.database());
    if (!read) {
        // Nothing is saved from this dialog: what it would take back on undo is not known.
        m_readError = read.error();
        m_message->setText(m_readError);
        return;
    }
    const OfficeSettings &settings = *read;
    m_before = settings.texts(keys());
    m_superior->setText(settings.value(OfficeSettings::SuperiorBody));
    m_issuing->setText(settings.value(OfficeSettings::IssuingBody));
    m_symbol->setText(settings.value(OfficeSettings::DocumentSymbol));
    m_place->setText(settings.value(OfficeSettings::Place));
    m_capacity->setCurrentText(settings.value(OfficeSettings::SignerCapacity));
    m_signerTitle->setText(settings.value(OfficeSettings::SignerTitle));
    m_signerName->setText(settings.value(OfficeSettings::SignerName));
    m_recipients->setPlainText(settings.value(OfficeSettings::Recipients));
    m_marginTop->setValue(settings.value(OfficeSettings::MarginTop));
    m_marginBottom->setValue(settings.value(OfficeSettings::MarginBottom));
    m_marginLeft->setValue(settings.value(OfficeSettings::MarginLeft));
    m_marginRight->setValue(settings.value(OfficeSettings::MarginRight));
    m_dueSoon->setValue(settings.value(OfficeSettings::DueSoonDays));
    m_delimiter->setCurrentIndex(
        m_delimiter->findData(settings.value(OfficeSettings::CsvDelimiter)));
    m_dates->setCurrentIndex(m_dates->findData(settings.value(OfficeSettings::CsvDates)));
    updatePreview();
    m_shown = values();
}

void OfficeSettingsDialog::updatePreview()
{
    DocumentStyle style;
    style.symbol = m_symbol->text().trimmed();
    style.place = m_place->text().trimmed();
    style.number = u"12"_s;
    style.date = QDate::currentDate();
    m_preview->setText(
        tr("Printed as “%1” and “%2”.").arg(style.numberLine(), style.placeAndDate()));
}

QHash<QString, QString> OfficeSettingsDialog::values() const
{
    QHash<QString, QString> values;
    const auto text = [&values](const OfficeSetting<const char *> &setting, const QString &value) {
        if (!value.trimmed().isEmpty())
            values.insert(key(setting.key), value.trimmed());
    };
    text(OfficeSettings::SuperiorBody, m_superior->text());
    text(OfficeSettings::IssuingBody, m_issuing->text());
    text(OfficeSettings::DocumentSymbol, m_symbol->text());
    text(OfficeSettings::Place, m_place->text());
    text(OfficeSettings::SignerCapacity, m_capacity->currentText());
    text(OfficeSettings::SignerTitle, m_signerTitle->text());
    text(OfficeSettings::SignerName, m_signerName->text());
    text(OfficeSettings::Recipients, m_recipients->toPlainText());
    const auto number = [&values](const OfficeSetting<int> &setting, int value) {
        values.insert(key(setting.key), QString::number(value));
    };
    number(OfficeSettings::MarginTop, m_marginTop->value());
    number(OfficeSettings::MarginBottom, m_marginBottom->value());
    number(OfficeSettings::MarginLeft, m_marginLeft->value());
    number(OfficeSettings::MarginRight, m_marginRight->value());
    number(OfficeSettings::DueSoonDays, m_dueSoon->value());
    values.insert(key(OfficeSettings::CsvDelimiter.key), m_delimiter->currentData().toString());
    values.insert(key(OfficeSettings::CsvDates.key), m_dates->currentData().toString());
    return values;
}

void OfficeSettingsDialog::save()
{
    if (!m_readError.isEmpty()) {
        m_message->setText(m_readError);
        return;
    }
    const QHash<QString, QString> after = values();
    // OK without a change is not an edit, even where a default shown was never stored.
    if (after == m_shown) {
        accept();
        return;
    }
    if (auto done = m_workspace.edits().changeOfficeSettings(keys(), m_before, after); !done) {
        m_message->setText(done.error());
        return;
    }
    accept();
}
