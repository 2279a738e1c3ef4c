#pragma once

#include "Campaign.h"
#include "Result.h"

#include <QWidget>

#include <optional>

class DeferUntilShown;
class FieldUndo;
class CampaignDocumentModel;
class QGridLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class SpecialDeadlineModel;
class Workspace;

/// The chosen campaign at a glance: its name, phase, root unit, first day and key dates; its
/// documents; the deadline of each level, edited in place as a directive writes it
/// ("cuối tháng 6-2020"); and the units' own deadlines and pilots. Every change is one edit
/// that can be undone.
class CampaignView : public QWidget
{
    Q_OBJECT

public:
    explicit CampaignView(Workspace &workspace, QWidget *parent = nullptr);
    ~CampaignView() override;

signals:
    /// The clerk opened a unit from the list of own deadlines and pilots.
    void unitActivated(qint64 unitId);
    /// The clerk asked for a new campaign (the page of a file without one).
    void newCampaignRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    struct LevelRow
    {
        QString level;
        QLabel *name = nullptr;
        QLineEdit *phrase = nullptr;
        QLabel *shown = nullptr;
    };

    void retranslate();
    void reload();
    void showHeader();
    void showLevels();
    void showSpecialDeadlines();
    void updateButtons();
    bool run(const Result<void> &done, QLabel *messageLabel);
    static void showMessage(QLabel *label, const QString &message);
    /// "by 30/06/2020 (last ten days of June 2020)".
    static QString deadlineText(const Period &deadline);

    void addDocument();
    void editDocument();
    void removeDocument();
    void previewLevel(const QString &level);
    void commitLevel(const QString &level);
    void removeSpecialDeadline();

    Workspace &m_workspace;
    std::optional<Campaign> m_campaign;
    CampaignDocumentModel *m_documentModel;
    SpecialDeadlineModel *m_specialModel;

    QLabel *m_title;
    QPushButton *m_newCampaignButton;
    QLabel *m_details;
    QLabel *m_keyDates;
    QLabel *m_refusal; ///< on a shared server: why this office may not change the campaign
    QGroupBox *m_documentsBox;
    QTableView *m_documentView;
    QPushButton *m_addDocumentButton;
    QPushButton *m_editDocumentButton;
    QPushButton *m_removeDocumentButton;
    QLabel *m_documentMessage;
    QGroupBox *m_levelsBox;
    QGridLayout *m_levelGrid;
    QList<LevelRow> m_levelRows;
    QLabel *m_levelMessage;
    QLabel *m_levelWarning; ///< level deadlines later than those above them
    QGroupBox *m_specialBox;
    QTableView *m_specialView;
    QPushButton *m_removeSpecialButton;
    QLabel *m_specialMessage;
    DeferUntilShown *m_deferral = nullptr;
    FieldUndo *m_fieldUndo = nullptr;
};
