#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class Workspace;

/// What a file without a campaign shows in place of the schedule: the two steps to a
/// campaign of one's own (import the units, then create the campaign), each with its
/// action at hand, and the Kiên Giang example as another choice while the file is empty.
class GettingStarted : public QWidget
{
    Q_OBJECT

public:
    explicit GettingStarted(Workspace &workspace, QWidget *parent = nullptr);

signals:
    void importUnitsRequested();
    void newCampaignRequested();
    void exampleRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    Workspace &m_workspace;
    QLabel *m_title;
    QLabel *m_unitsStep;
    QPushButton *m_importButton;
    QLabel *m_campaignStep;
    QPushButton *m_campaignButton;
    QLabel *m_exampleStep;
    QPushButton *m_exampleButton;
};
