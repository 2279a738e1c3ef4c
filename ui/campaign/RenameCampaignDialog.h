#pragma once

#include <QDialog>

class QLineEdit;

/// Asks for a campaign's new name and phase.
class RenameCampaignDialog : public QDialog
{
    Q_OBJECT

public:
    RenameCampaignDialog(const QString &name, const QString &phase, QWidget *parent = nullptr);

    QString name() const;
    QString phase() const;

private:
    QLineEdit *m_name;
    QLineEdit *m_phase;
};
