#include "DocumentDialog.h"

#include "Edits.h"
#include "InputFields.h"
#include "Text.h"
#include "Workspace.h"

#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

DocumentDialog::DocumentDialog(Workspace &workspace, qint64 campaignId,
                               const std::optional<CampaignDocument> &document, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_campaignId(campaignId)
    , m_document(document)
    , m_number(new QLineEdit(this))
    , m_date(new DateField(this))
    , m_issuer(new QLineEdit(this))
    , m_title(new QPlainTextEdit(this))
    , m_message(new QLabel(this))
{
    setObjectName(u"documentDialog"_s);
    m_number->setObjectName(u"documentNumber"_s);
    m_date->setObjectName(u"documentDate"_s);
    m_issuer->setObjectName(u"documentIssuer"_s);
    m_title->setObjectName(u"documentTitle"_s);
    m_message->setObjectName(u"documentMessage"_s);
    setWindowTitle(!document
                       ? tr("New document")
                       : tr("Document %1")
                             .arg(document->number.isEmpty() ? document->title : document->number));

    m_number->setPlaceholderText(tr("number and symbol, as 1029-CV/TU"));
    m_title->setTabChangesFocus(true);
    m_date->setReferenceDate(workspace.asOf());
    m_title->setMinimumHeight(m_title->fontMetrics().lineSpacing() * 3);
    // The bodies that issued the campaign's other documents, to pick from as one types.
    QStringList issuers;
    for (const Campaign &campaign : workspace.campaigns()) {
        for (const CampaignDocument &entry : campaign.documents) {
            if (!entry.issuer.isEmpty() && !issuers.contains(entry.issuer))
                issuers.append(entry.issuer);
        }
    }
    auto *completer = new QCompleter(issuers, m_issuer);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_issuer->setCompleter(completer);
    if (document) {
        m_number->setText(document->number);
        m_date->setDate(document->issuedOn);
        m_issuer->setText(document->issuer);
        m_title->setPlainText(document->title);
    }

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("&Number:"), m_number);
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("&Issued by:"), m_issuer);
    form->addRow(tr("&Title:"), m_title);
    m_message->setWordWrap(true);
    QPalette palette = m_message->palette();
    palette.setColor(QPalette::WindowText, QColor(0xA9, 0x32, 0x26));
    m_message->setPalette(palette);
    m_message->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    setTabOrder(m_number, m_date);
    setTabOrder(m_date, m_issuer);
    setTabOrder(m_issuer, m_title);
    // A refused day is read again as it is corrected: the mark and the message go with it.
    connect(m_date->lineEdit(), &QLineEdit::textChanged, this, [this] {
        if (!FieldMark::isInvalid(m_date->lineEdit()))
            return;
        const auto date = m_date->date();
        FieldMark::setInvalid(m_date->lineEdit(), !date.ok());
        showMessage(date ? QString() : date.error());
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &DocumentDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(540, sizeHint().height());
}

void DocumentDialog::showMessage(const QString &message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

void DocumentDialog::save()
{
    const auto date = m_date->date();
    FieldMark::setInvalid(m_date->lineEdit(), !date.ok());
    if (!date) {
        showMessage(date.error());
        m_date->setFocus();
        return;
    }
    CampaignDocument after = m_document.value_or(CampaignDocument{});
    after.number = Text::simplified(m_number->text());
    after.issuedOn = *date;
    after.issuer = Text::simplified(m_issuer->text());
    after.title = Text::simplified(m_title->toPlainText());
    if (m_document && after.number == m_document->number && after.issuedOn == m_document->issuedOn
        && after.issuer == m_document->issuer && after.title == m_document->title) {
        accept();
        return;
    }
    if (auto done = m_workspace.edits().saveDocument(m_campaignId, m_document, after); !done) {
        showMessage(done.error());
        return;
    }
    accept();
}
