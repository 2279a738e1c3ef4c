#pragma once

#include <QDialog>
#include <QHash>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class Workspace;

/// The office's settings, kept in the file: the heading and signature of printed documents
/// (superior and issuing bodies, symbol, place, signer, recipients), the page margins, the
/// days before a deadline that count as due soon, and the CSV defaults. Saved as one edit
/// that can be undone.
class OfficeSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit OfficeSettingsDialog(Workspace &workspace, QWidget *parent = nullptr);

    /// The keys the dialog edits, as stored in the file.
    static QStringList keys();

private:
    void load();
    void save();
    void updatePreview();
    QHash<QString, QString> values() const;

    Workspace &m_workspace;
    QLineEdit *m_superior;
    QLineEdit *m_issuing;
    QLineEdit *m_symbol;
    QLineEdit *m_place;
    QComboBox *m_capacity;
    QLineEdit *m_signerTitle;
    QLineEdit *m_signerName;
    QPlainTextEdit *m_recipients;
    QSpinBox *m_marginTop;
    QSpinBox *m_marginBottom;
    QSpinBox *m_marginLeft;
    QSpinBox *m_marginRight;
    QSpinBox *m_dueSoon;
    QComboBox *m_delimiter;
    QComboBox *m_dates;
    QLabel *m_preview;
    QLabel *m_message;
    QHash<QString, QString> m_before; ///< as stored: a setting never set is absent
    QHash<QString, QString> m_shown; ///< as first shown, defaults included
    QString m_readError; ///< why the settings could not be read; empty when they were
};
