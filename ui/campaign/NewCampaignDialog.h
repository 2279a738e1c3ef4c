#pragma once

#include "CampaignSpec.h"
#include "Result.h"

#include <QWizard>

#include <functional>
#include <memory>
#include <optional>

class DateField;
class ParticipantModel;
class QCheckBox;
class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QTreeView;
class UnitComboBox;
class UnitTree;
class Workspace;

/// Sets up a campaign of the office's own, page by page: its name, phase, start and the
/// office's own unit with the levels taking part from it down (offered from the tree);
/// each level's deadline as the directive writes it, the documents and key dates; pilots
/// and units' own tighter deadlines; and, before anything is created, the units that will
/// take part as of the start, which the clerk can leave out or add to. In "next phase" mode
/// it starts from a campaign's description with the deadlines moved by the years between
/// the phases, which the clerk must look at before creating.
///
/// Creating goes through the function given, so that it is one undoable edit of the
/// window; a refusal (a looser pilot deadline, say) is shown in the dialog, which stays
/// open to correct it.
class NewCampaignDialog : public QWizard
{
    Q_OBJECT

public:
    enum PageId { CampaignPage, DeadlinesPage, SpecialPage, ParticipantsPage };
    using Creator = std::function<Result<void>(const CampaignSpec &)>;

    NewCampaignDialog(Workspace &workspace, Creator create, QWidget *parent = nullptr);
    ~NewCampaignDialog() override;

    /// Starts from `source` (a campaign's description) for its next phase.
    void setNextPhaseOf(const CampaignSpec &source);
    /// The description as the clerk has filled it in so far.
    Result<CampaignSpec> spec() const;

    bool validateCurrentPage() override;
    void accept() override;

protected:
    void initializePage(int id) override;
    void changeEvent(QEvent *event) override;

private:
    struct LevelRow
    {
        QString level;
        QLabel *name = nullptr;
        QLineEdit *phrase = nullptr;
        QLabel *shown = nullptr;
        QString carried; ///< the phrase moved from the earlier phase, while untouched
    };

    QWizardPage *createCampaignPage();
    QWizardPage *createDeadlinesPage();
    QWizardPage *createSpecialPage();
    QWizardPage *createParticipantsPage();
    void retranslate();

    /// The campaign as far as the pages go: root, levels, start.
    Campaign draft() const;
    void offerLevelChoices();
    void rebuildLevelRows();
    void showDeadline(LevelRow &row);
    void shiftCarriedDeadlines();
    void addDocumentRow(const CampaignDocument &document, bool carried);
    void addSpecialRow();
    void removeSpecialRow();
    void addParticipant();
    void updateParticipantSummary();
    void showError(const QString &message);

    Workspace &m_workspace;
    Creator m_create;
    std::shared_ptr<const UnitTree> m_tree;
    std::optional<CampaignSpec> m_source; ///< the earlier phase, in next-phase mode

    // The campaign
    QLabel *m_nameLabel;
    QLineEdit *m_name;
    QLabel *m_phaseLabel;
    QLineEdit *m_phase;
    QLabel *m_startsLabel;
    DateField *m_starts;
    QLabel *m_rootLabel;
    UnitComboBox *m_root;
    QLabel *m_levelsLabel;
    QComboBox *m_levels;
    QLabel *m_campaignHint;
    // Deadlines and documents
    QGridLayout *m_levelGrid;
    QList<LevelRow> m_levelRows;
    QLabel *m_deadlinesTitle;
    QLabel *m_documentsTitle;
    QTableWidget *m_documents;
    QPushButton *m_addDocument;
    QPushButton *m_removeDocument;
    QLabel *m_datesTitle;
    QTableWidget *m_keyDates;
    QPushButton *m_addDate;
    QPushButton *m_removeDate;
    QCheckBox *m_deadlinesChecked;
    // Pilots and own deadlines
    QLabel *m_specialHint;
    UnitComboBox *m_specialUnit;
    QComboBox *m_specialKind;
    QLineEdit *m_specialPhrase;
    QPushButton *m_addSpecial;
    QTableWidget *m_special;
    QPushButton *m_removeSpecial;
    // Participants
    QLabel *m_participantSummary;
    ParticipantModel *m_participants;
    QTreeView *m_participantView;
    QLabel *m_addUnitLabel;
    UnitComboBox *m_otherUnit;
    QPushButton *m_addUnit;
    QLabel *m_carriedGroups;
    QString m_participantsShownFor; ///< the draft the participants were computed for
    QList<QLabel *> m_errors; ///< one per page
};
