#pragma once

#include "Campaign.h"

#include <QDialog>

#include <optional>

class DateField;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class Workspace;

/// Adds a document to the chosen campaign or edits one: number and symbol as written
/// ("1029-CV/TU"), date, issuing body and title. Saving is one edit that can be undone; what
/// cannot be saved is refused here with a message, and the dialog stays open.
class DocumentDialog : public QDialog
{
    Q_OBJECT

public:
    /// `document` is nothing for a new one.
    DocumentDialog(Workspace &workspace, qint64 campaignId,
                   const std::optional<CampaignDocument> &document, QWidget *parent = nullptr);

private:
    void save();
    void showMessage(const QString &message);

    Workspace &m_workspace;
    qint64 m_campaignId;
    std::optional<CampaignDocument> m_document;
    QLineEdit *m_number;
    DateField *m_date;
    QLineEdit *m_issuer;
    QPlainTextEdit *m_title;
    QLabel *m_message;
};
